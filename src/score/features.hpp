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
#include <span>
#include <string>
#include <string_view>
#include <utility>

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

inline constexpr HashList kNegations{{"not"_h, "n't"_h, "never"_h, "no"_h, "nobody"_h, "nothing"_h, "neither"_h,
                                      "nor"_h, "cannot"_h, "without"_h}};

inline bool is_negation_hash(std::uint64_t h) noexcept { return kNegations.contains(h); }

/// A word's character n-grams, with boundaries ("<wor", "ord>"): the part of `word_features` that models
/// without them skip. Not inlined, so that the rest of `word_features` is small enough to be.
template <class Emit>
[[gnu::noinline]] void char_ngram_features(const FeatureOptions& o, std::string_view norm, std::uint64_t target,
                                           Emit&& emit) {
  const int shift = 64 - o.hash_bits;
  auto slot = [shift](std::uint64_t h) { return static_cast<std::uint32_t>(mix64(h) >> shift); };
  const bool shared = o.shared_features || !target;
  const std::size_t n = norm.size();
  char buf[66];
  if (n + 2 > sizeof buf) return;
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

/// The features of one word that do not depend on its neighbours: its unigram (plain and conjoined with the
/// target) and its character n-grams. `uni` is the word's hash, already marked when the word is negated.
/// Always inlined: it runs for every token scored, and the call cost more than its body without n-grams.
template <class Emit>
[[gnu::always_inline]] inline void word_features(const FeatureOptions& o, std::uint64_t uni, std::string_view norm,
                                                 bool punct, std::uint64_t target, Emit&& emit) {
  const int shift = 64 - o.hash_bits;
  auto slot = [shift](std::uint64_t h) { return static_cast<std::uint32_t>(mix64(h) >> shift); };
  const bool shared = o.shared_features || !target;
  if (shared) emit(slot(uni ^ 0x1));
  if (target) emit(slot(uni ^ target ^ 0x11));
  if (o.char_max > 0 && !punct) char_ngram_features(o, norm, target, emit);
}

/// The text of token `i` as features read it (normalized when it is not ASCII).
inline std::string_view feature_text(const Document& doc, std::uint32_t i, std::string& scratch) {
  const Token& t = doc.tokens()[i];
  const char* p = doc.text().data() + t.begin;
  const std::uint32_t n = t.end - t.begin;
  bool ascii = true;
  for (std::uint32_t k = 0; k < n; ++k) ascii &= static_cast<unsigned char>(p[k]) < 0x80;
  return ascii ? std::string_view(p, n) : doc.normalized(i, scratch);
}

/// The hash of token `i` as features read it: `token_hashes[i]` when the caller has the hashes of the document's
/// tokens (the same value: `token_hash` of the normalized text, see `detail::token_hashes`), else computed.
inline std::uint64_t feature_hash(const Document& doc, std::uint32_t i, std::span<const std::uint64_t> token_hashes,
                                  std::string& scratch) {
  if (!token_hashes.empty()) return token_hashes[i];
  const std::string_view norm = feature_text(doc, i, scratch);
  return token_hash_fast(norm.data(), norm.size());
}

inline std::uint32_t feature_slot(std::uint64_t h, int hash_bits) noexcept {
  return static_cast<std::uint32_t>(mix64(h) >> (64 - hash_bits));
}

inline std::uint64_t unit_type_key(const Unit& u) noexcept { return static_cast<std::uint64_t>(u.type) + 1; }

/// Calls f(unit) for the tagger's units over bytes [b, e). Units are sorted by begin; those of a range start
/// inside it, or shortly before (a unit over several sentences, such as a boilerplate line).
template <class F>
[[gnu::always_inline]] inline void for_units_over(const Annotations& units, std::uint32_t b, std::uint32_t e, F&& f) {
  const auto& all = units.units;
  auto it = std::lower_bound(all.begin(), all.end(), b, [](const Unit& u, std::uint32_t x) { return u.span.begin < x; });
  it -= std::min<std::ptrdiff_t>(it - all.begin(), 64);
  for (; it != all.end() && it->span.begin < e; ++it) {
    // The clause that carries the role, when the sentence holds two ("Granted, X, but Y"): a range inside
    // the sentence (a clause of it) takes the role of the part it overlaps.
    const Span& where = it->clause.empty() ? it->span : it->clause;
    if (where.end > b && where.begin < e) f(*it);
  }
}

/// The range's mentions of the past (`FeatureOptions::past_features`): an analogy reaches further back than a
/// story's background does, and the word before the year tells a record ("since 1988") from a comparison
/// ("like 1968"). Apart from `extract_features`, and not inlined, so the features every model uses stay tight.
template <class Emit>
[[gnu::noinline]] void past_features(const FeatureOptions& o, const Document& doc, std::uint32_t first,
                                     std::uint32_t end, const Annotations& units,
                                     std::span<const std::uint64_t> token_hashes, std::string& scratch, Emit&& emit) {
  const auto tokens = doc.tokens();
  const std::uint32_t b = tokens[first].begin, e = tokens[end - 1].end;
  const auto& past = units.past_mentions;
  auto it = std::lower_bound(past.begin(), past.end(), b, [](const PastMention& m, std::uint32_t x) { return m.span.begin < x; });
  for (; it != past.end() && it->span.begin < e; ++it) {
    const std::uint64_t kind = it->gazetteer_entry >= 0 ? 3 : it->decade ? 2 : 1;
    const std::int32_t back = units.document_year - it->year;
    const std::uint64_t bucket = back < 5 ? 1 : back < 10 ? 2 : back < 20 ? 3 : back < 40 ? 4 : back < 80 ? 5 : 6;
    emit(feature_slot(0x50415354ull ^ kind * 0x9E3779B97F4A7C15ull, o.hash_bits));
    emit(feature_slot(0x50415354ull ^ (bucket + 8) * 0x9E3779B97F4A7C15ull, o.hash_bits));
    emit(feature_slot(0x50415354ull ^ (kind * 16 + bucket + 32) * 0x9E3779B97F4A7C15ull, o.hash_bits));
    auto at = std::lower_bound(tokens.begin() + first, tokens.begin() + end, it->span.begin,
                               [](const Token& t, std::uint32_t x) { return t.begin < x; });
    if (at != tokens.begin() + first) {
      const auto before = static_cast<std::uint32_t>(at - tokens.begin()) - 1;
      emit(feature_slot(mix64(feature_hash(doc, before, token_hashes, scratch)) ^ 0x50415354424546ull, o.hash_bits));
    }
  }
}

/// The sentences around the range (`FeatureOptions::context_sentences`): their words and unit types, marked by
/// side (before, after) only, so that one word weighs the same one or two sentences away. Not inlined either.
template <class Emit>
[[gnu::noinline]] void context_features(const FeatureOptions& o, const Document& doc, std::uint32_t first,
                                        std::uint32_t end, const Annotations* units,
                                        std::span<const std::uint64_t> token_hashes, std::string& scratch,
                                        Emit&& emit) {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  auto sentence_of = [&](std::uint32_t token) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                               [](std::uint32_t x, const Sentence& s) { return x < s.first_token; });
    return static_cast<std::ptrdiff_t>(it - sentences.begin()) - 1;
  };
  const std::ptrdiff_t before = sentence_of(first), after = sentence_of(end - 1);
  const auto count = static_cast<std::ptrdiff_t>(sentences.size());
  constexpr std::uint64_t kBefore = 0x434F4E5445585442ull, kAfter = 0x434F4E5445585441ull;  // "CONTEXTB", "CONTEXTA"
  for (std::ptrdiff_t d = 1; d <= o.context_sentences; ++d) {
    for (const auto& [k, side_key] : {std::pair{before - d, kBefore}, std::pair{after + d, kAfter}}) {
      if (k < 0 || k >= count) continue;
      const std::uint64_t side = side_key;  // a copy the lambda below can capture (clang 14 cannot capture a binding)
      const Sentence& s = sentences[static_cast<std::size_t>(k)];
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
        if (tokens[i].kind == TokenKind::punctuation) continue;
        emit(feature_slot(mix64(feature_hash(doc, i, token_hashes, scratch)) ^ side, o.hash_bits));
      }
      if (o.unit_features && units) {
        for_units_over(*units, s.begin, s.end, [&](const Unit& u) {
          emit(feature_slot(side ^ unit_type_key(u) * 0x9E3779B97F4A7C15ull, o.hash_bits));
        });
      }
    }
  }
}

