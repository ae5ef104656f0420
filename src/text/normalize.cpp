#include "text/utf8.hpp"
#include "util/text_util.hpp"

#include <argmine/text/document.hpp>

#include <unicode/uchar.h>

namespace argmine {
namespace {

using detail::append_utf8;

// Curly quotes, dashes and friends that normalize to one ASCII character.
char ascii_equivalent(char32_t cp) noexcept {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return 0;
  }
}

}  // namespace

bool is_normalized(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return false;
      ++i;
      continue;
    }
    const std::size_t at = i;
    const char32_t cp = detail::next_code_point(text, i);
    if (cp == 0xFFFD && text.compare(at, 3, "\xEF\xBF\xBD") != 0) return false;  // invalid bytes
    if (ascii_equivalent(cp) != 0) return false;
    if (static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)) != cp) return false;
  }
  return true;
}

void normalize_text(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    const char32_t cp = detail::next_code_point(text, i);  // invalid bytes come back as U+FFFD
    if (const char a = ascii_equivalent(cp)) {
      out.push_back(a);
    } else {
      append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)));
    }
  }
}

std::string_view Document::normalized(std::size_t i, std::string& scratch) const {
  const std::string_view t = text_of(tokens_[i]);
  if (tokens_[i].kind != TokenKind::invalid && is_normalized(t)) return t;
  normalize_text(t, scratch);
  return scratch;
}

void Document::clear() noexcept {
  text_ = {};
  base_offset_ = 0;
  tokens_.clear();
  sentences_.clear();
  paragraphs_.clear();
}

std::string_view to_string(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::punctuation: return "punctuation";
    case TokenKind::quote: return "quote";
    case TokenKind::dash: return "dash";
    case TokenKind::symbol: return "symbol";
    case TokenKind::url: return "url";
    case TokenKind::email: return "email";
    case TokenKind::handle: return "handle";
    case TokenKind::hashtag: return "hashtag";
    case TokenKind::emoji: return "emoji";
    case TokenKind::emoticon: return "emoticon";
    case TokenKind::invalid: return "invalid";
    case TokenKind::other: return "other";
  }
  return "other";
}

}  // namespace argmine
