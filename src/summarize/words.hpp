// Word-level helpers of the summarize stage: token hashes of a document (normalized, case-folded), sentence
// openers, and the polarity lexicon.
#pragma once

#include <argmine/text/document.hpp>

#include "tag/hash_set.hpp"
#include "tag/token_hash.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmine::detail {

/// Case-folded hashes of every token of `doc` (curly apostrophes and quotes unified first).
inline std::vector<std::uint64_t> token_hashes(const Document& doc) {
  std::vector<std::uint64_t> out;
  const auto tokens = doc.tokens();
  out.reserve(tokens.size());
  std::string scratch;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view n = doc.normalized(i, scratch);
    out.push_back(token_hash(n));
  }
  return out;
}

/// The evaluative polarity lexicon (data/polarity.tsv, compiled in): word hash -> score in [-3, 3].
const HashMap<std::int8_t>& polarity_lexicon();

/// Parses polarity TSV text (`word<TAB>score` lines, '#' comments); returns the number of entries, or -1 and
/// the 1-based line number of the first malformed line in `bad_line`.
long parse_polarity(std::string_view text, HashMap<std::int8_t>& out, std::size_t& bad_line);

}  // namespace argmine::detail
