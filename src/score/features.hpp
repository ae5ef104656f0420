// Feature extraction fused with its consumer: `extract` calls `emit(slot)` for every hashed feature of a
// token range, with no intermediate feature vector (scoring adds weight columns as slots arrive; training
// collects them once per example).
#pragma once

#include <argmine/score/model.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include "tag/token_hash.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace argmine::detail {

inline std::uint64_t mix64(std::uint64_t h) noexcept {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

/// Hash of a target name, as feature conjunctions use it (0 for no target).
inline std::uint64_t target_hash(std::string_view target) noexcept {
  return target.empty() ? 0 : mix64(token_hash(target) ^ 0x7A7A7A7A7A7A7A7Aull);
}

inline bool is_negation_hash(std::uint64_t h) noexcept {
  return h == "not"_h || h == "n't"_h || h == "never"_h || h == "no"_h || h == "nobody"_h || h == "nothing"_h ||
         h == "neither"_h || h == "nor"_h || h == "cannot"_h || h == "without"_h;
}

/// The features of one word that do not depend on its neighbours: its unigram (plain and conjoined with the
/// target) and its character n-grams. `uni` is the word's hash, already marked when the word is negated.
template <class Emit>
void word_features(const FeatureOptions& o, std::uint64_t uni, std::string_view norm, bool punct,
                   std::uint64_t target, Emit&& emit) {
  const int shift = 64 - o.hash_bits;
  auto slot = [shift](std::uint64_t h) { return static_cast<std::uint32_t>(mix64(h) >> shift); };
  const bool shared = o.shared_features || !target;
  if (shared) emit(slot(uni ^ 0x1));
  if (target) emit(slot(uni ^ target ^ 0x11));
  // Character n-grams of words, with boundaries: "<wor", "ord>".
  const std::size_t n = norm.size();
  char buf[66];
  if (o.char_max <= 0 || punct || n + 2 > sizeof buf) return;
  buf[0] = '<';
  for (std::size_t k = 0; k < n; ++k) {
    char c = norm[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    buf[k + 1] = c;
  }
  buf[n + 1] = '>';
  const std::uint32_t len = static_cast<std::uint32_t>(n + 2);
  for (std::uint32_t s = 0; s < len; ++s) {
    std::uint64_t ch = 0x811C9DC5ull;
    for (std::uint32_t k = 0; k < static_cast<std::uint32_t>(o.char_max) && s + k < len; ++k) {
      ch = (ch ^ static_cast<unsigned char>(buf[s + k])) * 0x100000001B3ull;
      if (k + 1 >= static_cast<std::uint32_t>(o.char_min)) {
        if (shared) emit(slot(ch ^ (0x20 + k)));
        if (target) emit(slot(ch ^ target ^ (0x40 + k)));
      }
    }
  }
}

/// Calls `emit(slot)` for every feature of tokens [first, end). Each word's own features go through
/// `emit_word(key, produce)`, where `produce(emit)` emits them and `key` identifies them (word, negation,
/// target): a scorer can cache their summed weights per key, since words repeat.
template <class Emit, class EmitWord>
void extract_features(const FeatureOptions& o, const Document& doc, std::uint32_t first, std::uint32_t end,
                      std::uint64_t target, const Annotations* units, std::string& scratch, Emit&& emit,
                      EmitWord&& emit_word) {
  const int shift = 64 - o.hash_bits;
  auto slot = [shift](std::uint64_t h) { return static_cast<std::uint32_t>(mix64(h) >> shift); };
  const auto tokens = doc.tokens();
  const std::string_view text = doc.text();
  std::uint64_t prev1 = 0x51ED27, prev2 = 0x51ED28;  // sentence-start markers
  bool negated = false;
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    const char* p = text.data() + t.begin;
    std::uint32_t n = t.end - t.begin;
    bool ascii = true;
    for (std::uint32_t k = 0; k < n; ++k) ascii &= static_cast<unsigned char>(p[k]) < 0x80;
    std::string_view norm(p, n);
    if (!ascii) {
      norm = doc.normalized(i, scratch);
    }
    const std::uint64_t h = token_hash_fast(norm.data(), norm.size());
    const bool punct = t.kind == TokenKind::punctuation;
    if (punct) negated = false;
    // Word n-grams, plain and conjoined with the target.
    const std::uint64_t uni = (negated && !punct) ? h ^ 0x4E45474E45474E45ull : h;
    const bool shared = o.shared_features || !target;
    emit_word(mix64(uni ^ target ^ (punct ? 0x5055 : 0)),
              [&](auto&& e) { word_features(o, uni, norm, punct, target, e); });
    if (o.word_ngrams >= 2) {
      const std::uint64_t bi = prev1 * 0x9E3779B97F4A7C15ull ^ h;
      if (shared) emit(slot(bi ^ 0x2));
      if (target) emit(slot(bi ^ target ^ 0x12));
      if (o.word_ngrams >= 3) {
        const std::uint64_t tri = (prev2 * 0x9E3779B97F4A7C15ull ^ prev1) * 0xC2B2AE3D27D4EB4Full ^ h;
        if (shared) emit(slot(tri ^ 0x3));
        if (target) emit(slot(tri ^ target ^ 0x13));
      }
    }
    prev2 = prev1;
    prev1 = h;
    if (o.negation && is_negation_hash(h)) negated = true;
  }
  // The tagger's units over the range: "this sentence is a counterclaim", "it hedges".
  if (o.unit_features && units && first < end) {
    const std::uint32_t b = tokens[first].begin, e = tokens[end - 1].end;
    // Units are sorted by begin; those of the range start inside it, or shortly before (a unit over several
    // sentences, such as a boilerplate line).
    const auto& all = units->units;
    auto it = std::lower_bound(all.begin(), all.end(), b, [](const Unit& u, std::uint32_t x) { return u.span.begin < x; });
    it -= std::min<std::ptrdiff_t>(it - all.begin(), 64);
    for (; it != all.end() && it->span.begin < e; ++it) {
      const Unit& u = *it;
      // The clause that carries the role, when the sentence holds two ("Granted, X, but Y"): a range inside
      // the sentence (a clause of it) takes the role of the part it overlaps.
      const Span& where = u.clause.empty() ? u.span : u.clause;
      if (where.end <= b || where.begin >= e) continue;
      emit(slot(0x554E4954ull ^ (static_cast<std::uint64_t>(u.type) + 1) * 0x9E3779B97F4A7C15ull));
      if (target) emit(slot(0x554E4954ull ^ target ^ (static_cast<std::uint64_t>(u.type) + 1) * 0x12345ull));
      // The rule that fired says more than the type ("before_contrast" concedes differently from "although").
      if (o.unit_rules && !u.rule.empty()) emit(slot(0x52554C45ull ^ token_hash_fast(u.rule.data(), u.rule.size()) * 0x9E3779B97F4A7C15ull));
    }
  }
}

}  // namespace argmine::detail
