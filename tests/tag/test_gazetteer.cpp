#include "../helpers.hpp"

#include <argmine/tag/gazetteer.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

using namespace argmine;

TEST_CASE("the built-in gazetteer loads and covers the events op-eds invoke") {
  auto g = Gazetteer::builtin();
  REQUIRE(g);
  CHECK(g->size() >= 300);
  auto find = [&](std::string_view name) -> const GazetteerEntry* {
    for (std::size_t i = 0; i < g->size(); ++i) {
      if (g->entry(i).name == name) return &g->entry(i);
    }
    return nullptr;
  };
  const auto* puma = find("PUMA movement");
  REQUIRE(puma);
  CHECK(puma->year == 2008);
  CHECK(puma->kind == EventKind::movement);
  const auto* watergate = find("Watergate scandal");
  REQUIRE(watergate);
  CHECK(watergate->year == 1972);
}

TEST_CASE("gazetteer files: errors name the line; users extend the built-in list") {
  auto bad = Gazetteer::parse("# header\nName\tevent\t19x4\t\tUS\tAlias\n", "mine.tsv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().to_string() == "mine.tsv: line 2: year '19x4' is not 4 digits");
  auto cols = Gazetteer::parse("Name\tevent\t1904\n", "mine.tsv");
  REQUIRE_FALSE(cols.ok());
  CHECK(cols.error().message() == "expected 6 tab-separated columns, found 3");
  auto kind = Gazetteer::parse("Name\tparty\t1904\t\tUS\tAlias\n", "mine.tsv");
  REQUIRE_FALSE(kind.ok());
  CHECK(kind.error().message() == "unknown kind 'party'");

  auto mine = Gazetteer::parse("Great Quarry Strike\tevent\t1907\t1908\tUS\tQuarry Strike|the great quarry walkout\n",
                               "mine.tsv");
  REQUIRE(mine.ok());
  auto merged = Gazetteer::merge(*Gazetteer::builtin(), **mine);
  CHECK(merged->size() == Gazetteer::builtin()->size() + 1);

  const std::string text = "The standoff at the mill is a replay of the Great Quarry Walkout.";
  Tokenizer tok;
  auto doc = tok.tokenize(text);
  REQUIRE(doc.ok());
  TaggerOptions plain_opt;
  Tagger plain(plain_opt);
  bool found = false;
  for (const Unit& u : plain.tag(*doc).units) found |= u.type == UnitType::analogy;
  CHECK_FALSE(found);  // unknown to the built-in list, and no year
  TaggerOptions opt;
  opt.gazetteer = merged;
  Tagger extended(opt);
  const Annotations a = extended.tag(*doc);
  const Unit* analogy = nullptr;
  for (const Unit& u : a.units) {
    if (u.type == UnitType::analogy) analogy = &u;
  }
  REQUIRE(analogy);
  CHECK(analogy->year == 1907);
  CHECK(merged->entry(static_cast<std::size_t>(analogy->gazetteer_entry)).name == "Great Quarry Strike");
}
