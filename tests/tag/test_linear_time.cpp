// No exponential backtracking: the tagger's time grows linearly with pathological input.
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

using namespace argmine;

namespace {

double seconds_to_tag(const std::string& text) {
  Tokenizer tok;
  Document doc;
  REQUIRE(tok.tokenize(text, doc).ok());
  Tagger tagger;
  Annotations a;
  double best = 1e9;  // the fastest of three runs: other tests may be running on the same cores
  for (int run = 0; run < 3; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    tagger.tag(doc, a);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

}  // namespace

TEST_CASE("10 MB of repeated cue words: linear time") {
  // Every word is a trigger; sentences end often, as in text.
  const std::string_view unit =
      "Critics say some in the camp argue that it is often said there are those who insist. But these worries "
      "overestimate the first time since the highest since reminiscent of the 1968 convention like Watergate. ";
  const double t5 = seconds_to_tag(repeat(unit, 5u << 20));
  const double t10 = seconds_to_tag(repeat(unit, 10u << 20));
  MESSAGE("5 MB: " << t5 << " s, 10 MB: " << t10 << " s");
  CHECK(t10 < 3.0 * t5 + 0.05);
}

TEST_CASE("one sentence of 100,000 tokens: linear time") {
  // Triggers of every family, a year (so the analogy rules run) and a gazetteer name, never a full stop.
  const std::string_view unit =
      "critics argue reminiscent of the 1968 convention like Watergate the first since 1988 some who insist "
      "but this ignores , ";
  const std::size_t tokens_per_unit = 23;
  const double t50 = seconds_to_tag(repeat(unit, 50000 / tokens_per_unit * unit.size()));
  const double t100 = seconds_to_tag(repeat(unit, 100000 / tokens_per_unit * unit.size()));
  MESSAGE("50,000 tokens: " << t50 << " s, 100,000 tokens: " << t100 << " s");
  CHECK(t100 < 3.0 * t50 + 0.05);
}
