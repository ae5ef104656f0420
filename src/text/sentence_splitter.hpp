// Sentence boundaries over the tokens of one paragraph: ICU's sentence rules (UAX #29: break after . ! ?
// with closing quotes and brackets, not before a lowercase continuation or a comma) applied to tokens, plus
// English abbreviations and initials, citation marks ("[12]") and line-based text (titles, credits, lists).
#pragma once

#include <argmine/text/document.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace argmine::detail {

/// Whether token `t` of `text` can take part in a sentence decision; `split_sentences` looks at no other
/// token. Plain words (most tokens) cannot, unless they start a line, are abbreviations, or may be "AM"/"pm".
inline bool is_sentence_mark(std::string_view text, const Token& t) noexcept {
  if (t.kind != TokenKind::word || (t.flags & (Token::abbreviation | Token::line_start)) != 0) return true;
  if (t.size() != 2) return false;
  const char a = static_cast<char>(text[t.begin] | 0x20), m = static_cast<char>(text[t.begin + 1] | 0x20);
  return (a == 'a' || a == 'p') && m == 'm';
}

/// Appends the sentences of a paragraph whose tokens are `tokens[first, end)` (document indexes). `marks`
/// lists, in order, the indexes in `[first, end)` of the tokens for which `is_sentence_mark` holds.
/// `line_breaks_end_sentences` enables the line-based rule for paragraphs that are not hard-wrapped prose.
void split_sentences(std::string_view text, std::span<const Token> tokens, std::uint32_t first, std::uint32_t end,
                     std::span<const std::uint32_t> marks, bool line_breaks_end_sentences, std::vector<Sentence>& out);

}  // namespace argmine::detail
