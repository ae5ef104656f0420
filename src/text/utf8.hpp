// Internal UTF-8 helpers shared by the text stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace argmine::detail {

/// Decodes one UTF-8 character at `p` (p < end). Returns its length (1..4) and sets `cp`, or returns 0 for an
/// invalid sequence (overlong, surrogate, out of range, truncated, stray continuation byte); then `bad_len` is
/// the length of the maximal invalid subsequence to skip (Unicode "maximal subpart" practice).
inline int decode_utf8(const unsigned char* p, const unsigned char* end, char32_t& cp, int& bad_len) noexcept {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  bad_len = 1;
  int len;
  char32_t min;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2; cp = b0 & 0x1F; min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3; cp = b0 & 0x0F; min = 0x800;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4; cp = b0 & 0x07; min = 0x10000;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (int i = 1; i < len; ++i) {
    if (p + i >= end) return 0;
    const unsigned char b = p[i];
    if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) return 0;
    cp = (cp << 6) | (b & 0x3F);
    bad_len = i + 1;
  }
  bad_len = len;
  if (cp < min) return 0;  // unreachable given the lo/hi checks, kept as a guard
  return len;
}

/// Length of the UTF-8 character starting with byte `b0` assuming validity (1 for continuation bytes).
inline int utf8_length(unsigned char b0) noexcept {
  if (b0 < 0xC0) return 1;
  if (b0 < 0xE0) return 2;
  if (b0 < 0xF0) return 3;
  return 4;
}

/// Decodes the (valid) character at `i` of `s`, returning its code point and advancing `i`.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  char32_t cp;
  int bad;
  int n = decode_utf8(p + i, p + s.size(), cp, bad);
  if (n == 0) {
    i += static_cast<std::size_t>(bad);
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(n);
  return cp;
}

/// Decodes the character ending just before `i` (valid UTF-8 assumed), moving `i` to its start.
inline char32_t prev_code_point(std::string_view s, std::size_t& i) noexcept {
  std::size_t j = i;
  do {
    --j;
  } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4);
  std::size_t k = j;
  char32_t cp = next_code_point(s, k);
  i = j;
  return cp;
}

/// Offset of the first invalid sequence in `s`, or npos.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

}  // namespace argmine::detail
