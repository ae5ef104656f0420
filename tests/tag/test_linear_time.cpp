// No exponential backtracking: the tagger's time grows linearly with pathological input.
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include "../helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>

using namespace argmine;

namespace {

// CPU seconds to tag `small` and `large`: the fastest of five runs each, the two interleaved, since other tests
// may be running on the same cores and a burst of their load must not fall on one input only.
std::pair<double, double> seconds_to_tag(const std::string& small, const std::string& large) {
  Tokenizer tok;
  Document d_small, d_large;
  REQUIRE(tok.tokenize(small, d_small).ok());
  REQUIRE(tok.tokenize(large, d_large).ok());
  Tagger tagger;
  // Each size has its own result to overwrite: freeing the large one's units must not count as the small
  // one's time.
  Annotations a_small, a_large;
  auto once = [&](const Document& d, Annotations& a) {
    const double t0 = test::thread_seconds();
    tagger.tag(d, a);
    return test::thread_seconds() - t0;
  };
  double best_small = 1e9, best_large = 1e9;
  for (int run = 0; run < 5; ++run) {
    best_small = std::min(best_small, once(d_small, a_small));
    best_large = std::min(best_large, once(d_large, a_large));
  }
  return {best_small, best_large};
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
  const std::string small = repeat(unit, (10u << 20) / test::kGrowth), large = repeat(unit, 10u << 20);
  const auto [t_small, t_large] = seconds_to_tag(small, large);
  MESSAGE("1.25 MB: " << t_small << " s, 10 MB: " << t_large << " s");
  CHECK(test::grows_linearly(t_small, t_large));
}

TEST_CASE("one sentence of 100,000 tokens: linear time") {
  // Triggers of every family, a year (so the analogy rules run), a gazetteer name and modals the tagger checks
  // for reports and narrative, never a full stop.
  const std::string_view unit =
      "critics argue reminiscent of the 1968 convention like Watergate the first since 1988 some who insist "
      "but this ignores , they said it would , ";
  const std::size_t tokens_per_unit = 25;
  const std::string small = repeat(unit, 100000 / test::kGrowth / tokens_per_unit * unit.size());
  const std::string large = repeat(unit, 100000 / tokens_per_unit * unit.size());
  const auto [t_small, t_large] = seconds_to_tag(small, large);
  MESSAGE("12,500 tokens: " << t_small << " s, 100,000 tokens: " << t_large << " s");
  CHECK(test::grows_linearly(t_small, t_large));
}

TEST_CASE("a paragraph of denials after counterclaims: linear time") {
  // Each denial looks for the counterclaims it may answer in earlier paragraphs, not at every sentence of
  // its own paragraph (1.6 MB of "Not so." took 31 s that way).
  const std::string head = "Critics say the new tax is bad for the city.\n\n";
  const std::string small = head + repeat("Not so. ", (800u << 10) / test::kGrowth);
  const std::string large = head + repeat("Not so. ", 800u << 10);
  const auto [t_small, t_large] = seconds_to_tag(small, large);
  MESSAGE("100 KB of denials: " << t_small << " s, 800 KB: " << t_large << " s");
  CHECK(test::grows_linearly(t_small, t_large));
}

TEST_CASE("a long clause before many reporting participles: linear time") {
  // "Officials criticized plan plan ..., saying that it works, saying that it works, ...": each participle
  // looks back over the clause it closes for that clause's subject, which must not mean the whole sentence
  // each time (50,000 tokens before 20,000 participles took 4.7 s so).
  auto text = [](std::size_t words, std::size_t participles) {
    return "Officials criticized " + repeat("plan ", 5 * words) + repeat(", saying that it works", 22 * participles) +
           ".";
  };
  const std::string small = text(50000 / test::kGrowth, 20000 / test::kGrowth), large = text(50000, 20000);
  const auto [t_small, t_large] = seconds_to_tag(small, large);
  MESSAGE("small: " << t_small << " s, large: " << t_large << " s");
  CHECK(test::grows_linearly(t_small, t_large));
}
