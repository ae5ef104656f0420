#include <argmine/score/sentence_units.hpp>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace argmine {

namespace {

std::optional<UnitType> unit_type_named(std::string_view label) {
  for (int k = 0; k < kUnitTypeCount; ++k) {
    const auto t = static_cast<UnitType>(k);
    if (to_string(t) == label) return t;
  }
  return std::nullopt;
}

}  // namespace

std::size_t add_model_units(const Document& doc, Annotations& annotations, Scorer& scorer,
                            const ModelUnitOptions& options) {
  const LinearModel& model = scorer.model();
  // Which label adds which type.
  std::vector<std::optional<UnitType>> type_of(model.labels().size());
  for (std::size_t k = 0; k < type_of.size(); ++k) {
    const auto t = unit_type_named(model.labels()[k]);
    if (!t || !is_sentence_level(*t)) continue;
    if (!options.types.empty() && std::find(options.types.begin(), options.types.end(), *t) == options.types.end()) {
      continue;
    }
    type_of[k] = t;
  }
  if (std::none_of(type_of.begin(), type_of.end(), [](const auto& t) { return t.has_value(); })) return 0;
  // Analogies and precedents need a mention of the past: when the model adds nothing else, only sentences with
  // one are scored (6.4% of the news corpus's sentences).
  const bool past_only = std::all_of(type_of.begin(), type_of.end(), [](const auto& t) {
    return !t || *t == UnitType::analogy || *t == UnitType::precedent;
  });

  std::vector<Unit>& units = annotations.units;
  const std::size_t before = units.size();
  const auto sentences = doc.sentences();
  const auto& past = annotations.past_mentions;
  Prediction pred;
  // The units found wait here until every sentence is scored: the model reads the units around a sentence as
  // features, and must see the tagger's (as in training, and in text order), not its own earlier additions.
  std::vector<Unit> found;
  std::size_t next = 0;       // first unit of the current sentence (units are sorted by sentence)
  std::size_t next_past = 0;  // first past mention of the current sentence
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sent = sentences[s];
    while (next < before && units[next].sentence < s) ++next;
    while (next_past < past.size() && past[next_past].sentence < s) ++next_past;
    if (sent.end_token == sent.first_token) continue;
    if (past_only && (next_past == past.size() || past[next_past].sentence != s)) continue;
    scorer.predict(doc, sent.first_token, sent.end_token, {}, &annotations, pred);
    const auto& type = type_of[pred.label];
    if (!type || pred.probabilities[pred.label] < options.min_probability) continue;
    bool covered = false;
    for (std::size_t i = next; i < before && units[i].sentence == s; ++i) covered |= units[i].type == *type;
    if (covered) continue;
    Unit u;
    u.type = *type;
    u.span = Span{sent.begin, sent.end};
    u.sentence = s;
    u.rule = "sentence_model";
    u.probability = pred.probabilities[pred.label];
    if (u.type == UnitType::analogy || u.type == UnitType::precedent) {
      // Its past thing: the sentence's first named one (a gazetteer entry), else its first past year or decade.
      // A sentence that mentions no past cannot liken the present to it.
      const PastMention* named = nullptr;
      const PastMention* dated = nullptr;
      for (std::size_t k = next_past; k < past.size() && past[k].sentence == s; ++k) {
        if (past[k].gazetteer_entry >= 0 && !named) named = &past[k];
        if (past[k].gazetteer_entry < 0 && !dated) dated = &past[k];
      }
      const PastMention* m = named ? named : dated;
      if (!m) continue;
      u.source = m->span;
      u.year = m->year;
      u.decade = m->decade;
      u.gazetteer_entry = m->gazetteer_entry;
    }
    found.push_back(std::move(u));
  }
  const std::size_t added = found.size();
  if (!added) return 0;
  units.insert(units.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  // A sentence the tagger took for a past event told as evidence ("past_event") is, now that it likens the present
  // to that past, an analogy instead, as the tagger decides for its own analogies.
  std::vector<bool> drop(units.size(), false);
  std::size_t first = 0;  // first unit of the added unit's sentence
  for (std::size_t a = before; a < units.size(); ++a) {
    if (units[a].type != UnitType::analogy) continue;
    while (first < before && units[first].sentence < units[a].sentence) ++first;
    for (std::size_t i = first; i < before && units[i].sentence == units[a].sentence; ++i) {
      drop[i] = drop[i] || (units[i].type == UnitType::evidence && units[i].rule == "past_event");
    }
  }
  if (std::find(drop.begin(), drop.end(), true) != drop.end()) {
    std::vector<std::uint32_t> index(units.size());
    std::vector<Unit> kept;
    kept.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      index[i] = static_cast<std::uint32_t>(kept.size());
      if (!drop[i]) kept.push_back(std::move(units[i]));
    }
    for (Unit& u : kept) {
      std::erase_if(u.links, [&](std::uint32_t l) { return drop[l]; });  // evidence answers nothing: none expected
      for (auto& l : u.links) l = index[l];
    }
    units = std::move(kept);
  }
  sort_units(units);  // the new units after their sentence's own sentence-level ones; links follow
  return added;
}

}  // namespace argmine
