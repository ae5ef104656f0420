// The tagger's internals, shared by its translation units (src/tag/): the per-sentence state, the matches
// that feed the decisions, small tests on single tokens, and Tagger::Impl, whose member functions are defined
// by stage:
//   tagger.cpp      matching (grammars, cue phrases, gazetteer aliases), sentence features (with the quotation
//                   marks they follow), the driver and the public API
//   nonargument.cpp link text and lines outside the argument (titles, credits, page furniture)
//   clauses.cpp     tests on clauses: quotations, openers, modals, holders' clauses, dismissals
//   analogy.cpp     historical analogies and precedents: markers, past things, targets, uses
//   holders.cpp     holders of attributed statements: their span and kind
//   attributions.cpp  who says what: attributions from grammar matches and reporting verbs, placed per sentence
//   answers.cpp     concessions, points granted and answered, rebuttals and their links
//   decide.cpp      the order of the decisions, cue phrases, analogy units, evidence and claims, then the units
// Private to the library: no X3 here (the grammars are behind tag/grammar/grammars.hpp).
#pragma once

#include <argmine/tag/tagger.hpp>

#include "tag/grammar/grammars.hpp"
#include "tag/hash_set.hpp"
#include "tag/lexicon.hpp"
#include "tag/phrase_matcher.hpp"
#include "tag/tag_tokens.hpp"
#include "tag/token_hash.hpp"

#include <argmine/text/tokenizer.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace argmine::detail::tagging {

namespace lex = detail::lexicon;
using grammar::Family;
using grammar::Match;

inline constexpr std::uint32_t kNone = ~0u;

// A grammar match: family, what it captured, and its token range.
struct Hit {
  Family family;
  Match match;
  std::uint32_t first, last;  // token indexes [first, last)
  std::uint32_t sentence;
};

struct CueHit {
  std::uint32_t first, last;
  std::uint32_t kinds;  // bit set of CueKind
  std::uint32_t sentence;
};

struct Mention {
  std::uint32_t first, last;  // alias tokens
  std::int32_t entry;
  std::uint32_t sentence;
};

// What the tagger decided about one sentence.
struct SentenceState {
  std::uint32_t first = 0, end = 0;  // tokens [first, end)
  std::uint32_t paragraph = 0;
  NonArgumentKind nonargument = NonArgumentKind::none;
  bool counterclaim = false, rebuttal = false, concession = false, claim = false;
  EvidenceType evidence = EvidenceType::none;
  std::string_view counterclaim_rule, rebuttal_rule, concession_rule, claim_rule, evidence_rule;
  Span holder, rebuttal_cue;
  // Where the first strong modal is, and the reporting verb that made the sentence testimony, with the word
  // before its holder (tokens; kNone when there is none).
  std::uint32_t strong_modal_at = kNone, testimony_cue = kNone, before_holder = kNone;
  Span concession_clause, rebuttal_clause, counterclaim_clause;
  std::vector<std::uint32_t> answers;  // sentence indexes of the counterclaims a rebuttal answers
  bool has_analogy = false, has_precedent = false;
  // Where the sentence's attributions begin and end (the first cue's start, the last cue's end), and where its
  // last source speaks (not a finding, "these studies show", nor a denied view or an aside): kNone when none.
  std::uint32_t first_cue = kNone, last_cue = kNone, last_said = kNone;
  bool may_judge = false;  // a word that judges a position: see judged_position
  // Features.
  bool strong_modal = false, weak_modal = false, evaluative = false, negation = false, question = false;
  bool contrast_start = false, first_person = false, quote = false, percent = false, money = false;
  bool big_number = false, stat_word = false, past_year = false, past_tense = false, anecdote_cue = false;
  bool claim_phrase = false;
  bool hedged = false;  // a hedge or booster phrase in the sentence ("arguably", "indeed")
  bool turn_inside = false;  // "however" in the opening clause turns to the author's answer
  bool family_cue = false;   // "my mother", "a friend of mine"
  bool own_stance = false;  // "I believe ...", "we will ...", "I'm going to ...", "I support ..."
  int plain_numbers = 0, big_numbers = 0, named = 0;
  bool quantity = false;
  bool time_expression = false;
  bool said_after_quote = false;  // a quotation's closing mark, then its reporting verb
  // A quotation opened in an earlier sentence of the paragraph is still open at this one's start ("“So the
  // President needs to rely on his advisers. The evidence is overwhelming.”"): its words are the speaker's.
  bool quote_continues = false;
  bool paragraph_quote = false;  // ... opened by a mark at the paragraph's start, quoting to its end
  // The sentence that introduced the block quotation this sentence is part of ("Jardina put it this way:"),
  // or kNone; its holder is the quotation's source.
  std::uint32_t block_quote_of = kNone;
  // Text of an embedded social-media post (signed "— Donald J. Trump (@realDonaldTrump) September 10,
  // 2018"): the poster's words, as a quotation is the speaker's.
  bool embedded_post = false;
  // Gates: which grammar families can match in this sentence at all.
  bool may_attribute = false, may_analogize = false, may_precede = false;
};

