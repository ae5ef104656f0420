// The words a grammar alternative can start with, read from its X3 structure (primitives.hpp): the tagger
// tries an alternative only at these words, so a word missing here would silently lose matches.
#include "tag/grammar/grammars.hpp"
#include "tag/grammar/primitives.hpp"
#include "tag/lexicon.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace argmine::detail;
using namespace argmine::detail::grammar;

namespace {

struct Read {
  std::set<std::uint64_t> words;
  bool any;
  bool nullable;
};

template <class P>
Read read(const P& p) {
  FirstWords fw;
  const bool nullable = add_first_words(p, fw);
  return Read{std::set<std::uint64_t>(fw.words.begin(), fw.words.end()), fw.any, nullable};
}

std::set<std::uint64_t> hashes(std::initializer_list<std::string_view> words) {
  std::set<std::uint64_t> out;
  for (auto w : words) out.insert(token_hash(w));
  return out;
}

inline auto const much_the_same = -(w("much") >> -w("of")) >> w("the") >> w("same") >> name("r");
inline auto const nothing_at_all = -w("a") >> name("r");
inline auto const year_first = year_token >> w("ago") >> name("r");

}  // namespace

TEST_CASE("first words: optional and repeated prefixes add the words after them") {
  auto r = read(much_the_same);
  CHECK(r.words == hashes({"much", "the"}));
  CHECK_FALSE(r.nullable);
  CHECK_FALSE(r.any);
  CHECK(read(x3::repeat(0, 2)[w("very")] >> w("big")).words == hashes({"very", "big"}));
  CHECK(read(x3::repeat(1, 2)[w("very")] >> w("big")).words == hashes({"very"}));
  CHECK(read(capture<cue>[w("a") | w("an")] >> w("new")).words == hashes({"a", "an"}));
  CHECK(read((any_token - w("x")) >> w("y")).any);
  CHECK(read(in(lexicon::quantifiers()) >> w("say")).words.size() == lexicon::quantifiers().size());
  CHECK(read(nothing_at_all).nullable);
}

TEST_CASE("first words: an alternative that may match nothing or starts with a token test is refused") {
  CHECK_THROWS_AS(make_alternative<nothing_at_all>(), std::logic_error);
  CHECK_THROWS_AS(make_alternative<year_first>(), std::logic_error);
  CHECK(make_alternative<much_the_same>().first_words.size() == 2);
}

TEST_CASE("first words: the families' dispatch keys come from their rules") {
  auto has = [](Family f, std::string_view word) {
    auto t = triggers(f);
    return std::find(t.begin(), t.end(), token_hash(word)) != t.end();
  };
  CHECK(has(Family::attribution, "according"));
  CHECK(has(Family::attribution, "supporters"));
  CHECK(has(Family::analogy, "reminiscent"));
  CHECK(has(Family::analogy, "much"));  // "much the same way as"
  CHECK(has(Family::precedent, "highest"));
  CHECK(has(Family::rebuttal, "but"));
  // A bare "Senators say" is left to the report-verb pass (group nouns that open a holder are listed apart),
  // and a rebuttal's comma only follows its contrast word ("But, this ignores").
  CHECK_FALSE(has(Family::attribution, "senators"));
  CHECK_FALSE(has(Family::rebuttal, ","));
}
