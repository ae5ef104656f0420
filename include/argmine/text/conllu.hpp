// argmine/text/conllu.hpp — CoNLL-U output and a tokenization scorer, for measuring the tokenizer against
// Universal Dependencies treebanks with the conventions of the CoNLL 2018 shared task evaluation script.
#pragma once

#include <argmine/error.hpp>
#include <argmine/eval/score.hpp>
#include <argmine/text/document.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace argmine {

/// Options of `write_conllu`.
struct ConlluOptions {
  /// Value of `# newdoc id = ...`; empty writes no `# newdoc` line. Default "doc".
  std::string doc_id = "doc";
  /// Prefix of `# sent_id`. Default (empty): `doc_id`, or "s" when that is empty too.
  std::string sent_id_prefix;
  /// Number of the first sentence (`# sent_id = PREFIX-N`); streaming writers continue the count. Default 1.
  std::size_t first_sentence_number = 1;
  /// Group clitics with their host into a multi-word token line ("1-2 don't" then "1 do", "2 n't"), as UD
  /// does. When false every token is a plain word line. Default true.
  bool multiword_tokens = true;
};

/// Writes `doc` as CoNLL-U: `# newdoc`, `# newpar` per paragraph, `# sent_id`, `# text`, one line per word
/// (ID, FORM, `_` in the other columns, `SpaceAfter=No` in MISC where no space follows).
void write_conllu(const Document& doc, std::ostream& out, const ConlluOptions& options = {});

/// Rebuilds the raw text of a CoNLL-U file from its tokens and `SpaceAfter=No`, laid out as the UD tools'
/// `conllu_to_text.pl` does (the raw input of the CoNLL 2018 shared task): documents and paragraphs
/// (`# newdoc`, `# newpar`) separated by an empty line, the sentences of a paragraph run on, and lines
/// wrapped at a space after at most 80 characters.
Result<std::string> conllu_to_text(std::string_view conllu, std::string_view input_name = {});

/// Scores of a system CoNLL-U file against gold.
struct TokenizationScores {
  PrfScore tokens;     ///< surface tokens (a multi-word token counts once)
  PrfScore words;      ///< syntactic words (the parts of multi-word tokens, with their forms)
  PrfScore sentences;  ///< sentence spans
};

/// Aligns system and gold on their non-whitespace characters, as the CoNLL 2018 UD scorer does, and counts
/// units with identical spans. Fails when the two files do not hold the same characters (naming the first
/// character where they differ), or when either is malformed (naming the line).
Result<TokenizationScores> score_conllu(std::string_view system, std::string_view gold);

}  // namespace argmine
