// The tagger's calls into the grammars: x3::parse with the Match in the context. This is the only place
// outside the grammar files that includes X3 (and only rule declarations, not definitions).
#include "tag/grammar/analogy.hpp"
#include "tag/grammar/attribution.hpp"
#include "tag/grammar/grammars.hpp"
#include "tag/grammar/precedent.hpp"
#include "tag/grammar/rebuttal.hpp"

namespace argmine::detail::grammar {
namespace {

template <class Rule>
bool run(Rule const& rule, const TagToken*& first, const TagToken* last, Match& m) {
  m.reset();
  const TagToken* it = first;
  if (!x3::parse(it, last, x3::with<match_tag>(m)[rule])) return false;
  first = it;
  return true;
}

}  // namespace

std::span<const std::string_view> triggers(Family f) {
  switch (f) {
    case Family::attribution: return attribution_triggers();
    case Family::analogy: return analogy_triggers();
    case Family::precedent: return precedent_triggers();
    case Family::rebuttal: return rebuttal_triggers();
    case Family::kCount: break;
  }
  return {};
}

bool parse(Family f, const TagToken*& first, const TagToken* last, Match& m) {
  switch (f) {
    case Family::attribution: return run(attribution_rule(), first, last, m);
    case Family::analogy: return run(analogy_rule(), first, last, m);
    case Family::precedent: return run(precedent_rule(), first, last, m);
    case Family::rebuttal: return run(rebuttal_rule(), first, last, m);
    case Family::kCount: break;
  }
  return false;
}

}  // namespace argmine::detail::grammar
