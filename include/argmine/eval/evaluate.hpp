// argmine/eval/evaluate.hpp — precision, recall and F1 of units against brat gold, per unit type, with exact
// and overlap matching (the numbers `argmine eval` prints).
#pragma once

#include <argmine/eval/brat.hpp>
#include <argmine/eval/score.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <map>
#include <string>

namespace argmine {

/// Scores of one unit type (brat type name: "Counterclaim", "Evidence:statistic", "AnalogySource", ...).
struct TypeScores {
  PrfScore exact;    ///< same byte span
  PrfScore overlap;  ///< spans share at least one byte (one-to-one matching)
};

struct Evaluation {
  std::map<std::string, TypeScores> types;
  PrfScore answers;          ///< rebuttal -> counterclaim links (both ends overlap-matched)
  std::size_t years = 0;     ///< analogies and precedents matched (overlap) whose gold has a year
  std::size_t years_ok = 0;  ///< ... and whose year (and decade flag) the system got right
  std::size_t uses = 0;      ///< analogies matched (overlap); gold without an AnalogyUse counts as "comparison"
  std::size_t uses_ok = 0;   ///< ... whose use (model, warning, precedent, prediction, comparison) is right
  std::size_t documents = 0;

  Evaluation& operator+=(const Evaluation& o);
};

/// Compares the units of one document with its gold. Sentence-level types compare unit spans; "Holder",
/// "AnalogySource" and "AnalogyTarget" compare the fields of counterclaims, testimony and analogies.
Evaluation evaluate(const Annotations& system, const BratDocument& gold);

}  // namespace argmine
