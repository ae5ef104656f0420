// Acceptance: `argmine summarize --format json` on the reference op-ed finds every item of
// ../shared/seeds/EXPECTED.md. The op-ed is read at run time (never copied here); the test skips without it.
// Units are identified by the words their sentences begin with, and links are followed through the JSON.
#include "../helpers.hpp"

#include <argmine/summarize/render.hpp>
#include <argmine/summarize/structure.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace argmine;
using nlohmann::json;

namespace {

struct Summary {
  std::string text;
  json j;

  std::string unit_text(const json& id) const { return j["units"][id.get<std::size_t>()]["text"].get<std::string>(); }
  bool starts(const json& id, std::string_view prefix) const { return unit_text(id).rfind(prefix, 0) == 0; }
  // The unit of a type whose text starts with `prefix` (or contains it, when `anywhere`), or -1.
  long find(std::string_view type, std::string_view words, bool anywhere = false) const {
    for (std::size_t i = 0; i < j["units"].size(); ++i) {
      const auto& u = j["units"][i];
      if (u["type"] != type) continue;
      const std::string t = u["text"];
      if (anywhere ? t.find(words) != std::string::npos : t.rfind(words, 0) == 0) return static_cast<long>(i);
    }
    return -1;
  }
  bool linked(long from, long to, std::string_view kind) const {
    for (const auto& l : j["links"]) {
      if (l["from"] == from && l["to"] == to && l["kind"] == kind) return true;
    }
    return false;
  }
};

const Summary& reference() {
  static const Summary s = [] {
    Summary out;
    out.text = test::slurp(test::require_shared("seeds/oped-sanders-endorsement.txt"));
    auto summarizer = Summarizer::create();
    REQUIRE_MESSAGE(summarizer.ok(), (summarizer.ok() ? std::string() : summarizer.error().to_string()));
    ArgumentStructure st;
    REQUIRE(summarizer->analyze(out.text, st, "oped-sanders-endorsement.txt").ok());
    out.j = json::parse(render_summary(st, summarizer->doc(), SummaryFormat::json));
    return out;
  }();
  return s;
}

}  // namespace