inline bool is_punct(const TagToken& t, char c) noexcept { return t.size == 1 && t.text[0] == c; }

// A quotation mark at `mark` that closes a quotation: attached to the word before it, after punctuation or
// another mark ('quick," he said', '... the deal?’ ” he said'), or opening its sentence (the splitter cut
// after the quotation's last word). Not an opening one ('"They want ...').
inline bool closing_mark(const std::vector<TagToken>& toks, std::uint32_t mark, std::uint32_t first) noexcept {
  const TagToken& m = toks[mark];
  if (m.kind != TokenKind::quote) return false;
  if (mark == first) return true;
  const TagToken& before = toks[mark - 1];
  return before.text + before.size == m.text || before.kind == TokenKind::quote ||
         before.kind == TokenKind::punctuation;
}

// Tense: a cheap look at verb forms (irregular past forms from the lexicon, "-ed" words).
inline bool past_verb(const TagToken& t) noexcept {
  return t.has(lex::kPastVerb) || (t.kind == TokenKind::word && t.size > 4 && t.text[t.size - 1] == 'd' &&
                                   t.text[t.size - 2] == 'e' && !t.is(detail::kCapitalized));
}

// A reporting verb in a finite form a single speaker takes: past ("said", "told") or a third person's "-s".
inline bool finite_singular(const TagToken& t) noexcept {
  return past_verb(t) || t.raw().ends_with("s") || t.hash == "told"_h;
}

// A noun that counts or shares out a group: "a dozen", "a number of", "a majority of", "a third of".
inline bool count_noun(std::uint64_t h) noexcept {
  switch (h) {
    case "dozen"_h: case "few"_h: case "couple"_h: case "handful"_h: case "lot"_h: case "group"_h:
    case "number"_h: case "bunch"_h: case "majority"_h: case "minority"_h: case "plurality"_h: case "host"_h:
    case "slew"_h: case "pair"_h: case "variety"_h: case "third"_h: case "quarter"_h: case "half"_h:
      return true;
    default:
      return false;
  }
}

// A noun that names a position and can take a "that" clause: "the argument that", "his insistence that",
// "Democrats' claims that" (clauses.cpp).
bool position_noun(std::uint64_t h);

// Past forms of reporting verbs that lexicon::kPastVerb and past_verb() leave out ("found", "wrote"): with them
// a singular subject is no sign of a noun ("a study found").
inline bool irregular_report_past(std::uint64_t h) noexcept {
  switch (h) {
    case "found"_h: case "wrote"_h: case "thought"_h: case "put"_h: case "felt"_h: case "knew"_h: case "meant"_h:
    case "read"_h: case "heard"_h: case "understood"_h: case "taught"_h: case "swore"_h: case "spoke"_h:
    case "foresaw"_h:
      return true;
    default:
      return false;
  }
}

