// The tagger's entry points into the X3 grammars, free of X3 headers: each family is tried at a token where
// one of its trigger words stands, and reports the rule that matched (if any) in `m`.
#pragma once

#include "tag/grammar/match.hpp"
#include "tag/tag_tokens.hpp"

#include <span>

namespace argmine::detail::grammar {

enum class Family : std::uint8_t { attribution, analogy, precedent, rebuttal, kCount };

/// Hashes of the normalized words a family's rules can start with (read from the grammar).
std::span<const std::uint64_t> triggers(Family f);

/// Tries the family's rules at `first` (the sentence ends at `last`). On success returns true, fills `m`
/// and sets `first` past the match.
bool parse(Family f, const TagToken*& first, const TagToken* last, Match& m);

}  // namespace argmine::detail::grammar
