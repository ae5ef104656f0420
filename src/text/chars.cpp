#include "text/chars.hpp"

#include <unicode/uchar.h>

#include <array>

namespace argmine::detail {
namespace {


}  // namespace


Wb fast_word_break_class(char32_t cp) noexcept {
  if (cp < 0x80) return kAsciiWordBreak[cp];
  switch (cp) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
      return Wb::midnumlet;
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2026:  // …
      return Wb::other;
    default:
      return Wb::ineligible;
  }
}

bool is_space(char32_t cp) noexcept {
  if (cp < 0x80) return cp <= 0x20 || cp == 0x7F;
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_line_break(char32_t cp) noexcept {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

bool is_letter(char32_t cp) noexcept {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(cp)) != 0;
}
bool is_upper(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}
bool is_lower(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp)) != 0;
}
bool is_digit(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp)) != 0;
}
bool is_alnum(char32_t cp) noexcept { return is_letter(cp) || is_digit(cp); }

bool is_sentence_terminal(char32_t cp) noexcept {
  if (cp < 0x80) return cp == '.' || cp == '!' || cp == '?';
  if (cp == 0x2026) return true;
  const auto sb = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK);
  return sb == U_SB_STERM || sb == U_SB_ATERM;
}

bool is_sentence_continue(char32_t cp) noexcept {
  if (cp < 0x80) return cp == ',' || cp == ';' || cp == ':' || cp == '-';
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK) == U_SB_SCONTINUE;
}

bool is_emoji(char32_t cp) noexcept {
  if (cp < 0x80) return false;
  const auto c = static_cast<UChar32>(cp);
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
         (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

TokenKind kind_of_symbol(char32_t cp) noexcept {
  if (cp < 0x80) {
    switch (cp) {
      case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']':
      case '{': case '}':
        return TokenKind::punctuation;
      case '"': case '\'': case '`':
        return TokenKind::quote;
      case '-':
        return TokenKind::dash;
      default:
        return TokenKind::symbol;
    }
  }
  if (is_emoji(cp)) return TokenKind::emoji;
  const auto c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) return TokenKind::quote;
  switch (u_charType(c)) {
    case U_DASH_PUNCTUATION:
      return TokenKind::dash;
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return TokenKind::quote;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return TokenKind::punctuation;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return TokenKind::symbol;
    default:
      return TokenKind::other;
  }
}

}  // namespace argmine::detail
