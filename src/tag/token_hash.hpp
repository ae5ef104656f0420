// Hashes of normalized token text, the currency of the tagger: cue lists, the dispatch table and the X3 token
// parsers compare 64-bit hashes, never strings. The same function runs at compile time on literals.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace argmine::detail {

/// Hash of `s` after ASCII lowercasing (the caller normalizes non-ASCII text first, see `normalize_text`).
constexpr std::uint64_t token_hash(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint64_t chunk = 0;
    for (std::size_t k = 0; k < 8 && i < s.size(); ++k, ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      chunk |= static_cast<std::uint64_t>(c) << (8 * k);
    }
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

/// The same value as `token_hash`, computed eight bytes at a time (for run-time use on the hot path).
/// `readable_end` is the end of the buffer `p` points into: whole 8-byte words are loaded (and masked) while
/// they stay inside it, which avoids a byte-wise copy and its store-forwarding stall.
inline std::uint64_t token_hash_fast(const char* p, std::size_t n, const char* readable_end = nullptr) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (std::size_t i = 0; i < n; i += 8) {
    std::uint64_t chunk = 0;
    const std::size_t take = n - i < 8 ? n - i : 8;
    if (readable_end && p + i + 8 <= readable_end) {
      std::memcpy(&chunk, p + i, 8);
      if (take < 8) chunk &= (std::uint64_t{1} << (8 * take)) - 1;
    } else {
      std::memcpy(&chunk, p + i, take);
    }
    // ASCII uppercase bytes get 0x20; bytes >= 0x80 are left alone, as in token_hash.
    const std::uint64_t low7 = chunk & (0x7F * ones);
    const std::uint64_t ge_a = low7 + (0x80 - 'A') * ones;
    const std::uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * ones;
    const std::uint64_t upper = ge_a & ~gt_z & ~chunk & (0x80 * ones);
    chunk |= upper >> 2;
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

/// Literal hashes: `"argue"_h`, always computed at compile time (consteval: a comparison with a literal
/// never hashes at run time).
consteval std::uint64_t operator""_h(const char* s, std::size_t n) noexcept { return token_hash({s, n}); }

/// A short list of hashes asked of every token ("not", "n't", "never", ...): bit (h & 63) of each in one
/// 64-bit filter rejects most tokens with one test before any comparison. Built at compile time:
/// `constexpr HashList kNegations{{"not"_h, "never"_h}};`.
template <std::size_t N>
class HashList {
 public:
  consteval HashList(const std::uint64_t (&hashes)[N]) {
    for (std::size_t k = 0; k < N; ++k) {
      hashes_[k] = hashes[k];
      filter_ |= std::uint64_t{1} << (hashes[k] & 63);
    }
  }
  constexpr bool contains(std::uint64_t h) const noexcept {
    if (!((filter_ >> (h & 63)) & 1)) return false;
    for (const std::uint64_t x : hashes_) {
      if (x == h) return true;
    }
    return false;
  }

 private:
  std::uint64_t hashes_[N] = {};
  std::uint64_t filter_ = 0;
};

}  // namespace argmine::detail
