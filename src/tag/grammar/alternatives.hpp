// A rule family as the tagger runs it, free of X3 headers: its alternatives in the grammar's order, each with
// the words it can start with (derived from the grammar itself, see first_words in primitives.hpp) and its
// parse function. The tagger tries at a token only the alternatives that can start with its word.
#pragma once

#include "tag/grammar/match.hpp"
#include "tag/tag_tokens.hpp"

#include <cstdint>
#include <vector>

namespace argmine::detail::grammar {

/// One alternative of a family's rules.
struct Alternative {
  /// Hashes of the normalized words the alternative can start with (a superset; never missing one).
  std::vector<std::uint64_t> first_words;
  /// Parses at `first` (the sentence ends at `last`); on success fills `m` and sets `first` past the match.
  bool (*parse)(const TagToken*& first, const TagToken* last, Match& m);
};

}  // namespace argmine::detail::grammar
