// What a grammar rule reports: its name, the token ranges it captured and flag bits. Shared by the grammars
// (through the X3 context) and the tagger (which includes no X3).
#pragma once

#include "tag/tag_tokens.hpp"

#include <cstdint>
#include <string_view>

namespace argmine::detail::grammar {

/// The parts a rule can capture.
enum Slot : std::uint8_t { holder, cue, source, target, kSlots };

/// What a successful rule found: its name, the captured parts, and flag bits the rules set.
struct Match {
  std::string_view rule;
  const TagToken* begin[kSlots] = {};
  const TagToken* end[kSlots] = {};
  std::uint32_t flags = 0;

  void reset() noexcept { *this = Match{}; }
  bool has(Slot s) const noexcept { return begin[s] != nullptr && end[s] > begin[s]; }
};

/// Flag bits set by rules (Match::flags).
enum MatchFlag : std::uint32_t {
  kContentious = 1 << 0,    ///< attribution verb that disputes ("argue", "insist", "accuse", "worry")
  kNeutralReport = 1 << 1,  ///< attribution verb that reports ("said", "noted", "found")
  kHypothetical = 1 << 2,   ///< "one could argue", "some may say"
  kImpersonal = 1 << 3,     ///< "it is often said"
  kEager = 1 << 4,          ///< "many Democrats are eager for ..."
  kNeedsEvent = 1 << 5,     ///< analogy marker that likens only with a named past event, not a bare year ("once more")
  kSourceAfterYear = 1 << 6,  ///< "at this time in 2008 ...": the source follows the year
  kBackwardTarget = 1 << 7,   ///< "X is a cautionary tale": the past thing precedes the marker
  kUseModel = 1 << 8,
  kUseWarning = 1 << 9,
  kUsePrecedent = 1 << 10,
  kNoYear = 1 << 11,        ///< precedent without a year ("the first time in decades")
  kNameBefore = 1 << 12,    ///< the past thing is the gazetteer name just before the marker ("Watergate-like")
  kYearBefore = 1 << 13,    ///< the past thing is a year earlier in the sentence ("In 1938, ... as Iran is now")
};

/// Most words the holder of "according to" takes; the tagger mends a holder this window cut.
inline constexpr int kAccordingToWindow = 8;

}  // namespace argmine::detail::grammar
