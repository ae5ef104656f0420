// Character classes used by the text stage. ASCII goes through tables; other code points ask ICU.
#pragma once

#include <argmine/text/document.hpp>

#include <array>
#include <cstdint>

namespace argmine::detail {

/// Word_Break classes as ICU 72 assigns them (UAX #29 plus ICU's tailoring: '@' is ALetter, ':' is not
/// MidLetter). Only the classes the fast engine needs; `ineligible` marks code points it leaves to ICU.
enum class Wb : std::uint8_t {
  other,
  aletter,
  numeric,
  midnumlet,   // . ‘ ’
  midnum,      // , ;
  single_quote,  // '
  extendnumlet,  // _
  ineligible,
};

constexpr std::array<Wb, 128> make_ascii_word_break() {
  std::array<Wb, 128> t{};
  for (auto& c : t) c = Wb::other;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = Wb::aletter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = Wb::aletter;
  for (int c = '0'; c <= '9'; ++c) t[c] = Wb::numeric;
  t['@'] = Wb::aletter;  // ICU tailoring: '@' joins words (e-mail addresses)
  t['.'] = Wb::midnumlet;
  t[','] = Wb::midnum;
  t[';'] = Wb::midnum;
  t['\''] = Wb::single_quote;
  t['_'] = Wb::extendnumlet;
  for (int c = 0; c <= 0x20; ++c) t[c] = Wb::ineligible;  // spaces and controls never reach the engines
  t[0x7F] = Wb::ineligible;
  return t;
}

/// Word_Break classes of ASCII bytes.
inline constexpr std::array<Wb, 128> kAsciiWordBreak = make_ascii_word_break();

/// Word_Break class of a code point for the fast engine: ASCII printable characters and ’ ‘ “ ” – — … are
/// eligible; everything else returns `Wb::ineligible`.
Wb fast_word_break_class(char32_t cp) noexcept;

/// Whitespace that separates tokens: ASCII space and controls (C0 controls and DEL are treated as spaces,
/// so NUL bytes never end up inside tokens), NEL, no-break spaces, the Unicode space separators, line and
/// paragraph separators, zero-width space and the byte-order mark.
bool is_space(char32_t cp) noexcept;

/// Characters that end a line: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
bool is_line_break(char32_t cp) noexcept;

bool is_letter(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;  ///< uppercase or titlecase letter
bool is_lower(char32_t cp) noexcept;
bool is_digit(char32_t cp) noexcept;  ///< decimal digit in any script
bool is_alnum(char32_t cp) noexcept;

/// Sentence_Break = STerm or ATerm ('.', '!', '?', '…' is handled as a run of periods by the caller).
bool is_sentence_terminal(char32_t cp) noexcept;
/// Sentence_Break = SContinue (',', ';', ':', '-', '–', '—', ...).
bool is_sentence_continue(char32_t cp) noexcept;

/// Kind of a token that starts with `cp` and is not a word or number.
TokenKind kind_of_symbol(char32_t cp) noexcept;

/// Extended_Pictographic, Emoji_Presentation or a regional indicator.
bool is_emoji(char32_t cp) noexcept;

}  // namespace argmine::detail
