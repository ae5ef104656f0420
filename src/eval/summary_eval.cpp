#include <argmine/eval/summary_eval.hpp>

#include "util/text_util.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace argmine {
namespace {

using detail::split;

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end && !a.empty() && !b.empty(); }

int label_index(StanceLabel s) { return s == StanceLabel::none ? 0 : s == StanceLabel::favor ? 1 : 2; }

}  // namespace

Result<std::vector<StanceGold>> parse_stance_gold(std::string_view text, std::string_view name) {
  std::vector<StanceGold> out;
  std::size_t line_no = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, '\t');
    auto fail = [&](std::string what) { return Error(Errc::parse, std::move(what), std::string(name), line_no); };
    if (cols.size() < 4) return fail(fmt::format("expected target, aliases, stance, strength[, why]; found {} columns", cols.size()));
    StanceGold g;
    g.target = std::string(cols[0]);
    for (auto a : split(cols[1], '|')) {
      if (!a.empty()) g.aliases.emplace_back(a);
    }
    if (g.aliases.empty()) return fail("no aliases");
    if (cols[2] == "FAVOR") g.stance = StanceLabel::favor;
    else if (cols[2] == "AGAINST") g.stance = StanceLabel::against;
    else if (cols[2] == "NONE") g.stance = StanceLabel::none;
    else return fail(fmt::format("stance '{}' is not FAVOR, AGAINST or NONE", cols[2]));
    if (cols[3] != "clear" && cols[3] != "mild") return fail(fmt::format("strength '{}' is not clear or mild", cols[3]));
    g.mild = cols[3] == "mild";
    g.position = g.target.rfind("counterclaim:", 0) == 0;
    out.push_back(std::move(g));
  }
  return out;
}

SummaryEvaluation& SummaryEvaluation::operator+=(const SummaryEvaluation& o) {
  documents += o.documents;
  thesis += o.thesis;
  restatement += o.restatement;
  positions += o.positions;
  answers += o.answers;
  analogy_targets += o.analogy_targets;
  nonargument += o.nonargument;
  evidence += o.evidence;
  evidence_typed += o.evidence_typed;
  claims += o.claims;
  stance_gold += o.stance_gold;
  stance_found += o.stance_found;
  stance_correct += o.stance_correct;
  for (int g = 0; g < 3; ++g) {
    for (int s = 0; s < 3; ++s) stance_confusion[g][s] += o.stance_confusion[g][s];
  }
  return *this;
}

