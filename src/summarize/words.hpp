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
  const char* text = doc.text().data();
  const char* end = text + doc.text().size();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // An ASCII token hashes as it is (the hash folds case as normalizing would), eight bytes at a time.
    const char* p = text + tokens[i].begin;
    const std::uint32_t n = tokens[i].end - tokens[i].begin;
    bool ascii = true;
    for (std::uint32_t k = 0; k < n; ++k) ascii &= static_cast<unsigned char>(p[k]) < 0x80;
    if (ascii) {
      out.push_back(token_hash_fast(p, n, end));
    } else {
      const std::string_view norm = doc.normalized(i, scratch);
      out.push_back(token_hash_fast(norm.data(), norm.size()));
    }
  }
  return out;
}

/// The evaluative polarity lexicon (data/polarity.tsv, compiled in): word hash -> score in [-3, 3].
const HashMap<std::int8_t>& polarity_lexicon();

/// Parses polarity TSV text (`word<TAB>score` lines, '#' comments); returns the number of entries, or -1 and
/// the 1-based line number of the first malformed line in `bad_line`.
long parse_polarity(std::string_view text, HashMap<std::int8_t>& out, std::size_t& bad_line);

}  // namespace argmine::detail