// A common past form with no "-ed" to show it ("stood", "grew", "met"): a verb, not a name's modifier ("Warren
// stood in the Senate insisting", "companies grew leery of").
inline bool irregular_past(std::uint64_t h) noexcept {
  switch (h) {
    case "grew"_h: case "stood"_h: case "shot"_h: case "went"_h: case "came"_h: case "took"_h: case "gave"_h:
    case "made"_h: case "got"_h: case "ran"_h: case "sat"_h: case "met"_h: case "left"_h: case "held"_h:
    case "brought"_h: case "kept"_h: case "won"_h: case "lost"_h: case "began"_h: case "became"_h:
    case "fell"_h: case "rose"_h: case "saw"_h: case "sent"_h: case "spent"_h: case "told"_h: case "led"_h:
      return true;
    default:
      return false;
  }
}

// An article, demonstrative or possessive pronoun that opens a noun phrase.
inline bool determiner(std::uint64_t h) noexcept {
  switch (h) {
    case "the"_h: case "a"_h: case "an"_h: case "this"_h: case "that"_h: case "his"_h: case "her"_h:
    case "their"_h: case "its"_h:
      return true;
    default:
      return false;
  }
}

// A period a date names with "last", "this" or "on": "last week", "this fall", "on the weekend".
inline bool period_noun(std::uint64_t h) noexcept {
  switch (h) {
    case "week"_h: case "month"_h: case "year"_h: case "fall"_h: case "spring"_h: case "summer"_h:
    case "winter"_h: case "weekend"_h:
      return true;
    default:
      return false;
  }
}

// A verb form that cannot sit inside a noun phrase: a past form, a copula or a modal, in lowercase (not the
// name "Will"), and not a possessive ’s ("the state university’s survey center").
inline bool verb_form(const TagToken& t) noexcept {
  if (t.is(detail::kCapitalized)) return false;
  return past_verb(t) || (t.has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) && !(t.flags & Token::clitic));
}

// An adverb in -ly: "consistently", "repeatedly", "noisily" (not a noun: "The lawyers for his family described"
// holds "... his family").
inline bool ly_noun(std::uint64_t h) {
  switch (h) {
    case "family"_h: case "rally"_h: case "assembly"_h: case "supply"_h: case "monopoly"_h: case "anomaly"_h:
    case "reply"_h: case "bully"_h: case "butterfly"_h: case "italy"_h: case "ally"_h:
      return true;
    default:
      return false;
  }
}

inline bool ly_adverb(const TagToken& t) {
  return t.is(detail::kLowercase) && t.size > 4 && t.text[t.size - 2] == 'l' && t.text[t.size - 1] == 'y' &&
         !ly_noun(t.hash);
}

// A word of a verb rather than of its subject, at a holder's end: an auxiliary, a modal, a copula, a negation or
// an adverb ("Many Democrats will argue", "The Democrats are now saying", "The NRA doesn't want", "Republicans
// will noisily claim", "Economists have long argued").
// Lowercase only ("Brock Long said" keeps its name), and "long" only after "have" ("a weeks-long protest").
inline bool verb_word(const std::vector<TagToken>& toks, std::uint32_t k) noexcept {
  const TagToken& t = toks[k];
  if (!t.is(detail::kLowercase)) return false;
  if (t.has(lex::kCopula)) return true;
  if (t.hash == "long"_h) {
    return k > 0 && (toks[k - 1].hash == "have"_h || toks[k - 1].hash == "has"_h || toks[k - 1].hash == "had"_h);
  }
  switch (t.hash) {
    case "also"_h: case "have"_h: case "has"_h: case "had"_h: case "itself"_h:
    case "themselves"_h: case "himself"_h: case "herself"_h: case "still"_h: case "now"_h: case "often"_h:
    case "too"_h: case "already"_h: case "always"_h: case "just"_h: case "being"_h: case "do"_h: case "does"_h:
    case "did"_h: case "to"_h: case "not"_h: case "n't"_h: case "never"_h:
    case "will"_h: case "would"_h: case "could"_h: case "can"_h: case "should"_h: case "must"_h: case "may"_h:
    case "might"_h: case "'ll"_h:
      return true;
    default:
      return ly_adverb(t);
  }
}

