// Phrase cues the tagger looks up with a PhraseMatcher (longest match): hedges, boosters, concession openers,
// the markers that make the sentence before them a concession ("That said"), and claim phrases.
#pragma once

#include "tag/phrase_matcher.hpp"

#include <argmine/text/tokenizer.hpp>

#include <string_view>

namespace argmine::detail {

enum class CueKind : std::uint8_t {
  hedge,
  booster,
  concession,        ///< "of course", "admittedly", "it's understandable that", "to be fair"
  after_concession,  ///< "that said", "even so", "nonetheless": the sentence before was a concession
  claim,             ///< "there is no need", "it is time", "the problem is", "cannot afford"
  anecdote,          ///< "I met", "told me", "last week", "for example"
  kCount,
};

/// Builds the matcher. A payload is a bit set: bit k is set when the phrase is a cue of CueKind k (a phrase
/// can be two kinds: "it's entirely possible" is a hedge and a concession opener).
PhraseMatcher build_cue_matcher(Tokenizer& tokenizer);

constexpr std::uint32_t bit(CueKind k) { return std::uint32_t{1} << static_cast<int>(k); }

}  // namespace argmine::detail
