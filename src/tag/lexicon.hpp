// Word lists of the tagger (normalized forms: lowercase, straight apostrophes). Each is a HashSet built on
// first use; the grammars and the sentence assembly share them.
#pragma once

#include "tag/hash_set.hpp"

namespace argmine::detail::lexicon {

/// Bits of `TagToken::lex`: which word lists a token's normalized form belongs to. One table lookup per
/// token replaces a set lookup per list on the hot path.
enum Lex : std::uint32_t {
  kStrongModal = 1u << 0,
  kWeakModal = 1u << 1,
  kNegation = 1u << 2,
  kFirstPerson = 1u << 3,
  kStatWord = 1u << 4,
  kMoney = 1u << 5,
  kCopula = 1u << 6,
  kEvaluative = 1u << 7,
  kContrast = 1u << 8,
  kStop = 1u << 9,
  kNeutralVerb = 1u << 10,
  kContentiousVerb = 1u << 11,
  kFindingVerb = 1u << 12,
  kEager = 1u << 13,
  kQuantifier = 1u << 14,
  kOpposition = 1u << 15,
  kGroup = 1u << 16,
  kExpert = 1u << 17,
  kEvidenceNoun = 1u << 18,
  kReportVerb = 1u << 19,
  kAttributionCue = 1u << 20,  ///< a word without which no attribution rule can match in a sentence
  kSinceCue = 1u << 21,        ///< "since", "history", "years", "previous", ...: without one no precedent rule can match
  kJudgeVerb = 1u << 22,       ///< verbs that judge: "matters", "deserves", "backfires"
  kTimeWord = 1u << 23,        ///< days, months, "yesterday", "ago": the sentence reports an event
  // Set per tagger (they depend on its gazetteer and grammars):
  kCueStart = 1u << 24,      ///< a cue phrase may start here
  kGazetteerStart = 1u << 25,  ///< a gazetteer alias may start here
  kFamilyShift = 26,         ///< bits 26..29: grammar families triggered here
  kFamilyMask = 0xFu,        ///< the family bits, after shifting by kFamilyShift
  kPastVerb = 1u << 30,      ///< irregular past forms ("was", "had", "won", "led"); "-ed" words are checked apart
  kPastCue = 1u << 31,       ///< "ago", "harks", "generation": words that may date an analogy without a year
};

/// The word-list bits of every listed word (kCueStart and above left to the tagger; the high 32 bits are the
/// tagger's PhraseBits).
const HashMap<std::uint64_t>& lex_table();

const HashSet& contentious_verbs();  ///< argue, insist, claim, contend, worry, fear, warn, accuse, ...
const HashSet& neutral_verbs();      ///< say, said, note, report, find, show, explain, write, told, ...
const HashSet& report_verbs();       ///< both of the above
const HashSet& finding_verbs();      ///< found, showed, estimated, reported, concluded: a source's findings
const HashSet& expert_nouns();       ///< economists, researchers, historians, scientists, study, survey, ...
const HashSet& opposition_nouns();   ///< critics, opponents, skeptics, detractors, naysayers, ...
const HashSet& group_nouns();        ///< supporters, allies, democrats, economists, experts, officials, ...
const HashSet& opening_group_nouns();  ///< the group nouns that open a holder bare ("Supporters say"; not "Senators")
const HashSet& quantifiers();        ///< some, many, most, several, few, others, those
const HashSet& eager_adjectives();   ///< eager, anxious, keen, desperate, quick, convinced, ...
const HashSet& report_adverbs();     ///< even, also, often, still, now, long, repeatedly, ...
const HashSet& clause_report_verbs();  ///< report verbs that report only a clause: "stressed that"
const HashSet& argument_nouns();     ///< argument, claim, worry, concern, fear, view, logic, ...
const HashSet& reply_words();        ///< vowed, criticized, scoffed, expect, aware, skeptical, ...: a group's reply
const HashSet& rebuttal_verbs();     ///< ignores, overestimates, misses, overlooks, misreads, overstates, ...
const HashSet& falsity_words();      ///< wrong, mistaken, false, misguided, nonsense, myth, ...
const HashSet& discrediting_words(); ///< dubious, bogus, debunked, unsubstantiated, unproven, specious, ...
const HashSet& judging_nouns();      ///< myth, lie, fiction, falsehood, canard, fallacy, misconception, ...
const HashSet& demonstratives();     ///< this, that, these, those, such
const HashSet& evidence_nouns();     ///< record, evidence, data, facts, numbers, history, research
const HashSet& superlatives();       ///< highest, lowest, largest, worst, best, most, fewest, ...
const HashSet& modals_strong();      ///< should, must, ought
const HashSet& modals_weak();        ///< would, will, can, could, might, may, 'll, 'd
const HashSet& evaluatives();        ///< important, essential, wrong, dangerous, ridiculous, mistake, ...
const HashSet& copulas();            ///< is, are, was, were, be, 's, 're, been, being, remains, seems
const HashSet& negations();          ///< not, n't, no, never, nothing, none, nobody, neither, nor
const HashSet& statistic_words();    ///< percent, poll, survey, census, average, median, rate, study, ...
const HashSet& money_words();        ///< million, billion, trillion, dollars, cents
const HashSet& first_person();       ///< i, me, my, mine, we, us, our (the author's voice)
const HashSet& past_markers();       ///< ago, then, once, back, formerly, earlier, last
const HashSet& contrast_starters();  ///< but, yet, however, still, instead, actually, nonetheless, ...
const HashSet& stop_words();         ///< function words, for content overlap between sentences

}  // namespace argmine::detail::lexicon