// A plural noun that is also a verb ("court documents", "police reports"): after a noun it names a thing.
inline bool noun_or_verb(std::uint64_t h) noexcept {
  switch (h) {
    case "documents"_h: case "reports"_h: case "estimates"_h: case "records"_h: case "notes"_h: case "claims"_h:
    case "files"_h: case "projects"_h: case "protests"_h: case "demands"_h: case "fears"_h: case "doubts"_h:
      return true;
    default:
      return false;
  }
}

// A small count, in digits or words: the parts of a proportion ("one in four", "3 out of 5").
inline bool small_number(const TagToken& t) noexcept {
  if (t.kind == TokenKind::number) return !t.is(detail::kYear | detail::kDecade);
  switch (t.hash) {
    case "one"_h: case "two"_h: case "three"_h: case "four"_h: case "five"_h: case "six"_h: case "seven"_h:
    case "eight"_h: case "nine"_h: case "ten"_h: case "hundred"_h: case "thousand"_h:
      return true;
    default:
      return false;
  }
}

// "hence", "therefore", "thus": the author concludes.
inline bool concluding(std::uint64_t h) noexcept { return h == "hence"_h || h == "therefore"_h || h == "thus"_h; }
// An article or a possessive: before a noun, it makes the word after a verb an object ("added a question",
// "wrote the decision"), or the word before a year a text's date ("in a 2013 speech").

inline bool article_or_possessive(std::uint64_t h) noexcept {
  switch (h) {
    case "a"_h: case "an"_h: case "the"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
      return true;
    default:
      return false;
  }
}

// A double quotation mark, straight or curly.
inline bool is_double_mark(const TagToken& t) noexcept {
  const std::string_view r = t.raw();
  return r == "\"" || r == "“" || r == "”" || r == "„" || r == "«" || r == "»";
}

// A word that joins a sentence to the one before, set off by a comma: "So, ...", "Overall, ...", "Meanwhile, ...".
inline bool connective(std::uint64_t h) noexcept {
  switch (h) {
    case "so"_h: case "thus"_h: case "therefore"_h: case "hence"_h: case "moreover"_h: case "furthermore"_h:
    case "besides"_h: case "also"_h: case "well"_h: case "yes"_h: case "now"_h: case "then"_h: case "again"_h:
    case "indeed"_h: case "overall"_h: case "first"_h: case "second"_h: case "third"_h: case "further"_h:
    case "meanwhile"_h: case "and"_h: case "still"_h: case "today"_h: case "instead"_h: case "thirdly"_h:
      return true;
    default:
      return false;
  }
}

// A verb that reports speech, in the past or present ("said", "argues"): the core that speech tags ("...,
// says the BBC's Will Grant.") and a speaking "it" ("It said ...") share.
inline bool speech_verb(std::uint64_t h) noexcept {
  switch (h) {
    case "said"_h: case "says"_h: case "added"_h: case "adds"_h: case "wrote"_h: case "writes"_h: case "noted"_h:
    case "notes"_h: case "argued"_h: case "argues"_h: case "warned"_h: case "warns"_h: case "insisted"_h:
    case "insists"_h:
      return true;
    default:
      return false;
  }
}

// A word that opens a subordinate clause ("because", "when", "although", ...).
inline bool subordinator(std::uint64_t h) noexcept {
  switch (h) {
    case "because"_h: case "when"_h: case "while"_h: case "if"_h: case "although"_h: case "though"_h:
    case "after"_h: case "before"_h: case "since"_h: case "as"_h: case "until"_h: case "whereas"_h:
      return true;
    default:
      return false;
  }
}