SummaryEvaluation evaluate_summary(const ArgumentStructure& st, const Document& doc, const BratDocument& gold,
                                   const std::vector<StanceGold>& stance_gold) {
  SummaryEvaluation ev;
  ev.documents = 1;
  const std::string_view text = doc.text();
  auto spans_of = [&](std::string_view type) {
    std::vector<const BratEntity*> out;
    for (const auto& e : gold.entities) {
      if (e.type == type) out.push_back(&e);
    }
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->span.begin < b->span.begin; });
    return out;
  };

  // Thesis: the first gold MajorClaim; restatement: the later ones.
  const auto major = spans_of("MajorClaim");
  if (!major.empty()) ++ev.thesis.gold;
  if (major.size() > 1) ++ev.restatement.gold;
  if (st.thesis >= 0) {
    ++ev.thesis.system;
    if (!major.empty() && overlaps(st.units[static_cast<std::size_t>(st.thesis)].span, major.front()->span)) ++ev.thesis.correct;
  }
  if (st.restatement >= 0) {
    ++ev.restatement.system;
    const Span r = st.units[static_cast<std::size_t>(st.restatement)].span;
    if (std::any_of(major.begin() + (major.empty() ? 0 : 1), major.end(), [&](auto* m) { return overlaps(r, m->span); })) {
      ++ev.restatement.correct;
    }
  }

  // Positions of others: gold counterclaims found inside an opposition.
  const auto counter = spans_of("Counterclaim");
  std::vector<Span> sys_counter;
  for (const auto& o : st.oppositions) {
    for (std::uint32_t c : o.counterclaims) sys_counter.push_back(st.units[c].span);
  }
  ev.positions.gold = counter.size();
  ev.positions.system = sys_counter.size();
  std::vector<char> used(sys_counter.size(), 0);
  for (auto* g : counter) {
    for (std::size_t k = 0; k < sys_counter.size(); ++k) {
      if (!used[k] && overlaps(sys_counter[k], g->span)) {
        used[k] = 1;
        ++ev.positions.correct;
        break;
      }
    }
  }

  // Answers: gold relations vs the structure's links.
  std::vector<std::pair<Span, Span>> gold_answers;
  for (const auto& r : gold.relations) {
    if (r.type != "Answers") continue;
    const BratEntity* a = gold.find(r.arg1);
    const BratEntity* b = gold.find(r.arg2);
    if (a && b) gold_answers.emplace_back(a->span, b->span);
  }
  ev.answers.gold = gold_answers.size();
  std::vector<char> matched(gold_answers.size(), 0);
  for (const Link& l : st.links) {
    if (l.kind != LinkKind::answers) continue;
    ++ev.answers.system;
    for (std::size_t k = 0; k < gold_answers.size(); ++k) {
      if (!matched[k] && overlaps(st.units[l.from].span, gold_answers[k].first) &&
          overlaps(st.units[l.to].span, gold_answers[k].second)) {
        matched[k] = 1;
        ++ev.answers.correct;
        break;
      }
    }
  }

  // Analogy targets: for gold analogies with a TargetOf relation and a matching system analogy.
  for (const auto& r : gold.relations) {
    if (r.type != "TargetOf") continue;
    const BratEntity* target = gold.find(r.arg1);
    const BratEntity* analogy = gold.find(r.arg2);
    if (!target || !analogy) continue;
    ++ev.analogy_targets.gold;
    for (const AnalogyView& a : st.analogies) {
      if (!overlaps(st.units[a.unit].span, analogy->span)) continue;
      if (!a.target.empty()) {
        ++ev.analogy_targets.system;
        ev.analogy_targets.correct += overlaps(a.target, target->span);
      }
      break;
    }
  }
  // System targets for analogies the gold gives none count against precision.
  for (const AnalogyView& a : st.analogies) {
    if (a.target.empty()) continue;
    bool gold_has = false, gold_analogy = false;
    for (const auto& e : gold.entities) {
      if (e.type == "Analogy" && overlaps(e.span, st.units[a.unit].span)) gold_analogy = true;
    }
    for (const auto& r : gold.relations) {
      if (r.type != "TargetOf") continue;
      const BratEntity* analogy = gold.find(r.arg2);
      if (analogy && overlaps(analogy->span, st.units[a.unit].span)) gold_has = true;
    }
    if (gold_analogy && !gold_has) ++ev.analogy_targets.system;
  }

  // Lines set aside.
  const auto nonarg = spans_of("NonArgument");
  ev.nonargument.gold = nonarg.size();
  ev.nonargument.system = st.nonargument.size();
  for (auto* g : nonarg) {
    ev.nonargument.correct += std::any_of(st.nonargument.begin(), st.nonargument.end(),
                                          [&](std::uint32_t u) { return overlaps(st.units[u].span, g->span); });
  }

  // Evidence, with its type.
  const auto gold_ev = spans_of("Evidence");
  ev.evidence.gold = ev.evidence_typed.gold = gold_ev.size();
  ev.evidence.system = ev.evidence_typed.system = st.evidence.size();
  std::vector<char> ev_used(st.evidence.size(), 0);
  for (auto* g : gold_ev) {
    auto type = g->attributes.find("EvidenceType");
    for (std::size_t k = 0; k < st.evidence.size(); ++k) {
      const Unit& u = st.units[st.evidence[k]];
      if (ev_used[k] || !overlaps(u.span, g->span)) continue;
      ev_used[k] = 1;
      ++ev.evidence.correct;
      ev.evidence_typed.correct += type != g->attributes.end() && type->second == to_string(u.evidence);
      break;
    }
  }

  // Claims: every claim unit (the thesis and its restatement are claim or rebuttal units).
  {
    std::vector<const BratEntity*> gold_claims = spans_of("Claim");
    for (auto* g : spans_of("MajorClaim")) gold_claims.push_back(g);
    std::vector<std::uint32_t> sys;
    for (std::uint32_t u = 0; u < st.units.size(); ++u) {
      const bool thesis = static_cast<std::int32_t>(u) == st.thesis || static_cast<std::int32_t>(u) == st.restatement;
      if (st.units[u].type == UnitType::claim || thesis) sys.push_back(u);
    }
    ev.claims.gold = gold_claims.size();
    ev.claims.system = sys.size();
    std::vector<char> claim_used(sys.size(), 0);
    for (auto* g : gold_claims) {
      for (std::size_t k = 0; k < sys.size(); ++k) {
        if (claim_used[k] || !overlaps(st.units[sys[k]].span, g->span)) continue;
        claim_used[k] = 1;
        ++ev.claims.correct;
        break;
      }
    }
  }

  // Stance per target.
  for (const StanceGold& g : stance_gold) {
    ++ev.stance_gold;
    const TargetStance* found = nullptr;
    for (const TargetStance& t : st.stance) {
      if (found) break;
      if (g.position != (t.kind == TargetStance::Kind::position)) continue;
      for (const Span& m : t.mentions) {
        const std::string_view mt = text.substr(m.begin, m.end - m.begin);
        for (const auto& alias : g.aliases) {
          // A position: its alias lies inside one of the system's counterclaims. A name: the mention is the
          // alias, or one contains the other ("Brandt" in "Kayla Brandt").
          const bool hit = g.position ? mt.find(alias) != std::string_view::npos
                                      : (mt == alias || (mt.size() >= 3 && alias.find(mt) != std::string::npos) ||
                                         mt.find(alias) != std::string_view::npos);
          if (hit) {
            found = &t;
            break;
          }
        }
        if (found) break;
      }
    }
    if (!found) continue;
    ++ev.stance_found;
    ev.stance_correct += found->stance == g.stance;
    ++ev.stance_confusion[label_index(g.stance)][label_index(found->stance)];
  }
  return ev;
}

}  // namespace argmine
