// A sentence model's units beside the rules': where they go, what they hold, and what they may not do.
#include <argmine/score/sentence_units.hpp>
#include <argmine/score/train.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using namespace argmine;

namespace {

// "zebra" makes a sentence an analogy, anything else none: a model that has learnt exactly that (a word no rule
// knows, so the rules find nothing the model does).
std::shared_ptr<const LinearModel> zebra_model() {
  const char* noise[] = {"the", "fight", "plan", "senator", "vote", "today", "city", "tax", "people", "new"};
  std::mt19937_64 rng(7);
  std::vector<Example> data;
  for (int i = 0; i < 200; ++i) {
    const bool analogy = i % 2 == 0;
    std::string text;
    for (int k = 0; k < 6; ++k) text += std::string(noise[rng() % 10]) + (k == 2 && analogy ? " zebra " : " ");
    data.push_back({text, "", analogy ? "analogy" : "none", std::to_string(i)});
  }
  TrainOptions o;
  o.features.char_max = 0;
  o.features.hash_bits = 14;
  o.features.unit_features = false;
  auto m = train(data, o);
  REQUIRE(m.ok());
  return *m;
}

struct Run {
  std::string text;
  Document doc;
  Annotations units;
  std::size_t added = 0;
  std::string_view of(Span s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
};

Run run(std::string text, const ModelUnitOptions& options = {}) {
  Run r;
  r.text = std::move(text);
  Tokenizer tok;
  REQUIRE(tok.tokenize(r.text, r.doc).ok());
  Tagger tagger;
  tagger.tag(r.doc, r.units, 2016);
  static const auto model = zebra_model();
  Scorer scorer(model);
  r.added = add_model_units(r.doc, r.units, scorer, options);
  return r;
}

}  // namespace

TEST_CASE("a sentence model adds the analogies it finds, with the sentence's past thing and its probability") {
  auto r = run("The fight is a zebra of the 1968 convention chaos. The vote is a zebra of Watergate in 1974. "
               "The plan is a zebra of tomorrow. The tax fight was loud in 1968.");
  REQUIRE(r.added == 2);
  std::vector<const Unit*> found;
  for (const Unit& u : r.units.units) {
    if (u.rule == "sentence_model") found.push_back(&u);
  }
  REQUIRE(found.size() == 2);
  CHECK(found[0]->type == UnitType::analogy);
  CHECK(r.of(found[0]->span) == "The fight is a zebra of the 1968 convention chaos.");
  CHECK(r.of(found[0]->source) == "1968");  // no named event: the first past year
  CHECK(found[0]->year == 1968);
  CHECK(found[0]->gazetteer_entry == -1);
  CHECK(found[0]->probability > 0.5f);
  CHECK(found[0]->probability < 1.0f);
  // A named event goes before a year.
  CHECK(r.of(found[1]->source) == "Watergate");
  CHECK(found[1]->year == 1972);
  CHECK(found[1]->gazetteer_entry >= 0);
  // "a zebra of tomorrow" mentions no past; "was loud in 1968" has no "zebra".
}

TEST_CASE("a sentence model adds nothing the rules already found, nor below its probability, nor other types") {
  // The rules find this analogy themselves ("reminiscent of" a named event); the model agrees, and adds nothing.
  auto r = run("The race is a zebra, reminiscent of Howard Dean's insurgency in 2004.");
  Scorer scorer(zebra_model());
  Prediction p;
  scorer.predict(r.doc, 0, static_cast<std::uint32_t>(r.doc.tokens().size()), {}, &r.units, p);
  CHECK(scorer.model().labels()[p.label] == "analogy");
  std::vector<std::string_view> analogy_rules;
  for (const Unit& u : r.units.units) {
    if (u.type == UnitType::analogy) analogy_rules.push_back(u.rule);
  }
  CHECK(analogy_rules == std::vector<std::string_view>{"reminiscent_of"});
  CHECK(r.added == 0);
  ModelUnitOptions sure;
  sure.min_probability = 0.9999f;
  CHECK(run("The fight is a zebra of the 1968 convention chaos.", sure).added == 0);
  ModelUnitOptions precedents_only;
  precedents_only.types = {UnitType::precedent};
  CHECK(run("The fight is a zebra of the 1968 convention chaos.", precedents_only).added == 0);
}

TEST_CASE("units a sentence model adds keep the order of Annotations and the links between the others") {
  auto r = run("The fight is a zebra of the 1968 convention chaos. Critics say the plan will fail. "
               "But this ignores the facts.");
  REQUIRE(r.added == 1);
  const auto& u = r.units.units;
  CHECK(u.front().rule == "sentence_model");  // the first sentence's unit comes first
  for (std::size_t i = 1; i < u.size(); ++i) {
    CHECK((u[i - 1].sentence < u[i].sentence ||
           (u[i - 1].sentence == u[i].sentence && u[i - 1].span.begin <= u[i].span.begin) ||
           u[i].type == UnitType::hedge || u[i].type == UnitType::booster || u[i].type == UnitType::attribution));
  }
  std::size_t rebuttals = 0;
  for (const Unit& x : u) {
    if (x.type != UnitType::rebuttal) continue;
    ++rebuttals;
    REQUIRE(x.links.size() == 1);
    CHECK(u[x.links[0]].type == UnitType::counterclaim);
    CHECK(r.of(u[x.links[0]].span) == "Critics say the plan will fail.");
  }
  CHECK(rebuttals == 1);
}

TEST_CASE("a sentence a sentence model makes an analogy is no longer a past event told as evidence") {
  const std::string text = "The vote was a zebra of the 1968 convention chaos. Critics say the plan will fail. "
                           "But this ignores the facts.";
  Tokenizer tok;
  Document doc;
  REQUIRE(tok.tokenize(text, doc).ok());
  Tagger tagger;
  Annotations units;
  tagger.tag(doc, units, 2016);
  auto rules_of_first = [&] {
    std::vector<std::string_view> out;
    for (const Unit& u : units.units) {
      if (u.sentence == 0) out.push_back(u.rule);
    }
    return out;
  };
  CHECK(rules_of_first() == std::vector<std::string_view>{"past_event"});  // the tagger's evidence, alone
  Scorer scorer(zebra_model());
  REQUIRE(add_model_units(doc, units, scorer) == 1);
  CHECK(rules_of_first() == std::vector<std::string_view>{"sentence_model"});
  // The units after it keep their links.
  std::size_t rebuttals = 0;
  for (const Unit& u : units.units) {
    if (u.type != UnitType::rebuttal) continue;
    ++rebuttals;
    REQUIRE(u.links.size() == 1);
    CHECK(units.units[u.links[0]].type == UnitType::counterclaim);
  }
  CHECK(rebuttals == 1);
}
