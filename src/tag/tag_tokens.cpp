#include "tag/tag_tokens.hpp"

#include "tag/hash_set.hpp"
#include "tag/token_hash.hpp"

#include <cstring>

namespace argmine::detail {
namespace {

bool ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
bool ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Hash of an ASCII token (the same value as token_hash), eight bytes at a time in one pass; returns false
// when a byte is not ASCII (the caller normalizes such tokens first).
bool ascii_hash(const char* p, std::uint32_t n, const char* end, std::uint64_t& out) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  // Most words: one masked load, one mixing step, no loop. (The step is written out here and in the loop:
  // one helper for both compiled to 2% more instructions in the token view, callgrind on news.)
  if (n - 1 < 8 && p + 8 <= end) {
    std::uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    chunk &= ~std::uint64_t{0} >> (64 - 8 * n);
    if (chunk & (0x80 * ones)) return false;
    const std::uint64_t ge_a = chunk + (0x80 - 'A') * ones;
    const std::uint64_t gt_z = chunk + (0x80 - 'Z' - 1) * ones;
    chunk |= (ge_a & ~gt_z & (0x80 * ones)) >> 2;
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    h *= 0xC4CEB9FE1A85EC53ull;
    out = h ^ (h >> 29);
    return true;
  }
  for (std::uint32_t i = 0; i < n; i += 8) {
    std::uint64_t chunk = 0;
    const std::uint32_t take = n - i < 8 ? n - i : 8;
    if (p + i + 8 <= end) {
      std::memcpy(&chunk, p + i, 8);
      if (take < 8) chunk &= (std::uint64_t{1} << (8 * take)) - 1;
    } else {
      std::memcpy(&chunk, p + i, take);
    }
    if (chunk & (0x80 * ones)) return false;
    const std::uint64_t ge_a = chunk + (0x80 - 'A') * ones;
    const std::uint64_t gt_z = chunk + (0x80 - 'Z' - 1) * ones;
    chunk |= (ge_a & ~gt_z & (0x80 * ones)) >> 2;
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ull;
  out = h ^ (h >> 29);
  return true;
}

}  // namespace

std::uint32_t build_tag_tokens(const Document& doc, std::vector<TagToken>& out, std::string& scratch,
                               const HashMap<std::uint64_t>* lex) {
  std::uint32_t more = 0;
  const auto tokens = doc.tokens();
  const std::string_view text = doc.text();
  const char* end = text.data() + text.size();
  out.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    TagToken& g = out[i];
    const char* p = text.data() + t.begin;
    const std::uint32_t n = t.end - t.begin;
    g.text = p;
    g.size = n;
    g.index = static_cast<std::uint32_t>(i);
    g.kind = t.kind;
    g.flags = t.flags;
    g.year = 0;
    // ASCII tokens hash as they are (lowercased on the fly); others are normalized first (curly quotes,
    // dashes, non-ASCII case folding). Either way the hash is of the normalized form.
    std::uint8_t shape = 0;
    if (ascii_hash(p, n, end, g.hash)) {
      if (ascii_upper(p[0])) {
        shape = kCapitalized;
        if (n >= 2 && ascii_upper(p[1])) {
          bool caps = true;
          for (std::uint32_t k = 2; k < n; ++k) caps &= !ascii_lower(p[k]);
          if (caps) {
            shape |= kAllCaps;
            more += n == 4 && std::memcmp(p, "MORE", 4) == 0;
            // "the WHO" is the World Health Organization, not the pronoun every rule stops at.
            if (n == 3 && std::memcmp(p, "WHO", 3) == 0 && i > 0 && out[i - 1].hash == "the"_h) {
              g.hash = kWorldHealthOrganization;
            }
          }
        }
      } else if (ascii_lower(p[0])) {
        shape = kLowercase;
      }
    } else {
      const std::string_view norm = doc.normalized(i, scratch);
      g.hash = token_hash_fast(norm.data(), norm.size());
      // A non-ASCII capital folds to another non-ASCII letter ("É" -> "é"); a curly apostrophe folds to an
      // ASCII one ("’ll" -> "'ll") and is no capital.
      if (ascii_upper(p[0]) ||
          (t.kind == TokenKind::word && static_cast<unsigned char>(p[0]) >= 0x80 && !norm.empty() &&
           static_cast<unsigned char>(norm[0]) >= 0x80 && norm.substr(0, 2) != std::string_view(p, n).substr(0, 2))) {
        shape = kCapitalized;
      } else if (ascii_lower(p[0])) {
        shape = kLowercase;
      }
    }
    // "mid-2008", "mid-1990s" stay one word (the tokenizer keeps "mid-" on its word): the year or decade counts.
    const bool mid = t.kind == TokenKind::word && n >= 8 && p[0] == 'm' && p[1] == 'i' && p[2] == 'd' && p[3] == '-';
    if (t.kind == TokenKind::number || mid) {
      const char* d = g.text + (mid ? 4 : 0);  // the digits
      const std::uint32_t nd = g.size - (mid ? 4 : 0);
      // Years from 1600: "1000 wild dogs" and "1500 troops" are counts far more often than dates.
      if (nd == 4 && ((d[0] == '1' && d[1] >= '6') || (d[0] == '2' && d[1] == '0')) && ascii_digit(d[1]) &&
          ascii_digit(d[2]) && ascii_digit(d[3])) {
        shape |= kYear;
        g.year = static_cast<std::int16_t>((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0'));
      } else if (nd == 5 && d[4] == 's' && d[3] == '0' && (d[0] == '1' || d[0] == '2') && ascii_digit(d[1]) &&
                 ascii_digit(d[2])) {
        shape |= kDecade;  // "1960s"
        g.year = static_cast<std::int16_t>((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10);
      } else if (nd >= 4 && d[nd - 1] == 's' && d[nd - 2] == '0' && ascii_digit(d[nd - 3]) &&
                 (d[0] == '\'' || static_cast<unsigned char>(d[0]) == 0xE2)) {
        shape |= kDecade;  // "’60s", "'90s": the twentieth century, or the 2000s for '00s and '10s
        const int tens = (d[nd - 3] - '0') * 10;
        g.year = static_cast<std::int16_t>(tens <= 10 ? 2000 + tens : 1900 + tens);
      }
    }
    g.shape = shape;
    const std::uint64_t* bits = lex && lex->maybe(g.hash) ? lex->find(g.hash) : nullptr;
    g.lex = bits ? static_cast<std::uint32_t>(*bits) : 0;
    g.phrase = bits ? static_cast<std::uint32_t>(*bits >> 32) : 0;
  }
  return more;
}

}  // namespace argmine::detail
