// The headline acceptance case: ../shared/seeds/oped-sanders-endorsement.txt and what EXPECTED.md says the
// tagging stage must find in it (the items summarize builds on are checked in tests/summarize).
#include "../helpers.hpp"

#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

using namespace argmine;

namespace {

struct Oped {
  std::string text;
  Document doc;
  Annotations units;
  Oped() {
    text = test::slurp(test::require_shared("seeds/oped-sanders-endorsement.txt"));
    Tokenizer tok;
    REQUIRE(tok.tokenize(text, doc).ok());
    TaggerOptions opt;
    opt.document_year = 2016;
    Tagger(opt).tag(doc, units);
  }
  std::string_view of(Span s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  // The first unit of `type` whose text contains `needle`.
  const Unit* find(UnitType type, std::string_view needle) const {
    for (const Unit& u : units.units) {
      if (u.type == type && of(u.span).find(needle) != std::string_view::npos) return &u;
    }
    return nullptr;
  }
};

}  // namespace

TEST_CASE("reference op-ed: what tagging finds") {
  const Oped o;
  // The op-ed's sentences as the tokenizer splits them: titles and credits are lines of their own.
  CHECK(o.doc.sentences().size() == 36);
  SUBCASE("the four historical analogies with their years") {
    const Unit* puma = o.find(UnitType::analogy, "At this time in 2008");
    REQUIRE(puma);
    CHECK(puma->year == 2008);
    CHECK(o.of(puma->source).find("PUMA") != std::string_view::npos);
    const Unit* dean = o.find(UnitType::analogy, "reminiscent of Howard Dean");
    REQUIRE(dean);
    CHECK(dean->year == 2004);
    CHECK(o.of(dean->source).find("Howard Dean") != std::string_view::npos);
    CHECK(o.of(dean->target) == "Sanders’ call to local and state-level action");
    CHECK(dean->use == AnalogyUse::precedent);
    const Unit* movement = o.find(UnitType::analogy, "Modeled after the Movement Conservatives");
    REQUIRE(movement);
    CHECK(movement->year == 1960);
    CHECK(movement->decade);
    CHECK(movement->use == AnalogyUse::precedent);
    const Unit* dfa = o.find(UnitType::analogy, "Dean for America");
    REQUIRE(dfa);
    CHECK(dfa->use == AnalogyUse::model);
    // "Just as polls in June ..." is a general analogy, not a historical one.
    CHECK_FALSE(o.find(UnitType::analogy, "Just as polls in June"));
  }
  SUBCASE("both counterclaims with their holders, and the rebuttal that answers them") {
    const Unit* cc1 = o.find(UnitType::counterclaim, "many Democrats are eager");
    REQUIRE(cc1);
    CHECK(o.of(cc1->holder) == "many Democrats");
    const Unit* cc1b = o.find(UnitType::counterclaim, "some in the Clinton camp");
    REQUIRE(cc1b);
    CHECK(o.of(cc1b->holder) == "some in the Clinton camp");
    const Unit* cc2 = o.find(UnitType::counterclaim, "those within Sanders’ camp");
    REQUIRE(cc2);
    CHECK(o.of(cc2->holder) == "those within Sanders’ camp");
    const Unit* thesis = o.find(UnitType::rebuttal, "But these worries overestimate");
    REQUIRE(thesis);
    CHECK(thesis->links.size() == 3);
    const Unit* no_need = o.find(UnitType::rebuttal, "There is no need for Sanders to rush");
    REQUIRE(no_need);
    CHECK_FALSE(no_need->links.empty());
    const Unit* leverage = o.find(UnitType::rebuttal, "As far as leverage is concerned");
    REQUIRE(leverage);
    REQUIRE(leverage->links.size() == 1);
    CHECK(&o.units.units[leverage->links[0]] == cc2);
  }
  SUBCASE("the concessions") {
    CHECK(o.find(UnitType::concession, "it’s understandable that many Democrats"));
    CHECK(o.find(UnitType::concession, "It’s entirely possible that had the election"));
    CHECK(o.find(UnitType::concession, "Making those changes is important"));
  }
  SUBCASE("the 6,700 statistic and the Sargent testimony") {
    const Unit* stat = o.find(UnitType::evidence, "6,700");
    REQUIRE(stat);
    CHECK(stat->evidence == EvidenceType::statistic);
    const Unit* sargent = o.find(UnitType::evidence, "Greg Sargent");
    REQUIRE(sargent);
    CHECK(sargent->evidence == EvidenceType::testimony);
    CHECK(o.of(sargent->holder) == "Greg Sargent");
  }
  SUBCASE("hedges and boosters worth surfacing") {
    for (auto cue : {"perhaps", "might", "It’s entirely possible", "Realistically", "could"}) {
      CHECK_MESSAGE(o.find(UnitType::hedge, cue), cue);
    }
    for (auto cue : {"far more", "very little", "the vast majority", "it worked"}) {
      CHECK_MESSAGE(o.find(UnitType::booster, cue), cue);
    }
  }
  SUBCASE("non-argumentative lines") {
    CHECK(o.find(UnitType::nonargument, "Bernie Sanders")->nonargument == NonArgumentKind::title);
    CHECK(o.find(UnitType::nonargument, "Credit: Scott Pelkey/Flickr")->nonargument == NonArgumentKind::credit);
    CHECK(o.find(UnitType::nonargument, "Donate Now!")->nonargument == NonArgumentKind::boilerplate);
    CHECK(o.find(UnitType::nonargument, "David Atkins is a writer"));
  }
}
