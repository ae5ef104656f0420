// The tagger's view of a document: one TagToken per token with the hash of its normalized form and a few
// shape bits, laid out for the X3 token parsers (iterators are `const TagToken*`).
#pragma once

#include <argmine/text/document.hpp>

#include "tag/token_hash.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmine::detail {

enum Shape : std::uint8_t {
  kCapitalized = 1 << 0,  ///< first character is an uppercase letter
  kAllCaps = 1 << 1,      ///< two or more letters, all uppercase
  kYear = 1 << 2,         ///< a number 1600..2099 written with four digits
  kDecade = 1 << 3,       ///< "1960s", "’60s"
  kLowercase = 1 << 4,    ///< first character is a lowercase letter
};

struct TagToken {
  std::uint64_t hash = 0;     ///< token_hash of the normalized form
  const char* text = nullptr;  ///< raw bytes in the document
  std::uint32_t size = 0;
  std::uint32_t index = 0;     ///< index in Document::tokens()
  TokenKind kind = TokenKind::other;
  std::uint8_t flags = 0;      ///< Token::Flag bits
  std::uint8_t shape = 0;      ///< Shape bits
  std::int16_t year = 0;       ///< the year (kYear) or first year of the decade (kDecade)
  std::uint32_t lex = 0;       ///< lexicon::Lex bits of the normalized form
  std::uint32_t phrase = 0;    ///< PhraseBits: where cue phrases and gazetteer aliases may start or continue

  bool has(std::uint32_t bits) const noexcept { return (lex & bits) != 0; }

  std::string_view raw() const noexcept { return {text, size}; }
  bool is(std::uint8_t s) const noexcept { return (shape & s) != 0; }
};

/// The one word the view reads as something else: "WHO" after "the" is the World Health Organization, not the
/// pronoun every rule stops at (build_tag_tokens gives it this hash).
inline constexpr std::uint64_t kWorldHealthOrganization = "world health organization"_h;

/// The hash of the token as written (the value detail::token_hashes computes), undoing the view's reading above.
inline std::uint64_t written_hash(const TagToken& t) noexcept {
  return t.hash == kWorldHealthOrganization ? "who"_h : t.hash;
}

/// Bits of `TagToken::phrase`, set per tagger from its phrase matchers: a phrase can start at a token only if
/// the token is a one-token phrase or the next token is some phrase's second token.
enum PhraseBits : std::uint32_t {
  kCueSingle = 1u << 0,
  kCueSecond = 1u << 1,
  kGazetteerSingle = 1u << 2,
  kGazetteerSecond = 1u << 3,
  /// Not a phrase bit (lexicon::Lex has no bit left): a word that judges a position ("myth", "false",
  /// "unfounded"), without which no judged position can be found in a sentence.
  kJudging = 1u << 4,
};

template <class V>
class HashMap;

/// Builds the TagTokens of `doc` into `out` (reusing storage). `scratch` is a normalization buffer; `lex`
/// (optional) gives each token's bits: lexicon::Lex in the low 32, PhraseBits in the high 32. Returns how many
/// tokens are written "MORE", the end of a news site's link text (the tagger looks for link text only then,
/// without another pass over the tokens).
std::uint32_t build_tag_tokens(const Document& doc, std::vector<TagToken>& out, std::string& scratch,
                               const HashMap<std::uint64_t>* lex = nullptr);

}  // namespace argmine::detail