TEST_CASE("reference op-ed: summary") {
  const Summary& s = reference();
  const json& j = s.j;
  CHECK(j["schema"] == "argmine-summary");
  CHECK(j["version"] == kSummarySchemaVersion);

  SUBCASE("non-argumentative material is set aside") {
    auto aside = [&](std::string_view words, std::string_view kind) {
      for (const auto& n : j["nonargument"]) {
        if (s.starts(n["unit"], words)) return n["kind"] == kind;
      }
      return false;
    };
    CHECK(aside("Bernie Sanders", "title"));
    CHECK(aside("Credit: Scott Pelkey/Flickr", "credit"));
    CHECK(aside("Our ideas can save democracy", "boilerplate"));
    CHECK((aside("David Atkins", "bio") || aside("David Atkins", "byline")));
    CHECK((aside("Follow David on Twitter", "bio") || aside("Follow David on Twitter", "byline")));
    // ... and nothing of the argument is.
    for (const auto& n : j["nonargument"]) CHECK(s.unit_text(n["unit"]).find("Sanders’ camp") == std::string::npos);
  }

  SUBCASE("the thesis and its restatement") {
    REQUIRE(!j["thesis"].is_null());
    CHECK(s.starts(j["thesis"], "But these worries overestimate the danger to Democratic chances"));
    REQUIRE(!j["restatement"].is_null());
    CHECK(s.starts(j["restatement"], "Realistically, Sanders still has a week or two"));
    CHECK(s.linked(j["restatement"].get<long>(), j["thesis"].get<long>(), "restates"));
  }

  SUBCASE("both counterclaims, their holders, and the rebuttals linked to each") {
    REQUIRE(j["oppositions"].size() == 2);
    const json& first = j["oppositions"][0];
    const json& second = j["oppositions"][1];
    auto holders = [&](const json& o) {
      std::string all;
      for (const auto& h : o["holders"]) all += h["text"].get<std::string>() + "|";
      return all;
    };
    CHECK(holders(first).find("many Democrats") != std::string::npos);
    CHECK(holders(first).find("some in the Clinton camp") != std::string::npos);
    CHECK(holders(second).find("those within Sanders’ camp") != std::string::npos);
    bool accuse = false;
    for (const auto& c : first["counterclaims"]) accuse |= s.starts(c, "There are some in the Clinton camp who even accuse");
    CHECK(accuse);
    CHECK(s.starts(second["counterclaims"][0], "There are also those within Sanders’ camp who worry"));
    auto answers = [&](const json& o, std::string_view words) {
      for (const auto& r : o["rebuttals"]) {
        if (s.starts(r, words)) return true;
      }
      return false;
    };
    // Both are rebutted by the thesis; the first again in P4, the second in P6.
    CHECK(answers(first, "But these worries overestimate"));
    CHECK(answers(second, "But these worries overestimate"));
    CHECK(answers(first, "There is no need for Sanders to rush his endorsement"));
    CHECK(answers(second, "As far as leverage is concerned"));
    // The links say why.
    const long thesis = j["thesis"].get<long>();
    CHECK(s.linked(thesis, first["counterclaims"][0].get<long>(), "answers"));
    for (const auto& l : j["links"]) CHECK(!l["reason"].get<std::string>().empty());
  }

  SUBCASE("the concessions") {
    auto conceded = [&](std::string_view words) {
      for (const auto& c : j["concessions"]) {
        if (s.unit_text(c).find(words) != std::string::npos) return true;
      }
      return false;
    };
    CHECK(conceded("it’s understandable that many Democrats are eager"));
    CHECK(conceded("It’s entirely possible that had the election been held in June"));
    CHECK(conceded("Making those changes is important"));
  }

  SUBCASE("the four historical analogies: source, year, target, use") {
    auto analogy = [&](std::string_view source) -> const json* {
      for (const auto& a : j["analogies"]) {
        if (!a["source"].is_null() && a["source"]["text"].get<std::string>().find(source) != std::string::npos) return &a;
      }
      return nullptr;
    };
    auto target_has = [](const json* a, std::string_view words) {
      return a && !(*a)["target"].is_null() && (*a)["target"]["text"].get<std::string>().find(words) != std::string::npos;
    };
    const json* puma = analogy("PUMA");
    REQUIRE(puma);
    CHECK((*puma)["year"] == "2008");
    CHECK(target_has(puma, "Sanders’ voters"));
    CHECK(((*puma)["use"] == "prediction" || (*puma)["use"] == "precedent"));
    const json* dean = analogy("Howard Dean’s encouragement of his own insurgent supporters");
    REQUIRE(dean);
    CHECK((*dean)["year"] == "2004");
    CHECK(target_has(dean, "Sanders’ call to local and state-level action"));
    CHECK((*dean)["use"] == "precedent");
    const json* movement = analogy("Movement Conservatives");
    REQUIRE(movement);
    CHECK((*movement)["year"] == "1960s");
    CHECK(target_has(movement, "Dean"));
    CHECK((*movement)["use"] == "precedent");
    const json* dfa = analogy("Dean for America");
    REQUIRE(dfa);
    CHECK((*dfa)["year"] == "2004");
    CHECK(target_has(dfa, "Sanders"));
    CHECK((*dfa)["use"] == "model");
    CHECK(j["analogies"].size() == 4);
    // The general analogy about polls is not a historical one.
    CHECK(s.find("analogy", "Just as polls in June") < 0);
  }

  SUBCASE("the evidence, with its types") {
    auto evidence = [&](std::string_view words, std::string_view type) {
      for (const auto& e : j["evidence"]) {
        if (s.unit_text(e["unit"]).find(words) != std::string::npos) return type.empty() || e["type"] == type;
      }
      return false;
    };
    CHECK(evidence("over 6,700 of his followers", "statistic"));
    CHECK(evidence("Greg Sargent perhaps put it best", "testimony"));
    const long sargent = s.find("evidence", "Greg Sargent");
    REQUIRE(sargent >= 0);
    CHECK(j["units"][static_cast<std::size_t>(sargent)]["fields"]["holder"]["text"] == "Greg Sargent");
    CHECK(evidence("months of the focused partisan battle between Obama and McCain", "historical"));
    CHECK(evidence("Those people have been a big influence in moving the Party", "historical"));
    CHECK(evidence("one of the most coveted items in politics today", ""));
    // DFA "remains one of the most effective liberal organizing groups": evidence or the analogy that carries it.
    CHECK((evidence("one of the most effective liberal organizing groups", "") ||
           s.find("analogy", "one of the most effective liberal organizing groups", true) >= 0));
    // The testimony supports the P5 claim.
    const long p5 = s.find("claim", "There is also the problem that Sanders endorsing her too early");
    REQUIRE(p5 >= 0);
    CHECK(s.linked(sargent, p5, "supports"));
  }

  SUBCASE("the other claims the author argues for") {
    auto claimed = [&](std::string_view words) {
      for (const auto& c : j["claims"]) {
        if (s.unit_text(c["unit"]).find(words) != std::string::npos) return true;
      }
      return false;
    };
    CHECK(claimed("might be counterproductive even to establishment goals"));
    CHECK(claimed("the ripple effects would be felt"));
    CHECK(claimed("springboard"));
    CHECK(claimed("the Sanders campaign needs some time"));
  }

  SUBCASE("the stance table") {
    auto stance = [&](std::string_view target_words, std::string_view kind) -> const json* {
      for (const auto& t : j["stance"]) {
        if (t["kind"] == kind && t["target"].get<std::string>().find(target_words) != std::string::npos) return &t;
      }
      return nullptr;
    };
    // Sanders endorsing Clinton quickly: the first position of others, rebutted.
    const json* quickly = stance("to drop out quickly and endorse", "position");
    REQUIRE(quickly);
    CHECK((*quickly)["stance"] == "AGAINST");
    const json* sanders = stance("Sanders", "entity");
    REQUIRE(sanders);
    CHECK((*sanders)["stance"] == "FAVOR");
    const json* trump = stance("Trump", "entity");
    REQUIRE(trump);
    CHECK((*trump)["stance"] == "AGAINST");
    const json* clinton = stance("Clinton", "entity");
    REQUIRE(clinton);
    CHECK(((*clinton)["stance"] == "NONE" || ((*clinton)["stance"] == "FAVOR" && (*clinton)["mild"] == true)));
    const json* establishment = stance("establishment", "entity");
    REQUIRE(establishment);
    CHECK((*establishment)["stance"] == "AGAINST");
    // Every stance names the sentences that carry it.
    for (const auto& t : j["stance"]) {
      if (t["stance"] != "NONE") CHECK(!t["evidence"].empty());
    }
  }

  SUBCASE("hedges and boosters worth surfacing") {
    auto cue = [&](std::string_view type, std::string_view words) { return s.find(type, words) >= 0; };
    CHECK(cue("hedge", "perhaps"));
    CHECK(cue("hedge", "might"));
    CHECK(cue("hedge", "It’s entirely possible"));
    CHECK(cue("hedge", "Realistically"));
    CHECK(cue("hedge", "could"));
    CHECK(cue("booster", "far more"));
    CHECK(cue("booster", "very little"));
    CHECK(cue("booster", "the vast majority"));
    CHECK(cue("booster", "it worked"));
  }

  SUBCASE("offsets are bytes into the input") {
    for (const auto& u : j["units"]) {
      const std::size_t b = u["begin"], e = u["end"];
      REQUIRE(e <= s.text.size());
      CHECK(s.text.substr(b, e - b) == u["text"].get<std::string>());
    }
  }
}