// A statement attributed to a holder: the holder's tokens [holder_b, holder_e) and the cue's [cue_b, cue_e).
struct Attribution {
  std::uint32_t sentence, holder_b, holder_e, cue_b, cue_e;
  std::string_view rule;
  std::uint32_t flags;
};

// A name's relative clause reports ("Pickens, who says he lost millions, ..."): the attribution is the name's,
// neither the sentence nor its kind (counterclaim, testimony) is.
// (the clause's own verb, at most a few adverbs after "who": not the main verb after the clause, "Dwight
// Eisenhower, who served as ..., believed that")
inline bool relative_report(const std::vector<TagToken>& toks, const Attribution& a) noexcept {
  if (!(a.holder_e > a.holder_b && a.holder_e + 1 < a.cue_b && a.cue_b <= a.holder_e + 5 &&
        is_punct(toks[a.holder_e], ',') && toks[a.holder_e + 1].hash == "who"_h)) {
    return false;
  }
  for (std::uint32_t k = a.holder_e + 2; k < a.cue_b; ++k) {
    if (toks[k].kind != TokenKind::word) return false;
  }
  return true;
}

// So does a pronoun's report inside a relative or subordinate clause: "the reduction, which he said would be
// devastating", "Trump is correct when he says that ...".
inline bool embedded_report(const std::vector<TagToken>& toks, const Attribution& a) noexcept {
  if (a.holder_e != a.holder_b + 1 || a.holder_b == 0) return false;
  const std::uint64_t p = toks[a.holder_b].hash, before = toks[a.holder_b - 1].hash;
  return (p == "he"_h || p == "she"_h || p == "they"_h) &&
         (before == "which"_h || before == "when"_h || before == "what"_h);
}

// Holders of attributed statements and the words around them (holders.cpp).
enum class HolderKind { none, opposition, group, expert, evidence, named, other };
std::uint64_t stem(const TagToken& t);
bool is_preposition(std::uint64_t h) noexcept;
bool opens_sentence(const std::vector<TagToken>& toks, std::uint32_t s_first, std::uint32_t cue_first);
bool first_person_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e);
bool speaking_it(const std::vector<TagToken>& toks, std::uint32_t verb, std::uint32_t end);
bool named_noun(const std::vector<TagToken>& toks, std::uint32_t from, std::uint32_t at);
std::uint32_t possessor_start(const std::vector<TagToken>& toks, std::uint32_t from, std::uint32_t e);
std::uint32_t list_start(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b, std::uint32_t e);
/// A hyphen inside a word at k, joined to the words on both sides ("Three-quarters of", "early-voting").
bool inner_hyphen(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t k) noexcept;
/// Where a title of lowercase nouns before the name starting at b starts, when it opens its clause: "restaurant
/// owner Emily Chan [said]", "The Atlanta restaurant owner Emily Chan", "Daniels' lawyer Michael Avenatti" (the
/// annotation takes a holder as written: "Economists David Card and Alan Krueger"); b when there is none. Four
/// words and an article or a possessor's name at most; no verb, function word, adverb or date ("Speaking to
/// reporters Emily Chan said" has none).
std::uint32_t title_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b);
std::uint32_t noun_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b,
                               std::uint32_t e, std::uint32_t verb);
std::uint32_t relative_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b,
                                   std::uint32_t e, std::uint32_t verb);
std::uint32_t subject_before_relative(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t e,
                                      std::uint32_t* subject_b = nullptr);
bool name_before_title(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t end, std::uint32_t phrase,
                       std::uint32_t verb, std::uint32_t& b, std::uint32_t& e);
bool reported_clause_after(const std::vector<TagToken>& toks, std::uint32_t k, std::uint32_t end) noexcept;
bool reports_nothing(const std::vector<TagToken>& toks, std::uint32_t holder_b, std::uint32_t holder_e,
                     std::uint32_t cue_b, std::uint32_t cue_e, std::uint32_t end);
