// The tagger's calls into the grammars: each family's alternatives, dispatched on the first token's word to
// those that can start with it (a failed X3 alternative still compares its first word, and most tries fail).
// No X3 here: the alternatives are instantiated in the families' translation units.
#include "tag/grammar/analogy.hpp"
#include "tag/grammar/attribution.hpp"
#include "tag/grammar/grammars.hpp"
#include "tag/grammar/precedent.hpp"
#include "tag/grammar/rebuttal.hpp"
#include "tag/hash_set.hpp"

#include <array>
#include <bit>
#include <stdexcept>

namespace argmine::detail::grammar {
namespace {

struct Dispatch {
  std::vector<Alternative> alternatives;
  HashMap<std::uint64_t> starting;      ///< word hash -> bit i set when alternative i can start with it
  std::vector<std::uint64_t> triggers;  ///< the words any alternative can start with
};

Dispatch make_dispatch(std::vector<Alternative> alternatives) {
  if (alternatives.size() > 64) throw std::logic_error("argmine grammar: more than 64 alternatives in a family");
  Dispatch d;
  d.alternatives = std::move(alternatives);
  for (std::size_t i = 0; i < d.alternatives.size(); ++i) {
    for (std::uint64_t h : d.alternatives[i].first_words) {
      const std::uint64_t* old = d.starting.find(h);
      if (!old) d.triggers.push_back(h);
      d.starting.set(h, (old ? *old : 0) | (std::uint64_t{1} << i));
    }
  }
  return d;
}

const Dispatch& dispatch(Family f) {
  static const std::array<Dispatch, static_cast<std::size_t>(Family::kCount)> families = {
      make_dispatch(attribution_alternatives()), make_dispatch(analogy_alternatives()),
      make_dispatch(precedent_alternatives()), make_dispatch(rebuttal_alternatives())};
  return families[static_cast<std::size_t>(f)];
}

}  // namespace

std::span<const std::uint64_t> triggers(Family f) { return dispatch(f).triggers; }

bool parse(Family f, const TagToken*& first, const TagToken* last, Match& m) {
  if (first == last) return false;
  const Dispatch& d = dispatch(f);
  const std::uint64_t* starting = d.starting.find(first->hash);
  if (!starting) return false;
  for (std::uint64_t todo = *starting; todo; todo &= todo - 1) {
    m.reset();
    if (d.alternatives[std::countr_zero(todo)].parse(first, last, m)) return true;
  }
  return false;
}

}  // namespace argmine::detail::grammar
