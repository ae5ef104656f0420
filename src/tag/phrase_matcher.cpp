#include "tag/phrase_matcher.hpp"

#include <string>

namespace argmine::detail {

bool PhraseMatcher::add(Tokenizer& tokenizer, std::string_view phrase, std::uint32_t value, bool merge_bits) {
  // (a tagger adds thousands of phrases when it is built: the buffers are reused from one to the next)
  build_.hashes.clear();
  if (tokenizer.tokenize(phrase, build_.doc).ok()) {
    build_tag_tokens(build_.doc, build_.tokens, build_.scratch);
    for (const auto& t : build_.tokens) build_.hashes.push_back(t.hash);
  }
  build_.doc.clear();  // (the document and its token view point into `phrase`)
  build_.tokens.clear();
  return add_hashes(build_.hashes, value, merge_bits);  // (false for a phrase without tokens)
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
