// argmine/score/sentence_units.hpp — units a sentence model finds where the rules found none.
//
// The tagger's analogy rules are precise but miss most analogies a reader sees: past episodes set beside the
// present without a marker word ("a trend consistent with the 2008 and 2016 primary cycles"). A linear model
// trained on labelled sentences (labels named after unit types, "analogy", "precedent", and "none") finds some
// of them; its units are added beside the rules' ones, marked by their rule and probability, so a reader can
// keep or drop them. docs/models.md has the measured effect and how to train such a model.
#pragma once

#include <argmine/score/model.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace argmine {

/// Options of `add_model_units`.
struct ModelUnitOptions {
  /// Unit types the model may add (labels of the model with these names). Empty: every sentence-level type a
  /// label names. Default empty.
  std::vector<UnitType> types;
  /// A sentence gets a unit when its most probable label names an allowed type and has at least this
  /// probability. Default 0 (the most probable label decides).
  float min_probability = 0.0f;
};

/// Scores every sentence of `doc` with `scorer` (features: the sentence's tokens and the tagger's `units`) and
/// adds a sentence-level unit of the predicted type, rule "sentence_model" and the label's probability, to
/// each sentence that has no unit of that type yet. An analogy or precedent needs a mention of the past in its
/// sentence (`Annotations::past_mentions`): its source is the first named one (a gazetteer entry), else the first
/// past year or decade, and its year that mention's. A sentence that gets an analogy is no longer a past event
/// told as evidence (the tagger's rule "past_event"), as the tagger decides for its own analogies. `units` stays
/// sorted as `Annotations` requires, with its links renumbered. Returns the number of units added.
std::size_t add_model_units(const Document& doc, Annotations& units, Scorer& scorer,
                            const ModelUnitOptions& options = {});

}  // namespace argmine
