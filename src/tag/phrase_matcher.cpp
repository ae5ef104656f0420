#include "tag/phrase_matcher.hpp"

#include <string>

namespace argmine::detail {

bool PhraseMatcher::add(Tokenizer& tokenizer, std::string_view phrase, std::uint32_t value, bool merge_bits) {
  const std::string text(phrase);
  auto doc = tokenizer.tokenize(text);
  if (!doc.ok() || doc->tokens().empty()) return false;
  std::vector<TagToken> tokens;
  std::string scratch;
  build_tag_tokens(*doc, tokens, scratch);
  std::vector<std::uint64_t> hashes;
  for (const auto& t : tokens) hashes.push_back(t.hash);
  return add_hashes(hashes, value, merge_bits);
}

void PhraseMatcher::add_edge(std::uint32_t node, std::uint64_t h, std::uint32_t child) {
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    edge_mask_ = edges_.size() - 1;
    edge_count_ = 0;
    for (const Edge& e : old) {
      if (e.child != 0) add_edge(e.node, e.token, e.child);
    }
  }
  std::size_t i = edge_slot(node, h) & edge_mask_;
  while (edges_[i].child != 0) i = (i + 1) & edge_mask_;
  edges_[i] = Edge{h, node, child};
  ++edge_count_;
}

bool PhraseMatcher::add_hashes(std::span<const std::uint64_t> tokens, std::uint32_t value, bool merge_bits) {
  if (tokens.empty()) return false;
  if (terminal_.empty()) terminal_.push_back(0);  // node 0: the root
  first_.insert(tokens[0]);
  if (tokens.size() == 1) {
    single_.insert(tokens[0]);
  } else {
    pairs_.insert(pair_key(tokens[0], tokens[1]));
    second_.insert(tokens[1]);
  }
  std::uint32_t node = 0;
  for (std::uint64_t h : tokens) {
    std::uint32_t next = child(node, h);
    if (next == 0) {
      next = static_cast<std::uint32_t>(terminal_.size());
      terminal_.push_back(0);
      add_edge(node, h, next);
    }
    node = next;
  }
  if (terminal_[node] == 0) {
    ++phrases_;
    terminal_[node] = value + 1;
  } else if (merge_bits) {
    terminal_[node] = ((terminal_[node] - 1) | value) + 1;
  }
  return true;
}

PhraseMatcher::Match PhraseMatcher::longest_known_start(const TagToken* first, const TagToken* last,
                                                        bool one_token_phrase) const noexcept {
  Match best;
  if (!one_token_phrase && (first + 1 == last || !pairs_.contains(pair_key(first->hash, first[1].hash)))) {
    return best;
  }
  std::uint32_t node = 0;
  std::uint32_t n = 0;
  for (const TagToken* t = first; t != last; ++t) {
    node = child(node, t->hash);
    if (node == 0) break;
    ++n;
    if (terminal_[node] != 0) best = Match{n, terminal_[node] - 1};
  }
  return best;
}

}  // namespace argmine::detail
