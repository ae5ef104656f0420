// argmine/eval/summary_eval.hpp — the argument structure of a text against its brat gold and its stance gold.
//
// Stance gold (`NAME.stance` beside `NAME.txt` in corpus/): tab-separated lines
// `target<TAB>aliases<TAB>stance<TAB>strength<TAB>why`, '#' comments; aliases are '|'-separated verbatim
// strings of the text; stance FAVOR, AGAINST or NONE; strength clear or mild. A target whose name starts with
// "counterclaim:" is a position of others, found through its aliases inside the system's counterclaims.
#pragma once

#include <argmine/error.hpp>
#include <argmine/eval/brat.hpp>
#include <argmine/eval/score.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/text/document.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// One line of a stance gold file.
struct StanceGold {
  std::string target;
  std::vector<std::string> aliases;
  StanceLabel stance = StanceLabel::none;
  bool mild = false;
  bool position = false;  ///< "counterclaim: ..." targets
};

/// Parses a stance gold file; errors name `name` and the line.
Result<std::vector<StanceGold>> parse_stance_gold(std::string_view text, std::string_view name = {});

/// How a structure compares with the gold of one or more texts (add them up with +=).
struct SummaryEvaluation {
  std::size_t documents = 0;
  PrfScore thesis;        ///< system thesis vs gold MajorClaim sentences (the first of them per text)
  PrfScore restatement;   ///< system restatement vs the gold MajorClaims after the first
  PrfScore positions;     ///< counterclaims in the system's oppositions vs gold Counterclaims (overlap)
  PrfScore answers;       ///< the system's "answers" links vs gold Answers relations (both ends overlap)
  PrfScore analogy_targets;  ///< targets of matched analogies vs gold AnalogyTarget (TargetOf) spans
  PrfScore nonargument;   ///< lines set aside vs gold NonArgument
  PrfScore evidence;      ///< evidence units of the structure vs gold Evidence (overlap)
  PrfScore evidence_typed;  ///< ... with the gold EvidenceType too
  /// The author's claims of the structure (thesis, restatement and every claim unit, the tagger's and the role
  /// model's) vs gold Claim and MajorClaim (overlap, one to one).
  PrfScore claims;
  std::size_t stance_gold = 0;     ///< gold stance targets
  std::size_t stance_found = 0;    ///< ... that the system reports
  std::size_t stance_correct = 0;  ///< ... with the gold label (FAVOR / AGAINST / NONE)
  /// Confusion of found targets: [gold][system] in NONE, FAVOR, AGAINST order.
  std::size_t stance_confusion[3][3] = {};

  SummaryEvaluation& operator+=(const SummaryEvaluation& o);
};

/// Compares the structure of `doc` with its gold (brat) and stance gold (may be empty).
SummaryEvaluation evaluate_summary(const ArgumentStructure& system, const Document& doc, const BratDocument& gold,
                                   const std::vector<StanceGold>& stance_gold);

}  // namespace argmine
