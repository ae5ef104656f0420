// Longest-match lookup of multi-token phrases (cue lists, gazetteer aliases) over TagTokens: a trie whose
// edges are token hashes, stored in one open-addressing table. Phrases are tokenized with the real
// Tokenizer when added, so they split exactly as document text does ("it's" -> "it" "'s").
#pragma once

#include "tag/hash_set.hpp"
#include "tag/tag_tokens.hpp"

#include <argmine/text/tokenizer.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace argmine::detail {

class PhraseMatcher {
 public:
  struct Match {
    std::uint32_t length = 0;  ///< tokens matched; 0 when nothing matched
    std::uint32_t value = 0;   ///< payload of the matched phrase
  };

  /// Adds `phrase` with payload `value`. A phrase added twice keeps the first payload, or with `merge_bits`
  /// the bitwise OR of both (payloads as bit sets). Returns false when the phrase has no tokens.
  bool add(Tokenizer& tokenizer, std::string_view phrase, std::uint32_t value, bool merge_bits = false);
  /// Adds a phrase given as token hashes.
  bool add_hashes(std::span<const std::uint64_t> tokens, std::uint32_t value, bool merge_bits = false);

  /// Hashes of the first tokens of all phrases.
  std::vector<std::uint64_t> first_tokens() const { return first_.keys(); }
  /// Hashes of one-token phrases, and of the second tokens of longer ones: a token may start a match only if
  /// it is a one-token phrase or the next token is some phrase's second (a gate the caller can keep per token).
  std::vector<std::uint64_t> single_tokens() const { return single_.keys(); }
  std::vector<std::uint64_t> second_tokens() const { return second_.keys(); }

  /// The longest phrase starting at `first` and ending before `last`, for a caller that already knows from
  /// per-token bits that some phrase starts with `*first` (`first_tokens`) and whether one phrase is that
  /// token alone (`single_tokens`): the tagger keeps both in its token view, so no hash probe repeats them.
  Match longest_known_start(const TagToken* first, const TagToken* last, bool one_token_phrase) const noexcept;

  std::size_t size() const noexcept { return phrases_; }

 private:
  std::uint32_t child(std::uint32_t node, std::uint64_t h) const noexcept {
    // One probe sequence over the edge slots themselves: a step of the walk touches one cache line.
    for (std::size_t i = edge_slot(node, h) & edge_mask_;; i = (i + 1) & edge_mask_) {
      const Edge& e = edges_[i];
      if (e.child == 0) return 0;
      if (e.token == h && e.node == node) return e.child;
    }
  }
  void add_edge(std::uint32_t node, std::uint64_t h, std::uint32_t child);
  struct BuildBuffers {  // add()'s, kept from one phrase to the next
    Document doc;
    std::vector<TagToken> tokens;
    std::string scratch;
    std::vector<std::uint64_t> hashes;
  };
  BuildBuffers build_;
  static std::uint64_t edge_slot(std::uint32_t node, std::uint64_t h) noexcept {
    return h ^ (static_cast<std::uint64_t>(node) * 0x9E3779B97F4A7C15ull);
  }
  struct Edge {
    std::uint64_t token = 0;
    std::uint32_t node = 0;
    std::uint32_t child = 0;  ///< 0: an empty slot (no edge leads back to the root)
  };
  static std::uint64_t pair_key(std::uint64_t a, std::uint64_t b) noexcept {
    return (a * 0x9E3779B97F4A7C15ull) ^ b;
  }
  HashSet first_;
  HashSet single_;  // phrases of one token
  HashSet second_;  // second tokens of longer phrases
  HashSet pairs_;   // first two tokens of longer phrases: a gate before walking the trie
  std::vector<Edge> edges_ = std::vector<Edge>(16);  // open addressing on (node, token), at most half full
  std::size_t edge_mask_ = 15;
  std::size_t edge_count_ = 0;
  std::vector<std::uint32_t> terminal_;  // per node: value + 1, or 0
  std::size_t phrases_ = 0;
};

}  // namespace argmine::detail