/// Calls `emit(slot)` for every feature of tokens [first, end). Each word's own features go through
/// `emit_word(key, produce)`, where `produce(emit)` emits them and `key` identifies them (word, negation,
/// target): a scorer can cache their summed weights per key, since words repeat. `token_hashes`, when not
/// empty, holds the hashes of all the document's tokens (see `feature_hash`), which are then not computed again.
template <class Emit, class EmitWord>
[[gnu::always_inline]] inline void extract_features(const FeatureOptions& o, const Document& doc, std::uint32_t first,
                                                    std::uint32_t end, std::uint64_t target, const Annotations* units,
                                                    std::string& scratch, Emit&& emit, EmitWord&& emit_word,
                                                    std::span<const std::uint64_t> token_hashes = {}) {
  const int shift = 64 - o.hash_bits;
  auto slot = [shift](std::uint64_t h) { return static_cast<std::uint32_t>(mix64(h) >> shift); };
  const auto tokens = doc.tokens();
  std::uint64_t prev1 = 0x51ED27, prev2 = 0x51ED28;  // sentence-start markers
  bool negated = false;
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    // The text is read only when the hash is not given, or for character n-grams.
    const std::string_view norm =
        token_hashes.empty() || o.char_max > 0 ? feature_text(doc, i, scratch) : std::string_view();
    const std::uint64_t h = token_hashes.empty() ? token_hash_fast(norm.data(), norm.size()) : token_hashes[i];
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
    for_units_over(*units, tokens[first].begin, tokens[end - 1].end, [&](const Unit& u) {
      emit(slot(0x554E4954ull ^ unit_type_key(u) * 0x9E3779B97F4A7C15ull));
      if (target) emit(slot(0x554E4954ull ^ target ^ unit_type_key(u) * 0x12345ull));
      // The rule that fired says more than the type ("before_contrast" concedes differently from "although").
      if (o.unit_rules && !u.rule.empty()) emit(slot(0x52554C45ull ^ token_hash_fast(u.rule.data(), u.rule.size()) * 0x9E3779B97F4A7C15ull));
    });
  }
  if (o.past_features && units && first < end) past_features(o, doc, first, end, *units, token_hashes, scratch, emit);
  if (o.context_sentences > 0 && first < end && !doc.sentences().empty()) {
    context_features(o, doc, first, end, units, token_hashes, scratch, emit);
  }
}

}  // namespace argmine::detail