bool clause_in_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e, bool looked_back);
void refine_holder(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t& b, std::uint32_t& e);
/// A holder [b, e) looked for before its verb that runs over a clause of its own and "and" or "but": where the next
/// clause's subject starts ("Democrats blasted the president and Republicans [blamed]", "Many people have lost
/// their jobs and some [are afraid]", "The police arrived and they [pushed]"), or b. Not a relative clause's verbs
/// ("A senior businessman who attended the meeting and has met with Lam [said]") nor names joined as one object
/// ("those rulings made Presidents Bush and Obama [think]").
std::uint32_t subject_after_clause(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e);
/// A past verb after "and" inside the holder [b, e) whose object the cue word is, a noun: "killed 12 people and
/// brought a revitalized [debate]", "his Republican allies and soothed some [worried]": nothing is reported (not
/// an auxiliary or a copula: "The senator criticized the plan and has [argued]").
bool verb_takes_cue_as_object(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e);
/// A holder that is a share of a relative clause's antecedent, ", many of whom [believe]", ", a plurality of whom
/// [describe]", starts at the antecedent, as written: "Democrats, many of whom", "his hardcore supporters, most
/// of whom", "voters in swing states, many of whom" (people: a plural; five words at most). b unchanged
/// otherwise.
void antecedent_of_share(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t& b, std::uint32_t e);
/// A holder [b, e) looked for before its verb that opens with a pronoun and a verb of its own: the verb's object
/// holds, as the subject of the clause the verb takes ("he knew people [wanted]", "they felt voters [want]").
/// Where the object starts, or b.
std::uint32_t object_of_pronoun_verb(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e);
/// A participle after a clause with no comma reports for the clause's subject: the holder [b, e) looked for
/// before it is cut to the subject ("The senator met with Pelosi [saying]", "the campaign circulated a memo
/// [arguing]"), or to the one quoted ("The Times quoted him as [saying]"). Not a participle after its noun ("a
/// report released in December [saying]") nor a relative clause's verb.
void participle_clause_subject(const std::vector<TagToken>& toks, std::uint32_t& b, std::uint32_t& e);
std::uint32_t contact_clause_start(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t e);
HolderKind classify_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e);

}  // namespace argmine::detail::tagging

namespace argmine {

struct Tagger::Impl {
  using TagToken = detail::TagToken;
  using Hit = detail::tagging::Hit;
  using CueHit = detail::tagging::CueHit;
  using Mention = detail::tagging::Mention;
  using SentenceState = detail::tagging::SentenceState;
  using Match = detail::grammar::Match;
  static constexpr std::uint32_t kNone = detail::tagging::kNone;

  TaggerOptions options;
  std::shared_ptr<const Gazetteer> gazetteer;
  Tokenizer phrase_tokenizer;
  detail::PhraseMatcher cues;
  // Token hash -> lexicon::Lex bits: word lists, cue and gazetteer starts, grammar families to try.
  detail::HashMap<std::uint64_t> lex_bits;  // lex::Lex bits, and detail::PhraseBits in the high 32

  // Per-document scratch, reused.
  const Document* doc = nullptr;
  std::vector<TagToken> toks;
  std::string scratch;
  std::vector<Hit> hits;
  std::vector<CueHit> cue_hits;
  std::vector<Mention> mentions;
  std::vector<SentenceState> sents;
  std::vector<std::uint32_t> sentence_of;  // token -> sentence
  // What the decisions share, per document.
  std::vector<detail::tagging::Attribution> attributions;
  std::vector<std::uint32_t> attributions_by_sentence;  // indexes into attributions, by sentence
  std::vector<const Hit*> rebuttal_hits;  // per sentence: a rebuttal cue opening it, or nullptr
  std::vector<Unit> sentence_units;       // analogies and precedents, before emit_units orders them
  std::vector<bool> reported;             // per sentence: another's reported words
  bool report = false;                    // the document narrates (a news report), see find_voices
  bool judging_outnumbers_others = false; // sentences where the author judges outnumber those in other voices
  int doc_year = 0;

