#include "tag/cues.hpp"

#include <array>
#include <vector>

namespace argmine::detail {
namespace {

struct CueList {
  CueKind kind;
  std::vector<std::string_view> phrases;
};

// Approximators ("about", "roughly", "nearly") are not hedges: they qualify a number, not the author's
// commitment. "Of course" is a concession opener, not a booster.
const std::vector<CueList>& lists() {
  static const std::vector<CueList> l = {
      {CueKind::hedge,
       {"perhaps", "maybe", "might", "may", "could", "possibly", "probably", "likely", "unlikely", "seem", "seems",
        "seemed", "appear", "appears", "appeared", "apparently", "arguably", "presumably", "reportedly",
        "allegedly", "potentially", "conceivably", "realistically", "somewhat", "relatively", "in part",
        "to some extent", "to some degree", "i think", "i believe", "i suspect", "i suspect that", "tend to",
        "tends to", "tended to", "it is possible", "it's possible", "it is entirely possible",
        "it's entirely possible", "it is quite possible", "it's quite possible", "more or less",
        "not necessarily", "sort of", "kind of", "in some ways", "in a sense", "suggests", "suggest",
        "could be", "may well", "might well", "is likely to", "are likely to", "partly", "largely"}},
      {CueKind::booster,
       {"clearly", "obviously", "certainly", "undoubtedly", "surely", "definitely", "indeed", "far more",
        "far less", "far fewer", "far better", "far worse", "far greater", "far larger", "much more",
        "much less", "the vast majority", "vast majority", "the overwhelming majority", "overwhelmingly",
        "very little", "without a doubt", "without doubt", "without question", "no doubt", "in fact",
        "simply", "absolutely", "plainly", "undeniably", "unquestionably", "demonstrably", "by far",
        "above all", "it worked", "always", "of all", "beyond doubt", "beyond question", "it is clear",
        "it's clear", "there is no question", "there's no question", "make no mistake", "the fact is",
        "most important", "most importantly", "crucially", "decisively", "emphatically", "certain"}},
      {CueKind::concession,
       {"of course", "admittedly", "to be sure", "granted", "to be fair", "in fairness", "it is true",
        "it's true", "it is true that", "it's true that", "true", "it is understandable", "it's understandable",
        "understandably", "it is entirely possible", "it's entirely possible", "it is possible",
        "it's possible", "it is fair to say", "it's fair to say", "i understand", "i understand why",
        "i concede", "i grant", "i admit", "no doubt", "undoubtedly", "sure", "yes", "while it is true",
        "while it's true", "although it is true", "while it may be true", "it may be true",
        "it must be said", "there is something to", "fair enough", "that is true", "that's true",
        "it is reasonable", "it's reasonable", "it is natural", "it's natural", "it is tempting",
        "it's tempting", "the concern is understandable", "that fear is understandable",
        "that concern is understandable", "those concerns are understandable", "the worry is understandable",
        "these worries are understandable", "certainly", "it is easy to see why", "it's easy to see why", "it is to be noted", "it's to be noted",
        "it should be noted", "it must be noted", "it must be admitted", "it must be conceded", "one could argue",
        "one might argue", "one may argue", "one could say", "to some extent", "it is undeniable that",
        "it's undeniable that", "it cannot be denied", "there is no denying", "there's no denying",
        "no one denies", "nobody denies", "no one disputes", "nobody disputes", "at first glance", "at first sight",
        "on the face of it", "it might be true", "it is undisputed that"}},
      {CueKind::after_concession,
       {"that said", "even so", "all the same", "be that as it may", "that being said", "having said that",
        "with that said", "nonetheless", "nevertheless", "still", "even then", "but even so"}},
      {CueKind::claim,
       {"there is no need", "there's no need", "there is no reason", "there's no reason", "it is time",
        "it's time", "it is high time", "the problem is", "the real problem is", "the answer is",
        "the solution is", "the question is", "the real question is", "the point is", "the truth is", "the fact is",
        "the reality is", "the trouble is", "the difficulty is", "the danger is", "the bottom line is",
        "the key is", "we need", "cannot afford",
        "can't afford", "it makes sense", "it would be a mistake", "it is a mistake", "it's a mistake",
        "the best way", "the only way", "the right thing", "the smart move", "the better course",
        "the better path", "it is essential", "it's essential", "it is important", "it's important",
        "it is crucial", "it's crucial", "it is necessary", "the lesson is", "none of this means",
        "this does not mean", "that does not mean", "this doesn't mean", "that doesn't mean", "needs to",
        "need to", "has to", "have to", "had better", "ought to", "let us", "let's", "we've got to",
        "i've got to", "you've got to", "they've got to", "have got to", "has got to", "he's got to",
        "she's got to", "has a duty to", "have a duty to", "has an obligation to", "have an obligation to",
        "has a responsibility to", "have a responsibility to"}},
      {CueKind::anecdote,
       {"i met", "i spoke", "i talked", "i visited", "i saw", "i heard", "i asked", "i remember",
        "last week", "last month", "last year", "last spring", "last summer", "last fall", "last winter",
        "one morning", "one evening", "one afternoon", "one day", "for example", "for instance",
        "consider", "take the case of", "earlier this year", "earlier this month", "this spring",
        "this summer", "recently", "in my", "when i", "my mother", "my father", "my grandmother",
        "my grandfather", "my son", "my daughter", "my wife", "my husband", "my brother", "my sister",
        "my parents", "my family", "a friend of mine"}},
  };
  return l;
}

}  // namespace

PhraseMatcher build_cue_matcher(Tokenizer& tokenizer) {
  PhraseMatcher m;
  for (const auto& list : lists()) {
    for (auto phrase : list.phrases) m.add(tokenizer, phrase, bit(list.kind), /*merge_bits=*/true);
  }
  return m;
}

}  // namespace argmine::detail
