#include <argmine/eval/evaluate.hpp>

#include <algorithm>
#include <vector>

namespace argmine {
namespace {

std::uint32_t overlap(Span a, Span b) {
  const std::uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// One-to-one matching, best overlaps first; returns for each gold the index of its system span or -1.
std::vector<int> match(const std::vector<Span>& sys, const std::vector<Span>& gold, bool exact) {
  struct Pair {
    std::uint32_t ov;
    std::size_t s, g;
  };
  std::vector<Pair> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    for (std::size_t s = 0; s < sys.size(); ++s) {
      if (exact ? sys[s] == gold[g] : overlap(sys[s], gold[g]) > 0) {
        pairs.push_back({overlap(sys[s], gold[g]), s, g});
      }
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.ov > b.ov; });
  std::vector<int> of_gold(gold.size(), -1);
  std::vector<bool> used(sys.size(), false);
  for (const auto& p : pairs) {
    if (of_gold[p.g] != -1 || used[p.s]) continue;
    of_gold[p.g] = static_cast<int>(p.s);
    used[p.s] = true;
  }
  return of_gold;
}

TypeScores score(const std::vector<Span>& sys, const std::vector<Span>& gold) {
  TypeScores t;
  t.exact.system = t.overlap.system = sys.size();
  t.exact.gold = t.overlap.gold = gold.size();
  for (int m : match(sys, gold, true)) t.exact.correct += m >= 0;
  for (int m : match(sys, gold, false)) t.overlap.correct += m >= 0;
  return t;
}

std::string brat_type(UnitType t) {
  switch (t) {
    case UnitType::claim: return "Claim";
    case UnitType::counterclaim: return "Counterclaim";
    case UnitType::rebuttal: return "Rebuttal";
    case UnitType::concession: return "Concession";
    case UnitType::evidence: return "Evidence";
    case UnitType::analogy: return "Analogy";
    case UnitType::precedent: return "Precedent";
    case UnitType::nonargument: return "NonArgument";
    case UnitType::hedge: return "Hedge";
    case UnitType::booster: return "Booster";
    case UnitType::attribution: return "Attribution";
  }
  return "Claim";
}

}  // namespace

Evaluation& Evaluation::operator+=(const Evaluation& o) {
  for (const auto& [k, v] : o.types) {
    types[k].exact += v.exact;
    types[k].overlap += v.overlap;
  }
  answers += o.answers;
  years += o.years;
  years_ok += o.years_ok;
  uses += o.uses;
  uses_ok += o.uses_ok;
  documents += o.documents;
  return *this;
}

Evaluation evaluate(const Annotations& system, const BratDocument& gold) {
  std::map<std::string, std::vector<Span>> sys, gld;
  for (const Unit& u : system.units) {
    if (u.type == UnitType::attribution) continue;  // gold annotates holders, not attribution phrases
    sys[brat_type(u.type)].push_back(u.span);
    if (u.type == UnitType::evidence) sys["Evidence:" + std::string(to_string(u.evidence))].push_back(u.span);
    if (!u.holder.empty() && (u.type == UnitType::counterclaim || u.type == UnitType::evidence)) {
      sys["Holder"].push_back(u.holder);
    }
    if (u.type == UnitType::analogy) {
      if (!u.source.empty()) sys["AnalogySource"].push_back(u.source);
      if (!u.target.empty()) sys["AnalogyTarget"].push_back(u.target);
    }
  }
  for (const BratEntity& e : gold.entities) {
    gld[e.type].push_back(e.span);
    if (e.type == "Evidence") {
      auto it = e.attributes.find("EvidenceType");
      if (it != e.attributes.end()) gld["Evidence:" + it->second].push_back(e.span);
    }
  }
  Evaluation ev;
  ev.documents = 1;
  std::vector<std::string> keys;
  for (const auto& [k, v] : sys) keys.push_back(k);
  for (const auto& [k, v] : gld) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (const auto& k : keys) {
    if (k == "MajorClaim" && !sys.count(k)) continue;  // the tagger does not find theses; summarize does
    ev.types[k] = score(sys[k], gld[k]);
  }

  // Years of matched analogies and precedents.
  for (const char* type : {"Analogy", "Precedent"}) {
    std::vector<const Unit*> su;
    std::vector<Span> ss;
    for (const Unit& u : system.units) {
      if (brat_type(u.type) == type) {
        su.push_back(&u);
        ss.push_back(u.span);
      }
    }
    std::vector<const BratEntity*> ge;
    std::vector<Span> gs;
    for (const BratEntity& e : gold.entities) {
      if (e.type == type) {
        ge.push_back(&e);
        gs.push_back(e.span);
      }
    }
    const auto m = match(ss, gs, false);
    for (std::size_t g = 0; g < ge.size(); ++g) {
      bool decade = false;
      const std::int32_t y = brat_note_year(ge[g]->note, decade);
      if (y == 0 || m[g] < 0) continue;
      ++ev.years;
      const Unit* u = su[static_cast<std::size_t>(m[g])];
      ev.years_ok += u->year == y && u->decade == decade;
    }
    // The use of matched analogies (how the text uses the past case).
    if (std::string_view(type) == "Analogy") {
      for (std::size_t g = 0; g < ge.size(); ++g) {
        if (m[g] < 0) continue;
        const auto a = ge[g]->attributes.find("AnalogyUse");
        const std::string_view gold_use = a == ge[g]->attributes.end() ? "comparison" : std::string_view(a->second);
        ++ev.uses;
        ev.uses_ok += to_string(su[static_cast<std::size_t>(m[g])]->use) == gold_use;
      }
    }
  }

  // Answers: rebuttal -> counterclaim pairs.
  std::vector<std::pair<Span, Span>> sys_links, gold_links;
  for (const Unit& u : system.units) {
    if (u.type != UnitType::rebuttal) continue;
    for (auto l : u.links) sys_links.emplace_back(u.span, system.units[l].span);
  }
  for (const BratRelation& r : gold.relations) {
    if (r.type != "Answers") continue;
    gold_links.emplace_back(gold.find(r.arg1)->span, gold.find(r.arg2)->span);
  }
  ev.answers.system = sys_links.size();
  ev.answers.gold = gold_links.size();
  std::vector<bool> used(sys_links.size(), false);
  for (const auto& g : gold_links) {
    for (std::size_t s = 0; s < sys_links.size(); ++s) {
      if (!used[s] && overlap(sys_links[s].first, g.first) && overlap(sys_links[s].second, g.second)) {
        used[s] = true;
        ++ev.answers.correct;
        break;
      }
    }
  }
  return ev;
}

}  // namespace argmine