  explicit Impl(const TaggerOptions& o);  // builds the phrase matchers and the lexicon table (tagger.cpp)

  Span span(std::uint32_t first, std::uint32_t last) const {
    if (first >= last) return {};
    const auto t = doc->tokens();  // the tagger's tokens are a subsequence (see drop_link_blobs)
    return Span{t[toks[first].index].begin, t[toks[last - 1].index].end};
  }
  Span sentence_span(std::uint32_t s) const { return span(sents[s].first, sents[s].end); }
  std::uint32_t index(const TagToken* p) const { return static_cast<std::uint32_t>(p - toks.data()); }

  void run(const Document& d, Annotations& out, std::int32_t year);
  void find_matches();
  void sentence_features(std::uint32_t s);
  void drop_link_blobs();
  void find_nonarguments();
  // The decisions (decide.cpp, attributions.cpp, answers.cpp), in the order decide() runs them.
  void decide(Annotations& out);
  void find_attributions();      // grammar matches and report verbs with their holders -> attributions
  void attributions_from_grammar();
  void attributions_from_report_verbs();
  void place_attributions();     // per sentence: others' positions (counterclaims) or testimony
  void read_cue_phrases();       // concession openers, claim phrases, anecdote cues
  void place_analogies();        // analogy and precedent units from the grammar matches -> sentence_units
  void extend_analogies();       // a later sentence of the paragraph naming another past event
  void find_voices();            // sentences in others' voices -> reported; is the document a report?
  void find_concessions();       // concessions inside a sentence ("X, but Y", "Although X, Y")
  void carry_granted_points();   // a granted point's support, until the author turns
  void concede_answered_statements();  // a statement the next sentence answers concedes it
  bool group_replies(std::uint32_t s) const;   // "But Republicans scoffed ...": others reply, not the author
  bool holder_goes_on(std::uint32_t s, std::uint32_t k) const;  // "But Sanders lost": the holder of k, narrated
  void find_rebuttals();         // answers to counterclaims and concessions, and their links
  void answered_within(std::uint32_t s, std::uint32_t position_b, std::uint32_t position_e, std::uint32_t answer_b,
                       std::string_view rule, std::uint32_t answer_e = kNone);
  void classify_sentences();     // evidence types and claims
  void emit_units(Annotations& out);
  void emit_past_mentions(Annotations& out) const;  // years, decades and gazetteer entries of the past
  // The author's own voice: not quoted, spoken or reported (after find_voices).
  bool authors_voice(std::uint32_t s) const { return !spoken(s) && !sents[s].quote && !reported[s]; }
  // A year or decade of the past (at least two years back unless the text says it is past): per token, inline.
  bool historical_year(const TagToken& t, bool explicit_past) const {
    if (!(t.is(detail::kYear) || t.is(detail::kDecade))) return false;
    if (t.is(detail::kDecade)) return t.year + 9 < doc_year;
    return explicit_past ? t.year < doc_year : t.year <= doc_year - 2;
  }
  bool analogy_unit(const Hit& h, Unit& u);
  bool marker_likens(const Match& m, std::uint32_t s) const;
  bool same_as_likens(const Match& m, std::uint32_t s, std::uint32_t sb, std::uint32_t se,
                      const Mention* undated_name) const;
  bool measures_quantity(std::uint32_t s) const;
  bool own_stance_after(std::uint32_t subject, std::uint32_t end) const;
  bool says_past(std::uint32_t at, std::uint32_t end) const;
  bool quoted_words(std::uint32_t first, std::uint32_t last) const;
  bool opens_quotation(std::uint32_t mark) const;
  bool closes_later(std::uint32_t from) const;
  std::uint32_t block_quote_after(std::uint32_t s) const;
  NonArgumentKind page_furniture(std::uint32_t first, std::uint32_t end) const;
  std::uint32_t post_signature(std::uint32_t first, std::uint32_t end) const;
  bool procedural_modal(std::uint32_t modal, std::uint32_t end) const;
  bool not_a_prediction(std::uint32_t modal, std::uint32_t first, std::uint32_t end) const;
  bool past_verb_before(std::uint32_t at, std::uint32_t first, std::uint32_t window) const;
  bool conditional_holder(std::uint32_t b, std::uint32_t e, std::uint32_t first) const;
  bool in_accordance(std::uint32_t cue, std::uint32_t holder_b, std::uint32_t holder_e) const;
  std::uint32_t subject_start(std::uint32_t b, std::uint32_t first) const;
  std::uint32_t named_list_start(std::uint32_t others, std::uint32_t first) const;
  std::uint32_t agent_in(std::uint32_t b, std::uint32_t e) const;
  bool relative_before(std::uint32_t by, std::uint32_t first) const;
  bool indirect_question(std::uint32_t modal, std::uint32_t first) const;
  bool other_hand(std::uint32_t at, std::uint32_t end) const;
  bool clauses_around_however(std::uint32_t first, std::uint32_t at, std::uint32_t end) const;
  bool backs_own_point(std::uint32_t s) const;
  bool spoken(std::uint32_t s) const;
  std::span<const std::uint32_t> attributions_in(std::uint32_t s) const;  // indexes of sentence s's attributions
  bool source_tells(std::uint32_t s, std::uint32_t c) const;              // see attributions.cpp
  bool settle_attribution(detail::tagging::Attribution& a) const;
  bool inverted_speech_tag(std::uint32_t s, std::uint32_t verb, std::uint32_t& holder_b, std::uint32_t& holder_e) const;
  bool embedded_holder(std::uint32_t holder_b, std::uint32_t cue_e, const SentenceState& st) const;
  bool one_hand_before(std::uint32_t s) const;
  // A position named and dismissed in one sentence ("The idea that X is absurd"): see its definition.
  struct Dismissal {
    std::uint32_t holder_b = kNone, holder_e = kNone;  // "Trump" of "Trump's claim"; kNone when unnamed
    std::uint32_t clause_b = kNone, clause_e = kNone;  // the position X
    std::uint32_t verdict = kNone;                     // the copula or verb that dismisses it
    std::uint32_t verdict_e = kNone;                   // where the verdict ends; kNone: the sentence's end
  };
  bool dismissed_idea(std::uint32_t s, Dismissal& d) const;
  bool judged_position(std::uint32_t s, Dismissal& d) const;
  bool opens_content_clause(std::uint32_t clause_b, std::uint32_t end) const;
  bool relative_verb_after(std::uint32_t that, std::uint32_t end) const;
  std::uint32_t verdict_in(std::uint32_t s, std::uint32_t from) const;
  bool runs_the_talk(const CueHit& c) const;
  bool stance_phrase(std::uint32_t at, std::uint32_t end) const;
  std::uint32_t after_opener(std::uint32_t s) const;
  bool precedent_unit(const Hit& h, Unit& u);
  AnalogyUse analogy_use(const Hit& h) const;
  const Mention* mention_in(std::uint32_t first, std::uint32_t last, bool allow_figures) const;
  std::uint32_t end_of_past_thing(std::uint32_t sb, std::uint32_t se, std::uint32_t year_at,
                                  const Mention* men) const;
  // A count, percentage or sum (not a year), or a word for a measure ("turnout", "rate"), within a few tokens
  // of `at`.
  bool figure_near(std::uint32_t sentence, std::uint32_t at) const;
  Span backward_target(std::uint32_t sentence, std::uint32_t cue_first) const;
};

}  // namespace argmine
