#include <argmine/tag/tagger.hpp>

#include "tag/cues.hpp"
#include "tag/gazetteer_impl.hpp"
#include "tag/grammar/grammars.hpp"
#include "tag/lexicon.hpp"
#include "tag/phrase_matcher.hpp"
#include "tag/tag_tokens.hpp"
#include "tag/token_hash.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <ctime>

namespace argmine {

using detail::CueKind;
using detail::TagToken;
using detail::operator""_h;
using detail::grammar::Family;
using detail::grammar::Match;
namespace lex = detail::lexicon;
namespace g = detail::grammar;

namespace {

constexpr std::uint32_t kNone = ~0u;

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
  // Text of an embedded social-media post (signed "— Donald J. Trump (@realDonaldTrump) September 10,
  // 2018"): the poster's words, as a quotation is the speaker's.
  bool embedded_post = false;
  // Gates: which grammar families can match in this sentence at all.
  bool may_attribute = false, may_analogize = false, may_precede = false;
};

bool is_punct(const TagToken& t, char c) noexcept { return t.size == 1 && t.text[0] == c; }

// A quotation mark at `mark` that closes a quotation: attached to the word before it, after punctuation or
// another mark ('quick," he said', '... the deal?’ ” he said'), or opening its sentence (the splitter cut
// after the quotation's last word). Not an opening one ('"They want ...').
bool closing_mark(const std::vector<TagToken>& toks, std::uint32_t mark, std::uint32_t first) noexcept {
  const TagToken& m = toks[mark];
  if (m.kind != TokenKind::quote) return false;
  if (mark == first) return true;
  const TagToken& before = toks[mark - 1];
  return before.text + before.size == m.text || before.kind == TokenKind::quote ||
         before.kind == TokenKind::punctuation;
}

// Tense: a cheap look at verb forms (irregular past forms from the lexicon, "-ed" words).
bool past_verb(const TagToken& t) noexcept {
  return t.has(lex::kPastVerb) || (t.kind == TokenKind::word && t.size > 4 && t.text[t.size - 1] == 'd' &&
                                   t.text[t.size - 2] == 'e' && !t.is(detail::kCapitalized));
}

// A verb form that cannot sit inside a noun phrase: a past form, a copula or a modal, in lowercase (not the
// name "Will"), and not a possessive ’s ("the state university’s survey center").
bool verb_form(const TagToken& t) noexcept {
  if (t.is(detail::kCapitalized)) return false;
  return past_verb(t) || (t.has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) && !(t.flags & Token::clitic));
}

// An adverb in -ly: "consistently", "repeatedly", "noisily" (not a noun: "The lawyers for his family described"
// holds "... his family").
bool ly_noun(std::uint64_t h) {
  switch (h) {
    case "family"_h: case "rally"_h: case "assembly"_h: case "supply"_h: case "monopoly"_h: case "anomaly"_h:
    case "reply"_h: case "bully"_h: case "butterfly"_h: case "italy"_h: case "ally"_h:
      return true;
    default:
      return false;
  }
}

bool ly_adverb(const TagToken& t) {
  return t.is(detail::kLowercase) && t.size > 4 && t.text[t.size - 2] == 'l' && t.text[t.size - 1] == 'y' &&
         !ly_noun(t.hash);
}

// A word of a verb rather than of its subject, at a holder's end: an auxiliary, a modal, a copula, a negation or
// an adverb ("Many Democrats will argue", "The Democrats are now saying", "The NRA doesn't want", "Republicans
// will noisily claim", "Economists have long argued").
// Lowercase only ("Brock Long said" keeps its name), and "long" only after "have" ("a weeks-long protest").
bool verb_word(const std::vector<TagToken>& toks, std::uint32_t k) noexcept {
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

// An article or a possessive: before a noun, it makes the word after a verb an object ("added a question",
// "wrote the decision"), or the word before a year a text's date ("in a 2013 speech").
// A plural noun that is also a verb ("court documents", "police reports"): after a noun it names a thing.
bool noun_or_verb(std::uint64_t h) noexcept {
  switch (h) {
    case "documents"_h: case "reports"_h: case "estimates"_h: case "records"_h: case "notes"_h: case "claims"_h:
    case "files"_h: case "projects"_h:
      return true;
    default:
      return false;
  }
}

// A small count, in digits or words: the parts of a proportion ("one in four", "3 out of 5").
bool small_number(const TagToken& t) noexcept {
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
bool concluding(std::uint64_t h) noexcept { return h == "hence"_h || h == "therefore"_h || h == "thus"_h; }

// A sentence that opens by summing up: "In conclusion", "To sum up", "In sum", "All in all", "By way of
// conclusion", "To conclude", "In summary", "In short".
bool sums_up(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t end) noexcept {
  auto at = [&](std::uint32_t k) { return first + k < end ? toks[first + k].hash : 0; };
  const std::uint64_t a = at(0), b = at(1), c = at(2);
  return (a == "in"_h && (b == "conclusion"_h || b == "sum"_h || b == "summary"_h || b == "short"_h)) ||
         (a == "to"_h && (b == "conclude"_h || b == "summarize"_h || b == "summarise"_h ||
                          (b == "sum"_h && c == "up"_h))) ||
         (a == "all"_h && b == "in"_h && c == "all"_h) || (a == "by"_h && b == "way"_h && at(3) == "conclusion"_h);
}

bool article_or_possessive(std::uint64_t h) noexcept {
  switch (h) {
    case "a"_h: case "an"_h: case "the"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
      return true;
    default:
      return false;
  }
}

int current_year() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

struct Tagger::Impl {
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
  int doc_year = 0;

  explicit Impl(const TaggerOptions& o) : options(o) {
    gazetteer = options.gazetteer ? options.gazetteer : Gazetteer::builtin();
    cues = detail::build_cue_matcher(phrase_tokenizer);
    lex_bits = lex::lex_table();
    auto add = [&](std::uint64_t h, std::uint64_t bit) {
      const std::uint64_t* old = lex_bits.find(h);
      lex_bits.set(h, (old ? *old : 0) | bit);
    };
    auto add_phrase = [&](std::uint64_t h, std::uint32_t bit) { add(h, std::uint64_t{bit} << 32); };
    for (int f = 0; f < static_cast<int>(Family::kCount); ++f) {
      for (std::string_view wd : g::triggers(static_cast<Family>(f))) {
        add(detail::token_hash(wd), 1u << (lex::kFamilyShift + f));
      }
    }
    for (std::uint64_t h : cues.first_tokens()) add(h, lex::kCueStart);
    for (std::uint64_t h : gazetteer->impl().matcher.first_tokens()) add(h, lex::kGazetteerStart);
    for (std::uint64_t h : cues.single_tokens()) add_phrase(h, detail::kCueSingle);
    for (std::uint64_t h : cues.second_tokens()) add_phrase(h, detail::kCueSecond);
    for (std::uint64_t h : gazetteer->impl().matcher.single_tokens()) add_phrase(h, detail::kGazetteerSingle);
    for (std::uint64_t h : gazetteer->impl().matcher.second_tokens()) add_phrase(h, detail::kGazetteerSecond);
  }

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
  void decide(Annotations& out);
  bool historical_year(const TagToken& t, bool explicit_past) const;
  bool analogy_unit(const Hit& h, Unit& u);
  bool marker_likens(const Match& m, std::uint32_t s) const;
  bool measures_quantity(std::uint32_t s) const;
  bool own_stance_after(std::uint32_t subject, std::uint32_t end) const;
  bool says_past(std::uint32_t at, std::uint32_t end) const;
  bool quoted_words(std::uint32_t first, std::uint32_t last) const;
  bool opens_quotation(std::uint32_t mark) const;
  bool closes_later(std::uint32_t from) const;
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
  bool inverted_speech_tag(std::uint32_t s, std::uint32_t verb, std::uint32_t& holder_b, std::uint32_t& holder_e) const;
  bool embedded_holder(std::uint32_t holder_b, std::uint32_t cue_e, const SentenceState& st) const;
  bool one_hand_before(std::uint32_t s) const;
  // A position named and dismissed in one sentence ("The idea that X is absurd"): see its definition.
  struct Dismissal {
    std::uint32_t holder_b = kNone, holder_e = kNone;  // "Trump" of "Trump's claim"; kNone when unnamed
    std::uint32_t clause_b = kNone, clause_e = kNone;  // the position X
    std::uint32_t verdict = kNone;                     // the copula or verb that dismisses it
  };
  bool dismissed_idea(std::uint32_t s, Dismissal& d) const;
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

// ---------------------------------------------------------------------------------------------------------
// Matching: grammars at their trigger words, phrase cues and gazetteer aliases, all gated by hash lookups.

void Tagger::Impl::find_matches() {
  hits.clear();
  cue_hits.clear();
  mentions.clear();
  const auto& gaz = gazetteer->impl().matcher;
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    if (sents[s].nonargument != NonArgumentKind::none) continue;
    const TagToken* last = toks.data() + sents[s].end;
    std::array<std::uint32_t, static_cast<std::size_t>(Family::kCount)> next_free{};  // no overlapping same-family hits
    std::uint32_t next_cue = 0;
    // Families that cannot match in this sentence are not tried: an analogy needs a past year or a gazetteer
    // name, an attribution a reporting word, a precedent "since" or "years".
    // Known names first: a sentence without one (nor a year) cannot hold an analogy, and most tokens that may
    // start a name ("the", "in") do not.
    const std::size_t mentions_before = mentions.size();
    // A phrase can start only at a one-token phrase or before some phrase's second token: two bit tests
    // spare most calls of the matcher ("the", "in" start aliases, but rarely before a second token).
    auto may_start = [&](std::uint32_t i, std::uint32_t single, std::uint32_t second) {
      return (toks[i].phrase & single) || (i + 1 < sents[s].end && (toks[i + 1].phrase & second));
    };
    for (std::uint32_t i = sents[s].first, next_mention = 0; i < sents[s].end; ++i) {
      if (i < next_mention || !toks[i].has(lex::kGazetteerStart) ||
          !may_start(i, detail::kGazetteerSingle, detail::kGazetteerSecond)) {
        continue;
      }
      const auto m = gaz.longest_known_start(&toks[i], last, toks[i].phrase & detail::kGazetteerSingle);
      if (m.length) {
        mentions.push_back(Mention{i, i + m.length, static_cast<std::int32_t>(m.value), s});
        next_mention = i + m.length;
      }
    }
    const bool may_analogize = sents[s].may_analogize || mentions.size() > mentions_before;
    auto fam = [](Family f) { return 1u << static_cast<int>(f); };
    std::uint32_t allowed = fam(Family::rebuttal) | (sents[s].may_attribute ? fam(Family::attribution) : 0) |
                            (may_analogize ? fam(Family::analogy) : 0) |
                            (sents[s].may_precede ? fam(Family::precedent) : 0);
    // An attribution rule holds a cue word (kAttributionCue) at or after its first token, so none is tried
    // after the sentence's last one (its triggers include "the", "it", "his", "people": a third of the tries).
    std::uint32_t last_attribution_cue = kNone;
    if (sents[s].may_attribute) {
      for (std::uint32_t i = sents[s].end; i-- > sents[s].first;) {
        if (toks[i].has(lex::kAttributionCue)) {
          last_attribution_cue = i;
          break;
        }
      }
    }
    for (std::uint32_t i = sents[s].first; i < sents[s].end; ++i) {
      const TagToken& t = toks[i];
      if (i > last_attribution_cue) allowed &= ~fam(Family::attribution);  // kNone: attribution not allowed anyway
      const std::uint32_t token_fams = (t.lex >> lex::kFamilyShift) & lex::kFamilyMask;
      if (!token_fams && !t.has(lex::kCueStart)) continue;
      const std::uint32_t fams = token_fams & allowed;
      for (int f = 0; fams && f < static_cast<int>(Family::kCount); ++f) {
        if (!(fams & (1u << f)) || i < next_free[f]) continue;
        // Rebuttal cues open their sentence ("But these worries ...", "That is wrong").
        if (static_cast<Family>(f) == Family::rebuttal && i > sents[s].first + 1) continue;
        const TagToken* it = &t;
        Hit h{static_cast<Family>(f), {}, i, 0, s};
        if (g::parse(static_cast<Family>(f), it, last, h.match)) {
          h.last = index(it);
          // Analogy and precedent hits are judged later, one unit per sentence at most: a match the judge
          // rejects ("another split-screen State of the Union") must not hide the next one ("similar to
          // when ... in 1997"), so they may overlap.
          if (static_cast<Family>(f) != Family::analogy && static_cast<Family>(f) != Family::precedent) {
            next_free[f] = h.last;
          }
          hits.push_back(h);
        }
      }
      if (i >= next_cue && t.has(lex::kCueStart) && may_start(i, detail::kCueSingle, detail::kCueSecond)) {
        const auto m = cues.longest_known_start(&t, last, t.phrase & detail::kCueSingle);
        if (m.length) {
          cue_hits.push_back(CueHit{i, i + m.length, m.value, s});
          next_cue = i + m.length;
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sentence features, computed in one pass over its tokens.

// A step in the order of business after a modal or "going to": "(we'll) get to that in just a minute",
// "(we're going to) have another question", "take a break".
static bool next_in_the_talk(const std::vector<TagToken>& toks, std::uint32_t k, std::uint32_t end) {
  if (k >= end) return false;
  if (toks[k].hash == "get"_h) return k + 1 < end && toks[k + 1].hash == "to"_h;
  if (toks[k].hash != "have"_h && toks[k].hash != "take"_h) return false;
  for (std::uint32_t j = k + 1; j < end && j <= k + 3; ++j) {
    if (toks[j].hash == "question"_h || toks[j].hash == "questions"_h || toks[j].hash == "break"_h) return true;
  }
  return false;
}

// The noun of "in my opinion", "in my humble view", "to my mind" at `at` (after "my", past an adjective).
bool Tagger::Impl::stance_phrase(std::uint32_t at, std::uint32_t end) const {
  if (at < end && (toks[at].hash == "own"_h || toks[at].hash == "humble"_h || toks[at].hash == "personal"_h)) ++at;
  if (at >= end) return false;
  switch (toks[at].hash) {
    case "opinion"_h: case "view"_h: case "mind"_h: case "judgment"_h: case "judgement"_h: case "estimation"_h:
    case "eyes"_h: case "book"_h: case "point"_h: case "understanding"_h: case "belief"_h:
      return true;
    default:
      return false;
  }
}

namespace {
bool is_preposition(std::uint64_t h) noexcept;
bool named_noun(const std::vector<TagToken>& toks, std::uint32_t from, std::uint32_t at);
}  // namespace

// Where a sentence's clauses begin past a short opening phrase and its comma: "In conclusion, while X, Y",
// "To sum up, although X, Y", "For one, though X, ...", "Moreover, while X, Y". The phrase is a connective
// adverb or a prepositional phrase of at most four words (not a subject with an aside: "The studies, while
// not a clinical trial, suggested ..."); the clause after it must end in a comma too. With none, the
// sentence's first token.
std::uint32_t Tagger::Impl::after_opener(std::uint32_t s) const {
  const std::uint32_t f = sents[s].first, end = sents[s].end;
  const TagToken& first = toks[f];
  if (first.kind != TokenKind::word) return f;
  const std::uint64_t h = first.hash;
  switch (h) {  // a clause or phrase of its own: "While true, ...", "Despite all that, ...", "In spite of it, ..."
    case "while"_h: case "although"_h: case "though"_h: case "whereas"_h: case "if"_h: case "when"_h:
    case "because"_h: case "since"_h: case "as"_h: case "unless"_h: case "even"_h: case "despite"_h:
      return f;
    default:
      if (h == "in"_h && f + 1 < end && toks[f + 1].hash == "spite"_h) return f;
      break;
  }
  std::uint32_t comma = kNone;
  if (f + 1 < end && is_punct(toks[f + 1], ',')) {
    bool connective = ly_adverb(first) || first.has(lex::kContrast);
    switch (h) {
      case "so"_h: case "thus"_h: case "therefore"_h: case "hence"_h: case "moreover"_h: case "furthermore"_h:
      case "besides"_h: case "also"_h: case "well"_h: case "yes"_h: case "now"_h: case "then"_h: case "again"_h:
      case "indeed"_h: case "overall"_h: case "first"_h: case "second"_h: case "third"_h: case "further"_h:
      case "meanwhile"_h: case "and"_h: case "still"_h: case "today"_h: case "instead"_h: case "thirdly"_h:
        connective = true;
        break;
      default:
        break;
    }
    if (connective) comma = f + 1;
  } else if (is_preposition(h) || h == "to"_h || h == "all"_h || h == "first"_h || h == "last"_h) {
    for (std::uint32_t k = f + 1; k < end && k <= f + 4 && comma == kNone; ++k) {
      if (is_punct(toks[k], ',')) {
        comma = k;
      } else if (toks[k].kind != TokenKind::word || verb_form(toks[k])) {
        break;
      }
    }
  }
  if (comma == kNone || comma + 1 >= end) return f;
  for (std::uint32_t k = comma + 2; k < end; ++k) {
    if (is_punct(toks[k], ',')) return comma + 1;
  }
  return f;
}

// A claim cue that runs the proceedings: "let's go to a new question", "let's talk about the military for a
// moment", "it is time for closing statements" (not "let's look at the record", "it is time for America to lead").
bool Tagger::Impl::runs_the_talk(const CueHit& c) const {
  const std::uint32_t end = sents[c.sentence].end;
  const std::uint64_t first = toks[c.first].hash;
  if (first == "let's"_h || first == "let"_h) {
    std::uint32_t k = c.last;
    if (k < end && toks[k].hash == "now"_h) ++k;
    if (k >= end) return false;
    switch (toks[k].hash) {
      case "go"_h: case "talk"_h: case "turn"_h: case "move"_h: case "come"_h: case "stay"_h: case "begin"_h:
      case "start"_h: case "hear"_h: case "continue"_h: case "pause"_h:
        return true;
      default:
        return false;
    }
  }
  if (first == "it"_h && c.last + 1 < end && toks[c.last].hash == "for"_h) {
    switch (toks[c.last + 1].hash) {
      case "closing"_h: case "opening"_h: case "questions"_h: case "a"_h: case "the"_h: case "our"_h:
        return c.last + 2 < end && (toks[c.last + 2].hash == "statements"_h || toks[c.last + 2].hash == "break"_h ||
                                    toks[c.last + 2].hash == "question"_h || toks[c.last + 2].hash == "next"_h ||
                                    toks[c.last + 1].hash == "questions"_h);
      default:
        return false;
    }
  }
  return false;
}

// A modal that runs the talk rather than predicts: a polite turn ("I'd like to thank", "I would like to
// ask") or a step of the proceedings ("I will turn to the next questioner", "Governor Reagan will
// respond", "each answer will be limited to two minutes"). Neither is a claim about what will happen.
bool Tagger::Impl::procedural_modal(std::uint32_t modal, std::uint32_t end) const {
  const std::uint64_t m = toks[modal].hash;
  std::uint32_t i = modal + 1;
  if (i < end && (toks[i].hash == "now"_h || toks[i].hash == "also"_h || toks[i].hash == "then"_h)) ++i;
  if (i + 1 >= end) return false;
  const std::uint64_t verb = toks[i].hash;
  if (m == "would"_h || m == "'d"_h) {
    // "I'd like to thank", not "I would like to lead that crusade" (an intent the speaker argues for).
    if (!((verb == "like"_h || verb == "love"_h) && toks[i + 1].hash == "to"_h) || i + 2 >= end) return false;
    switch (toks[i + 2].hash) {
      case "thank"_h: case "respond"_h: case "ask"_h: case "return"_h: case "shift"_h: case "turn"_h:
      case "begin"_h: case "start"_h: case "welcome"_h: case "congratulate"_h: case "introduce"_h:
      case "follow"_h: case "move"_h: case "go"_h:
        return true;
      default:
        return false;
    }
  }
  if (m != "will"_h && m != "'ll"_h) return false;
  if (next_in_the_talk(toks, i, end)) return true;
  switch (verb) {
    // Not "start", "ask", "answer": "we'll start working on Day 1", "we'll ask the FTC to act" are promises.
    case "respond"_h: case "turn"_h: case "moderate"_h: case "introduce"_h:
      return true;
    case "follow"_h:
      return toks[i + 1].hash == "up"_h;
    case "be"_h:
      switch (toks[i + 1].hash) {
        case "limited"_h: case "asked"_h: case "allowed"_h: case "given"_h: case "followed"_h: case "turned"_h:
        case "moderated"_h: case "televised"_h: case "broadcast"_h:
          return true;
        default:
          return false;
      }
    default:
      return false;
  }
}

// A modal in an indirect question asks rather than claims: "a trial to determine whether Trump should be
// removed", "A related issue is whether Trump will pay a political price". "whether" opens the modal's clause:
// no full stop, colon or semicolon between them, nor a new clause (", and it should").
bool Tagger::Impl::indirect_question(std::uint32_t modal, std::uint32_t first) const {
  constexpr std::uint32_t kClause = 12;
  for (std::uint32_t k = modal; k > first && modal - k < kClause;) {
    --k;
    if (toks[k].kind == TokenKind::punctuation && toks[k].text[0] != ',') return false;
    if (toks[k].hash == "whether"_h) return true;
    if (k > first && is_punct(toks[k - 1], ',') && (toks[k].hash == "and"_h || toks[k].hash == "but"_h ||
                                       toks[k].hash == "so"_h || toks[k].hash == "yet"_h)) {
      return false;
    }
  }
  return false;
}

// A holder that is the subject of a relative clause or an embedded question reports nothing: "believe everything
// all women say", "everything that people say online", "what their voters think", "how many people agents stop".
// Not when a clause after the verb says what is held ("something that all sides now say was a failure", "what
// Democrats claim has become a witch hunt", "what Republicans describe as abuse"), the verb is a preference whose
// object is the antecedent ("something Republicans want"), or "what" stands for a position: "That's (exactly)
// what the American people believe", "What Democrats are worried about is ...", and the position answered:
// "despite / regardless of / no matter / contrary to what our opponents say".
bool Tagger::Impl::embedded_holder(std::uint32_t holder_b, std::uint32_t cue_e, const SentenceState& st) const {
  const std::uint32_t first = st.first;
  if (holder_b <= first) return false;
  auto object_head = [](std::uint64_t w) {
    switch (w) {
      case "everything"_h: case "anything"_h: case "something"_h: case "nothing"_h: case "whatever"_h:
      case "what"_h: case "how"_h: case "amount"_h: case "number"_h: case "extent"_h: case "degree"_h:
        return true;
      default:
        return false;
    }
  };
  auto at = [&](std::uint32_t back) { return holder_b >= first + back ? toks[holder_b - back].hash : 0; };
  auto copula_at = [&](std::uint32_t back) {
    return holder_b >= first + back && toks[holder_b - back].has(lex::kCopula);
  };
  const std::uint64_t before = at(1);
  const bool relative = (before == "that"_h || before == "which"_h) && object_head(at(2));
  if (!object_head(before) && !relative) return false;
  const bool content = cue_e < st.end && (toks[cue_e].has(lex::kCopula | lex::kWeakModal | lex::kStrongModal) ||
                                          toks[cue_e].hash == "has"_h || toks[cue_e].hash == "have"_h ||
                                          toks[cue_e].hash == "had"_h || toks[cue_e].hash == "as"_h);
  if (content) return false;
  // A preference has its object in the antecedent: "something Republicans want", "less than what Republicans
  // want", "anything Democrats oppose" report a position; "what voters think" does not say which.
  switch (toks[cue_e - 1].hash) {
    case "want"_h: case "wants"_h: case "wanted"_h: case "oppose"_h: case "opposes"_h: case "opposed"_h:
    case "support"_h: case "supports"_h: case "supported"_h: case "favor"_h: case "favors"_h: case "favored"_h:
    case "prefer"_h: case "prefers"_h: case "preferred"_h: case "demand"_h: case "demands"_h: case "demanded"_h:
    case "pushed"_h: case "push"_h: case "pushes"_h: case "reject"_h: case "rejects"_h: case "rejected"_h:
      return false;
    default:
      break;
  }
  if (before != "what"_h) return true;
  const std::uint64_t opener = toks[first].hash;
  const bool cleft = holder_b == first + 1 ||  // "What Democrats are worried about is", "But what conservatives ..."
                     (holder_b == first + 2 && (opener == "but"_h || opener == "and"_h || opener == "so"_h));
  const bool stands_for = cleft || copula_at(2) ||
                          ((at(2) == "exactly"_h || at(2) == "precisely"_h || at(2) == "just"_h) && copula_at(3)) ||
                          at(2) == "despite"_h || at(2) == "matter"_h ||
                          ((at(2) == "of"_h || at(2) == "to"_h) &&
                           (at(3) == "regardless"_h || at(3) == "contrary"_h || at(3) == "counter"_h));
  return !stands_for;
}

// A sentence in a quoted speaker's voice: it opens with a quotation mark, continues a quotation or a quoted
// paragraph, or ends with the quotation's reporting verb. Its concessions and answers are the speaker's, not the
// author's (a quotation inside the author's own sentence does not count: 'Yes, Obama did say that he hoped to
// "work together"').
bool Tagger::Impl::spoken(std::uint32_t s) const {
  const SentenceState& st = sents[s];
  return st.said_after_quote || st.quote_continues || st.paragraph_quote ||
         (st.first < st.end && toks[st.first].kind == TokenKind::quote);
}

// "on the other hand" at `at`: the turn to the other side, as "however".
bool Tagger::Impl::other_hand(std::uint32_t at, std::uint32_t end) const {
  return at + 3 < end && toks[at].hash == "on"_h && toks[at + 1].hash == "the"_h && toks[at + 2].hash == "other"_h &&
         toks[at + 3].hash == "hand"_h;
}

// ", however," at `at` (its sentence from `first` to `end`) between two clauses: a verb before it, and a subject right
// after its comma ("..., however, it teaches", "..., however, I believe"), not a verb ("..., however, said") nor
// "that" ("Critics point out, however, that ..."). Not after a fronted subordinate clause, whose "however" turns
// the whole sentence ("If Trump goes on, however, it's possible ...").
bool Tagger::Impl::clauses_around_however(std::uint32_t first, std::uint32_t at, std::uint32_t end) const {
  switch (toks[first].hash) {
    case "if"_h: case "when"_h: case "before"_h: case "after"_h: case "while"_h: case "although"_h: case "though"_h:
    case "as"_h: case "because"_h: case "since"_h: case "unless"_h: case "once"_h: case "until"_h:
      return false;
    default:
      break;
  }
  bool verb_before = false;
  for (std::uint32_t k = first; k + 1 < at && !verb_before; ++k) {
    verb_before = verb_form(toks[k]) ||
                  (toks[k].is(detail::kLowercase) && toks[k].has(lex::kReportVerb | lex::kNeutralVerb |
                                                                  lex::kContentiousVerb));
  }
  if (!verb_before || at + 2 >= end) return false;
  const TagToken& t = toks[at + 2];
  if (t.has(lex::kFirstPerson) || t.is(detail::kCapitalized)) return !verb_form(t);
  switch (t.hash) {
    case "it"_h: case "this"_h: case "these"_h: case "those"_h: case "they"_h: case "he"_h:
    case "she"_h: case "there"_h: case "such"_h: case "the"_h: case "a"_h: case "an"_h: case "you"_h:
    case "one"_h: case "many"_h: case "most"_h: case "some"_h: case "people"_h:
      return true;
    default:
      return false;
  }
}

// A sentence that backs the author's own point by how it opens: an example ("For example, I read the novel in one
// night", "Take myself as an example"), a conclusion ("Thus pension costs are increasing"), a reason ("After
// all, there are criminals who enjoy prison") or one more point ("Also streets would be emptier", "Moreover",
// "In addition"). A turn after it moves on; it grants nothing.
bool Tagger::Impl::backs_own_point(std::uint32_t s) const {
  const std::uint32_t f = sents[s].first, end = sents[s].end;
  if (f + 1 >= end) return false;
  const std::uint64_t a = toks[f].hash, b = toks[f + 1].hash;
  if ((a == "for"_h && (b == "example"_h || b == "instance"_h)) || (a == "after"_h && b == "all"_h) ||
      concluding(a) || a == "consequently"_h || a == "also"_h || a == "moreover"_h || a == "furthermore"_h ||
      a == "besides"_h || (a == "in"_h && b == "addition"_h)) {
    return true;
  }
  for (std::uint32_t k = f + 1; a == "take"_h && k < end && k < f + 6; ++k) {
    if (toks[k].hash == "example"_h) return true;
  }
  return false;
}

// "On the one hand" opens one of the three sentences before `s` in its paragraph: "On the other hand" then
// turns to the side the author weighs (alone, it often only sets one fact beside another).
bool Tagger::Impl::one_hand_before(std::uint32_t s) const {
  for (std::uint32_t k = s; k-- > 0 && s - k <= 3 && sents[k].paragraph == sents[s].paragraph;) {
    const std::uint32_t f = sents[k].first;
    if (f + 3 < sents[k].end && toks[f].hash == "on"_h && toks[f + 1].hash == "the"_h &&
        toks[f + 2].hash == "one"_h && toks[f + 3].hash == "hand"_h) {
      return true;
    }
  }
  return false;
}

// The verdict that dismisses a position, at or after `from`: the last copula of sentence `s` followed (after up
// to three adverbs: "is patently absurd", "is simply not true") by a word of falsity ("false", "a myth",
// "preposterous", "not the case"), or "does not hold". kNone when there is none, or when the verdict is
// reported ('... “is utterly baseless,” he said.').
std::uint32_t Tagger::Impl::verdict_in(std::uint32_t s, std::uint32_t from) const {
  const SentenceState& st = sents[s];
  auto verdict_at = [&](std::uint32_t v) {
    std::uint32_t k = v + 1;
    for (std::uint32_t adverbs = 0; k < st.end && adverbs < 3; ++adverbs, ++k) {
      const TagToken& t = toks[k];
      const std::string_view r = t.raw();
      const bool adverb = t.kind == TokenKind::word && t.is(detail::kLowercase) &&
                          ((r.size() > 4 && r.ends_with("ly")) || t.hash == "just"_h || t.hash == "also"_h ||
                           t.hash == "itself"_h || t.hash == "still"_h);
      if (!adverb) break;
    }
    if (k >= st.end) return false;
    const std::uint64_t w = toks[k].hash;
    if (lex::falsity_words().contains(w) || w == "laughable"_h || w == "preposterous"_h || w == "bogus"_h ||
        w == "ludicrous"_h || w == "farcical"_h || w == "specious"_h) {
      return true;
    }
    if ((w == "not"_h || w == "n't"_h) && k + 1 < st.end) {
      const std::uint64_t n = toks[k + 1].hash;
      return n == "true"_h || n == "so"_h || (n == "the"_h && k + 2 < st.end && toks[k + 2].hash == "case"_h);
    }
    if ((w == "a"_h || w == "an"_h) && k + 1 < st.end) {
      std::uint32_t m = k + 1;
      if (m + 1 < st.end && toks[m].is(detail::kLowercase) && !lex::falsity_words().contains(toks[m].hash)) ++m;
      const std::uint64_t n = toks[m].hash;
      return n == "myth"_h || n == "lie"_h || n == "canard"_h || n == "fantasy"_h || n == "fiction"_h ||
             n == "falsehood"_h || n == "fallacy"_h;
    }
    return false;
  };
  for (std::uint32_t v = st.end; v-- > from;) {
    const std::uint64_t h = toks[v].hash;
    bool verdict = false;
    if (h == "is"_h || h == "was"_h || h == "are"_h || h == "were"_h || h == "'s"_h) {
      verdict = verdict_at(v);
    } else if ((h == "not"_h || h == "n't"_h) && v + 1 < st.end && toks[v + 1].hash == "hold"_h) {
      const std::uint64_t aux = toks[v - 1].hash;  // "does not hold up", "doesn't hold water"
      verdict = aux == "does"_h || aux == "do"_h || aux == "did"_h;
      if (verdict) --v;
    }
    if (verdict) {
      // Someone else's verdict: '... “is utterly baseless,” he said.'
      for (std::uint32_t k = v + 2; k < st.end; ++k) {
        if (toks[k].has(lex::kReportVerb) && (toks[k - 1].kind == TokenKind::quote || is_punct(toks[k - 1], ',') ||
                                              toks[k - 2].kind == TokenKind::quote || is_punct(toks[k - 2], ','))) {
          return kNone;
        }
      }
      return v;
    }
  }
  return kNone;
}

// A position named and dismissed in one sentence: "The idea that Republicans have already conceded the House is
// preposterous", "His claim that he can't comply because he's being audited is nonsense", "Trump's argument
// that tariffs protect workers does not hold up". The sentence opens (after "But", "And") with a determiner or
// a possessive, an argument noun and "that"; then a verdict (verdict_in).
// Not a relative "that" ("The claim that he made is false": the clause needs four words and must not open
// with a verb).
bool Tagger::Impl::dismissed_idea(std::uint32_t s, Dismissal& d) const {
  const SentenceState& st = sents[s];
  // Cheap first: the "that" of "the idea that" stands among the first twelve words, in few sentences.
  bool that = false;
  for (std::uint32_t k = st.first + 2; k < st.end && k < st.first + 13 && !that; ++k) {
    that = toks[k].hash == "that"_h;
  }
  if (!that) return false;
  std::uint32_t i = st.first;
  if (i < st.end && (toks[i].hash == "but"_h || toks[i].hash == "and"_h || toks[i].hash == "yet"_h)) ++i;
  if (i < st.end && is_punct(toks[i], ',')) ++i;
  if (i >= st.end) return false;
  d = Dismissal{};
  switch (toks[i].hash) {
    case "the"_h: case "this"_h: case "that"_h: case "any"_h: case "his"_h: case "her"_h: case "their"_h:
    case "its"_h:
      ++i;
      break;
    default: {
      // "Trump's claim", "Democrats' argument": a capitalized name of up to four words and a possessive.
      std::uint32_t k = i;
      while (k < st.end && k < i + 4 && toks[k].is(detail::kCapitalized) && toks[k].kind == TokenKind::word) ++k;
      if (k == i || k >= st.end || !(toks[k].hash == "'s"_h || toks[k].hash == "'"_h)) return false;
      d.holder_b = i;
      d.holder_e = k;
      i = k + 1;
    }
  }
  if (i < st.end && toks[i].hash == "very"_h) ++i;  // "the very idea that"
  std::uint32_t noun = kNone;
  for (std::uint32_t k = i; k < st.end && k < i + 3; ++k) {
    const std::uint64_t h = toks[k].hash;
    const bool argument = lex::argument_nouns().contains(h) || h == "belief"_h || h == "suggestion"_h ||
                          h == "contention"_h || h == "allegation"_h || h == "accusation"_h ||
                          h == "insistence"_h || h == "assertion"_h || h == "beliefs"_h;
    if (argument && k + 1 < st.end && toks[k + 1].hash == "that"_h) {
      noun = k;
      break;
    }
    if (toks[k].kind != TokenKind::word || !toks[k].is(detail::kLowercase)) return false;
  }
  if (noun == kNone) return false;
  const std::uint32_t clause_b = noun + 2;
  if (clause_b >= st.end || verb_form(toks[clause_b]) ||
      toks[clause_b].has(lex::kCopula | lex::kWeakModal | lex::kStrongModal)) {
    return false;
  }
  switch (toks[clause_b].hash) {  // "Any story that doesn't offer clarity"
    case "does"_h: case "do"_h: case "did"_h: case "has"_h: case "have"_h: case "had"_h:
      return false;
    default:
      break;
  }
  const std::uint32_t v = verdict_in(s, clause_b + 4);
  if (v == kNone) return false;
  d.clause_b = clause_b;
  d.clause_e = v;
  d.verdict = v;
  return true;
}

// A holder found inside the sentence's subject, after a preposition or in a relative clause ("A county engineer
// in western Pennsylvania told", "The trustees who oversee Social Security say", "A former Senate aide who
// worked for leaders of both parties told"): the subject, from its article, is the holder; the agent after
// "by" when there is one ("A study by the Pew Charitable Trusts found"). Returns where the
// holder starts (`b` when the subject is not one noun phrase: a verb outside a relative clause, ", but", a
// subordinator, a reporting verb, or the holder opening a clause of its own).
std::uint32_t Tagger::Impl::subject_start(std::uint32_t b, std::uint32_t first) const {
  constexpr std::uint32_t kLongest = 16;
  // The agent of a study holds its finding: "A study by the Pew Charitable Trusts found", "according to an
  // analysis of court records by researchers at Syracuse University" (not across a comma: "Asked by Fox
  // Business, Haley told").
  for (std::uint32_t k = b; k > first && b - k < 12;) {
    const TagToken& t = toks[--k];
    if (t.hash == "by"_h) {
      if (relative_before(k, first)) break;  // "A lawyer for Bezos who was contacted by the Guardian said"
      const bool the_time = k + 2 < b && toks[k + 1].hash == "the"_h && toks[k + 2].hash == "time"_h;
      return k + 1 < b && !the_time ? k + 1 : b;  // not "by the time he leaves office"
    }
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::dash || t.has(lex::kReportVerb) ||
        t.kind == TokenKind::quote || t.hash == "but"_h || verb_form(t)) {
      break;
    }
    bool clause = false;
    switch (t.hash) {
      case "to"_h: case "what"_h: case "who"_h: case "that"_h: case "which"_h: case "where"_h: case "when"_h:
      case "how"_h: case "whom"_h:
        clause = true;
        break;
      default:
        break;
    }
    if (clause) break;
  }
  if (b <= first + 1 || b - first > kLongest) return b;
  const std::uint64_t article = toks[first].hash;
  if (!(article == "a"_h || article == "an"_h || article == "the"_h)) return b;
  // The holder opens a clause of its own: after a comma ("The problem for believers, Moglen says") or a
  // relative pronoun ("a letter in which Coburn urged").
  switch (toks[b - 1].hash) {
    case "which"_h: case "that"_h: case "who"_h: case "whom"_h: case "where"_h:
      return b;
    default:
      if (is_punct(toks[b - 1], ',')) return b;
  }
  bool inside = false, relative = false;
  std::uint32_t start = first;
  for (std::uint32_t k = first + 1; k < b; ++k) {
    const TagToken& t = toks[k];
    if (t.kind == TokenKind::punctuation && !is_punct(t, ',')) return b;
    if (is_punct(toks[k - 1], ',')) {
      if (t.hash == "a"_h || t.hash == "an"_h || t.hash == "the"_h) {
        // An opener before the subject: "A few years ago, a team of researchers in Europe wanted".
        if (inside) return b;
        start = k;
      } else if (t.hash == "and"_h || t.hash == "or"_h) {
        // A list of names ("Sciences, Engineering, and Medicine"), not a new clause (", and people ...").
        if (!toks[k + 1].is(detail::kCapitalized)) return b;
      } else if (!t.is(detail::kCapitalized)) {
        return b;  // an appositive or a clause: "The Brookings Institution, one of ..."
      }
    }
    if (t.has(lex::kReportVerb) || t.kind == TokenKind::quote) return b;
    if (is_punct(toks[k - 1], ',') && t.hash == "but"_h) return b;
    switch (t.hash) {
      case "who"_h: case "that"_h: case "which"_h:
        relative = inside = true;
        continue;
      case "because"_h: case "after"_h: case "before"_h: case "when"_h: case "while"_h: case "since"_h:
      case "although"_h: case "though"_h: case "until"_h: case "if"_h: case "whereas"_h: case "as"_h:
      case "where"_h: case "what"_h: case "why"_h: case "how"_h:
        return b;  // a subordinate clause: "The pull-back comes hours after the White House announced"
      case "in"_h: case "of"_h: case "at"_h: case "for"_h: case "from"_h: case "with"_h:
      case "under"_h: case "on"_h: case "across"_h:
        inside = true;
        continue;
      default:
        break;
    }
    // A verb of the sentence's own: past, a copula, an auxiliary or a modal ("The Department doesn't publish").
    const bool verb = verb_form(t) || ((t.hash == "n't"_h || t.hash == "does"_h || t.hash == "do"_h ||
                                        t.hash == "has"_h || t.hash == "have"_h) && !t.is(detail::kCapitalized));
    if (!relative && verb) return b;
  }
  return inside ? start : b;
}

// "according to" that means "in accordance with": after a verb of arranging or doing ("sorted according to party
// identification", "living according to their beliefs", "going according to plan"), or before a rule rather
// than a source ("according to plan", "according to the law").
bool Tagger::Impl::in_accordance(std::uint32_t cue, std::uint32_t holder_b, std::uint32_t holder_e) const {
  if (cue > 0 && toks[cue - 1].is(detail::kLowercase)) {  // not "the DREAM Act according to a poll"
    switch (toks[cue - 1].hash) {
      case "sorted"_h: case "classified"_h: case "ranked"_h: case "divided"_h: case "grouped"_h: case "organized"_h:
      case "arranged"_h: case "run"_h: case "live"_h: case "living"_h: case "lived"_h: case "act"_h: case "acted"_h:
      case "acting"_h: case "vote"_h: case "voted"_h: case "go"_h: case "goes"_h: case "going"_h: case "went"_h:
      case "gone"_h: case "paid"_h: case "treated"_h: case "weighted"_h: case "adjusted"_h: case "vary"_h:
      case "varies"_h: case "varied"_h: case "differ"_h: case "differs"_h: case "priced"_h: case "taxed"_h:
      case "judged"_h: case "played"_h: case "proceed"_h: case "proceeded"_h: case "proceeding"_h: case "behave"_h:
      case "distributed"_h: case "allocated"_h: case "assigned"_h: case "broken"_h: case "split"_h:
        return true;
      default:
        break;
    }
  }
  std::uint32_t head = holder_b;
  while (head < holder_e && (toks[head].hash == "the"_h || toks[head].hash == "a"_h)) ++head;
  if (head >= holder_e || !toks[head].is(detail::kLowercase)) return false;
  // The rule is the whole phrase or is followed by its own clause: not "law enforcement officials".
  const bool whole = head + 1 == holder_e || toks[head + 1].hash == "of"_h || toks[head + 1].hash == "which"_h ||
                     toks[head + 1].hash == "that"_h || toks[head + 1].hash == "alone"_h;
  switch (toks[head].hash) {
    case "plan"_h: case "schedule"_h:
      return whole && head == holder_b;  // "going according to plan"; "according to the plan" reports a document
    case "law"_h: case "tradition"_h: case "custom"_h: case "reason"_h: case "script"_h: case "rules"_h:
    case "merit"_h: case "principles"_h: case "conscience"_h: case "market"_h: case "markets"_h: case "need"_h:
    case "needs"_h: case "ability"_h: case "income"_h:  // "rent prices according to the market alone"
      return whole;
    default:
      return false;
  }
}

// The agent of a study or a count named inside the holder holds it: "A tally by a nonpartisan reform group
// found" is the group's finding; "according to an analysis of court records by researchers at Syracuse
// University" theirs. Returns where the holder starts: after "by", or `b` (no "by", "by the time", or nothing
// after it).
std::uint32_t Tagger::Impl::agent_in(std::uint32_t b, std::uint32_t e) const {
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    if (toks[k].hash != "by"_h) continue;
    if (relative_before(k, b)) return b;  // the agent of a relative clause: "who was contacted by the Guardian"
    if (toks[k + 1].hash == "the"_h && k + 2 < e && toks[k + 2].hash == "time"_h) return b;
    switch (toks[k + 1].hash) {  // "goes by whatever they want" names no agent
      case "what"_h: case "whatever"_h: case "who"_h: case "whom"_h: case "which"_h: case "they"_h: case "it"_h:
      case "he"_h: case "she"_h: case "we"_h: case "you"_h: case "i"_h:
        return b;
      default:
        return k + 1;
    }
  }
  return b;
}

// A relative pronoun shortly before "by" (down to `first`, six tokens at most): the "by" phrase belongs to the
// relative clause ("A lawyer for Bezos who was contacted by the Guardian said": the lawyer said).
bool Tagger::Impl::relative_before(std::uint32_t by, std::uint32_t first) const {
  for (std::uint32_t k = by; k > first && by - k < 6;) {
    const std::uint64_t h = toks[--k].hash;
    if (h == "who"_h || h == "that"_h || h == "which"_h) return true;
  }
  return false;
}

// Where a list of names before "and others" starts ("Justices Anthony Kennedy, Elena Kagan and others"): back
// over capitalized words and commas, to the list's first name (a sentence opener like "But" stays out);
// `others` itself when no name comes before its "and".
std::uint32_t Tagger::Impl::named_list_start(std::uint32_t others, std::uint32_t first) const {
  if (others < first + 2 || toks[others - 1].hash != "and"_h || !toks[others - 2].is(detail::kCapitalized)) {
    return others;
  }
  std::uint32_t b = others - 1;
  while (b > first && b + 16 > others &&
         (toks[b - 1].is(detail::kCapitalized) || is_punct(toks[b - 1], ',') || (toks[b - 1].flags & Token::clitic))) {
    --b;
  }
  while (b < others && (is_punct(toks[b], ',') || toks[b].has(lex::kContrast | lex::kStop))) ++b;
  return b;
}

// A holder in a condition wants or says nothing yet: "the normal framework whenever Washington wants to enlist
// the states", "if Democrats want to win" (not "when critics say ..., they ignore ...", which reports them).
bool Tagger::Impl::conditional_holder(std::uint32_t b, std::uint32_t e, std::uint32_t first) const {
  auto condition = [](std::uint64_t h) { return h == "if"_h || h == "whenever"_h || h == "unless"_h; };
  for (std::uint32_t k = b; k < e; ++k) {
    if (condition(toks[k].hash)) return true;  // "but only if voters think"
  }
  // "if the Democrats think", "if some complained", "If major donors complain"
  for (int modifiers = 0; b > first;) {
    const TagToken& t = toks[b - 1];
    if (condition(t.hash)) return true;
    if (t.hash == "the"_h || t.has(lex::kQuantifier)) {
      --b;
    } else if (modifiers < 2 && t.kind == TokenKind::word && t.is(detail::kLowercase) && !t.has(lex::kStop) &&
               !verb_form(t)) {
      --b;
      ++modifiers;
    } else {
      break;
    }
  }
  return b > first && condition(toks[b - 1].hash);
}

// A past verb among the `window` tokens before `at` ("signaled", "was", "were warned"): not one after a
// present copula ("we are concerned"), where it is an adjective, nor an inverted condition ("Were that not
// the case, ...").
bool Tagger::Impl::past_verb_before(std::uint32_t at, std::uint32_t first, std::uint32_t window) const {
  for (std::uint32_t k = at; k > first && at - k <= window;) {
    --k;
    if (!past_verb(toks[k])) continue;
    if ((toks[k].hash == "were"_h || toks[k].hash == "had"_h) && (k == first || is_punct(toks[k - 1], ','))) {
      return false;
    }
    switch (k > first ? toks[k - 1].hash : 0) {
      case "is"_h: case "are"_h: case "am"_h: case "'m"_h: case "'re"_h: case "'s"_h: case "be"_h: case "been"_h:
      case "being"_h:
        return false;
      default:
        return true;
    }
  }
  return false;
}

// A weak modal that predicts nothing of the author's: "would-be immigrants" (an adjective), "say what you
// will" (an idiom), and the future seen from a past report or expectation ("Iran signaled that its
// retaliation would be strictly proportionate", "The official story was that it would help the Department
// of Justice", "markets have watched ... for signs that job gains would be strong enough", "U.S. forces were
// warned where the missiles would hit"): a past verb just before the "that" (or "where", "how", "if" ...) of
// the modal's clause backshifts it.
bool Tagger::Impl::not_a_prediction(std::uint32_t modal, std::uint32_t first, std::uint32_t end) const {
  const std::uint64_t m = toks[modal].hash;
  if (m == "would"_h && modal + 2 < end && toks[modal + 1].kind == TokenKind::dash &&
      toks[modal + 1].text == toks[modal].text + toks[modal].size && toks[modal + 2].hash == "be"_h &&
      toks[modal + 2].text == toks[modal + 1].text + toks[modal + 1].size) {
    return true;
  }
  if (m == "will"_h && modal >= first + 2 && toks[modal - 1].hash == "you"_h && toks[modal - 2].hash == "what"_h) {
    return true;
  }
  // A relative clause describes its noun: "The House passed a bill that would make big changes", "a shift which
  // will take years" (not "That would be a mistake", where "that" is the subject, nor a noun the sentence
  // predicates: "It's a development that could spell trouble for Trump").
  // A counterfactual "would have" is the author's weighing of what did not happen ("indictments that would
  // have taken Clinton out"), here and below.
  const bool counterfactual = modal + 1 < end && toks[modal + 1].hash == "have"_h;
  if (modal > first + 1 && !counterfactual &&
      (toks[modal - 1].hash == "that"_h || toks[modal - 1].hash == "which"_h) &&
      toks[modal - 2].kind == TokenKind::word && toks[modal - 2].is(detail::kLowercase) &&
      !toks[modal - 2].has(lex::kReportVerb | lex::kContentiousVerb | lex::kStop)) {
    // ... nor the speaker's own plan or fear: "I have a plan that will create jobs" (a debate's claim).
    bool predicated = false;
    for (std::uint32_t k = first; k < modal && !predicated; ++k) {
      predicated = toks[k].has(lex::kFirstPerson) && !(toks[k].hash == "us"_h && toks[k].is(detail::kAllCaps));
    }
    for (std::uint32_t k = modal - 2; k > first && modal - k <= 6 && !predicated;) {
      const TagToken& t = toks[--k];
      if (t.kind == TokenKind::punctuation) break;
      // "is a development that", "was the step which" (not "are searching in an operation that").
      const std::uint64_t det = toks[k + 1].hash;
      predicated = t.has(lex::kCopula) &&
                   (det == "a"_h || det == "an"_h || det == "the"_h || det == "one"_h || det == "another"_h) &&
                   !(t.flags & Token::clitic && t.hash == "'s"_h && k > first &&
                     toks[k - 1].is(detail::kCapitalized) && toks[k - 1].hash != "it"_h);
    }
    if (!predicated) return true;
  }
  // Seen, not foreseen: "Some people could be seen throwing water bottles" (not "could be seen as a campaign
  // contribution", a reading).
  if (modal + 2 < end && toks[modal + 1].hash == "be"_h && !(modal + 3 < end && toks[modal + 3].hash == "as"_h)) {
    switch (toks[modal + 2].hash) {
      case "seen"_h: case "heard"_h: case "spotted"_h: case "observed"_h:
        return true;
      default:
        break;
    }
  }
  // Another's prediction or promise, reported: "Haniyeh vowed that the protests will continue", "saying he will
  // accept the results", "officials expect the bill will pass" (not the author's own "I think we will win"): a
  // reporting verb a few words before the modal, with only "that" and the clause's subject between (words only:
  // punctuation ends the search).
  constexpr std::uint32_t kReported = 6;
  for (std::uint32_t k = modal; k > first && modal - k < kReported;) {
    const TagToken& t = toks[--k];
    if (t.kind != TokenKind::word) break;
    bool reports = t.is(detail::kLowercase) && t.has(lex::kReportVerb | lex::kContentiousVerb);
    switch (t.hash) {
      case "vowed"_h: case "vows"_h: case "pledged"_h: case "pledges"_h: case "promised"_h: case "promises"_h:
      case "expects"_h: case "expected"_h: case "saying"_h:
        reports = true;
        break;
      default:
        break;
    }
    if (!reports) continue;
    // Not the author's own ("I think", "we expect"), nor an infinitive ("which is all to say that there will
    // be"); not a noun ("the full report might help", "there is little doubt that"), an adjective ("the
    // emotionally charged issue will") or a verb with an infinitive ("an administration that wanted to confront
    // China would").
    const TagToken* before = k > first ? &toks[k - 1] : nullptr;
    const std::uint64_t subject = before ? before->hash : 0;
    if (subject == "i"_h || subject == "we"_h || subject == "to"_h) break;
    bool verb = !(before && before->is(detail::kLowercase) && before->raw().ends_with("ly")) && k + 1 != modal &&
                toks[k + 1].hash != "to"_h;
    switch (subject) {
      case "the"_h: case "a"_h: case "an"_h: case "little"_h: case "no"_h: case "any"_h: case "some"_h:
      case "much"_h: case "full"_h:
        verb = false;
        break;
      default:
        break;
    }
    if (verb) return true;  // (a noun, "the protests will", is looked past)
  }
  if (m != "would"_h && m != "could"_h && m != "might"_h) return false;
  // "would" in a sentence that tells the past: "they pushed him, and they pushed him again, but Gordon Sondland
  // would not mouth Schiff's talking points" (what someone did, not what the author foresees): a finite past
  // verb before it, not in a condition ("If Democrats were serious, Pelosi would ...").
  if (m == "would"_h) {
    // An inverted condition opens the sentence: "Had the justices struck down the law, they would have ...".
    bool past = false, condition = toks[first].hash == "had"_h || toks[first].hash == "were"_h;
    // The 40 tokens before the modal at most, so a sentence of thousands of modals stays linear.
    constexpr std::uint32_t kNarrative = 40;
    for (std::uint32_t k = modal > first + kNarrative ? modal - kNarrative : first; k < modal && !condition; ++k) {
      const std::uint64_t h = toks[k].hash;
      condition = h == "if"_h || h == "unless"_h || h == "whether"_h;
      // A form that is past and finite: "was", "were", "had", "did", or a past form after a pronoun ("they
      // pushed"); "a mill built here" and "the plants needed" are participles or clauses of a noun.
      const bool after_pronoun = k > first && (toks[k - 1].hash == "they"_h || toks[k - 1].hash == "he"_h ||
                                               toks[k - 1].hash == "she"_h || toks[k - 1].hash == "we"_h);
      past |= h == "was"_h || h == "were"_h || h == "had"_h || h == "did"_h || (after_pronoun && past_verb(toks[k]));
    }
    // "would have" weighs what did not happen, the author's judgment ("indictments that would have taken
    // Clinton out of the game").
    if (past && !condition && !counterfactual) return true;
  }
  // A "that" (or wh-word) before the modal, with its clause's subject between them ("that job gains would"),
  // and a past verb just before it; any one of the clause openers back to the sentence's last hard stop
  // ("signaled that he would reach a deal if Republicans couldn't").
  constexpr std::uint32_t kClause = 15, kBefore = 5;
  for (std::uint32_t opener = modal; opener > first && modal - opener < kClause;) {
    --opener;
    if (toks[opener].kind == TokenKind::punctuation && toks[opener].text[0] != ',') return false;
    switch (toks[opener].hash) {
      case "that"_h: case "where"_h: case "how"_h: case "what"_h: case "if"_h: case "when"_h:
        break;
      default:
        continue;
    }
    if (opener + 1 < modal && past_verb_before(opener, first, kBefore)) return true;
  }
  return false;
}

// A word of the kPastCue list that dates an analogy without a year or known name: "four years ago", and the
// markers that say "past" by their meaning, "harks back to" and "this generation's" (the rules harks_back_to
// and this_generations); "generation", "era" ... only before "'s".
bool Tagger::Impl::says_past(std::uint32_t at, std::uint32_t end) const {
  switch (toks[at].hash) {
    case "generation"_h: case "era"_h: case "decade"_h: case "century"_h: case "age"_h: case "time"_h:
      return at + 1 < end && toks[at + 1].hash == "'s"_h;
    default:
      return true;
  }
}

// Words between quotation marks that are a quotation: four words or more ("“every ballot was counted
// twice”"), not a quoted name or slogan in Title Case ("“PUMA”", "“The Democratic Wing of the Democratic
// Party”").
bool Tagger::Impl::quoted_words(std::uint32_t first, std::uint32_t last) const {
  std::uint32_t words = 0, caps = 0;
  for (std::uint32_t k = first; k < last; ++k) {
    if (toks[k].kind != TokenKind::word) continue;
    ++words;
    caps += toks[k].is(detail::kCapitalized) || toks[k].has(lex::kStop);
  }
  return words >= 4 && caps < words;
}

static bool is_double_mark(const TagToken& t) noexcept {
  const std::string_view r = t.raw();
  return r == "\"" || r == "“" || r == "”" || r == "„" || r == "«" || r == "»";
}

// A double quotation mark that opens: “, or a straight one on the word after it and apart from the word
// before it (an unmatched closing mark or an inch sign opens nothing).
bool Tagger::Impl::opens_quotation(std::uint32_t mark) const {
  const TagToken& t = toks[mark];
  const std::string_view r = t.raw();
  if (r == "“" || r == "„" || r == "«") return true;
  if (r != "\"" || mark + 1 >= toks.size() || t.text + t.size != toks[mark + 1].text) return false;
  return mark == 0 || toks[mark - 1].text + toks[mark - 1].size != t.text;
}

// An open quotation goes on past its sentence only when a closing mark ends it later on the same line, before
// any new opening mark: speakers in transcripts open quotations they never close ('He said, "No, we're
// spending your money. And ...'). The look is bounded, so the tagger stays linear.
bool Tagger::Impl::closes_later(std::uint32_t from) const {
  constexpr std::uint32_t kLongestQuotation = 400;  // tokens
  const auto n = static_cast<std::uint32_t>(toks.size());
  for (std::uint32_t k = from; k < n && k < from + kLongestQuotation; ++k) {
    if (toks[k].flags & Token::line_start) return false;
    if (toks[k].kind != TokenKind::quote || !is_double_mark(toks[k])) continue;
    return !opens_quotation(k);
  }
  return false;
}

void Tagger::Impl::sentence_features(std::uint32_t s) {
  SentenceState& st = sents[s];
  int quotes = 0;
  // The first quoted token of the open quotation, or kNone.
  std::uint32_t quote_open = st.quote_continues ? st.first : kNone;
  std::uint32_t opening_mark = kNone;  // the mark that opened it in this sentence
  bool open_double = true;             // it opened with a double mark (a carried quotation did)
  for (std::uint32_t i = st.first; i < st.end; ++i) {
    const TagToken& t = toks[i];
    const std::uint64_t h = t.hash;
    st.may_attribute |= t.has(lex::kAttributionCue);
    st.may_precede |= t.has(lex::kSinceCue);
    // An analogy needs a past year ("in 2008", "four years ago"), a known name (found by find_matches) or a
    // marker that says "past" by its meaning ("harks back to", "this generation's", "reminiscent of" a named
    // event).
    st.may_analogize |= t.is(detail::kYear | detail::kDecade) || (t.has(lex::kPastCue) && says_past(i, st.end));
    if (t.kind == TokenKind::word) {
      if (t.is(detail::kYear | detail::kDecade) && historical_year(t, false)) st.past_year = true;  // "mid-2008"
      const std::uint32_t b = t.lex;
      if (b) {
        // Modals inside a quotation are the quoted speaker's ("As he said: “we must not create more enemies”").
        if (quote_open != kNone) {
        } else if ((b & lex::kStrongModal) && !indirect_question(i, st.first)) {
          st.strong_modal = true;
          if (st.strong_modal_at == kNone) st.strong_modal_at = i;
        } else if ((b & lex::kWeakModal) &&
                   !((h == "may"_h || (h == "will"_h && i > st.first)) && t.is(detail::kCapitalized)) &&  // names
                   !procedural_modal(i, st.end) && !not_a_prediction(i, st.first, st.end) &&
                   !indirect_question(i, st.first)) {
          st.weak_modal = true;
        }
        if (b & lex::kNegation) st.negation = true;
        if ((b & lex::kFirstPerson) && quote_open == kNone && !(h == "us"_h && t.is(detail::kAllCaps))) {
          st.first_person = true;
        }
        if (b & lex::kStatWord) st.stat_word = true;
        if (b & lex::kMoney) st.money = true;
        if (h == "percent"_h) st.percent = true;
        if ((b & lex::kCopula) && i + 1 < st.end) {
          for (std::uint32_t k = i + 1; k < std::min(st.end, i + 4); ++k) {
            // Not a medical state: "in critical condition".
            if (toks[k].has(lex::kEvaluative) && !(k + 1 < st.end && toks[k + 1].hash == "condition"_h)) {
              st.evaluative = true;
            }
          }
        }
      }
      if (!st.past_tense && past_verb(t)) st.past_tense = true;
      if ((h == "i"_h || h == "we"_h) && quote_open == kNone && !st.own_stance) {
        st.own_stance = own_stance_after(i, st.end);
      }
      // "Our plan is working", "my position has been correct", "our goal is to get Iran to ..." (not a post: "I
      // left my position as the president of Planned Parenthood").
      if ((h == "our"_h || h == "my"_h) && quote_open == kNone && i + 1 < st.end) {
        switch (toks[i + 1].hash) {
          case "plan"_h: case "goal"_h: case "goals"_h: case "policy"_h: case "proposal"_h: case "view"_h:
          case "approach"_h: case "strategy"_h: case "judgment"_h:
            st.own_stance = true;
            break;
          case "position"_h: {  // "my position as the president", not "my position as a matter of fairness"
            const bool post = i + 2 < st.end && toks[i + 2].hash == "as"_h &&
                              !(i + 4 < st.end && toks[i + 4].hash == "matter"_h);
            st.own_stance |= !post;
            break;
          }
          default:
            break;
        }
      }
      if (b & lex::kJudgeVerb) st.evaluative = true;  // "this matters", "they deserve"
      if (b & lex::kTimeWord) st.time_expression = true;
      // A proportion: "one in four children", "three out of five voters", "1 in 10".
      if ((h == "in"_h || (h == "of"_h && i > st.first && toks[i - 1].hash == "out"_h)) && i + 1 < st.end &&
          i >= st.first + (h == "in"_h ? 1 : 2)) {
        const TagToken& a = toks[h == "in"_h ? i - 1 : i - 2];
        const std::uint64_t unit = i + 2 < st.end ? toks[i + 2].hash : 0;  // not "77 in two months"
        const bool time = unit == "months"_h || unit == "years"_h || unit == "weeks"_h || unit == "days"_h ||
                          unit == "hours"_h || unit == "minutes"_h || unit == "decades"_h ||
                          (unit != 0 && toks[i + 2].has(lex::kTimeWord));
        if (small_number(a) && small_number(toks[i + 1]) && !time) st.quantity = true;
      }
      if (t.is(detail::kCapitalized) && i > st.first && h != "i"_h && toks[i - 1].kind != TokenKind::quote &&
          !(toks[i - 1].kind == TokenKind::punctuation && toks[i - 1].text[0] == ':')) {
        ++st.named;
      }
    } else if (t.kind == TokenKind::number) {
      if (t.is(detail::kYear) || t.is(detail::kDecade)) {
        if (historical_year(t, false)) st.past_year = true;
      } else {
        const std::string_view r = t.raw();
        if (r.find(',') != std::string_view::npos || r.find('.') != std::string_view::npos || r.size() >= 3) {
          st.big_number = true;
          ++st.big_numbers;
          // A counted quantity: "over 6,700 of his followers", "more than 1,200 voters".
          const std::uint64_t before = i > st.first ? toks[i - 1].hash : 0;
          const std::uint64_t after = i + 1 < st.end ? toks[i + 1].hash : 0;
          if (before == "over"_h || before == "than"_h || before == "nearly"_h || before == "almost"_h ||
              before == "about"_h || before == "roughly"_h || before == "least"_h || before == "some"_h ||
              after == "of"_h) {
            st.quantity = true;
          }
        } else {
          ++st.plain_numbers;
        }
      }
    } else if (t.kind == TokenKind::symbol) {
      if (t.text[0] == '%') st.percent = true;
      if (t.text[0] == '$' || h == "€"_h || h == "£"_h) st.money = true;
    } else if (t.kind == TokenKind::quote && !(t.flags & Token::clitic)) {
      // Two marks together ("term,’”") act as one: the outer one decides.
      if (i + 1 < st.end && toks[i + 1].kind == TokenKind::quote && !(toks[i + 1].flags & Token::clitic) &&
          t.text + t.size == toks[i + 1].text) {
        continue;
      }
      // Single marks inside double ones (and the reverse) quote within the quotation: "... If you say, 'OK,
      // I'll become Muslim,' there is no problem." An opening mark inside an open quotation starts a new one
      // (the last one ended unmarked: 'Mr Cameron said NATO "must act. "I hope that ...').
      const bool double_mark = is_double_mark(t) || (t.raw() == "'" && i > st.first && toks[i - 1].raw() == "'" &&
                                                       toks[i - 1].text + 1 == t.text);  // '' as a closing "
      if (quote_open != kNone && double_mark != open_double) continue;
      if (quote_open != kNone && opens_quotation(i) &&
          (i == 0 || toks[i - 1].text + toks[i - 1].size != t.text)) {
        quotes = 1;
        quote_open = i + 1;
        opening_mark = i;
        continue;
      }
      // A quotation of four words or more ("“every ballot was counted twice”"), not a quoted name ("“PUMA”").
      // A mark followed by a reporting verb closes a quotation opened in an earlier sentence ("I don't want to
      // regulate them,” Kennedy said): what came before it is the speaker's, not the author's.
      const std::uint32_t after = i + 1 < st.end && is_punct(toks[i + 1], ',') ? i + 2 : i + 1;
      const bool said_after = after < st.end && (toks[after].has(lex::kReportVerb) ||
                                                 (after + 1 < st.end && toks[after + 1].has(lex::kReportVerb) &&
                                                  toks[after].is(detail::kCapitalized)));
      // A closing mark: attached, or after the end of the quoted words ("quit,’ ”").
      const bool closing = i >= st.first + 4 && (toks[i - 1].text + toks[i - 1].size == toks[i].text ||
                                                 toks[i - 1].kind == TokenKind::quote);
      // ... ending the sentence, after its full stop, with no mark before it in the sentence: the end of a
      // quotation that began in an earlier paragraph ('It's offensive to the average American."').
      const bool ends_quoted = double_mark && closing && opening_mark == kNone && quote_open == kNone &&
                               i + 1 == st.end && toks[i - 1].kind == TokenKind::punctuation;
      const bool closes_earlier = quote_open == kNone && closing && (said_after || ends_quoted);
      // Words closed by a mark and a reporting verb ("a “delirium factory,” says Santhosh") are someone's.
      if (said_after && (closes_earlier || quote_open != kNone)) st.said_after_quote = true;
      if (closes_earlier) {
        quotes = 1;
        st.strong_modal = st.weak_modal = st.first_person = st.own_stance = st.evaluative = false;
      } else if (quote_open == kNone) {
        quote_open = i + 1;
        opening_mark = i;
        open_double = double_mark;
      } else {
        if (st.quote_continues && opening_mark == kNone) {
          if (i > st.first) quotes = 1;  // the end of a longer quotation (not a mark left over: 'that. "  What')
        } else if (quoted_words(quote_open, i)) {
          quotes = 1;
        }
        quote_open = kNone;
      }
    }
  }
  if (quote_open != kNone) {
    // Still open at the end: a quotation that goes on in the next sentence of the paragraph, when an opening
    // mark began it ('"So the President ...' with the mark on the word, or “) or it began before.
    // A paragraph that opens with a mark it never closes quotes a speaker to its end, the convention for a
    // quotation over several paragraphs (the last one closes it), and so does one that opens with a speaker's
    // label and a mark ("● Joe Biden: “We're in a situation ..."); a mark opened inside a sentence and never
    // closed is a transcript's habit, and the line decides.
    const bool opener = opening_mark == kNone || opens_quotation(opening_mark);
    const bool line_opener =
        opening_mark != kNone && (toks[st.first].flags & Token::line_start) &&
        (opening_mark == st.first ||
         (opening_mark <= st.first + 8 && is_punct(toks[opening_mark - 1], ':') && opening_mark >= st.first + 2));
    const bool paragraph_quote = (opening_mark == kNone && st.paragraph_quote) || line_opener;
    if (opener && (st.quote_continues || quoted_words(quote_open, st.end)) &&
        (paragraph_quote || closes_later(st.end))) {
      quotes = 1;
      if (s + 1 < sents.size() && sents[s + 1].paragraph == st.paragraph) {
        sents[s + 1].quote_continues = true;
        sents[s + 1].paragraph_quote = paragraph_quote;
      }
    }
  }
  st.quote = quotes > 0;
  if (st.embedded_post) {  // the poster's words: testimony, not the author's claims or stance
    st.quote = true;
    st.strong_modal = st.weak_modal = st.first_person = st.own_stance = st.evaluative = false;
  }
  // "as dovish as they were in 2008" sets a figure against a past year with no record word.
  st.may_precede |= st.past_year;
  st.question = st.end > st.first && is_punct(toks[st.end - 1], '?');
  // A contrast word opens the sentence ("But", "Yet", "However,", "Still,").
  if (st.end > st.first) {
    std::uint32_t i = st.first;
    if (toks[i].kind == TokenKind::quote && i + 1 < st.end) ++i;
    if ((toks[i].hash == "and"_h || toks[i].hash == "so"_h) && i + 1 < st.end) ++i;  // "And yet ..."
    st.contrast_start = toks[i].has(lex::kContrast) || (other_hand(i, st.end) && one_hand_before(s));
  }
}

// ---------------------------------------------------------------------------------------------------------
// A news site's link text inside a sentence: a name's full form glued to the headlines of related stories,
// up to "MORE" ("Sen. Susan Collins Susan Margaret CollinsLawmakers under pressure to pass benefits fix ...
// Senate GOP waves Trump off early motion MORE (R-Maine) said ..."; The Hill, 2,167 times in 513 of the
// 12,000 news articles). The headlines are no part of the sentence: their claims, holders and cue words are
// not the author's, and they part the sentence's subject from its verb. The tagger reads the sentence
// without them: its tokens become a subsequence of the document's (TagToken::index keeps the way back).

namespace {

// Where a word glues two capitalized words, "CollinsLawmakers", "McConnellGOP" or "Warren2020": the length of the first
// (the last lowercase-to-uppercase step, so "McConnell" stays whole; at least four letters, so "McCain",
// "MacArthur" and "DeSantis" are no glue), or 0.
std::uint32_t glued_name_length(const detail::TagToken& t) {
  if (t.kind != TokenKind::word || !t.is(detail::kCapitalized) || t.size < 6) return 0;
  std::uint32_t at = 0;
  for (std::uint32_t k = 4; k + 1 < t.size; ++k) {
    const char c = t.text[k];
    if (t.text[k - 1] >= 'a' && t.text[k - 1] <= 'z' && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) at = k;
  }
  return at;
}

}  // namespace

void Tagger::Impl::drop_link_blobs() {
  const auto n = static_cast<std::uint32_t>(toks.size());
  std::vector<bool> drop;
  std::uint32_t s = 0;  // sentence of `m`
  for (std::uint32_t m = 0; m < n; ++m) {
    if (toks[m].size != 4 || std::memcmp(toks[m].text, "MORE", 4) != 0) continue;
    while (s + 1 < sents.size() && sents[s].end <= m) ++s;
    // The glued word: the nearest before "MORE" in the same sentence and line.
    constexpr std::uint32_t kLongest = 80, kFullName = 8;
    std::uint32_t glued = kNone, name_length = 0;
    for (std::uint32_t k = m; k > sents[s].first && m - k < kLongest;) {
      --k;
      if (toks[k + 1].flags & Token::line_start) break;
      if ((name_length = glued_name_length(toks[k])) != 0) {
        glued = k;
        break;
      }
    }
    if (glued == kNone) continue;
    // The link's full name starts after the name as written ("Susan Collins"), which ends in the same word.
    const std::string_view surname(toks[glued].text, name_length);
    std::uint32_t from = glued;
    for (std::uint32_t k = glued; k > sents[s].first && glued - k < kFullName;) {
      --k;
      if (toks[k].raw() == surname) {
        from = k + 1;
        break;
      }
    }
    if (drop.empty()) drop.assign(n, false);
    for (std::uint32_t k = from; k <= m; ++k) drop[k] = true;
  }
  if (drop.empty()) return;
  for (const SentenceState& st : sents) {  // a sentence keeps at least one token
    bool kept = false;
    for (std::uint32_t k = st.first; k < st.end && !kept; ++k) kept = !drop[k];
    if (!kept) std::fill(drop.begin() + st.first, drop.begin() + st.end, false);
  }
  // Compact the tokens and move the sentence bounds with them.
  std::vector<std::uint32_t> kept_before(n + 1, 0);
  std::uint32_t w = 0;
  for (std::uint32_t k = 0; k < n; ++k) {
    kept_before[k] = w;
    if (!drop[k]) toks[w++] = toks[k];
  }
  kept_before[n] = w;
  toks.resize(w);
  for (SentenceState& st : sents) {
    st.first = kept_before[st.first];
    st.end = kept_before[st.end];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lines outside the argument: titles, credits, bylines, author bios and boilerplate.

// Lines a web page puts between paragraphs, anywhere in the text: video embeds ("JUST WATCHED ... Replay
// More Videos ... MUST WATCH ... 01:51"), photo captions and galleries ("Enlarge this image toggle caption
// ...", "Image copyright AP Image caption ...", "Photos: ... Hide Caption 1 of 11 ..."), reporting credits
// ("Dave Boyer contributed to this report."), and calls to read on, sign up or follow ("Story Continued
// Below", "Advertisement", "Sign up for Daily Newsletters", "( Also on POLITICO: ...)", "Like us on
// Facebook.").
NonArgumentKind Tagger::Impl::page_furniture(std::uint32_t f, std::uint32_t end) const {
  const std::uint32_t n = end - f;
  auto at = [&](std::uint32_t i, std::uint64_t h) { return i < end && toks[i].hash == h; };
  // Only the start of a line is looked at: the tagger reads every line of every text.
  if (at(f, "just"_h) && at(f + 1, "watched"_h) && toks[f].is(detail::kAllCaps)) return NonArgumentKind::boilerplate;
  if ((at(f, "toggle"_h) && at(f + 1, "caption"_h)) ||
      (at(f, "enlarge"_h) && at(f + 1, "this"_h) && at(f + 2, "image"_h)) ||
      (at(f, "image"_h) && (at(f + 1, "copyright"_h) || at(f + 1, "caption"_h))) ||
      // a photo gallery: "Photos: Moments from ... Hide Caption 1 of 11 Photos: ...", "Hide Caption 13 of 13"
      (at(f, "photos"_h) && f + 1 < end && is_punct(toks[f + 1], ':')) || (at(f, "hide"_h) && at(f + 1, "caption"_h))) {
    return NonArgumentKind::credit;
  }
  // "... contributed to this report." / "... contributed reporting." closing the line.
  if (n <= 30) {
    std::uint32_t e = end;
    if (e > f && is_punct(toks[e - 1], '.')) --e;
    if ((e >= f + 4 && at(e - 4, "contributed"_h) && at(e - 3, "to"_h) && at(e - 2, "this"_h) &&
         (at(e - 1, "report"_h) || at(e - 1, "story"_h) || at(e - 1, "article"_h))) ||
        (e >= f + 3 && at(e - 2, "contributed"_h) && at(e - 1, "reporting"_h))) {
      return NonArgumentKind::credit;
    }
  }
  if (n <= 4) {
    // "Story Continued Below", "Advertisement", "Continue reading"
    if ((at(f, "story"_h) && (at(f + 1, "continued"_h) || at(f + 1, "continues"_h)) && at(f + 2, "below"_h)) ||
        (at(f, "advertisement"_h) && n == 1) || (at(f, "continue"_h) && at(f + 1, "reading"_h))) {
      return NonArgumentKind::boilerplate;
    }
  }
  // "Follow CNN Opinion Join us on Twitter and Facebook", "Like us on Facebook.", "- Follow the Ticker on Twitter"
  if (n <= 14) {
    const std::uint32_t g0 = toks[f].kind == TokenKind::dash || is_punct(toks[f], '-') ? f + 1 : f;
    if (at(g0, "follow"_h) || at(g0, "join"_h) || at(g0, "like"_h)) {
      for (std::uint32_t i = g0 + 1; i < end; ++i) {
        if (toks[i].hash == "twitter"_h || toks[i].hash == "facebook"_h || toks[i].hash == "instagram"_h) {
          return NonArgumentKind::boilerplate;
        }
      }
    }
  }
  // "Sign up for Daily Newsletters", "Get our free weekly newsletter Sign up for ...", "POLITICO Playbook
  // newsletter Sign up today to receive ...", "Newsletter Sign Up Continue reading the main story".
  if (n <= 30 && (at(f, "sign"_h) || (at(f, "get"_h) && at(f + 1, "our"_h)) || toks[f].is(detail::kCapitalized))) {
    bool newsletter = false, sign_up = at(f, "get"_h);
    for (std::uint32_t i = f; i < end && i < f + 12; ++i) {
      newsletter |= toks[i].hash == "newsletter"_h || toks[i].hash == "newsletters"_h;
      sign_up |= toks[i].hash == "sign"_h && (at(i + 1, "up"_h) || (i + 2 < end && toks[i + 1].kind == TokenKind::dash &&
                                                                    toks[i + 2].hash == "up"_h));
    }
    if (newsletter && sign_up) return NonArgumentKind::boilerplate;
  }
  // "( Also on POLITICO: ... )", "Read more: ...", "RELATED: ..."
  const std::uint32_t g = is_punct(toks[f], '(') ? f + 1 : f;
  if ((at(g, "also"_h) && at(g + 1, "on"_h) && g + 3 < end && toks[g + 2].is(detail::kCapitalized) &&
       is_punct(toks[g + 3], ':')) ||
      (((at(g, "read"_h) && at(g + 1, "more"_h) && g + 2 < end && is_punct(toks[g + 2], ':')) ||
        (at(g, "related"_h) && g + 1 < end && is_punct(toks[g + 1], ':') && toks[g].is(detail::kAllCaps))) &&
       n <= 30)) {
    return NonArgumentKind::boilerplate;
  }
  return NonArgumentKind::none;
}

// The signature that ends an embedded post on its line: "— Donald J. Trump (@realDonaldTrump) September 10,
// 2018" (a dash, a name of at most eight tokens, the handle in brackets, the date). Returns its dash, or
// kNone. 1,927 of them close lines in the 12,000 news articles of news-allsides.
std::uint32_t Tagger::Impl::post_signature(std::uint32_t f, std::uint32_t end) const {
  if (end < f + 9) return kNone;
  const std::uint32_t y = end - 1;
  const TagToken& month = toks[y - 3];
  if (!toks[y].is(detail::kYear) || !is_punct(toks[y - 1], ',') || toks[y - 2].kind != TokenKind::number ||
      toks[y - 2].size > 2 || !month.is(detail::kCapitalized) ||
      !(month.has(lex::kTimeWord) || month.hash == "may"_h) ||
      !is_punct(toks[y - 4], ')') || toks[y - 5].kind != TokenKind::handle || !is_punct(toks[y - 6], '(')) {
    return kNone;
  }
  for (std::uint32_t i = y - 7; i >= f && i + 8 >= y - 7; --i) {
    if (toks[i].kind == TokenKind::dash || is_punct(toks[i], '-')) return i + 1 < y - 6 ? i : kNone;
    if (i == f) break;
  }
  return kNone;
}

void Tagger::Impl::find_nonarguments() {
  const auto paragraphs = doc->paragraphs();
  if (sents.empty()) return;
  const auto n_paragraphs = static_cast<std::uint32_t>(paragraphs.size());
  auto word_is = [&](std::uint32_t i, std::uint64_t h) { return i < toks.size() && toks[i].hash == h; };
  // Is the first paragraph a title block? A few short lines, mostly capitalized or without a final stop.
  bool title_paragraph = false;
  {
    const Paragraph& p0 = paragraphs[0];
    std::uint32_t tokens_in_p0 = 0, capitalized = 0, words = 0;
    for (std::uint32_t k = p0.first_sentence; k < p0.end_sentence && tokens_in_p0 <= 30; ++k) {
      tokens_in_p0 += sents[k].end - sents[k].first;
      for (std::uint32_t i = sents[k].first; i < sents[k].end; ++i) {
        if (toks[i].kind != TokenKind::word) continue;
        ++words;
        if (toks[i].is(detail::kCapitalized)) ++capitalized;
      }
    }
    const bool no_final_stop = !is_punct(toks[sents[p0.end_sentence - 1].end - 1], '.');
    title_paragraph = tokens_in_p0 <= 30 && words > 0 && (capitalized * 10 >= words * 6 || no_final_stop);
  }
  // Lines: runs of sentences that start at a line break (titles, credits, bios are whole lines).
  std::uint32_t s = 0, previous_line = kNone;
  while (s < sents.size()) {
    std::uint32_t e = s + 1;
    while (e < sents.size() && !(toks[sents[e].first].flags & Token::line_start)) ++e;
    const std::uint32_t f = sents[s].first, end = sents[e - 1].end;
    // An embedded post: the sentences before its signature are the poster's, on this line or, when the
    // signature has a line of its own, on the line before; a post is short (280 characters and a link), so
    // only sentences starting at most kPostBytes before the signature are (the article's own text may run
    // on the same line). The signature alone is a credit line.
    bool signature_sentence = false;
    if (const std::uint32_t dash = post_signature(f, end); dash != kNone) {
      constexpr std::uint32_t kPostBytes = 320;
      const auto dash_at = static_cast<std::uint32_t>(toks[dash].text - toks[0].text);
      const auto in_post = [&](std::uint32_t k) {
        return static_cast<std::uint32_t>(toks[sents[k].first].text - toks[0].text) + kPostBytes >= dash_at;
      };
      // The signature is a sentence of its own, or follows only the post's links ("pic.twitter.com/x1 — ...").
      signature_sentence = true;
      for (std::uint32_t i = sents[e - 1].first; i < dash; ++i) signature_sentence &= toks[i].kind == TokenKind::url;
      const std::uint32_t from = signature_sentence && e - 1 == s && previous_line != kNone ? previous_line : s;
      for (std::uint32_t k = from; k + (signature_sentence ? 1 : 0) < e; ++k) sents[k].embedded_post = in_post(k);
    }
    previous_line = s;
    const std::uint32_t n = end - f;
    const std::uint32_t p = sents[s].paragraph;
    const bool near_end = p + 3 >= n_paragraphs;  // the last three paragraphs
    const bool short_paragraph = paragraphs[p].end_sentence - paragraphs[p].first_sentence <= 4;
    NonArgumentKind kind = NonArgumentKind::none;
    // Credits: "Credit: ...", "Photo: ...", "Photograph by ...".
    if (n <= 20 && (word_is(f, "credit"_h) || word_is(f, "photo"_h) || word_is(f, "image"_h) ||
                    word_is(f, "photograph"_h) || word_is(f, "illustration"_h) || word_is(f, "source"_h)) &&
        (word_is(f + 1, "credit"_h) || word_is(f + 1, "by"_h) || (f + 1 < end && is_punct(toks[f + 1], ':')))) {
      kind = NonArgumentKind::credit;
    } else if (n <= 8 && word_is(f, "by"_h) && f + 1 < end && toks[f + 1].is(detail::kCapitalized)) {
      kind = NonArgumentKind::byline;
    }
    if (kind == NonArgumentKind::none) kind = page_furniture(f, end);
    // Author bios at the end: "X is a writer ...", a name alone on its line.
    if (kind == NonArgumentKind::none && near_end && p >= 1) {
      bool is_a = false, profession = false;
      for (std::uint32_t k = s; k < e; ++k) {  // "X is a writer", at the start of a sentence of the line
        const std::uint32_t sf = sents[k].first;
        for (std::uint32_t i = sf; i + 1 < sents[k].end && i <= sf + 4; ++i) {
          if (toks[i].hash == "is"_h && toks[sf].is(detail::kCapitalized) &&
              (toks[i + 1].hash == "a"_h || toks[i + 1].hash == "an"_h || toks[i + 1].hash == "the"_h)) {
            is_a = true;
          }
        }
      }
      for (std::uint32_t i = f; i < end; ++i) {
        switch (toks[i].hash) {
          case "writer"_h: case "columnist"_h: case "professor"_h: case "contributor"_h: case "editor"_h:
          case "author"_h: case "fellow"_h: case "director"_h: case "journalist"_h: case "correspondent"_h:
          case "reporter"_h: case "analyst"_h: case "senior"_h: case "lives"_h: case "living"_h: case "teaches"_h:
          case "served"_h: case "serves"_h: case "chairs"_h: case "founder"_h: case "retired"_h:
            profession = true;
            break;
          default:
            break;
        }
      }
      bool all_capitalized = true;
      for (std::uint32_t i = f; i < end; ++i) all_capitalized &= toks[i].is(detail::kCapitalized);
      const bool name_line = n <= 4 && all_capitalized && e - s == 1 && short_paragraph;
      if ((is_a && profession) || name_line) kind = NonArgumentKind::bio;
    }
    // Boilerplate: newsletter, donation and subscription calls near the end.
    if (kind == NonArgumentKind::none && near_end && short_paragraph) {
      // Words only such calls use, and words an argument uses too ("support", "sign"): a paragraph of the
      // argument that says "the governor should sign it ... the support of a majority" is not boilerplate.
      int strong = 0, weak = 0;
      bool handle = false, question = false;
      for (std::uint32_t i = f; i < end; ++i) {
        switch (toks[i].hash) {
          case "newsletter"_h: case "subscribe"_h: case "donate"_h: case "donation"_h: case "click"_h:
          case "unsubscribe"_h: case "membership"_h: case "podcast"_h: case "inbox"_h: case "tax-deductible"_h:
            ++strong;
            break;
          case "copyright"_h:  // "Copyright 2018 The Associated Press.", "© Copyright 2016 by ..."
            strong += i <= f + 1;
            break;
          case "reserved"_h:  // "All rights reserved."
            strong += i > f && toks[i - 1].hash == "rights"_h;
            break;
          case "sign"_h: case "support"_h: case "help"_h: case "follow"_h: case "twitter"_h: case "facebook"_h:
          case "join"_h: case "member"_h: case "contribute"_h:
            ++weak;
            break;
          default:
            break;
        }
        handle |= toks[i].kind == TokenKind::handle;
        question |= is_punct(toks[i], '?');
      }
      if ((strong >= 1 && (n <= 40 || strong >= 2)) || (weak >= 2 && n <= 25) ||
          (weak >= 1 && (question || handle) && n <= 30)) {
        kind = NonArgumentKind::boilerplate;
      }
    }
    // A line in capitals with no final stop, inside the text: a link to a related article ("TRUMP SAYS
    // STORMY PAYMENT NEVER CAME FROM CAMPAIGN"), a section heading, or a call ("CLICK HERE TO GET THE FOX
    // NEWS APP"); 974 such lines in news-allsides, 844 of them in Fox News articles.
    if (kind == NonArgumentKind::none && n <= 40 && !is_punct(toks[end - 1], '.') && !is_punct(toks[end - 1], '!') &&
        !is_punct(toks[end - 1], '?')) {
      std::uint32_t capital_words = 0;
      bool capitals = true;
      for (std::uint32_t i = f; i < end && capitals; ++i) {
        const TagToken& t = toks[i];
        if (t.kind != TokenKind::word || (t.flags & Token::clitic)) continue;
        capitals = t.is(detail::kAllCaps) || (t.size == 1 && t.is(detail::kCapitalized));
        ++capital_words;
      }
      if (capitals && capital_words >= 4) {
        kind = word_is(f, "click"_h) ? NonArgumentKind::boilerplate : NonArgumentKind::title;
      }
    }
    // Titles: the first paragraph, when it is short lines in title case (or without a final stop) before
    // the text.
    if (kind == NonArgumentKind::none && p == 0 && n_paragraphs > 1 && title_paragraph) kind = NonArgumentKind::title;
    // Section headings inside the text: a paragraph of one short line, capitalized, with no final mark,
    // before more text ("Nightmare scenario for Virginia Republicans", "Ranked choice makes for a long night").
    if (kind == NonArgumentKind::none && p > 0 && p + 1 < n_paragraphs && e - s == 1 && n >= 2 && n <= 12 &&
        paragraphs[p].first_sentence == s && paragraphs[p].end_sentence == e && toks[f].is(detail::kCapitalized) &&
        toks[end - 1].kind == TokenKind::word) {
      kind = NonArgumentKind::title;
    }
    for (std::uint32_t k = s; k < e; ++k) sents[k].nonargument = kind;
    if (signature_sentence) sents[e - 1].nonargument = NonArgumentKind::credit;
    // A dateline the splitter set apart ("Washington (CNN)", "WASHINGTON (Reuters) -"): capitalized words, an
    // agency in brackets, perhaps a dash, and nothing else.
    if (const std::uint32_t d_end = sents[s].end; kind == NonArgumentKind::none && e - s > 1 && d_end - f <= 10 &&
                                                  d_end - f >= 3) {
      bool dateline = true, bracket = false;
      for (std::uint32_t i = f; i < d_end && dateline; ++i) {
        const TagToken& t = toks[i];
        bracket |= is_punct(t, '(');
        dateline = t.kind == TokenKind::dash || is_punct(t, '(') || is_punct(t, ')') || is_punct(t, ',') ||
                   is_punct(t, '-') || (t.kind == TokenKind::word && t.is(detail::kCapitalized));
      }
      const TagToken& last = toks[d_end - 1];
      if (dateline && bracket && (is_punct(last, ')') || last.kind == TokenKind::dash || is_punct(last, '-'))) {
        sents[s].nonargument = NonArgumentKind::credit;
      }
    }
    s = e;
  }
  // A label that opens a line, a few capitalized words and a colon: a transcript's speaker ("AMY GOODMAN:",
  // "Lesley Stahl:") or a heading ("THE FACTS:"); what follows is its own sentence.
  for (SentenceState& st : sents) {
    if (st.nonargument != NonArgumentKind::none || st.end - st.first < 2 || st.end - st.first > 6 ||
        !(toks[st.first].flags & Token::line_start) || !is_punct(toks[st.end - 1], ':')) {
      continue;
    }
    bool label = true;
    for (std::uint32_t i = st.first; i + 1 < st.end && label; ++i) {
      label = toks[i].is(detail::kCapitalized) || (toks[i].flags & Token::clitic) || is_punct(toks[i], '.');
    }
    if (label) st.nonargument = NonArgumentKind::title;
  }
  // A commentary's disclaimer ("The opinions expressed in this commentary are solely her own.") closes the
  // author's bio: in the first paragraphs its paragraph up to it is the bio (with "Follow her on Twitter"),
  // and "View more opinion articles on CNN." after it on its line; in the last ones, its paragraph is. 56 of
  // the 12,000 news-allsides articles have one, 48 of them in their first fifth.
  for (std::uint32_t k = 0; k < sents.size(); ++k) {
    const std::uint32_t f = sents[k].first;
    if (!(word_is(f, "the"_h) && (word_is(f + 1, "opinions"_h) || word_is(f + 1, "views"_h)) &&
          word_is(f + 2, "expressed"_h) && word_is(f + 3, "in"_h) && word_is(f + 4, "this"_h))) {
      continue;  // not "in these commentaries" either: a roundup's note about the pieces it lists
    }
    const std::uint32_t p = sents[k].paragraph;
    std::uint32_t from = paragraphs[p].first_sentence, to = k + 1;
    if (p <= 2) {
      while (to < sents.size() && !(toks[sents[to].first].flags & Token::line_start) &&
             (word_is(sents[to].first, "view"_h) || word_is(sents[to].first, "read"_h) ||
              word_is(sents[to].first, "follow"_h)) &&
             word_is(sents[to].first + 1, "more"_h)) {
        ++to;
      }
    } else if (p + 3 >= n_paragraphs) {
      to = paragraphs[p].end_sentence;
    } else {
      continue;
    }
    for (std::uint32_t j = from; j < to; ++j) {
      if (sents[j].nonargument == NonArgumentKind::none) sents[j].nonargument = NonArgumentKind::bio;
    }
    if (p <= 2) break;
  }
}

// ---------------------------------------------------------------------------------------------------------

bool Tagger::Impl::historical_year(const TagToken& t, bool explicit_past) const {
  if (!(t.is(detail::kYear) || t.is(detail::kDecade))) return false;
  if (t.is(detail::kDecade)) return t.year + 9 < doc_year;
  return explicit_past ? t.year < doc_year : t.year <= doc_year - 2;
}

const Mention* Tagger::Impl::mention_in(std::uint32_t first, std::uint32_t last, bool allow_figures) const {
  // Mentions are in token order: start at the first one at or after `first`.
  auto it = std::lower_bound(mentions.begin(), mentions.end(), first,
                             [](const Mention& m, std::uint32_t f) { return m.first < f; });
  for (; it != mentions.end() && it->first < last; ++it) {
    const Mention& m = *it;
    if (m.last <= last) {
      if (!allow_figures && gazetteer->entry(static_cast<std::size_t>(m.entry)).kind == EventKind::figure) continue;
      return &m;
    }
  }
  return nullptr;
}

// The present thing an analogy maps onto: the subject before the marker ("Sanders' call to local action is
// reminiscent of ..."), without the verb, at most 12 tokens back, not across a clause break.
namespace {

// Adjectives that grade a likeness: "strong echoes of", "an eerie replay of".
bool likeness_adjective(std::uint64_t h) {
  return h == "strong"_h || h == "clear"_h || h == "eerie"_h || h == "faint"_h || h == "distinct"_h ||
         h == "unmistakable"_h || h == "uncanny"_h || h == "direct"_h || h == "virtual"_h || h == "obvious"_h;
}

// Markers that can be the verb of their clause: "Fare-free buses echo ...", "The compact harks back to ...".
bool verb_form_marker(std::uint64_t h) {
  switch (h) {
    case "echo"_h: case "echoes"_h: case "echoed"_h: case "recalls"_h: case "recalled"_h: case "harks"_h:
    case "harked"_h: case "harkens"_h: case "harkened"_h: case "hearkens"_h: case "hearkened"_h: case "mirrors"_h:
    case "mirrored"_h: case "resembles"_h: case "resembled"_h: case "parallels"_h: case "paralleled"_h:
    case "evokes"_h: case "evoked"_h: case "conjures"_h: case "repeats"_h: case "repeated"_h:
      return true;
    default:
      return false;
  }
}

// A word before such a marker that makes it a noun: "has strong echoes of", "drew parallels to", "its echoes".
bool makes_marker_noun(const TagToken& t) {
  switch (t.hash) {
    case "has"_h: case "have"_h: case "had"_h: case "see"_h: case "sees"_h: case "saw"_h: case "seen"_h:
    case "draw"_h: case "draws"_h: case "drew"_h: case "drawn"_h: case "find"_h: case "finds"_h: case "found"_h:
    case "many"_h: case "some"_h: case "few"_h: case "its"_h: case "their"_h: case "his"_h: case "her"_h:
      return true;
    default:
      return t.has(lex::kStop) || likeness_adjective(t.hash);
  }
}

}  // namespace

Span Tagger::Impl::backward_target(std::uint32_t s, std::uint32_t cue_first) const {
  const std::uint32_t first = sents[s].first;
  std::uint32_t end = cue_first;
  auto adverb = [](std::uint64_t h) {
    return h == "eerily"_h || h == "uncomfortably"_h || h == "strikingly"_h || h == "also"_h || h == "now"_h ||
           h == "simply"_h || h == "just"_h;
  };
  if (verb_form_marker(toks[cue_first].hash) && end > first && !makes_marker_noun(toks[end - 1])) {
    // The marker is the verb and follows its subject, an adverb may stand between; not "... and recalls",
    // "which echoes" (the subject is another clause's).
    while (end > first && adverb(toks[end - 1].hash)) --end;
    if (end == first) return {};
    const TagToken& prev = toks[end - 1];
    if (prev.kind != TokenKind::word || prev.has(lex::kCopula | lex::kStop) || prev.hash == "to"_h) return {};
  } else {
    // A noun marker: its article and adjectives ("is a replay of", "carry strong echoes of"), then the verb
    // group ("is", "would be", "looks", "has").
    while (end > first && (toks[end - 1].hash == "a"_h || toks[end - 1].hash == "an"_h ||
                           likeness_adjective(toks[end - 1].hash))) {
      --end;
    }
    const std::uint32_t marker = end;
    while (end > first) {
      const TagToken& t = toks[end - 1];
      const bool verbish = t.has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) || t.hash == "be"_h ||
                           t.hash == "looks"_h || t.hash == "look"_h || t.hash == "seems"_h || t.hash == "sounds"_h ||
                           t.hash == "feels"_h || adverb(t.hash) ||
                           (end == marker && (t.hash == "has"_h || t.hash == "have"_h || t.hash == "had"_h ||
                                              t.hash == "carry"_h || t.hash == "carries"_h || t.hash == "bears"_h ||
                                              t.hash == "bear"_h));
      if (!verbish) break;
      --end;
    }
    if (end == marker) return {};  // no verb before the marker: "Modeled after X, ..." has no subject here
  }
  std::uint32_t begin = end;
  while (begin > sents[s].first && end - begin < 12) {
    const TagToken& t = toks[begin - 1];
    if (t.kind == TokenKind::punctuation && (t.text[0] == ',' || t.text[0] == ';' || t.text[0] == ':')) break;
    if (t.hash == "that"_h || t.hash == "which"_h || t.hash == "because"_h || t.hash == "while"_h) break;
    --begin;
  }
  while (begin < end && toks[begin].kind == TokenKind::quote) ++begin;  // '"Just like ...', '“It's like ...'
  if (begin == end) return {};
  // A lone pronoun, conjunction or participle is no target worth reporting ("But just like eight years ago",
  // "There are comparisons to 1998", "raising comparisons to").
  if (end - begin == 1) {
    const TagToken& t = toks[begin];
    switch (t.hash) {
      case "it"_h: case "this"_h: case "that"_h: case "he"_h: case "she"_h: case "they"_h: case "we"_h:
      case "but"_h: case "and"_h: case "or"_h: case "so"_h: case "yet"_h: case "there"_h:
        return {};
      default:
        break;
    }
    if (t.is(detail::kLowercase) && t.raw().ends_with("ing")) return {};
  }
  return span(begin, end);
}

AnalogyUse Tagger::Impl::analogy_use(const Hit& h) const {
  // Cue words of each use, looked for in the analogy's sentence first, then in the next two sentences of
  // its paragraph ("So too will it be ...", "it worked").
  enum { kModel, kWarning, kPrecedent, kPrediction, kUses };
  auto scan = [&](std::uint32_t s, std::array<bool, kUses>& found) {
    for (std::uint32_t i = sents[s].first; i < sents[s].end; ++i) {
      switch (toks[i].hash) {
        case "model"_h: case "modeled"_h: case "template"_h: case "emulate"_h: case "follow"_h: case "blueprint"_h:
        case "learn"_h: case "convert"_h:
          found[kModel] = true;
          break;
        case "warning"_h: case "cautionary"_h: case "mistake"_h: case "avoid"_h: case "danger"_h: case "doomed"_h:
        case "disaster"_h: case "backfired"_h: case "backfire"_h: case "split"_h: case "lost"_h: case "lose"_h:
          found[kWarning] = true;
          break;
        case "worked"_h: case "succeeded"_h: case "successfully"_h: case "likewise"_h: case "proved"_h:
        case "precedent"_h:
          found[kPrecedent] = true;
          break;
        case "will"_h: case "likely"_h: case "predict"_h: case "expect"_h: case "again"_h: case "faded"_h:
          found[kPrediction] = true;
          break;
        case "too"_h:  // "So too will it be ..."
          if (i > sents[s].first && toks[i - 1].hash == "so"_h) found[kPrediction] = true;
          break;
        default:
          break;
      }
    }
  };
  std::array<bool, kUses> own{};
  scan(h.sentence, own);
  if (sents[h.sentence].strong_modal) own[kModel] = true;  // "X should follow the path Y took"
  // "it worked", "successfully did likewise" settle it; then what the marker itself says ("modeled on").
  if (own[kPrecedent]) return AnalogyUse::precedent;
  if (h.match.flags & g::kUseModel) return AnalogyUse::model;
  if (h.match.flags & g::kUseWarning) return AnalogyUse::warning;
  if (h.match.flags & g::kUsePrecedent) return AnalogyUse::precedent;
  if (own[kModel]) return AnalogyUse::model;
  if (own[kWarning]) return AnalogyUse::warning;
  if (own[kPrediction]) return AnalogyUse::prediction;
  std::array<bool, kUses> next{};
  for (std::uint32_t s = h.sentence + 1; s < sents.size() && s <= h.sentence + 3; ++s) {
    if (sents[s].paragraph != sents[h.sentence].paragraph) break;
    scan(s, next);
  }
  if (next[kPrecedent]) return AnalogyUse::precedent;
  if (next[kPrediction]) return AnalogyUse::prediction;
  if (next[kWarning]) return AnalogyUse::warning;
  if (next[kModel]) return AnalogyUse::model;
  return AnalogyUse::comparison;
}

// Is the marker used to liken here? Markers are ordinary words that also name, exemplify, measure and
// report: "Echo Park", "programs like Obamacare", "would like", "twice as much as", "such as in 2018", "in
// parallel with", "a receptionist recalled", "the recall election".
bool Tagger::Impl::marker_likens(const Match& m, std::uint32_t s) const {
  const std::uint32_t cue_at = index(m.begin[g::cue]);
  const std::uint32_t first = sents[s].first, end = sents[s].end;
  auto hash_at = [&](std::int64_t i) -> std::uint64_t { return i >= first && i < end ? toks[i].hash : 0; };
  const std::uint64_t cue_word = toks[cue_at].hash;
  const std::uint64_t before = hash_at(std::int64_t{cue_at} - 1), before2 = hash_at(std::int64_t{cue_at} - 2);
  const std::uint64_t after = hash_at(cue_at + 1), after2 = hash_at(cue_at + 2);
  // A capitalized marker inside the sentence is a name ("Echo Park", "Recall Walker").
  if (cue_at > first && toks[cue_at].is(detail::kCapitalized) && toks[cue_at - 1].kind != TokenKind::quote &&
      !(toks[cue_at - 1].kind == TokenKind::punctuation && toks[cue_at - 1].text[0] == ':')) {
    return false;
  }
  // "He is no Nixon", "This was no Watergate": after a copula, not "there is no", and the source a name.
  if (m.rule == "is_no") {
    const bool copula = before == "is"_h || before == "was"_h || before == "'s"_h || before == "are"_h ||
                        before == "were"_h;
    if (!copula || before2 == "there"_h || cue_at + 1 >= end || !toks[cue_at + 1].is(detail::kCapitalized)) {
      return false;
    }
  }
  if (m.rule == "like") {
    // Idioms and descriptions: "grew like crazy", "what the country was like during World War II" (a state
    // described, nothing likened), "I'd very much like him to run" (a verb).
    if (cue_word == "like"_h && (after == "crazy"_h || after == "mad"_h || after == "hell"_h)) return false;
    if (cue_word == "like"_h && cue_at > first &&
        (before == "was"_h || before == "were"_h || before == "is"_h || before == "are"_h)) {
      for (std::uint32_t k = cue_at - 1; k > first && k + 10 > cue_at; --k) {
        if (toks[k - 1].hash == "what"_h) return false;
      }
    }
    if ((cue_word == "much"_h && before == "very"_h) ||
        (cue_word == "like"_h && before == "much"_h && before2 == "very"_h)) {
      const std::uint64_t subject = cue_word == "much"_h ? before2 : hash_at(std::int64_t{cue_at} - 3);
      if (subject == "'d"_h || subject == "would"_h || subject == "i"_h || subject == "we"_h) return false;
    }
    if (cue_word == "like"_h && cue_at > first) {
      // A verb ("would like", "looks like it", "may not like the conditions") or an example after the noun it
      // exemplifies ("programs like Obamacare", "chairmen like Romney", "cartoons of the 1990s like Gargoyles",
      // "like so many others").
      switch (before) {
        case "would"_h: case "'d"_h: case "to"_h: case "i"_h: case "we"_h: case "you"_h: case "they"_h:
        case "look"_h: case "looks"_h: case "looked"_h: case "looking"_h: case "seem"_h: case "seems"_h:
        case "seemed"_h: case "feel"_h: case "feels"_h: case "felt"_h: case "sound"_h: case "sounds"_h:
        case "sounded"_h: case "don't"_h: case "didn't"_h: case "doesn't"_h: case "n't"_h: case "really"_h:
        case "people"_h: case "men"_h: case "women"_h: case "children"_h: case "media"_h: case "("_h:
        case "who"_h:  // "the workers who like tuition subsidies"
          return false;
        default:
          break;
      }
      // Examples set off by dashes ("Trump's past -- like the Access Hollywood tape, or ... -- has not hurt
      // him", "some -- like Sanders's adviser -- say") or an activity after a comma (", like highlighting").
      // "doom and gloom emails -- like one this summer from Tea Party Patriots": "like one", "like those" point
      // back to the noun they exemplify.
      if (toks[cue_at - 1].kind == TokenKind::dash && (after == "one"_h || after == "those"_h || after == "these"_h)) {
        return false;
      }
      if (toks[cue_at - 1].kind == TokenKind::dash) {
        // Unless what comes before the dashes is itself dated or said to be past ("the 2016 GOP primary -- like
        // the 2012 and 2008 primaries --", "past horrors -- like the 1995 bombing --").
        bool dated = false;
        for (std::uint32_t k = cue_at - 1; k > first && k + 40 > cue_at && !is_punct(toks[k - 1], ','); --k) {
          const TagToken& t = toks[k - 1];
          const bool past_word = t.hash == "past"_h || t.hash == "previous"_h || t.hash == "earlier"_h ||
                                 t.hash == "former"_h;
          dated |= t.is(detail::kYear | detail::kDecade) || (past_word && k < cue_at - 1);
        }
        for (std::uint32_t k = cue_at + 2; k < end && !dated; ++k) {
          if (toks[k].kind == TokenKind::dash) return false;
        }
      }
      if (is_punct(toks[cue_at - 1], ',') && cue_at + 1 < end && toks[cue_at + 1].is(detail::kLowercase) &&
          toks[cue_at + 1].raw().ends_with("ing")) {
        return false;
      }
      if (before == "not"_h && (before2 == "may"_h || before2 == "might"_h || before2 == "would"_h ||
                                before2 == "could"_h || before2 == "do"_h || before2 == "does"_h ||
                                before2 == "did"_h || before2 == "will"_h || before2 == "can"_h)) {
        return false;
      }
      auto plural_noun = [](const TagToken& t) {
        const std::string_view b = t.raw();
        return t.kind == TokenKind::word && b.size() > 3 && !t.has(lex::kStop) &&
               ((b.back() == 's' && b[b.size() - 2] != 's' && b[b.size() - 2] != 'u' && b[b.size() - 2] != 'i') ||
                b.ends_with("men"));
      };
      const TagToken& prev = toks[cue_at - 1];
      // The noun may stand before a comma ("in key moments, like when she cast her vote in 2000"). Unless the
      // example is a name dated at once, a past case offered for the present one: "candidates like Democrat Bill
      // Clinton in 1992", "polarizing figures are able to win elections, like Obama in 2012".
      auto dated_name_after = [&] {
        std::uint32_t k = cue_at + 1, names = 0;
        while (k < end && names < 4 && toks[k].is(detail::kCapitalized)) ++k, ++names;
        return names > 0 && k + 1 < end && toks[k].hash == "in"_h && toks[k + 1].is(detail::kYear);
      };
      const bool plural_before = plural_noun(prev) || (is_punct(prev, ',') && cue_at >= first + 2 &&
                                                       plural_noun(toks[cue_at - 2]));
      if (prev.is(detail::kDecade) || (plural_before && !dated_name_after())) return false;
      // ... and ", like a botched satellite launch in 2012" after "other failures during his leadership": one
      // instance of a kind named before the comma.
      if (is_punct(prev, ',') && (after == "a"_h || after == "an"_h)) {
        for (std::uint32_t k = cue_at - 1; k > first && k + 8 > cue_at; --k) {
          if (plural_noun(toks[k - 1])) return false;
        }
      }
      if (after == "so"_h || after == "many"_h || after == "most"_h || after == "other"_h || after == "others"_h ||
          after == "all"_h || after == "every"_h || after == "countless"_h) {
        return false;
      }
    }
    // "such as in 2018", "as well as in New Orleans", "all the way back to 1979", "twice as much as", "Much
    // as I hate slavery" (concedes).
    if (cue_word == "as"_h && (before == "such"_h || before == "well"_h)) return false;
    if (cue_word == "the"_h && (before == "all"_h || after2 == "back"_h)) return false;
    // Idioms with "the way" liken nothing: "on the way to war in Iraq", "along the way", "by the way,",
    // "stand in the way of" (but "in the way Newt Gingrich was forced out" and "the opposite of the way Obama
    // promised" do).
    if (cue_word == "the"_h && after == "way"_h) {
      if (before == "on"_h || before == "along"_h || before == "out"_h || before == "under"_h ||
          before == "from"_h || (before == "by"_h && is_punct(toks[std::min(cue_at + 2, end - 1)], ',')) ||
          (before == "in"_h && after2 == "of"_h)) {
        return false;
      }
      // "paved the way for", "lead the way"; a manner judged or named, not likened: "disapproved of the way
      // Clinton handled", "troubled by the way", "regretted the way he handled", "was the way Trump justified",
      // "dissatisfied with the way she handled the attack in Benghazi in 2012", "anger over the way".
      switch (before) {
        case "pave"_h: case "paves"_h: case "paved"_h: case "paving"_h: case "clear"_h: case "clears"_h:
        case "cleared"_h: case "clearing"_h: case "lead"_h: case "leads"_h: case "led"_h: case "leading"_h:
        case "of"_h: case "for"_h: case "by"_h: case "about"_h: case "with"_h: case "over"_h: case "at"_h:
        case "regret"_h: case "regrets"_h:
        case "regretted"_h: case "is"_h: case "was"_h: case "are"_h: case "were"_h: case "becomes"_h:
        case "became"_h:
          if (before == "of"_h && before2 == "opposite"_h) break;  // "the opposite of the way Obama promised"
          return false;
        default:
          break;
      }
    }
    // "nothing has exacerbated them so much as the decision in Citizens United" (a degree); "no closer to
    // proving it than two years ago" (a distance).
    if (cue_word == "much"_h && before == "so"_h) return false;
    if (cue_word == "closer"_h && cue_at + 2 < end && toks[cue_at + 2].kind == TokenKind::word && toks[cue_at + 2].raw().ends_with("ing")) {
      return false;
    }
    // "closer to" likens only a dated or known past ("closer to the 2000 election", "closer to 1968"), not a
    // place or a state ("Marines were moved closer to Libya", "closer to weapons-grade levels").
    // "closer to the kind of nationalist setup we saw in Europe prior to 1939" and "closer to what we saw in
    // 1968" describe that past in a clause.
    if (cue_word == "closer"_h) {
      std::uint32_t k = cue_at + 2;
      if (k < end && toks[k].hash == "the"_h) ++k;
      const bool described = k < end && (toks[k].hash == "what"_h || toks[k].hash == "how"_h ||
                                         ((toks[k].hash == "kind"_h || toks[k].hash == "sort"_h ||
                                           toks[k].hash == "type"_h) && hash_at(k + 1) == "of"_h));
      bool past = false;
      for (std::uint32_t j = k; described && j < end && j < k + 16; ++j) {
        past |= toks[j].is(detail::kYear | detail::kDecade);
      }
      const Mention* named = k < end ? mention_in(k, std::min(end, k + (described ? 16 : 8)), true) : nullptr;
      past |= named && (described || named->first == k);
      if (k >= end || !(past || toks[k].is(detail::kYear | detail::kDecade))) return false;
    }
    if (cue_word == "much"_h && (before == "as"_h || after2 == "i"_h || after2 == "we"_h || after2 == "he"_h ||
                                 after2 == "she"_h || after2 == "they"_h || after2 == "you"_h)) {
      return false;
    }
  }
  if (m.rule == "compared_to" && cue_word == "parallel"_h && before == "in"_h) return false;
  // A law likened to an earlier law is legal precedent, not a historical analogy ("The law is similar to a
  // provision in a Texas law, which the Supreme Court struck down in 2016", "the law closely resembles one
  // enacted by Texas", "legislation similar to the Clean Water Act of 1972"). A law likened to an era stays
  // ("compared that state's law to Jim Crow race codes"), and so do a policy modeled on an old one and a law's
  // lesson ("didn't want to repeat the experience of the 1986 immigration law").
  // Fiction is no history ("looked much like the villain's complex from the 1995 James Bond film Goldeneye",
  // "not unlike the classic 1980s sci-fi film"): a work named in the source or its first eight words ("game" and
  // "play" are also moves in politics: "similar to the play Schumer made during the ObamaCare fight").
  {
    const std::uint32_t from = m.has(g::source) ? index(m.begin[g::source]) : cue_at + 1;
    const std::uint32_t to = m.has(g::source) ? std::max(index(m.end[g::source]), from + 8) : from + 8;
    for (std::uint32_t k = from; k < end && k < to; ++k) {
      if (!toks[k].is(detail::kLowercase)) continue;
      switch (toks[k].hash) {
        case "film"_h: case "movie"_h: case "sitcom"_h: case "album"_h: case "song"_h: case "videogame"_h:
        case "musical"_h:
          return false;
        default:
          break;
      }
    }
  }
  if (m.rule != "modeled_on" && m.rule != "this_generations" && m.rule != "repeat_past") {
    auto legal = [&](std::uint32_t k) {
      if (!toks[k].is(detail::kLowercase)) return false;
      switch (toks[k].hash) {
        case "law"_h: case "laws"_h: case "bill"_h: case "bills"_h: case "statute"_h: case "statutes"_h:
        case "provision"_h: case "provisions"_h: case "ordinance"_h: case "ordinances"_h: case "legislation"_h:
          return true;
        default:
          return false;
      }
    };
    bool law_likened = false, law_source = false;
    for (std::uint32_t k = cue_at > first + 4 ? cue_at - 4 : first; k < cue_at; ++k) law_likened |= legal(k);
    // The source's first words ("compared that state's law to Jim Crow codes": after "to"), else the marker's.
    const std::uint32_t from = m.has(g::source) ? index(m.begin[g::source]) : cue_at + 1;
    for (std::uint32_t k = from; k < end && k < from + 6; ++k) {
      law_source |= legal(k) || (law_likened && (toks[k].hash == "one"_h || (toks[k].hash == "act"_h &&
                                                                            toks[k].is(detail::kCapitalized))));
    }
    if (law_source) return false;
    // A court case likened is legal precedent: "closely resembles a frequently cited 2012 Supreme Court case",
    // "similar to the court's 1973 ruling".
    bool court = false, decided = false;
    for (std::uint32_t k = from; k < end && k < from + 8; ++k) {
      court |= toks[k].hash == "court"_h || toks[k].hash == "court's"_h;
      decided |= toks[k].hash == "case"_h || toks[k].hash == "ruling"_h || toks[k].hash == "decision"_h ||
                 toks[k].hash == "opinion"_h;
    }
    if (court && decided) return false;
  }
  // "for comparison", "by contrast", "in stark contrast to", "historians contrast this with": not "drawing a
  // similar contrast to Trump", "the contrast between the two".
  if (m.rule == "for_comparison") {
    switch (before) {
      case "the"_h: case "this"_h: case "that"_h: case "similar"_h: case "his"_h: case "her"_h: case "their"_h:
      case "its"_h:
        return false;
      default:
        break;
    }
  }
  const std::string_view cue_raw = toks[cue_at].raw();
  if (cue_raw.starts_with("recall") || cue_raw.starts_with("echo") || cue_raw.starts_with("Recall") ||
      cue_raw.starts_with("Echo")) {
    // People recall and echo (remember, repeat); situations recall the past: "a receptionist recalled
    // introducing herself ... in 2005", "he has echoed that he lost in 2012" (but "the strain has echoes of").
    switch (before) {
      case "i"_h: case "we"_h: case "he"_h: case "she"_h: case "they"_h: case "you"_h: case "who"_h:
      case "still"_h: case "vividly"_h: case "now"_h: case "do"_h: case "does"_h: case "did"_h: case "n't"_h:
      case "not"_h: case "can"_h: case "could"_h:
      case "'s"_h:  // "voted against Walker's recall in 2012": a recall vote
        return false;
      case "has"_h: case "have"_h: case "had"_h:
        if (cue_raw.ends_with("ed")) return false;
        break;
      default:
        break;
    }
    const TagToken* next = cue_at + 1 < end ? &toks[cue_at + 1] : nullptr;
    if (next && (next->hash == "that"_h || next->hash == "how"_h || next->hash == "being"_h ||
                 (next->kind == TokenKind::word && next->size > 4 && next->raw().ends_with("ing")))) {
      return false;
    }
  }
  // "repeating claims that the 9/11 attacks were staged": words said again, not events.
  if (m.rule == "repeat_past" && (after == "claims"_h || after == "allegations"_h || after == "lies"_h ||
                                  after == "rumors"_h || after == "charges"_h || after == "accusations"_h ||
                                  after == "talking"_h || (after == "the"_h && (after2 == "claim"_h || after2 == "lie"_h)))) {
    return false;
  }
  if (m.rule == "recalls") {
    // The political recall: "the recall election", "was recalled in 1921"; a law or a clause invoked: "the
    // act was last invoked in 1992" (a passive: what was done, not what it resembles).
    const bool passive_aux = before2 == "was"_h || before2 == "were"_h || before2 == "been"_h || before2 == "is"_h ||
                             before2 == "are"_h || before2 == "be"_h;
    if (passive_aux && cue_raw.ends_with("ed")) return false;
    // "Trump invoked it to block the panel": executive privilege or a law, named by a pronoun.
    if (cue_raw.starts_with("invok") && (after == "it"_h || after == "this"_h || after == "that"_h || after == "them"_h)) {
      return false;
    }
    if (before == "the"_h || before == "a"_h || before == "this"_h || before == "that"_h || before == "was"_h ||
        before == "were"_h || before == "been"_h || before == "be"_h || before == "being"_h || before == "is"_h ||
        after == "election"_h || after == "elections"_h || after == "effort"_h || after == "vote"_h ||
        after == "petition"_h || after == "campaign"_h || after == "drive"_h || after == "race"_h) {
      return false;
    }
  }
  return true;
}

bool Tagger::Impl::analogy_unit(const Hit& h, Unit& u) {
  const Match& m = h.match;
  const std::uint32_t s = h.sentence;
  std::uint32_t sb, se;  // source tokens
  const bool after_year = m.flags & g::kSourceAfterYear;
  const std::uint32_t cue_at = index(m.begin[g::cue]);
  if (!marker_likens(m, s)) return false;
  // Weak markers ("like", "as ... did", "a new ...") mostly introduce examples or the recent past; they need a
  // year at least two years back. The others say "compare" by their meaning and take last year too.
  const std::uint64_t cue_word = toks[cue_at].hash;
  const bool weak = (m.rule == "like" && (cue_word == "like"_h || cue_word == "just"_h || cue_word == "much"_h ||
                                          cue_word == "as"_h || cue_word == "the"_h || cue_word == "closer"_h)) ||
                    m.rule == "as_did" || m.rule == "a_new_x" || m.rule == "for_comparison";
  const bool explicit_past = after_year || !weak;
  if (m.flags & g::kNameBefore) {
    // "a Watergate-like crisis", "a Pearl Harbor moment": a known name ends right before the marker.
    const std::uint32_t cue = cue_at;
    if (cue == 0) return false;
    if (m.rule == "x_like") {
      // "Watergate-like" is one word; "Obamacare—like the fact that" is a dash and an example.
      if (toks[cue].size != 1 || toks[cue - 1].text + toks[cue - 1].size != toks[cue].text) return false;
    }
    // The name ends at the marker, or takes it in ("Pearl Harbor moment" is itself a known phrase); in the
    // marker's sentence ("... the Chernobyl comparison. Others made the Munich analogy.").
    // "the Munich of our time": the name ends before "of".
    const std::uint32_t end_at = m.rule == "of_our_time" ? cue - 1 : cue;
    if (m.rule == "of_our_time" && (cue < 2 || toks[cue - 1].hash != "of"_h)) return false;
    const Mention* men = nullptr;
    for (std::uint32_t from = std::max(sents[s].first, cue > 8 ? cue - 8 : 0);
         (men = mention_in(from, cue + 1, false)) != nullptr; from = men->first + 1) {
      if (men->first < end_at && (men->last == end_at || (end_at == cue && men->last == cue + 1))) break;
    }
    if (!men) return false;
    sb = men->first;
    se = men->last;
  } else if (m.flags & g::kBackwardTarget) {
    // "X is a cautionary tale", "X all over again": the past thing is near the marker, usually before.
    const std::uint32_t cue = cue_at;
    const Mention* men = mention_in(std::max(sents[s].first, cue > 30 ? cue - 30 : 0), std::min(sents[s].end, cue + 30), false);
    if (men) {
      sb = men->first;
      se = men->last;
    } else if (m.rule == "all_over_again" && cue > sents[s].first &&
               toks[cue - 1].is(detail::kYear | detail::kDecade)) {
      sb = cue - 1;  // "It's 1968 all over again."
      se = cue;
    } else {
      return false;
    }
  } else if (m.flags & g::kYearBefore) {
    // "In 1938, Germany had not been ... as Iran is now": the nearest year or decade before the marker (whether
    // it is past is checked below, as for any source).
    sb = se = kNone;
    for (std::uint32_t i = cue_at; i-- > sents[s].first;) {
      if (toks[i].is(detail::kYear | detail::kDecade)) {
        sb = i;
        se = i + 1;
        break;
      }
    }
    if (sb == kNone) return false;
  } else {
    if (!m.has(g::source)) return false;
    sb = index(m.begin[g::source]);
    se = index(m.end[g::source]);
  }
  // The year, and where the source ends: "Howard Dean's encouragement of his supporters in 2004 to run ..."
  // ends at its year.
  std::int32_t year = 0;
  bool decade = false;
  std::uint32_t year_at = kNone;
  // A year after "since" opens a period that runs to the present ("since the 1990s"): not a past thing.
  auto past_year_at = [&](std::uint32_t i) {
    if (!historical_year(toks[i], explicit_past)) return false;
    std::uint32_t k = i;
    while (k > sents[s].first && k + 3 > i &&
           (toks[k - 1].hash == "the"_h || toks[k - 1].hash == "early"_h || toks[k - 1].hash == "mid"_h ||
            toks[k - 1].hash == "late"_h || toks[k - 1].hash == "-"_h)) {
      --k;
    }
    return !(k > sents[s].first && toks[k - 1].hash == "since"_h);
  };
  // The past year a token gives: a year or decade, or the "ago" of "four years ago", "a decade ago".
  auto year_at_token = [&](std::uint32_t i, bool& is_decade) -> std::int32_t {
    is_decade = false;
    if (past_year_at(i)) {
      is_decade = toks[i].is(detail::kDecade);
      return toks[i].year;
    }
    if (toks[i].hash != "ago"_h || i < sents[s].first + 2) return 0;
    const std::uint64_t unit = toks[i - 1].hash;
    const int per = unit == "years"_h || unit == "year"_h ? 1 : unit == "decades"_h || unit == "decade"_h ? 10 : 0;
    if (per == 0) return 0;
    const TagToken& count = toks[i - 2];
    int n = 0;
    if (count.kind == TokenKind::number && count.size <= 2) {
      for (char c : count.raw()) n = n * 10 + (c - '0');
    } else {
      static constexpr std::uint64_t words[] = {"a"_h, "two"_h, "three"_h, "four"_h, "five"_h, "six"_h,
                                                "seven"_h, "eight"_h, "nine"_h, "ten"_h, "eleven"_h, "twelve"_h};
      for (int k = 0; k < 12; ++k) {
        if (count.hash == words[k]) n = k + 1;
      }
      if (count.hash == "an"_h || count.hash == "one"_h) n = 1;
    }
    const int back = n * per;
    if (back < (explicit_past ? 1 : 2)) return 0;
    return doc_year - back;
  };
  for (std::uint32_t i = sb; i < se; ++i) {
    if (const std::int32_t y = year_at_token(i, decade)) {
      year = y;
      year_at = i;
      break;
    }
  }
  // A past figure as a model ("in the mold of Reagan", "a modern-day Lincoln", "a new FDR"); elsewhere a
  // figure is an example of the present unless a year dates it ("like Obama").
  const bool figure_as_model = (m.flags & g::kUseModel) || m.rule == "a_modern_day" || m.rule == "a_new_x" ||
                               m.rule == "is_no";  // "He is no Nixon"
  const Mention* men = mention_in(sb, se, year != 0 || figure_as_model);
  if (year == 0 && !men && m.rule == "compared_to") {
    // "no comparison of the American revolution to what passes for one in Cuba", "compared the 1968 riots to
    // this week's": the past thing may stand between the marker and "to"/"with", the present after.
    const std::uint32_t ib = cue_at + 1, ie = index(m.end[g::cue]) - 1;
    for (std::uint32_t i = ib; i < ie && year == 0; ++i) {
      if (const std::int32_t y = year_at_token(i, decade)) {
        year = y;
        year_at = i;
      }
    }
    const Mention* inner = mention_in(ib, ie, year != 0);
    if (year != 0 || inner) {
      men = inner;
      sb = ib;
      se = ie;
      while (sb + 1 < se && (toks[sb].hash == "of"_h || toks[sb].hash == "between"_h)) ++sb;
    }
  }
  // A name right after the marker: "a modern-day Bull Moose campaign", "a 21st-century Lincoln or FDR", not
  // "a 21st-century controversy ... the 1790s".
  if ((m.rule == "a_new_x" || m.rule == "a_modern_day") &&
      !(men && men->first <= sb + (m.rule == "a_new_x" ? 0 : 2) && toks[sb].is(detail::kCapitalized))) {
    return false;
  }
  // A name followed by the noun it modifies is not the thing compared: "a new Obamacare repeal bill".
  auto modifies_noun = [&](const Mention& x) {
    return x.last < sents[s].end && toks[x.last].is(detail::kLowercase) && !toks[x.last].has(lex::kStop);
  };
  if (m.rule == "a_new_x" && modifies_noun(*men)) return false;
  // "hold another EU referendum", "another Scottish independence referendum": the same procedure held again, not
  // a likening (unlike "another Great Depression").
  if (m.rule == "a_new_x" && men->last > men->first) {
    switch (toks[men->last - 1].hash) {
      case "referendum"_h: case "referendums"_h: case "vote"_h: case "election"_h: case "elections"_h:
        return false;
      default:
        break;
    }
  }
  if ((m.flags & g::kNeedsEvent) &&
      !(men && gazetteer->entry(static_cast<std::size_t>(men->entry)).kind != EventKind::figure)) {
    return false;
  }
  // A recent law is still in force ("programs like Obamacare", "compare it to Obamacare" in 2017): part of
  // the present, unless a year says which moment of it is meant.
  if (year == 0 && men) {
    const GazetteerEntry& e = gazetteer->entry(static_cast<std::size_t>(men->entry));
    // "Another Smoot-Hawley" likens new tariffs to the old ones; "a new Glass-Steagall", "a new New Deal" name a
    // policy after an old one (data/eval/README.md: none).
    const bool another = m.rule == "a_new_x" && toks[cue_at].hash == "another"_h;
    if (e.kind == EventKind::policy && ((weak && !another) || e.year >= doc_year - 10)) return false;
  }
  if (year == 0) {
    // "the Movement Conservatives who successfully did likewise beginning in the 1960s", "similar to that of
    // Huckabee and Santorum, who in 2008 and 2012 ...": the year may follow the source in its clause.
    // Not past the end of a quotation and its reporting verb: "a big state like Florida,” said Ashley Walker,
    // Obama's 2012 Florida state director" dates the speaker, not Florida.
    // Nor, after "like", past a comma that opens another clause or an apposition: "who, like Blumenthal,
    // represents the victims of the 2012 Sandy Hook shooting" dates what Murphy represents, not Blumenthal; "like
    // Mr. Nur, a 2013 high school graduate" dates the speaker.
    for (std::uint32_t i = se; i < sents[s].end && i < se + 12; ++i) {
      if (toks[i].kind == TokenKind::punctuation && toks[i].text[0] != ',') break;
      if (m.rule == "like" && is_punct(toks[i], ',') && i + 1 < sents[s].end) {
        const std::uint64_t next = toks[i + 1].hash;
        if (next != "who"_h && next != "which"_h && next != "when"_h && next != "whose"_h && next != "in"_h &&
            next != "back"_h && next != "during"_h && next != "including"_h && next != "or"_h &&
            toks[i + 1].kind != TokenKind::number) {  // "that of Aug. 9, 1974", "26.3 million, or 8.7%, in 2007"
          break;
        }
      }
      if (toks[i].has(lex::kReportVerb) && i > se &&
          (toks[i - 1].kind == TokenKind::quote ||
           (i > se + 1 && is_punct(toks[i - 1], ',') && toks[i - 2].kind == TokenKind::quote))) {
        break;
      }
      if (const std::int32_t y = year_at_token(i, decade)) {
        year = y;
        if (!men) se = i + 1;  // the source runs to its year
        break;
      }
    }
  }
  // A "since" before the past thing counts from it, it likens nothing: "I haven't seen anything like that since
  // I came to the Senate 15 years ago", "nothing like this since World War I" (records), "the way your
  // thinking has evolved since it started in 2011" (a duration).
  if (m.rule == "like") {
    for (std::uint32_t k = sb; k < se; ++k) {
      if (toks[k].hash != "since"_h) continue;
      if ((year_at == kNone || year_at > k) && (!men || men->first > k)) return false;
      break;
    }
  }
  // "Trump behaved like a predator at parties ... in the 1980s": after a verb in the past, a year at the end of
  // an indefinite phrase dates the behaviour, not a past thing likened ("sounded like a 1960s protest" does, and
  // so does a perfect: "Trump has always talked like a guy in a steam bath ... in 1959").
  if (m.rule == "like" && cue_word == "like"_h && cue_at > sents[s].first + 1 && past_verb(toks[cue_at - 1]) &&
      se > sb + 2 && (toks[sb].hash == "a"_h || toks[sb].hash == "an"_h) && year_at != kNone &&
      year_at > sb + 2) {
    bool perfect = false;
    for (std::uint32_t k = cue_at - 1; k-- > sents[s].first && k + 4 > cue_at;) {
      perfect |= toks[k].hash == "has"_h || toks[k].hash == "have"_h || toks[k].hash == "had"_h;
    }
    if (!perfect) return false;
  }
  // After a weak marker, a year that dates a text or a talk dates where something was said, not a past thing
  // likened: "Sounding like an ardent free-trader in a 2013 speech, Clinton told one group of bankers".
  if (weak && year_at != kNone && year_at > sb && year_at + 1 < sents[s].end) {
    const bool determiner = article_or_possessive(toks[year_at - 1].hash);
    switch (toks[year_at + 1].hash) {
      case "speech"_h: case "interview"_h: case "op-ed"_h: case "book"_h: case "article"_h: case "statement"_h:
      case "letter"_h: case "memo"_h: case "tweet"_h: case "post"_h: case "email"_h: case "essay"_h:
      case "column"_h: case "editorial"_h: case "video"_h: case "podcast"_h: case "testimony"_h:
        if (determiner) return false;
        break;
      default:
        break;
    }
  }
  // A trailing "as in" / "as with" names the past thing at once ("..., as in the last Iraq war", "as in
  // 2016"), or gives an example or a description: "as in one noteworthy 2011 episode", "denounced as in “direct
  // conflict” with China's promises in 1997", "as in recent weeks". A fronted one likens ("As with the fallout
  // from the 2008 economic crisis, the European Central Bank has now vowed ...").
  if (m.rule == "like" && cue_word == "as"_h && cue_at + 1 < sents[s].end &&
      (toks[cue_at + 1].hash == "in"_h || toks[cue_at + 1].hash == "with"_h)) {
    std::uint32_t opening = sents[s].first;
    while (opening < cue_at && (toks[opening].has(lex::kContrast) || toks[opening].hash == "and"_h ||
                                is_punct(toks[opening], ',') || toks[opening].kind == TokenKind::quote)) {
      ++opening;
    }
    if (opening != cue_at) {
      const std::uint64_t first_word = toks[sb].hash;
      const bool indefinite = first_word == "a"_h || first_word == "an"_h || first_word == "one"_h ||
                              first_word == "some"_h || first_word == "any"_h;
      const std::uint32_t near = std::min(se, sb + 4);
      const bool named_at_once = (year_at != kNone && year_at < near) || (men && men->first < near);
      if (indefinite || !named_at_once) return false;
    }
  }
  // An adverbial "by contrast," / "in contrast," sets its sentence against the one before; the sentence names
  // the past thing at once when it is one ("By contrast, John McCain in 2008 and Mitt Romney in 2012 got less
  // ..."), while a year further on only dates something in a present story ("By contrast, Florida's court took
  // only a year to reverse the 2016 verdict", "Warren is, by contrast, drawing ... Clinton 2016 voters"). A
  // figure set so against a past year's stays a benchmark ("By contrast, some 85% ... close to the 2008 level").
  if (m.rule == "for_comparison" && cue_word == "contrast"_h && cue_at > sents[s].first && !measures_quantity(s) &&
      (toks[cue_at - 1].hash == "by"_h || toks[cue_at - 1].hash == "in"_h) &&
      !(cue_at + 1 < sents[s].end && (toks[cue_at + 1].hash == "to"_h || toks[cue_at + 1].hash == "with"_h))) {
    const std::uint32_t near = std::min(se, sb + 4);
    if (!((year_at != kNone && year_at < near) || (men && men->first < near))) return false;
  }
  // Not historical: "like a horror movie", "just as polls in June ...". Some markers say "past" by their
  // meaning ("this generation's high school movement", "harks back to the Progressive Era").
  const bool past_by_meaning = m.rule == "this_generations" || m.rule == "harks_back_to";
  // A named event with no year or gazetteer entry after "reminiscent of" is past by the marker: "reminiscent
  // of the IRS scandal", "reminiscent of the Bush administration" (a name, and an event's or a period's noun at
  // the end; not "reminiscent of Trump", "reminiscent of a horror movie").
  auto named_event = [&] {
    if (m.rule != "reminiscent_of" || se <= sb + 1) return false;
    bool name = false;
    for (std::uint32_t i = sb; i + 1 < se; ++i) name |= toks[i].is(detail::kCapitalized);
    switch (toks[se - 1].hash) {
      case "scandal"_h: case "crisis"_h: case "war"_h: case "era"_h: case "administration"_h: case "hearings"_h:
      case "affair"_h: case "debacle"_h: case "fiasco"_h: case "shutdown"_h: case "riots"_h: case "bailout"_h:
      case "presidency"_h: case "campaign"_h: case "years"_h: case "days"_h: case "movement"_h:
      case "controversy"_h: case "collapse"_h: case "invasion"_h:
        return name;
      default:
        return false;
    }
  };
  if (year == 0 && !men && !past_by_meaning && !named_event()) return false;
  auto source_has = [&](auto&& pred) {
    for (std::uint32_t i = sb; i < se; ++i) {
      if (pred(toks[i])) return true;
    }
    return false;
  };
  const auto capitalized = [](const TagToken& t) { return t.is(detail::kCapitalized); };
  // Markers that say "past" by their meaning still need a named past ("harks back to the Progressive Era",
  // "this era's Watergate"), not "hearkens back to tradition" or "this century's bad start"; only "this
  // generation's" is the idiom that takes any noun ("this generation's high school movement").
  const auto dated = [](const TagToken& t) { return t.is(detail::kYear | detail::kDecade); };
  if (past_by_meaning && year == 0 && !men && !source_has(capitalized) && !source_has(dated) &&
      !(m.rule == "this_generations" && toks[cue_at + 1].hash == "generation"_h)) {
    return false;
  }
  // ... but as a noun phrase likened, not the subject of a clause about the present generation: "when this
  // generation's high school students were of middle-school age".
  if (m.rule == "this_generations" && !men) {
    for (std::uint32_t k = sb; k < se && k < sb + 5 && toks[k].kind != TokenKind::punctuation; ++k) {
      if (toks[k].has(lex::kCopula) || toks[k].has(lex::kWeakModal | lex::kStrongModal) || verb_form(toks[k])) {
        return false;
      }
    }
  }
  // "this Black Lives Matter moment", "the Watergate moment" name the present moment itself; "a Pearl Harbor
  // moment" likens.
  if (m.rule == "x_moment" && sb > sents[s].first &&
      (toks[sb - 1].hash == "this"_h || toks[sb - 1].hash == "the"_h || toks[sb - 1].hash == "that"_h)) {
    return false;
  }
  // "concerns echoed in a 2014 inspector general's report", "an echo of what Free and Cantril discovered in
  // 1967": another source agrees, nothing is likened.
  if (m.rule == "echoes" && cue_word == "echoed"_h && cue_at + 1 < sents[s].end &&
      (toks[cue_at + 1].hash == "in"_h || toks[cue_at + 1].hash == "by"_h)) {
    return false;
  }
  if (m.rule == "echoes" && toks[sb].hash == "what"_h && source_has([](const TagToken& t) {
        return t.has(lex::kFindingVerb) || t.hash == "discovered"_h;
      })) {
    return false;
  }
  // One's own past: "she resembles her pre-'90s self"; a memory, "recalling his service on Sept. 11, 2001"
  // (not "recalling Kerry's 2003 gaffe"); a record, "one may recall his description of Hillary Clinton as
  // 'likeable enough' during a 2008 debate".
  if (toks[se - 1].hash == "self"_h || toks[se - 1].hash == "selves"_h) return false;
  if (m.rule == "recalls" && (cue_word == "recalling"_h || cue_word == "recalled"_h || cue_word == "recall"_h) &&
      (toks[sb].hash == "his"_h || toks[sb].hash == "her"_h || toks[sb].hash == "their"_h ||
       toks[sb].hash == "my"_h || toks[sb].hash == "our"_h)) {
    return false;
  }
  // "Recalled" as said: "... cut off,” recalled Wayne White" (not "You may recall the toppling of ... in 2003",
  // a reminder that draws the parallel).
  if (m.rule == "recalls" && cue_at > sents[s].first && (cue_word == "recalled"_h || cue_word == "recalls"_h) &&
      (toks[cue_at - 1].kind == TokenKind::quote || is_punct(toks[cue_at - 1], ','))) {
    return false;
  }
  // Weak markers and textual likeness before a law ("crime like the Tunas Convention Act of 1975": still in force,
  // an example; "a measure that mirrored the Religious Freedom Restoration Act") or a picture ("a radar
  // platform, like the one seen in this 2006 file photo").
  const bool textual = m.rule == "recalls" && (cue_word == "mirrors"_h || cue_word == "mirrored"_h ||
                                               cue_word == "resembles"_h || cue_word == "resembled"_h ||
                                               cue_word == "parallels"_h || cue_word == "paralleled"_h);
  if ((weak || textual) && source_has([](const TagToken& t) {
        return ((t.hash == "act"_h || t.hash == "law"_h) && t.is(detail::kCapitalized)) || t.hash == "photo"_h ||
               t.hash == "pictured"_h;
      })) {
    return false;
  }
  // "Invoked" a law cites it as the ground of an act ("Pompeo had invoked the 2001 AUMF", "invoked the Insurrection
  // Act"), it likens nothing.
  if (m.rule == "recalls" && (cue_word == "invoked"_h || cue_word == "invokes"_h) && source_has([](const TagToken& t) {
        switch (t.hash) {
          case "act"_h: case "law"_h: case "aumf"_h: case "authorization"_h: case "amendment"_h: case "clause"_h:
          case "statute"_h: case "privilege"_h: case "provision"_h: case "powers"_h:
            return true;
          default:
            return false;
        }
      })) {
    return false;
  }
  // A verb with no object names no past thing: "the racism Barack Obama evoked among that crowd, which was why
  // he based his aborted 2012 run on birtherism" (the noun takes one: "parallels with 1996").
  if (m.rule == "recalls" && sb < se && cue_word != "parallels"_h && cue_word != "paralleled"_h) {
    switch (toks[sb].hash) {
      case "among"_h: case "from"_h: case "at"_h: case "during"_h: case "on"_h: case "with"_h: case "when"_h:
        return false;
      default:
        break;
    }
  }
  // ... or before an earlier deal of the same kind, unnamed: "The deal resembles a pact that Ryan himself put
  // together two years ago" (an agreement like an earlier one: data/eval/README.md, none), not "resembles the
  // Munich pact".
  if (textual && se > sb + 1 && (toks[sb].hash == "a"_h || toks[sb].hash == "an"_h)) {
    switch (toks[sb + 1].hash) {
      case "pact"_h: case "deal"_h: case "agreement"_h: case "compromise"_h: case "budget"_h: case "plan"_h:
      case "proposal"_h: case "measure"_h: case "bill"_h: case "package"_h:
        return false;
      default:
        break;
    }
  }
  // "Much as Cruz is notorious for his scorched-earth Tea Party tactics, the Journal would have us believe ...":
  // a clause in the present likens two present things; only a year would date the first.
  if (m.rule == "like" && year == 0 && men && (cue_word == "much"_h || cue_word == "just"_h)) {
    for (std::uint32_t k = sb; k < men->first; ++k) {
      const std::uint64_t w = toks[k].hash;
      if (w == "is"_h || w == "are"_h || w == "'s"_h || w == "'re"_h || w == "has"_h || w == "have"_h) return false;
    }
  }
  // "Gohmert repeats this claim, despite it having been debunked in 2013", "a repeat of his claim that Russian
  // interference in the 2016 election was made up": words said again, no past event.
  if ((m.rule == "repeat_past" || m.rule == "replay_of") && sb < se) {
    std::uint32_t k = sb;
    if (k + 1 < se && toks[k].has(lex::kStop)) ++k;  // this, the, his, her, their
    switch (toks[k].hash) {
      case "claim"_h: case "claims"_h: case "statement"_h: case "lie"_h: case "lies"_h: case "accusation"_h:
      case "accusations"_h: case "charge"_h: case "allegation"_h: case "allegations"_h: case "assertion"_h:
      case "argument"_h: case "question"_h: case "promise"_h: case "pledge"_h: case "mantra"_h: case "slogan"_h:
      case "warning"_h: case "call"_h: case "comment"_h: case "comments"_h: case "remarks"_h: case "phrase"_h:
        return false;
      default:
        break;
    }
  }
  // "as we look at what did and didn't work in the 1990s": "did" is the verb of another clause.
  if (m.rule == "as_did" && toks[index(m.end[g::cue]) - 2].hash == "what"_h) return false;
  // "who as a staffer experienced harassment on Capitol Hill in the 1970s": "as" gives a role, not a likeness.
  if (m.rule == "as_did" && (toks[cue_at + 1].hash == "a"_h || toks[cue_at + 1].hash == "an"_h)) return false;
  // "Like others in Clinton's 2008 brain trust, Wolfson said ...": one of a group, not a likening.
  if (m.rule == "like" && cue_word == "like"_h) {
    switch (toks[sb].hash) {
      case "others"_h: case "other"_h: case "many"_h: case "most"_h: case "some"_h: case "fellow"_h:
        return false;
      default:
        break;
    }
  }
  // "like whether the Ukrainians helped the Democrats during the 2016 election": an example of a question.
  if (m.rule == "like" && cue_word == "like"_h && toks[sb].hash == "whether"_h) return false;
  // A caption: "polluters, like the Valero Benicia oil Refinery seen here on July 12, 2017".
  for (std::uint32_t i = sb; i + 1 < se; ++i) {
    if (weak && toks[i].hash == "seen"_h && toks[i + 1].hash == "here"_h) return false;
  }
  // After "History offers a warning:", "We have seen this movie before:": the subject of the clause that
  // follows is the past thing when it is dated ("in 2005, a White House push to privatize Social Security
  // collapsed", "Britain and France in the 1930s spent years hoping") or names a known event; the verb ends it.
  std::uint32_t np_b = sb, np_e = sb;
  bool dated_np = false;
  // Only where a new clause tells the past episode; "the last time X was in 2001, when 51 were ejected" and "at
  // this point in 2009, the administration had" date a comparison, their "when" clause only describes it.
  const bool told_after = m.rule == "seen_this_before" || m.rule == "history_offers" || m.rule == "history_lesson";
  if (after_year && told_after) {
    std::uint32_t i = sb;
    while (i < se && (toks[i].kind == TokenKind::punctuation || toks[i].kind == TokenKind::dash)) ++i;
    if (i < se && (toks[i].is(detail::kYear | detail::kDecade) ||
                   (toks[i].hash == "in"_h && i + 1 < se && toks[i + 1].is(detail::kYear | detail::kDecade)))) {
      i += toks[i].hash == "in"_h ? 2 : 1;
      // "in 2005, a push ...", "in 1983, when the commission's package ..." (not "in 2008 the press was").
      dated_np = i < se && (toks[i].kind == TokenKind::punctuation || toks[i].hash == "when"_h);
      while (i < se && (toks[i].kind == TokenKind::punctuation || toks[i].hash == "when"_h)) ++i;
    }
    std::uint32_t k = i;
    while (k < se && k < i + 12) {
      const TagToken& t = toks[k];
      if (t.kind == TokenKind::punctuation || t.kind == TokenKind::dash) break;
      const std::string_view r = t.raw();
      if (k > i && (t.has(lex::kCopula | lex::kPastVerb | lex::kReportVerb | lex::kStrongModal | lex::kWeakModal) ||
                    (t.is(detail::kLowercase) && r.size() > 4 && r.ends_with("ed")))) {
        break;
      }
      ++k;
    }
    if (k > i && k < se) {  // a verb or break ended it
      np_b = i;
      np_e = k;
      for (std::uint32_t j = i; j < k; ++j) dated_np |= j == year_at;
      if (men && men->first >= i && men->last <= k) dated_np = true;
    }
  }
  if (after_year && dated_np && np_e > np_b) {
    sb = np_b;
    se = np_e;
  } else if (after_year) {
    // "At this time in 2008 the press was obsessed over the so-called PUMA movement ...": the source is the
    // event named after the year, else the rest of the clause.
    if (men) {
      sb = men->first;
      se = men->last;
    } else if (year_at != kNone) {
      sb = year_at;
      std::uint32_t k = sb + 1;
      while (k < se && k < sb + 10 && toks[k].kind != TokenKind::punctuation) ++k;
      se = k;
    }
  } else if (year_at != kNone && year_at > sb && toks[year_at - 1].hash == "in"_h && year_at + 1 < se) {
    se = year_at + 1;
  }
  if (year == 0 && men) {
    const GazetteerEntry& e = gazetteer->entry(static_cast<std::size_t>(men->entry));
    // A named event that is not over yet is the present ("a pandemic like COVID-19" in 2020).
    const std::int32_t last = std::max(e.year, e.end_year);
    if (explicit_past ? last >= doc_year : last > doc_year - 2) return false;
    year = e.kind == EventKind::election ? e.end_year : e.year;  // a campaign is known by its election year
    decade = false;
    if (e.kind == EventKind::figure && !m.has(g::source)) return false;
    // A figure's year is when they rose; a generation on, they belong to history ("another Churchill dam":
    // the name only modifies).
    if (e.kind == EventKind::figure && (e.year > doc_year - 20 || modifies_noun(*men))) return false;
  }
  se = end_of_past_thing(sb, se, year_at, men);
  if (men) u.gazetteer_entry = men->entry;
  u.type = UnitType::analogy;
  u.sentence = s;
  u.span = sentence_span(s);
  u.rule = m.rule;
  u.cue = span(index(m.begin[g::cue]), index(m.end[g::cue]));
  u.source = span(sb, se);
  u.year = year;
  u.decade = decade;
  u.use = analogy_use(h);
  const std::uint32_t cue_end = index(m.end[g::cue]);
  if (m.flags & g::kYearBefore) {
    u.target = span(cue_at + 1, cue_end - 2);  // "Iran" of "as Iran is now"
  } else if (m.rule == "compared_to" && sb >= cue_end && cue_end > cue_at + 2) {
    // "Trump compared the impeachment process to the Salem witch trials", "comparisons of Trump to Hitler": the
    // thing compared is the verb's object or the noun's "of", not the subject, who speaks.
    std::uint32_t ob = cue_at + 1, oe = cue_end - 1;
    const std::uint64_t marker = toks[cue_at].hash;
    const bool noun = marker == "comparison"_h || marker == "comparisons"_h || marker == "analogy"_h ||
                      marker == "analogies"_h || marker == "parallel"_h || marker == "parallels"_h;
    if (noun && toks[ob].hash == "of"_h) ++ob;
    while (oe > ob && ly_adverb(toks[oe - 1])) --oe;  // "compared the campaign favorably with"
    // A pronoun ("compare it to the Berlin Wall") stays: it is what the text compares, the subject is not.
    if ((!noun || ob > cue_at + 1) && oe > ob) u.target = span(ob, oe);
  } else if (!(m.flags & (g::kBackwardTarget | g::kNameBefore)) && !after_year) {
    u.target = backward_target(s, index(m.begin[g::cue]));
  }
  return true;
}

// The end of an analogy's past thing, tokens [sb, se): its noun phrase ends where a verb or a second
// alternative follows the year or name that dates it ("the 1960s civil rights movement joined forces to ...",
// "1992 is striking", "the Spanish Civil War shaped combat ...", "the 9/11 investigations rather than anything
// prosecutorial", "2010 partly because ..."): the predicate says what the past thing did, it is no part of it.
std::uint32_t Tagger::Impl::end_of_past_thing(std::uint32_t sb, std::uint32_t se, std::uint32_t year_at,
                                              const Mention* men) const {
  // Just past the year and just past the name, earlier first.
  std::uint32_t anchors[2] = {kNone, kNone};
  if (year_at != kNone && year_at >= sb && year_at < se) anchors[0] = year_at + 1;
  if (men && men->first >= sb && men->last <= se) anchors[1] = men->last;
  if (anchors[1] < anchors[0]) std::swap(anchors[0], anchors[1]);
  for (const std::uint32_t anchor : anchors) {
    if (anchor == kNone) break;
    // A clause around the name has its own verb ("what Oliver North did at the end of ...", "the moonshot that
    // Kennedy proposed in the 1960s", "feared that free silver would ..."): it is left whole.
    for (std::uint32_t k = sb; k < anchor; ++k) {
      const TagToken& t = toks[k];
      switch (t.hash) {
        case "that"_h: case "what"_h: case "which"_h: case "who"_h: case "whom"_h:
          return se;
        default:
          break;
      }
      if (verb_form(t) || (t.is(detail::kLowercase) && t.raw().ends_with("ing"))) return se;
    }
    // The nouns of the phrase go on after a year ("the 1973 oil embargo").
    std::uint32_t k = anchor;
    while (k < se && k < anchor + 4 && toks[k].kind == TokenKind::word && toks[k].is(detail::kLowercase) &&
           !verb_form(toks[k]) && !toks[k].has(lex::kStop) && !is_preposition(toks[k].hash) &&
           !ly_adverb(toks[k]) && toks[k].hash != "rather"_h && toks[k].hash != "because"_h) {
      ++k;
    }
    const std::uint32_t np_end = k;
    if (k + 1 < se && ly_adverb(toks[k])) ++k;  // "partly because"
    if (k >= se) return se;
    const TagToken& t = toks[k];
    const bool verb = verb_form(t) && !(t.flags & Token::clitic);  // not the possessive "'s"
    const bool alternative = t.hash == "rather"_h && k + 1 < se && toks[k + 1].hash == "than"_h;
    // A year later in the clause dates the episode it tells ("Obama did in 2009", "Newt Gingrich was forced
    // out in January 1999"): the clause is the past thing.
    bool dated_later = false;
    for (std::uint32_t j = k; j < se && !dated_later; ++j) dated_later = toks[j].is(detail::kYear | detail::kDecade);
    if ((verb || alternative || t.hash == "because"_h) && !dated_later) return np_end;
  }
  return se;
}

// Does the subject at `subject` ("I", "we") take a stance: believe, support, oppose, want, or commit ("will",
// "'m going to")? A few adverbs and auxiliaries may come between ("I strongly believe", "we do not support").
bool Tagger::Impl::own_stance_after(std::uint32_t subject, std::uint32_t end) const {
  // "I want to say", "we're going to move on", "I'll ask": the speaker manages the talk, takes no stance.
  auto talk_act = [&](std::uint32_t k) {
    if (k < end && toks[k].hash == "to"_h) ++k;
    if (k >= end) return false;
    // "I'll give you an example" manages the talk; "I'm going to give you a tax cut" promises.
    if (toks[k].hash == "give"_h) {
      for (std::uint32_t j = k + 1; j < end && j <= k + 4; ++j) {
        const std::uint64_t h = toks[j].hash;
        if (h == "example"_h || h == "answer"_h || h == "instance"_h || h == "idea"_h || h == "sense"_h ||
            h == "credit"_h || h == "chance"_h || h == "minute"_h || h == "second"_h) {
          return true;
        }
      }
      return false;
    }
    if (next_in_the_talk(toks, k, end)) return true;
    switch (toks[k].hash) {
      case "say"_h: case "talk"_h: case "point"_h: case "ask"_h: case "tell"_h: case "mention"_h:
      case "add"_h: case "respond"_h: case "thank"_h: case "congratulate"_h: case "move"_h: case "pass"_h:
      case "start"_h: case "begin"_h: case "come"_h: case "turn"_h: case "go"_h: case "answer"_h: case "read"_h:
      case "hear"_h: case "let"_h: case "welcome"_h:
        return true;
      default:
        return false;
    }
  };
  for (std::uint32_t i = subject + 1; i < end && i <= subject + 3; ++i) {
    switch (toks[i].hash) {
      case "think"_h: case "believe"_h: case "support"_h: case "oppose"_h: case "favor"_h: case "favour"_h:
      case "intend"_h: case "propose"_h: case "promise"_h: case "reject"_h: case "disagree"_h: case "agree"_h:
      case "assure"_h: case "respect"_h: case "care"_h: case "resent"_h: case "doubt"_h: case "fear"_h:
      case "hope"_h: case "trust"_h: case "regret"_h: case "condemn"_h: case "applaud"_h: case "commend"_h:
      case "insist"_h: case "suggest"_h:
        return true;
      case "see"_h:
        // "I see it as a human-rights issue"
        return i + 2 < end && (toks[i + 1].hash == "it"_h || toks[i + 1].hash == "this"_h || toks[i + 1].hash == "that"_h) &&
               toks[i + 2].hash == "as"_h;
      case "have"_h: case "'ve"_h:
        // "I have a plan to put people back to work"
        return i + 2 < end && toks[i + 1].hash == "a"_h &&
               (toks[i + 2].hash == "plan"_h || toks[i + 2].hash == "proposal"_h);
      case "want"_h: case "will"_h: case "'ll"_h:
        return !talk_act(i + 1);
      case "going"_h:
        return i + 1 < end && toks[i + 1].hash == "to"_h && !talk_act(i + 1);
      case "am"_h: case "'m"_h: case "are"_h: case "'re"_h: {
        // "I'm convinced", "we are confident", "I'm for clean water", "we are not for more tax cuts"
        std::uint32_t k = i + 1;
        if (k < end && toks[k].hash == "not"_h) ++k;
        if (k < end && (toks[k].hash == "convinced"_h || toks[k].hash == "confident"_h || toks[k].hash == "for"_h ||
                        toks[k].hash == "against"_h || toks[k].hash == "right"_h || toks[k].hash == "wrong"_h ||
                        toks[k].hash == "correct"_h)) {
          return true;
        }
        continue;
      }
      case "do"_h: case "don't"_h: case "n't"_h: case "not"_h: case "also"_h: case "really"_h: case "strongly"_h:
      case "still"_h: case "firmly"_h: case "truly"_h: case "simply"_h: case "would"_h: case "'d"_h:
      case "absolutely"_h: case "completely"_h: case "certainly"_h: case "just"_h: case "totally"_h:
      case "deeply"_h: case "personally"_h: case "honestly"_h: case "sincerely"_h:
        continue;
      default:
        return false;
    }
  }
  return false;
}

namespace {

// Words for a measured quantity: a sentence or a marker near them sets figures side by side.
bool measure_word(std::uint64_t h) {
  switch (h) {
    case "turnout"_h: case "rate"_h: case "rates"_h: case "level"_h: case "levels"_h: case "record"_h:
    case "total"_h: case "totals"_h: case "figures"_h: case "numbers"_h: case "margin"_h: case "data"_h:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Does the sentence give a figure: a number, a percentage, money, or a word for a measured quantity?
bool Tagger::Impl::measures_quantity(std::uint32_t s) const {
  const SentenceState& st = sents[s];
  if (st.big_number || st.percent || st.money || st.plain_numbers > 0) return true;
  for (std::uint32_t i = st.first; i < st.end; ++i) {
    if (measure_word(toks[i].hash)) return true;
    // "the youth share of the vote" (not "with whom I share the podcast").
    if (toks[i].hash == "share"_h && i + 1 < st.end && toks[i + 1].hash == "of"_h) return true;
  }
  return false;
}

bool Tagger::Impl::figure_near(std::uint32_t s, std::uint32_t at) const {
  const std::uint32_t b = std::max(sents[s].first, at > 8 ? at - 8 : 0), e = std::min(sents[s].end, at + 12);
  for (std::uint32_t i = b; i < e; ++i) {
    const TagToken& t = toks[i];
    if (t.kind == TokenKind::number && !t.is(detail::kYear | detail::kDecade) && t.raw().back() != 's') {
      // A day of a month is a date ("Sept. 11", "March 3"), not a figure.
      const TagToken& prev = toks[i > 0 ? i - 1 : 0];
      const bool day = t.size <= 2 && i > 0 && prev.is(detail::kCapitalized) &&
                       (prev.has(lex::kTimeWord) || prev.raw().back() == '.');
      if (!day) return true;
    }
    // "the same turnout among black voters as in 2008"; near the marker a rating, an income or a lead is
    // measured too ("approval ratings very similar to those of George W. Bush in September 2006", "median income
    // roughly the same as it was in 2000", "the lead is similar to Democrats' advantage in 2006"), though anywhere
    // in a sentence such a word may belong to another clause.
    if (t.hash == "percent"_h || measure_word(t.hash)) return true;
    switch (t.hash) {
      case "rating"_h: case "ratings"_h: case "income"_h: case "incomes"_h: case "wages"_h: case "unemployment"_h:
      case "deficit"_h: case "debt"_h: case "prices"_h: case "advantage"_h: case "lead"_h: case "gap"_h:
      case "numbers"_h: case "polls"_h: case "polling"_h: case "readings"_h: case "reading"_h:
        return true;
      default:
        break;
    }
    if (t.kind == TokenKind::symbol && (t.text[0] == '%' || t.text[0] == '$')) return true;
  }
  return false;
}

bool Tagger::Impl::precedent_unit(const Hit& h, Unit& u) {
  const Match& m = h.match;
  std::int32_t year = 0;
  bool decade = false;
  Span source;
  const std::uint32_t cue_first = index(m.begin[g::cue]), cue_last = index(m.end[g::cue]);
  if (toks[cue_last - 1].hash == "history"_h) {
    // "the lowest in the program's history" sets a record against a bounded past; "in human history", "in
    // American history" is an all-time superlative with no past benchmark.
    for (std::uint32_t i = cue_first; i < cue_last; ++i) {
      switch (toks[i].hash) {
        case "human"_h: case "american"_h: case "us"_h: case "u.s."_h: case "world"_h: case "recorded"_h:
        case "modern"_h: case "nation"_h: case "country"_h: case "america"_h: case "mankind"_h:
          return false;
        default:
          break;
      }
    }
  }
  // "charges against more than 30 people since Mueller was appointed": a count since then, not a record.
  if (m.rule == "than_since" && cue_first + 1 < cue_last && toks[cue_first + 1].kind == TokenKind::number) return false;
  // "the first time in five weeks", "the lowest rate in four weeks" keep a record over a short span; "the worst
  // days could hit the country in two weeks" looks ahead (a verb between).
  if (m.rule == "first_in_years") {
    const std::uint64_t unit = toks[cue_last - 1].hash;
    if (unit == "days"_h || unit == "weeks"_h || unit == "months"_h) {
      for (std::uint32_t i = cue_first + 1; i + 1 < cue_last; ++i) {
        if (verb_form(toks[i]) || toks[i].has(lex::kWeakModal | lex::kStrongModal)) return false;
      }
    }
  }
  // "higher than the 11,728 prosecutions in 2012" compares; "more than 3,000 people died in 2012" counts: a
  // comparative adjective before "than" ("higher", "bigger", "worse"), not a quantity word.
  if (m.rule == "than_figure_in_year") {
    if (cue_first == sents[h.sentence].first || toks[cue_first + 1].kind == TokenKind::number) return false;
    const TagToken& c = toks[cue_first - 1];
    bool comparative = c.hash == "worse"_h;
    if (c.is(detail::kLowercase) && c.size >= 5 && c.raw().ends_with("er")) {
      switch (c.hash) {
        case "rather"_h: case "other"_h: case "either"_h: case "neither"_h: case "whether"_h: case "never"_h:
        case "however"_h: case "under"_h: case "over"_h: case "after"_h: case "fewer"_h: case "together"_h:
        case "whatever"_h: case "number"_h: case "power"_h:
          break;
        default:
          comparative = true;
      }
    }
    if (!comparative) return false;
  }
  // "as dovish as they were in 2008": the first "as" with its degree word before ("as much", "as segregated
  // now"), not a role or a manner ("as a third-party candidate, as he was in 1968", "just as he did in 2016").
  if (m.rule == "as_then_in_year") {
    bool degree = false;
    for (std::uint32_t k = cue_first; k-- > sents[h.sentence].first && k + 10 > cue_first && !degree;) {
      if (toks[k].hash != "as"_h || k + 1 >= cue_first) continue;
      const TagToken& d = toks[k + 1];
      degree = d.is(detail::kLowercase) && !d.has(lex::kStop) && !article_or_possessive(d.hash) &&
               !(k > sents[h.sentence].first && (toks[k - 1].hash == "just"_h || toks[k - 1].hash == "such"_h));
    }
    if (!degree) return false;
  }
  // "at least since the 1830s" gives a duration's lower bound; "a top official who has since tested positive for
  // Covid-19": "since" as an adverb, before a verb, starts no record.
  if (m.rule == "superlative_since") {
    if (toks[cue_first].hash == "least"_h && cue_first > sents[h.sentence].first &&
        toks[cue_first - 1].hash == "at"_h) {
      return false;
    }
    if (cue_last < sents[h.sentence].end && verb_form(toks[cue_last]) && cue_last >= cue_first + 3) {
      const std::uint64_t aux = toks[cue_last - 2].hash;  // "has since tested", not "since enslaved Africans landed"
      if (aux == "has"_h || aux == "have"_h || aux == "had"_h) return false;
    }
  }
  if (m.rule == "superlative_since" && toks[cue_first].hash == "only"_h && cue_first + 1 < cue_last) {
    // "the only time since 1988" is a record; "have only been exacerbated since 2011" is not.
    const std::uint64_t next = toks[cue_first + 1].hash;
    if (next != "time"_h && next != "times"_h && next != "one"_h && next != "other"_h && next != "previous"_h) {
      return false;
    }
  }
  if (!(m.flags & g::kNoYear)) {
    if (!m.has(g::source)) return false;
    const std::uint32_t sb = index(m.begin[g::source]), se = index(m.end[g::source]);
    for (std::uint32_t i = sb; i < se && year == 0; ++i) {
      if (historical_year(toks[i], true)) {
        year = toks[i].year;
        decade = toks[i].is(detail::kDecade);
      }
    }
    const Mention* men = year ? nullptr : mention_in(sb, se, false);
    if (men) {
      const GazetteerEntry& e = gazetteer->entry(static_cast<std::size_t>(men->entry));
      year = e.end_year;  // "since World War II": since it ended
      u.gazetteer_entry = men->entry;
    }
    if (year == 0) {
      // "since records began", "since the end of the war"
      bool records = false;
      for (std::uint32_t i = sb; i < se; ++i) {
        records |= toks[i].hash == "records"_h || toks[i].hash == "record-keeping"_h || toks[i].hash == "war"_h;
      }
      if (!records) return false;
    }
    source = span(sb, se);
  }
  u.type = UnitType::precedent;
  u.sentence = h.sentence;
  u.span = sentence_span(h.sentence);
  u.rule = m.rule;
  u.cue = span(index(m.begin[g::cue]), index(m.end[g::cue]));
  u.source = source;
  u.year = year;
  u.decade = decade;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Decisions per sentence and across sentences, then the units.

namespace {

// Stems for content overlap: the first five bytes of a lowercase content word of four letters or more.
std::uint64_t stem(const TagToken& t) {
  char buf[5];
  std::size_t n = 0;
  for (std::uint32_t k = 0; k < t.size && n < 5; ++k) {
    char c = t.text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return 0;
    buf[n++] = c;
  }
  return n >= 4 ? detail::token_hash({buf, n}) : 0;
}

// Where a cue stands in its sentence: at the start, or after a leading clause set off by a comma
// ("As the convention nears, it's understandable that ...").
bool opens_sentence(const std::vector<TagToken>& toks, std::uint32_t s_first, std::uint32_t cue_first) {
  std::uint32_t i = s_first;
  while (i < cue_first && (toks[i].kind == TokenKind::quote || toks[i].hash == "and"_h || toks[i].hash == "but"_h ||
                           toks[i].hash == "so"_h)) {
    ++i;
  }
  if (i == cue_first) return true;
  if (cue_first - s_first > 16) return false;
  // After a leading clause only a whole clause cue counts ("..., it's understandable that"), not a parenthesis
  // ("(and, it must be said, ...)").
  if (toks[cue_first].hash != "it"_h && toks[cue_first].hash != "i"_h) return false;
  for (std::uint32_t k = s_first; k < cue_first; ++k) {
    if (toks[k].kind == TokenKind::punctuation && (toks[k].text[0] == '(' || toks[k].text[0] == '[')) return false;
  }
  return cue_first > s_first && toks[cue_first - 1].kind == TokenKind::punctuation && toks[cue_first - 1].text[0] == ',';
}

bool first_person_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  if (e > b && (toks[b].hash == "i"_h || toks[b].hash == "we"_h ||
                (toks[b].hash == "us"_h && !toks[b].is(detail::kAllCaps)))) {  // not "US leaders"
    return true;
  }
  // "some of us argued", "those of us who": the author among them.
  for (std::uint32_t k = b + 1; k < e; ++k) {
    if (toks[k - 1].hash == "of"_h && toks[k].hash == "us"_h && !toks[k].is(detail::kAllCaps)) return true;
  }
  return false;
}

bool is_preposition(std::uint64_t h) noexcept;

// A noun that can be a verb, at `at` after a singular name, names a thing: "the Senate Intelligence Committee
// report", "the Mueller report", "the Medicare question" (the verb after a singular name takes -s: "Mueller
// reports"; a plural subject may take the bare verb: "Republicans question whether ...", "Feinstein and Clinton
// claim", "They claim"). `from` is where the words before it start.
bool named_noun(const std::vector<TagToken>& toks, std::uint32_t from, std::uint32_t at) {
  switch (toks[at].hash) {
    case "report"_h: case "question"_h: case "estimate"_h: case "claim"_h: case "note"_h: case "record"_h:
    case "document"_h: case "comment"_h: case "charge"_h: case "warning"_h: case "study"_h:
      break;
    default:
      return false;
  }
  if (at <= from) return false;
  const TagToken& name = toks[at - 1];
  // ... and a determiner before a document: "The report said", "A new study found".
  const bool document = toks[at].hash == "report"_h || toks[at].hash == "study"_h ||
                        toks[at].hash == "document"_h || toks[at].hash == "estimate"_h;
  if (document && (article_or_possessive(name.hash) || name.hash == "another"_h || name.hash == "this"_h)) return true;
  if (!name.is(detail::kCapitalized) || name.has(lex::kStop) || name.raw().ends_with("s") ||
      name.has(lex::kFirstPerson) || name.hash == "they"_h || name.hash == "you"_h) {
    return false;
  }
  for (std::uint32_t k = from; k < at; ++k) {
    if (toks[k].hash == "and"_h || toks[k].hash == "&"_h) return false;
  }
  return true;
}

// A holder and cue that report nothing: "All told, the government collected ..." (in total); "employers added
// 23,000 temporary workers", "Congress wrote this law", "pushed through the bill" (acts with an object, not
// "said"); "listed several demands", "repeated several other claims" (after a plural quantifier a verb takes no
// -s: "several say"); a holder that is a time ("filed briefs several years ago arguing", "late Thursday saying")
// or opens with a preposition ("an urgent alert to its members warning them"); a passive participle ("people
// accused of a crime"); half of a hyphenated word ("the all-important question").
bool reports_nothing(const std::vector<TagToken>& toks, std::uint32_t holder_b, std::uint32_t holder_e,
                     std::uint32_t cue_b, std::uint32_t cue_e, std::uint32_t end) {
  const TagToken& cue = toks[cue_b];
  // A passive participle after its noun: "people charged with misdemeanors", "people never convicted or even
  // accused of a crime" (the active takes an object first: "Critics accused him of lying").
  if (cue_e < end && (toks[cue_e].hash == "of"_h || toks[cue_e].hash == "with"_h)) {
    switch (toks[cue_e - 1].hash) {
      case "accused"_h: case "charged"_h: case "suspected"_h: case "convicted"_h:
        return true;
      default:
        break;
    }
  }
  // A plural noun that can be a verb, after a noun and before no object, names a thing: "based on court
  // documents, ...", "police reports show".
  if (noun_or_verb(cue.hash) && holder_e > holder_b && cue_b == holder_e) {
    const TagToken& noun = toks[holder_e - 1];  // "court" in "court documents", not "the paper reports"
    // ... nor "the research firm estimates": a plain noun phrase led by a determiner is a speaker.
    bool phrase = article_or_possessive(toks[holder_b].hash);
    for (std::uint32_t k = holder_b + 1; k < holder_e && phrase; ++k) {
      phrase = !verb_form(toks[k]) && !is_preposition(toks[k].hash) && toks[k].hash != "as"_h;
    }
    const bool bare = (noun.is(detail::kLowercase) || noun.has(lex::kExpert | lex::kGroup)) &&
                      !noun.has(lex::kFirstPerson) && noun.hash != "he"_h && noun.hash != "she"_h &&
                      noun.hash != "they"_h && noun.hash != "it"_h && !phrase;
    if (bare && (cue_e >= end || toks[cue_e].kind == TokenKind::punctuation || verb_form(toks[cue_e]) ||
                 toks[cue_e].has(lex::kReportVerb | lex::kFindingVerb))) {
      return true;
    }
  }
  if (holder_e > holder_b && cue_b == holder_e && named_noun(toks, holder_b, cue_b)) return true;
  // A cue right after a preposition is a noun ("leaders aghast over fears of ethnic cleansing", "amid
  // concerns"), unless a gerund ("responded by arguing that ...") or a past form after a relative clause's
  // preposition ("several families CNN spoke with said").
  if (cue_b > holder_b && cue_b > 0 && is_preposition(toks[cue_b - 1].hash) && !cue.raw().ends_with("ing") &&
      !past_verb(cue)) {
    switch (toks[cue_b - 1].hash) {
      case "over"_h: case "amid"_h: case "of"_h: case "about"_h: case "despite"_h: case "with"_h: case "from"_h:
      case "for"_h: case "in"_h: case "on"_h: case "at"_h: case "against"_h: case "among"_h: case "without"_h:
        return true;
      default:
        break;
    }
  }
  // A word before the cue that makes it a noun: "people with strong claims", "people whose claims do not meet
  // the standard", "such concerns" (any cue); "lodging this claim of corrupting elections", "a lesser claim on
  // citizenship", "The big question: Why?", "the key question is" (a cue that can be a noun).
  // (not a surname: "AshLee Strong told")
  const bool surname = cue_b >= 2 && toks[cue_b - 1].is(detail::kCapitalized) && toks[cue_b - 2].is(detail::kCapitalized);
  if (cue_b > 0 && !surname) {
    const bool noun_cue = noun_or_verb(cue.hash) || cue.hash == "claim"_h || cue.hash == "report"_h ||
                          cue.hash == "charge"_h || cue.hash == "question"_h || cue.hash == "questions"_h ||
                          cue.hash == "charges"_h || cue.hash == "warning"_h || cue.hash == "warnings"_h;
    switch (toks[cue_b - 1].hash) {
      case "whose"_h: case "strong"_h: case "weak"_h: case "false"_h: case "legitimate"_h: case "valid"_h:
      case "credible"_h: case "frivolous"_h: case "competing"_h: case "similar"_h: case "such"_h:
        return true;
      case "this"_h: case "these"_h: case "lesser"_h: case "greater"_h: case "rightful"_h: case "dubious"_h:
      case "bogus"_h: case "unfounded"_h: case "baseless"_h: case "big"_h: case "bigger"_h: case "biggest"_h:
      case "key"_h: case "central"_h: case "real"_h: case "main"_h: case "open"_h: case "larger"_h:
      case "important"_h: case "obvious"_h: case "fundamental"_h: case "unanswered"_h: case "lingering"_h:
      case "remaining"_h: case "serious"_h: case "tough"_h: case "broader"_h: case "underlying"_h: case "same"_h:
        if (noun_cue) return true;
        break;
      default:
        break;
    }
  }
  // "No serious economist has confirmed this prediction": the author says that nobody reports it.
  if (holder_e > holder_b && (toks[holder_b].hash == "no"_h || toks[holder_b].hash == "nobody"_h)) return true;
  // "Having said that, ...": the author turns, nobody reports.
  if (holder_e == holder_b + 1 && toks[holder_b].hash == "having"_h) return true;
  // Half of a hyphenated word is no quantifier: "the all-important question".
  if (holder_b + 1 < holder_e && toks[holder_b].has(lex::kQuantifier) && toks[holder_b + 1].kind == TokenKind::dash &&
      toks[holder_b].text + toks[holder_b].size == toks[holder_b + 1].text) {
    return true;
  }
  if (holder_e == holder_b + 1 && toks[holder_b].hash == "all"_h && cue.hash == "told"_h) {
    const std::uint64_t next = cue_e < end ? toks[cue_e].hash : 0;  // "and all told us they were treated well"
    if (next != "us"_h && next != "me"_h && next != "him"_h && next != "her"_h && next != "them"_h && next != "you"_h) {
      return true;
    }
  }
  if ((cue.hash == "added"_h || cue.hash == "adds"_h || cue.hash == "add"_h || cue.hash == "adding"_h) && cue_e < end) {
    const TagToken& next = toks[cue_e];
    if (next.kind == TokenKind::number || next.kind == TokenKind::symbol || article_or_possessive(next.hash)) {
      return true;
    }
    switch (next.hash) {
      case "another"_h: case "more"_h: case "new"_h: case "some"_h: case "hundreds"_h: case "thousands"_h:
      case "millions"_h: case "billions"_h: case "dozens"_h:
        return true;
      default:
        break;
    }
    // ... or a content word: "added sexual orientation language to a rule", "added jobs" (not "added that",
    // "added he would", "added in a statement", "added later").
    if (next.is(detail::kLowercase) && !next.has(lex::kStop) && !is_preposition(next.hash) && !ly_adverb(next) &&
        next.hash != "later"_h && next.hash != "also"_h) {
      return true;
    }
  }
  // A participle pointing within the text: "the homeowners described above", "the study cited below" (not "said
  // earlier Sunday").
  if (cue_e < end && (toks[cue_e].hash == "above"_h || toks[cue_e].hash == "below"_h)) {
    switch (cue.hash) {  // not "She said above all else, ..."
      case "described"_h: case "mentioned"_h: case "noted"_h: case "cited"_h: case "discussed"_h:
      case "outlined"_h: case "listed"_h: case "quoted"_h: case "shown"_h:
        return true;
      default:
        break;
    }
  }
  // A participle after its noun: "other parents charged in the cheating scheme were indicted".
  if (cue_e < end && toks[cue_e].hash == "in"_h &&
      (cue.hash == "charged"_h || cue.hash == "accused"_h || cue.hash == "convicted"_h || cue.hash == "suspected"_h)) {
    return true;
  }
  // "Congress wrote this law", "Thomas wrote a separate dissent" (not "wrote that", "wrote in a letter that",
  // "wrote a letter to Mr Barr saying", "wrote a blunt memo to Rice criticizing"): an object, no report after it.
  const std::uint64_t object = cue_e < end ? toks[cue_e].hash : 0;
  if ((cue.hash == "wrote"_h || cue.hash == "writes"_h || cue.hash == "write"_h) && cue_e + 1 < end &&
      (article_or_possessive(object) || object == "this"_h || object == "these"_h || object == "those"_h)) {
    bool report = false;
    for (std::uint32_t k = cue_e + 1; k < end && k < cue_e + 16 && !report; ++k) {
      const TagToken& t = toks[k];
      report = t.hash == "that"_h || t.kind == TokenKind::quote || is_punct(t, ':') || t.has(lex::kReportVerb) ||
               (t.is(detail::kLowercase) && t.size > 4 && t.raw().ends_with("ing"));
    }
    if (!report) return true;
  }
  // "pushed off the final decision", "pushed through the bill" (not "pushed back", "pushed for").
  if ((cue.hash == "pushed"_h || cue.hash == "push"_h || cue.hash == "pushes"_h || cue.hash == "pushing"_h) &&
      cue_e < end) {
    const std::uint64_t next = toks[cue_e].hash;
    if (next == "off"_h || next == "through"_h || next == "aside"_h || next == "ahead"_h || next == "out"_h) return true;
  }
  // A passive ("one of the few women believed to be on the short list", "officials said to have known") and an
  // adjective ("people with alleged genetic disorders", "the alleged scheme"): the holder holds nothing.
  if (cue_e + 1 < end && toks[cue_e].hash == "to"_h &&
      (toks[cue_e + 1].hash == "be"_h || toks[cue_e + 1].hash == "have"_h)) {
    switch (cue.hash) {
      case "believed"_h: case "thought"_h: case "said"_h: case "alleged"_h: case "reported"_h: case "rumored"_h:
      case "expected"_h: case "known"_h: case "considered"_h: case "understood"_h: case "feared"_h:
        return true;
      default:
        break;
    }
  }
  // "it's supposed to be working": "supposed to" is "should".
  if (cue.hash == "supposed"_h && cue_e < end && toks[cue_e].hash == "to"_h) return true;
  if (cue.hash == "alleged"_h && cue_b > 0 && cue_e < end && toks[cue_e].is(detail::kLowercase) &&
      toks[cue_e].hash != "that"_h) {
    const std::uint64_t before = toks[cue_b - 1].hash;  // not "The administration has alleged a campaign"
    if (is_preposition(before) || article_or_possessive(before)) return true;
  }
  if (holder_e <= holder_b) return false;
  if (toks[holder_e - 1].hash == "ago"_h) return true;
  // A day or a month ("a statement late Thursday saying"), or a phrase after a preposition ("an urgent alert to
  // its members warning them"): the holder is elsewhere.
  const TagToken& last = toks[holder_e - 1];
  if (last.has(lex::kTimeWord) && last.is(detail::kCapitalized) && holder_e - holder_b <= 2) return true;
  // (A subordinator before a holder is the caller's to take off: "After The AP reported" holds "The AP".)
  const std::uint64_t first = toks[holder_b].hash;
  const bool at_least = first == "at"_h && holder_b + 1 < holder_e &&
                        (toks[holder_b + 1].hash == "least"_h || toks[holder_b + 1].hash == "most"_h);  // a count
  if ((is_preposition(first) || first == "to"_h) && !at_least) return true;
  if (cue_e == cue_b + 1 && cue.is(detail::kLowercase) && cue.size > 3 && cue.text[cue.size - 1] == 's') {
    switch (toks[holder_e - 1].hash) {
      case "several"_h: case "many"_h: case "some"_h: case "few"_h: case "most"_h: case "all"_h: case "both"_h:
      case "numerous"_h: case "various"_h: case "countless"_h: case "other"_h: case "these"_h: case "those"_h:
        return true;
      default:
        break;
    }
  }
  return false;
}

// A holder is a noun phrase; one with a verb inside is a clause: "whether the Trump administration can add a
// citizenship [question]", "the former classmate whose sexual misconduct [claim]" (a relative clause), "Lean,
// finely textured beef as the industry [wanted to call it]"; for a holder looked back from its verb, also a
// perfect, "ISIS has metastasized into something many [predicted]" (a grammar's holder may run on into the
// verb's own words: "Some opponents have expressed [fears]").
bool clause_in_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e, bool looked_back) {
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    const TagToken& t = toks[k];
    if (!t.is(detail::kLowercase) || (t.flags & Token::clitic)) continue;
    // A relative clause after the head has verbs of its own: "A Massachusetts official who worked for him while
    // he was governor described".
    if (t.hash == "who"_h || t.hash == "which"_h || t.hash == "that"_h) break;
    if (t.has(lex::kStrongModal | lex::kWeakModal | lex::kCopula) || t.hash == "whose"_h || t.hash == "as"_h) {
      return true;
    }
    if (looked_back && (t.hash == "has"_h || t.hash == "have"_h || t.hash == "had"_h) && past_verb(toks[k + 1])) {
      return true;
    }
  }
  return false;
}

// The holder's noun phrase as written, from a grammar match that starts at its head noun and may run on: the
// modifiers before the head ("Progressive advocates", "the mayor's allies", "Federal health officials") are
// taken in up to a determiner, and words that belong to the verb ("also", "have long") or a trailing date
// ("in 1988") are left out.
// A preposition that may open a phrase inside or before a holder (not "to": "to appease donors").
bool is_preposition(std::uint64_t h) noexcept {
  switch (h) {
    case "about"_h: case "against"_h: case "after"_h: case "amid"_h: case "among"_h: case "before"_h:
    case "during"_h: case "for"_h: case "from"_h: case "like"_h: case "over"_h: case "since"_h: case "than"_h:
    case "through"_h: case "toward"_h: case "towards"_h: case "under"_h: case "until"_h: case "upon"_h:
    case "while"_h: case "with"_h: case "within"_h: case "without"_h: case "via"_h: case "despite"_h:
    case "of"_h: case "in"_h: case "on"_h: case "at"_h: case "by"_h: case "across"_h: case "between"_h:
    case "behind"_h: case "beyond"_h:
      return true;
    default:
      return false;
  }
}

void refine_holder(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t& b, std::uint32_t& e) {
  while (e > b + 1 && verb_word(toks, e - 1)) --e;
  if (e > b + 2 && toks[e - 1].is(detail::kYear) && toks[e - 2].hash == "in"_h) e -= 2;
  // Left: only when the match starts at a noun (not at a determiner or quantifier of its own). Lowercase words
  // may be modifiers ("administration officials") or a verb and its object ("appease everyone"): they are
  // taken only when the phrase then reaches a determiner, the sentence start or a break before it.
  if (toks[b].has(lex::kStop | lex::kQuantifier)) return;
  auto modifier = [&](const TagToken& t) {
    if (t.kind != TokenKind::word ||
        t.has(lex::kStop | lex::kReportVerb | lex::kTimeWord | lex::kNegation | lex::kContrast) ||  // "Yet Democrats"
        is_preposition(t.hash)) {
      return false;
    }
    const std::string_view r = t.raw();  // "Family members told" (not "Recently officials said")
    return !(r.ends_with("ly") && !ly_noun(t.hash)) && !(r.ends_with("ing") && !t.is(detail::kCapitalized));
  };
  auto determiner = [](std::uint64_t h) {
    switch (h) {
      case "the"_h: case "a"_h: case "an"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
      case "our"_h: case "some"_h: case "many"_h: case "most"_h: case "several"_h: case "these"_h: case "those"_h:
        return true;
      default:
        return false;
    }
  };
  for (const bool capitalized_only : {false, true}) {
    std::uint32_t nb = b;
    bool closed = false;
    for (int taken = 0; nb > first && taken < 4; ++taken) {
      const TagToken& t = toks[nb - 1];
      if (t.hash == "'s"_h && nb - 1 > first && toks[nb - 2].kind == TokenKind::word &&  // "’s" hashes as "'s"
          (!capitalized_only || toks[nb - 2].is(detail::kCapitalized))) {
        nb -= 2;  // "the mayor's allies": the possessor comes along
        continue;
      }
      if (determiner(t.hash)) {
        --nb;  // a determiner closes the phrase
        closed = true;
        break;
      }
      if (!modifier(t) || (capitalized_only && !t.is(detail::kCapitalized))) break;
      --nb;
    }
    const TagToken* before = nb > first ? &toks[nb - 1] : nullptr;
    const bool at_break = !before || before->kind == TokenKind::punctuation || before->kind == TokenKind::quote ||
                          before->kind == TokenKind::dash || before->hash == "and"_h || before->has(lex::kContrast) ||
                          before->hash == "or"_h || is_preposition(before->hash);
    if (capitalized_only || closed || at_break) {
      b = nb;
      return;
    }
  }
}

enum class HolderKind { none, opposition, group, expert, evidence, named, other };

// Who holds an attributed statement, from the words of the holder.
HolderKind classify_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  if (e <= b) return HolderKind::none;
  switch (toks[b].hash) {
    case "i"_h: case "we"_h: case "it"_h: case "this"_h: case "that"_h: case "nobody"_h: case "no"_h:
    case "everyone"_h: case "you"_h:
      if (e - b == 1) return HolderKind::none;
      break;
    case "he"_h: case "she"_h: case "they"_h:
      // A third person reports what someone said ("He said the plan would fail"): the one named before.
      if (e - b == 1) return HolderKind::other;
      break;
    default:
      break;
  }
  bool opposition = false, group = false, expert = false, evidence = false, capitalized = false;
  for (std::uint32_t i = b; i < e; ++i) {
    const std::uint64_t h = toks[i].hash;
    (void)h;
    opposition |= toks[i].has(lex::kOpposition);
    group |= toks[i].has(lex::kGroup | lex::kQuantifier);
    // A source's word as a modifier of a group's is the group: "the police union".
    expert |= toks[i].has(lex::kExpert) &&
              !(i + 1 < e && toks[i + 1].has(lex::kGroup) && !toks[i + 1].has(lex::kExpert));
    evidence |= toks[i].has(lex::kEvidenceNoun);
    capitalized |= toks[i].is(detail::kCapitalized) && i > b;
  }
  if (opposition) return HolderKind::opposition;
  if (evidence && !capitalized) return HolderKind::evidence;
  if (expert) return HolderKind::expert;
  if (group) return HolderKind::group;
  if (capitalized || toks[b].is(detail::kCapitalized)) return HolderKind::named;
  return HolderKind::other;
}

}  // namespace

// "..., says the BBC's Will Grant." / '...," said Sen. John Cornyn, R-Texas.': a reporting verb after a comma or
// a closing quotation mark, then its speaker up to the sentence's end (an apposition or "in an interview" may
// follow after a comma or a preposition). The speaker is a name or a determiner's noun phrase with no verb.
bool Tagger::Impl::inverted_speech_tag(std::uint32_t s, std::uint32_t verb, std::uint32_t& holder_b,
                                       std::uint32_t& holder_e) const {
  const SentenceState& st = sents[s];
  if (verb < st.first + 2 || !toks[verb].has(lex::kReportVerb)) return false;
  switch (toks[verb].hash) {
    case "said"_h: case "says"_h: case "added"_h: case "adds"_h: case "wrote"_h: case "writes"_h: case "explained"_h:
    case "explains"_h: case "noted"_h: case "notes"_h: case "argued"_h: case "argues"_h: case "warned"_h:
    case "warns"_h: case "insisted"_h: case "insists"_h: case "countered"_h: case "counters"_h:
      break;
    default:
      return false;
  }
  const bool after_quotation = closing_mark(toks, verb - 1, st.first);
  if (!is_punct(toks[verb - 1], ',') && !after_quotation) return false;
  // What comes before is a statement with a verb of its own, not the speaker and an apposition ("Anand Menon, a
  // professor at King's College London, said ...").
  bool clause_before = after_quotation;
  for (std::uint32_t k = st.first; k + 1 < verb && !clause_before; ++k) {
    clause_before = verb_form(toks[k]) || toks[k].has(lex::kReportVerb | lex::kNeutralVerb);
  }
  if (!clause_before) return false;
  // ... nor a name opening the sentence with its apposition, whatever verbs that holds ("Rep. Tim Murphy,
  // R-Pennsylvania, who is sponsoring a bill, said"; not "Meanwhile, the United States is prepared ..., said").
  {
    std::uint32_t k = st.first;
    bool name = false;
    while (k < verb && k - st.first < 6 && (toks[k].is(detail::kCapitalized) || (toks[k].flags & Token::clitic) ||
                                             is_punct(toks[k], '.'))) {
      name |= toks[k].is(detail::kCapitalized) && !toks[k].has(lex::kStop | lex::kTimeWord | lex::kContrast);
      ++k;
    }
    if (name && k < verb && is_punct(toks[k], ',')) return false;
  }
  std::uint32_t b = verb + 1;
  if (b >= st.end || toks[b].has(lex::kTimeWord) ||  // "said Monday that ..."
      !(toks[b].is(detail::kCapitalized) || toks[b].hash == "the"_h || toks[b].hash == "a"_h || toks[b].hash == "an"_h)) {
    return false;
  }
  std::uint32_t e = b;
  while (e < st.end && toks[e].kind != TokenKind::punctuation && toks[e].kind != TokenKind::dash &&
         !(e > b && toks[e].is(detail::kLowercase) && is_preposition(toks[e].hash) &&
           toks[e - 1].is(detail::kCapitalized))) {
    if (verb_form(toks[e]) || toks[e].kind == TokenKind::quote || toks[e].hash == "that"_h) return false;
    ++e;
  }
  if (e == b || e - b > 10) return false;
  // After the speaker only an apposition or a circumstance, no clause: not ", said the mayor, who wants ...".
  if (st.end - e > 10) return false;
  for (std::uint32_t k = e; k < st.end; ++k) {
    if (verb_form(toks[k]) || toks[k].hash == "who"_h || toks[k].hash == "that"_h || toks[k].hash == "which"_h) {
      return false;
    }
  }
  holder_b = b;
  holder_e = e;
  return true;
}

void Tagger::Impl::decide(Annotations& out) {
  std::vector<Unit>& units = out.units;
  const bool hedges = options.hedges_and_boosters;

  // Attributions: grammar matches first, then report verbs the grammars did not cover, with a holder found
  // by looking back from the verb ("Greg Sargent perhaps put it best", "Whitaker's allies contend").
  struct Attribution {
    std::uint32_t sentence, holder_b, holder_e, cue_b, cue_e;
    std::string_view rule;
    std::uint32_t flags;
  };
  std::vector<Attribution> attributions;
  for (const Hit& h : hits) {
    if (h.family != Family::attribution) continue;
    const Match& m = h.match;
    Attribution a{h.sentence, 0, 0, 0, 0, m.rule, m.flags};
    if (m.has(g::holder)) {
      a.holder_b = index(m.begin[g::holder]);
      a.holder_e = index(m.end[g::holder]);
      if (m.rule == "those_who") {
        // "Those who argue ..." as the sentence's subject (after "But", "And"), not as an object ("attacks
        // anyone who wants", "criticism from those who accused her").
        std::uint32_t f = sents[h.sentence].first;
        if (f < a.holder_b && (toks[f].hash == "but"_h || toks[f].hash == "and"_h || toks[f].hash == "yet"_h)) ++f;
        if (f < a.holder_b && is_punct(toks[f], ',')) ++f;
        if (a.holder_b != f) continue;
      }
      if (m.rule == "holder_verb") {
        // The object of a relative clause or of an embedded question: nothing is reported.
        if (embedded_holder(a.holder_b, index(m.end[g::cue]), sents[h.sentence])) continue;
        // Nor a condition ("If major donors complain about the bus cost, ..."), nor a quantifier of a thing
        // ("at some point and say", "in some cases").
        if (conditional_holder(a.holder_b, a.holder_e, sents[h.sentence].first)) continue;
        if (a.holder_b + 1 < a.holder_e && toks[a.holder_b].has(lex::kQuantifier)) {
          switch (toks[a.holder_b + 1].hash) {
            case "point"_h: case "time"_h: case "cases"_h: case "case"_h: case "extent"_h: case "degree"_h:
            case "way"_h: case "ways"_h: case "reason"_h: case "places"_h: case "respects"_h:
              continue;
            default:
              break;
          }
        }
        // ... nor a noun after "in" or "no" ("in hopes of", "his detractors will no doubt pounce"), nor a name
        // that spells a verb ("an initiative called PREDICT").
        const std::uint32_t cue_b = index(m.begin[g::cue]);
        if (cue_b > sents[h.sentence].first && (toks[cue_b - 1].hash == "in"_h || toks[cue_b - 1].hash == "no"_h)) {
          continue;
        }
        if (!toks[cue_b].is(detail::kLowercase) && toks[cue_b - 1].is(detail::kLowercase)) continue;
        refine_holder(toks, sents[h.sentence].first, a.holder_b, a.holder_e);
        // A holder is a noun phrase. One that ends in "and" ran over a first verb of its own: at the sentence's
        // start it is the subject of both verbs ("Some in the party view Trump as an aberration and believe
        // ...", "Republicans shot back and said": the holder stops before the first verb), elsewhere it is the
        // object of an earlier verb whose subject goes on ("... colluded with Russian operatives and said"). One
        // with a modal or a copula inside is a clause ("whether the Trump administration can add a citizenship
        // question").
        if (toks[a.holder_e - 1].hash == "and"_h || toks[a.holder_e - 1].hash == "or"_h) {
          std::uint32_t start = sents[h.sentence].first;
          while (start < a.holder_b && (toks[start].has(lex::kContrast) || toks[start].hash == "and"_h ||
                                        toks[start].kind == TokenKind::quote)) {
            ++start;
          }
          if (start != a.holder_b) continue;
          // The noun phrase: names, determiners, quantifiers, group nouns, prepositions and the word after a
          // determiner or preposition ("Some of the children"); a verb word or any other word is the verb.
          std::uint32_t k = a.holder_b + 1;
          while (k < a.holder_e && !verb_word(toks, k) &&
                 (toks[k].is(detail::kCapitalized) ||
                  toks[k].has(lex::kStop | lex::kQuantifier | lex::kGroup | lex::kOpposition) ||
                  is_preposition(toks[k].hash) || (toks[k].flags & Token::clitic) ||
                  toks[k - 1].has(lex::kStop) || is_preposition(toks[k - 1].hash))) {
            ++k;
          }
          if (k >= a.holder_e - 1) continue;  // no verb of its own before "and"
          a.holder_e = k;
        }
        if (clause_in_holder(toks, a.holder_b, a.holder_e, false)) continue;
        // A subject pronoun right before the verb holds it; the words before it are an object or another
        // clause ("the powerful people he believes have controlled ...", "the left got what they wanted").
        if (a.holder_e > a.holder_b + 1) {
          switch (toks[a.holder_e - 1].hash) {
            case "he"_h: case "she"_h: case "they"_h: case "we"_h: case "i"_h:
              a.holder_b = a.holder_e - 1;
              break;
            default:
              break;
          }
        }
        // A second quantifier opens the holder of a relative clause without "that": "many of the issues some
        // Republicans warn ran the party aground" is held by "some Republicans".
        for (std::uint32_t k = a.holder_b + 2; k + 1 < a.holder_e; ++k) {
          const TagToken& prev = toks[k - 1];  // not after a preposition: "Americans across all racial groups"
          if (toks[k].has(lex::kQuantifier) && prev.kind == TokenKind::word && prev.is(detail::kLowercase) &&
              !prev.has(lex::kStop | lex::kQuantifier) && !is_preposition(prev.hash)) {
            a.holder_b = k;
          }
        }
        // A floating quantifier holds with its pronoun: "They all say" (they), "we all believe" (the speaker's
        // own, left out below).
        if (a.holder_e == a.holder_b + 1 && a.holder_b > sents[h.sentence].first) {
          const std::uint64_t q = toks[a.holder_b].hash, before = toks[a.holder_b - 1].hash;
          if ((q == "all"_h || q == "both"_h) &&
              (before == "we"_h || before == "they"_h || before == "you"_h || before == "us"_h || before == "them"_h)) {
            --a.holder_b;
          }
        }
      }
      // A hypothetical "you" inside a quotation or a question is the speaker's manner of speaking ("I don't
      // think you can say we're doing great", "Alia, if you would respond?"), not a position the text reports.
      if (m.rule == "one_could_argue" && toks[a.holder_b].hash == "you"_h &&
          (sents[h.sentence].quote || sents[h.sentence].question)) {
        continue;
      }
      // "One would think ...", "You might think that ...": an expectation the text sets up, where a clause
      // opens (not "as illegal as one might think", "whatever one may think of", "you could think of X as").
      if (m.rule == "one_could_argue" && m.has(g::cue)) {
        const std::uint32_t cue_end = index(m.end[g::cue]);
        const std::uint64_t verb = toks[cue_end - 1].hash;
        if (verb == "think"_h || verb == "believe"_h || verb == "assume"_h) {
          const std::uint32_t f = sents[h.sentence].first;
          const std::uint64_t before = a.holder_b > f ? toks[a.holder_b - 1].hash : 0;
          const bool opens = before == 0 || before == ","_h || before == "so"_h || before == "and"_h ||
                             before == "but"_h || before == "yet"_h || before == "now"_h;
          const bool of = cue_end < sents[h.sentence].end && toks[cue_end].hash == "of"_h;
          // "One can believe simultaneously that ...", "you can assume there are more": the author's own.
          const std::uint64_t modal = toks[a.holder_e].hash;
          if (!opens || of || modal == "can"_h || modal == "will"_h) continue;
        }
      }
      // "My objection is that ...": the author's own.
      if (m.rule == "objection_is" && h.first > sents[h.sentence].first &&
          (toks[h.first - 1].hash == "my"_h || toks[h.first - 1].hash == "our"_h)) {
        continue;
      }
      // "no one can claim the right to ...", "no one could argue": nobody holds it; the author asserts.
      if (m.rule == "one_could_argue" && a.holder_b > sents[h.sentence].first &&
          toks[a.holder_b - 1].hash == "no"_h) {
        continue;
      }
      // A holder that ends in a pronoun has the pronoun for its subject ("With those kinds of amounts you
      // think twice"): a generic "you" or the speaker's own "I", "we" hold no position of others.
      if (m.rule == "holder_verb" && a.holder_e > a.holder_b + 1) {
        const std::uint64_t last = toks[a.holder_e - 1].hash;
        if (last == "you"_h || last == "we"_h || last == "i"_h) continue;
      }
      // A possessive with no noun after it ("all's said and done") holds nothing.
      if (a.holder_e > a.holder_b && toks[a.holder_e - 1].hash == "'s"_h) continue;
    }
    if (m.has(g::cue)) {
      a.cue_b = index(m.begin[g::cue]);
      a.cue_e = index(m.end[g::cue]);
    }
    if (a.cue_e <= a.cue_b) continue;
    if (a.holder_e > a.holder_b && first_person_holder(toks, a.holder_b, a.holder_e)) continue;
    if (reports_nothing(toks, a.holder_b, a.holder_e, a.cue_b, a.cue_e, sents[a.sentence].end)) continue;
    if (m.rule == "according_to" && in_accordance(a.cue_b, a.holder_b, a.holder_e)) continue;
    // The holder's window may cut it: a name goes on ("according to a review of campaign finance data by The |
    // Associated Press"), a phrase after a name goes ("according to reporter Mark Landler | in his excellent
    // new book").
    if (m.rule == "according_to" && a.holder_e == a.holder_b + g::kAccordingToWindow) {
      const std::uint32_t end = sents[h.sentence].end;
      while (a.holder_e < end && a.holder_e < a.holder_b + 14 && toks[a.holder_e].is(detail::kCapitalized)) {
        ++a.holder_e;
      }
      for (std::uint32_t k = a.holder_b + 1; k < a.holder_e; ++k) {
        if (!is_preposition(toks[k].hash) || !toks[k - 1].is(detail::kCapitalized)) continue;
        bool lowercase_after = true;
        for (std::uint32_t j = k + 1; j < a.holder_e; ++j) lowercase_after &= !toks[j].is(detail::kCapitalized);
        if (lowercase_after) {
          a.holder_e = k;
          break;
        }
      }
    }
    if (m.rule == "according_to" && a.holder_e > a.holder_b) a.holder_b = agent_in(a.holder_b, a.holder_e);
    if (a.holder_e > a.holder_b && conditional_holder(a.holder_b, a.holder_e, sents[a.sentence].first)) continue;
    // A subordinate clause holds its own subject: "The troops left hours after the White House announced"
    // ("after" and "before" are prepositions too: only before a name, "weeks before the 2014 midterms" is a date).
    // The holder keeps a word at least.
    // (A first word counts too: "Although Republicans insist" is held by "Republicans".)
    for (std::uint32_t k = a.holder_e > a.holder_b + 1 ? a.holder_e - 1 : a.holder_b; k-- > a.holder_b;) {
      const std::uint64_t w = toks[k].hash;
      const bool clause = w == "because"_h || w == "when"_h || w == "while"_h || w == "although"_h ||
                          w == "though"_h || w == "whereas"_h || w == "where"_h;
      const std::uint32_t name = toks[k + 1].hash == "the"_h && k + 2 < a.holder_e ? k + 2 : k + 1;
      const bool before_subject = (w == "after"_h || w == "before"_h) && toks[name].is(detail::kCapitalized);
      if (clause || before_subject) {
        a.holder_b = k + 1;
        break;
      }
    }
    if (a.holder_e > a.holder_b && a.holder_e <= a.cue_b) {  // a subject before its verb, not "according to X"
      a.holder_b = subject_start(a.holder_b, sents[a.sentence].first);
      // "Justices Anthony Kennedy, Elena Kagan and others wondered": the names are the holders too.
      if (a.holder_e == a.holder_b + 1 && toks[a.holder_b].hash == "others"_h) {
        a.holder_b = named_list_start(a.holder_b, sents[a.sentence].first);
      }
    }
    if (m.rule == "holder_verb") {
      // An infinitive is no act of the holder's ("with several seats between us to maintain physical
      // distancing"), nor is a holder that runs through "to" or "as" a noun phrase ("people like to see racism
      // as a question").
      if (toks[a.cue_b - 1].hash == "to"_h) continue;
      // After a determiner, a preposition or a verb the cue is a noun: "will clear some of the doubts",
      // "warrant some of the blame", "all this galaxy of wonder", "has done wonders".
      switch (toks[a.cue_b - 1].hash) {
        case "the"_h: case "a"_h: case "an"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
        case "our"_h: case "your"_h: case "my"_h: case "these"_h: case "those"_h: case "of"_h: case "done"_h:
        case "work"_h: case "works"_h: case "worked"_h:  // not "do": "many conservatives do believe"
          continue;
        default:
          break;
      }
      bool clause = false;
      for (std::uint32_t k = a.holder_b; k < a.holder_e; ++k) {
        const bool close_to = k > a.holder_b && (toks[k - 1].hash == "close"_h || toks[k - 1].hash == "closest"_h ||
                                                 toks[k - 1].hash == "loyal"_h || toks[k - 1].hash == "opposed"_h);
        clause |= (toks[k].hash == "to"_h && !close_to) || toks[k].hash == "as"_h;  // not "people close to him"
      }
      if (clause) continue;
    }
    attributions.push_back(a);
  }
  std::vector<bool> covered_by_rule(toks.size() + 1, false);  // verbs the grammars already attributed
  for (const auto& a : attributions) {
    for (std::uint32_t i = a.cue_b; i <= a.cue_e && i < toks.size(); ++i) covered_by_rule[i] = true;
  }
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    if (sents[s].nonargument != NonArgumentKind::none) continue;
    for (std::uint32_t i = sents[s].first + 1; i < sents[s].end; ++i) {
      if (!toks[i].has(lex::kNeutralVerb | lex::kContentiousVerb)) continue;
      const std::uint64_t h = toks[i].hash;
      // Nouns that look like verbs: "of note", "a charge", "the report"; "put" reports only as "put it".
      const std::uint64_t before = toks[i - 1].hash;
      if (before == "of"_h || before == "a"_h || before == "an"_h || before == "the"_h || before == "to"_h ||
          before == "this"_h || before == "his"_h || before == "her"_h || before == "their"_h || before == "its"_h) {
        continue;
      }
      if ((h == "put"_h || h == "puts"_h) && !(i + 1 < sents[s].end && toks[i + 1].hash == "it"_h)) continue;
      // "show up", "showed up" appear; they report nothing ("The consequences show up in every rent check").
      if ((h == "show"_h || h == "shows"_h || h == "showed"_h) && i + 1 < sents[s].end && toks[i + 1].hash == "up"_h) {
        continue;
      }
      // "point" reports only as "point out", "point to" or "point fingers" ("at some point" is a time).
      if ((h == "point"_h || h == "points"_h) &&
          !(i + 1 < sents[s].end && (toks[i + 1].hash == "out"_h || toks[i + 1].hash == "to"_h ||
                                     toks[i + 1].hash == "fingers"_h || toks[i + 1].hash == "the"_h))) {
        continue;
      }
      // Half of a compound ("a self-described socialist") or of a name ("West Point").
      if (toks[i - 1].kind == TokenKind::dash && toks[i - 1].text + toks[i - 1].size == toks[i].text) continue;
      if (toks[i].is(detail::kCapitalized)) continue;
      if (covered_by_rule[i]) continue;
      // An inverted speech tag closing the sentence: "The mood is likely to darken, says the BBC's Will Grant.",
      // "It will be a tough fight," said Sen. John Cornyn, R-Texas.
      if (std::uint32_t hb = 0, he = 0; inverted_speech_tag(s, i, hb, he)) {
        attributions.push_back(Attribution{s, hb, he, i, i + 1, "verb_with_holder", 0});
        continue;
      }
      // The holder: a run of capitalized words, or determiner + noun, just before the verb (an adverb may
      // stand between: "Greg Sargent perhaps put it best").
      std::uint32_t e = i;
      // (not a copula: "X is told" is passive)
      const auto adverb = ly_adverb;
      while (e > sents[s].first && e + 3 > i && toks[e - 1].kind == TokenKind::word &&
             (toks[e - 1].hash == "perhaps"_h || toks[e - 1].hash == "also"_h || toks[e - 1].hash == "even"_h ||
              toks[e - 1].hash == "further"_h ||
              toks[e - 1].hash == "recently"_h || toks[e - 1].hash == "once"_h || toks[e - 1].hash == "has"_h ||
              toks[e - 1].hash == "have"_h || toks[e - 1].hash == "had"_h || adverb(toks[e - 1]))) {
        --e;
      }
      // A date between the holder and its verb: "Corey Lewandowski on Saturday told", "a survey center this fall
      // found".
      if (e >= sents[s].first + 3 &&
          (toks[e - 2].hash == "on"_h || toks[e - 2].hash == "last"_h || toks[e - 2].hash == "this"_h)) {
        switch (toks[e - 1].hash) {
          case "week"_h: case "month"_h: case "year"_h: case "fall"_h: case "spring"_h: case "summer"_h:
          case "winter"_h: case "weekend"_h:
            e -= 2;
            break;
          default:
            if (toks[e - 1].has(lex::kTimeWord)) e -= 2;
            break;
        }
      }
      // A party and state after the name: "Sen. Susan Collins (R-Maine) said" (no lowercase word inside).
      if (e > sents[s].first + 3 && is_punct(toks[e - 1], ')')) {
        std::uint32_t open = e - 1;
        while (open > sents[s].first && e - open < 8 && !is_punct(toks[open], '(') && !toks[open].is(detail::kLowercase)) {
          --open;
        }
        if (is_punct(toks[open], '(') && open > sents[s].first && toks[open - 1].is(detail::kCapitalized)) e = open;
      }
      // A name and its appositive opening the sentence ("Jim Handsaker, a farmer from Story City, Iowa, said",
      // "Sen. Chuck Schumer, D-N.Y., said"): the holder is the name.
      std::uint32_t b = e;
      std::uint32_t name_b = sents[s].first;
      if (name_b + 1 < e && (toks[name_b].has(lex::kContrast) || toks[name_b].hash == "and"_h) &&
          toks[name_b + 1].is(detail::kCapitalized)) {
        ++name_b;  // "But Smith, ..."
      }
      std::uint32_t name_e = name_b;
      bool name_words = true;  // not an opener or a date: "Meanwhile, ...", "On Monday, ..."
      while (name_e < e && name_e - name_b < 6 &&
             (toks[name_e].is(detail::kCapitalized) || (toks[name_e].flags & Token::clitic))) {
        name_words &= !toks[name_e].has(lex::kStop | lex::kTimeWord | lex::kContrast);
        ++name_e;
      }
      if (name_e - name_b == 1) name_words &= toks[name_b].lex == 0 || toks[name_b].has(lex::kGroup | lex::kExpert);
      bool appositive = e > name_e + 2 && is_punct(toks[e - 1], ',') && name_e > name_b && name_words &&
                        is_punct(toks[name_e], ',') && e - 1 - name_e <= 16;
      for (std::uint32_t k = name_e + 1; appositive && k + 1 < e; ++k) {
        const bool punct_ok = toks[k].kind != TokenKind::punctuation || is_punct(toks[k], ',') || is_punct(toks[k], '.');
        if (!punct_ok || toks[k].has(lex::kReportVerb) || toks[k].kind == TokenKind::quote) appositive = false;
      }
      if (appositive) {
        b = name_b;
        e = name_e;
      } else {
        bool named = false;
        while (b > sents[s].first && e - b < 8) {
          const TagToken& t = toks[b - 1];
          // "of", "for" and "and" inside a name, between capitalized words: "Centers for Disease Control and
          // Prevention" (not "Pelosi and said").
          // ... and "of the" in a title: "Speaker of the House Mike Hubbard".
          const bool capital_next = b < e && (toks[b].is(detail::kCapitalized) ||
                                              (toks[b].hash == "the"_h && b + 1 < e && toks[b + 1].is(detail::kCapitalized)));
          const bool inner = ((t.hash == "of"_h || t.hash == "for"_h || t.hash == "and"_h) && capital_next &&
                              b - 1 > sents[s].first && toks[b - 2].is(detail::kCapitalized)) ||
                             (t.hash == "the"_h && b < e && toks[b].is(detail::kCapitalized) &&
                              b >= sents[s].first + 3 && toks[b - 2].hash == "of"_h &&
                              toks[b - 3].is(detail::kCapitalized));
          // A day or a month is no name: "A poll released Tuesday found" is held by the poll.
          const bool name_part = (t.is(detail::kCapitalized) && !t.has(lex::kTimeWord)) ||
                                 (t.flags & Token::clitic) || inner;
          if (!name_part) break;
          named |= t.is(detail::kCapitalized);
          --b;
        }
        while (b < e && (toks[b].hash == "of"_h || toks[b].hash == "for"_h || toks[b].hash == "and"_h)) ++b;
        // A capitalized sentence opener is not a name ("Also", "But", "In").
        if (named && b == sents[s].first && (toks[b].has(lex::kStop) || toks[b].has(lex::kTimeWord))) {
          // "But Mulvaney has said", "Yesterday Pelosi and Schumer said": the opener goes, the name stays;
          // "The Centers for Disease Control and Prevention said": the article is the name's.
          const bool name_follows = e - b > 1 && toks[b + 1].is(detail::kCapitalized) && !toks[b + 1].has(lex::kStop);
          const bool article = name_follows && toks[b].hash == "the"_h;
          // ("As Nick Marro points out, ...": the name holds what the main clause says)
          const bool opener = name_follows && (toks[b].has(lex::kContrast | lex::kTimeWord) ||
                                               toks[b].hash == "and"_h || toks[b].hash == "so"_h ||
                                               toks[b].hash == "as"_h);
          if (opener) ++b;
          named = article || opener;
        }
        if (named && toks[b].has(lex::kStop) && e - b == 1) named = false;
        // "the Congressional Budget Office estimated": the article belongs to the name.
        if (named && b > sents[s].first && toks[b - 1].hash == "the"_h && toks[b - 1].is(detail::kLowercase)) --b;
        if (!named || b == e) {
          // "a poll released last week ... found", "researchers found": determiner-led noun phrase.
          b = e;
          while (b > sents[s].first && e - b < 12 && toks[b - 1].kind != TokenKind::punctuation &&
                 (toks[b - 1].kind != TokenKind::quote || (toks[b - 1].flags & Token::clitic)) &&
                 (!toks[b - 1].has(lex::kReportVerb) || named_noun(toks, sents[s].first, b - 1)) &&
                 toks[b - 1].hash != "that"_h) {
            --b;
          }
          // A document named before the verb is the holder with its own noun phrase only ("the Justice
          // Department report said", "A separate Washington Post report said"; not "NBC later corrected the
          // report saying").
          for (std::uint32_t k = e; k-- > b;) {
            if (!toks[k].has(lex::kReportVerb) || !named_noun(toks, sents[s].first, k)) continue;
            std::uint32_t nb = k;
            while (nb > b && ((toks[nb - 1].is(detail::kCapitalized) && !toks[nb - 1].has(lex::kStop)) ||
                              (toks[nb - 1].flags & Token::clitic))) {
              --nb;
            }
            if (nb > b + 1 && toks[nb - 1].is(detail::kLowercase) && !toks[nb - 1].has(lex::kStop) &&
                article_or_possessive(toks[nb - 2].hash)) {
              --nb;  // "a separate ..."
            }
            if (nb > b && (article_or_possessive(toks[nb - 1].hash) || toks[nb - 1].hash == "another"_h ||
                           toks[nb - 1].hash == "this"_h)) {
              --nb;
            }
            b = nb;
            // (only with a date or a source between it and the verb: "A Pentagon report released this month
            // estimated", "A report from Politico in October said"; not "The report casts doubt", "the report
            // but added")
            for (std::uint32_t j = k + 1; j < e; ++j) {
              const TagToken& t = toks[j];
              switch (t.hash) {
                case "on"_h: case "in"_h: case "from"_h: case "last"_h: case "this"_h: case "earlier"_h:
                case "recently"_h: case "also"_h: case "released"_h: case "published"_h: case "issued"_h:
                case "of"_h: case "the"_h: case "a"_h: case "by"_h:
                  continue;
                default:
                  if (t.is(detail::kCapitalized) || t.kind == TokenKind::number || t.has(lex::kTimeWord) ||
                      (t.flags & Token::clitic)) {
                    continue;
                  }
                  b = e;
              }
            }
            break;
          }
          // Up to six words, or a subject with its relative clause opening the sentence ("An engineer who plans
          // capacity for the regional grid operator told me").
          auto relative_subject = [&] {
            if (b != sents[s].first) return false;
            for (std::uint32_t k = b + 1; k < e && k <= b + 3; ++k) {
              if (toks[k].hash == "who"_h) return true;
            }
            return false;
          };
          // Not a verb coordinated with another ("was neither arrested nor charged").
          if (b == e) continue;  // nothing before the verb (e may be token 0: no toks[e - 1])
          const std::uint64_t last = toks[e - 1].hash;
          // ... or up to ten with a modifier after the noun: "an industrial economist at a state university
          // told me" (no verb of its own inside).
          auto modified_noun = [&] {
            if (e - b > 10 || !(toks[b].hash == "a"_h || toks[b].hash == "an"_h || toks[b].hash == "the"_h)) return false;
            bool modifier = false;
            for (std::uint32_t k = b + 1; k < e; ++k) {
              const std::uint64_t w = toks[k].hash;
              switch (w) {  // a clause of its own: "The media just goes by whatever they want"
                case "what"_h: case "whatever"_h: case "they"_h: case "he"_h: case "she"_h: case "it"_h:
                case "we"_h: case "you"_h: case "i"_h:
                  return false;
                default:
                  break;
              }
              if (verb_form(toks[k])) return false;
              modifier |= w == "in"_h || w == "at"_h || w == "of"_h || w == "for"_h || w == "from"_h || w == "with"_h ||
                          w == "by"_h;
            }
            return modifier;
          };
          if ((e - b > 6 && !relative_subject() && !modified_noun()) || last == "to"_h || last == "nor"_h ||
              last == "or"_h || last == "and"_h) {
            continue;
          }
          const std::uint64_t head = toks[b].hash;
          // A third-person pronoun subject of the sentence ("He said ...", "But she told reporters ..."), not one
          // inside a reported clause ("Mulvaney has said he wants ...").
          // Or a speech tag closing the sentence after a comma: "That could speed up the timeline, he said.",
          // "... will be detrimental, she says." (at most a short tail after the verb: "he said Tuesday", "she
          // told reporters in an interview"; not "..., he said he wants ...").
          auto speech_tag = [&] {
            if (!(toks[i].has(lex::kReportVerb) || toks[i].hash == "added"_h || toks[i].hash == "adds"_h)) return false;
            if (b == sents[s].first) return false;
            if (!(is_punct(toks[b - 1], ',') || closing_mark(toks, b - 1, sents[s].first))) return false;
            if (sents[s].end - (i + 1) > 6) return false;
            for (std::uint32_t k = i + 1; k < sents[s].end; ++k) {
              const std::uint64_t w = toks[k].hash;
              if (w == "that"_h || w == "he"_h || w == "she"_h || w == "they"_h || w == "it"_h || verb_form(toks[k])) {
                return false;
              }
            }
            return true;
          };
          // Saying, not wanting ("He wants to appease ..."); a speech tag may add ("..., he added.").
          const bool third_person = e - b == 1 && (head == "he"_h || head == "she"_h || head == "they"_h);
          const bool opens = b == sents[s].first || (b == sents[s].first + 1 && toks[b - 1].has(lex::kContrast));
          // A neutral verb with a "that" clause reports too: "They point out that ...", "He notes that ...".
          auto that_clause = [&] {
            std::uint32_t k = i + 1;
            if (k < sents[s].end && toks[k].hash == "out"_h) ++k;
            return k < sents[s].end && toks[k].hash == "that"_h;
          };
          const bool pronoun =
              third_person && ((opens && (toks[i].has(lex::kReportVerb) || that_clause())) || speech_tag());
          // The head noun ends the phrase or stands before its "of": "Supporters of the fees point to ...".
          // Not a share of a pronoun ("many of us", "some of which") nor a noun that is also a verb as the
          // cue ("director of federal projects").
          std::uint32_t noun = e - 1;
          for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
            if (toks[k].hash != "of"_h) continue;
            const std::uint64_t object = toks[k + 1].hash;
            const bool pronoun_object = object == "us"_h || object == "them"_h || object == "whom"_h ||
                                        object == "which"_h || object == "what"_h || object == "those"_h ||
                                        object == "these"_h || object == "you"_h ||
                                        // "accused Republicans of using ...", "of unfairly targeting"
                                        toks[k + 1].raw().ends_with("ing") || ly_adverb(toks[k + 1]);
            if (!toks[k - 1].has(lex::kQuantifier) && !pronoun_object && !noun_or_verb(toks[i].hash)) noun = k - 1;
            break;
          }
          if (!(head == "a"_h || head == "an"_h || head == "the"_h || pronoun ||
                toks[e - 1].has(lex::kGroup | lex::kOpposition | lex::kExpert) ||
                toks[noun].has(lex::kGroup | lex::kOpposition | lex::kExpert))) {
            continue;
          }
        }
      }
      // Not a free relative ("That's what the people wanted"), an adjective or passive after a copula ("are
      // staunchly opposed", "a law vehemently opposed by the Kremlin"), nor an opener or a bare determiner
      // ("Though initially ...", "the previously reported allegation").
      // Nor a subordinator or a quotation's words: "If the hawks want", "as leaders of both parties wanted",
      // "“At some point,” Trump argues".
      auto leading = [&](std::uint32_t k) {
        switch (toks[k].hash) {
          case "if"_h: case "as"_h: case "when"_h: case "while"_h: case "because"_h: case "although"_h:
          case "though"_h: case "unless"_h: case "assuming"_h:
            return true;
          default:
            return (toks[k].flags & Token::clitic) || (toks[k].has(lex::kContrast) && k == sents[s].first);
        }
      };
      while (b < e && leading(b)) ++b;
      bool quoted = false;
      for (std::uint32_t k = b; k < e; ++k) quoted |= toks[k].kind == TokenKind::quote && !(toks[k].flags & Token::clitic);
      if (quoted) continue;
      // Nor a demand or prediction: "The legislature should reject that bill" prescribes, it reports nothing.
      if (b < e && (toks[e - 1].has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) ||
                    (i + 1 < sents[s].end && toks[i + 1].hash == "by"_h) ||
                    (e - b == 1 && toks[b].has(lex::kContrast | lex::kStop) && toks[b].hash != "he"_h &&
                     toks[b].hash != "she"_h && toks[b].hash != "they"_h))) {
        continue;
      }
      if (b == e || first_person_holder(toks, b, e) || toks[b].hash == "it"_h || toks[b].hash == "this"_h ||
          toks[b].hash == "that"_h || toks[b].hash == "what"_h || toks[b].hash == "whatever"_h) {
        continue;
      }
      // Nor a free relative inside the holder: "That is specifically what voters want to see".
      {
        bool free_relative = false;
        for (std::uint32_t k = b; k < e; ++k) free_relative |= toks[k].hash == "what"_h || toks[k].hash == "whatever"_h;
        if (free_relative) continue;
      }
      // A modal in the holder makes its verb the holder's act, the cue a noun: "The council should require
      // quarterly reports" (but "people who would lose coverage say" holds a relative clause).
      bool modal = false, relative = false;
      for (std::uint32_t k = b; k < e; ++k) {
        modal |= toks[k].has(lex::kStrongModal | lex::kWeakModal) &&
                 (k == sents[s].first || !toks[k].is(detail::kCapitalized));  // not the name "Will"
        relative |= toks[k].hash == "who"_h || toks[k].hash == "that"_h || toks[k].hash == "which"_h;
      }
      if (modal && !relative) continue;
      // Inside a noun phrase the cue is a noun: "a long-awaited Senate report".
      std::uint32_t np = b;  // skip a hyphenated modifier: "long-awaited"
      if (np >= sents[s].first + 3 && is_punct(toks[np - 2], '-') &&
          toks[np - 3].text + toks[np - 3].size == toks[np - 2].text && toks[np - 2].text + 1 == toks[np - 1].text) {
        np -= 3;
      }
      // ... when the cue can be a noun (its base form: "a Senate report", not "a Democrat said").
      const TagToken& cue_word = toks[i];
      if (np > sents[s].first && (toks[np - 1].hash == "a"_h || toks[np - 1].hash == "an"_h) && !past_verb(cue_word) &&
          cue_word.text[cue_word.size - 1] != 's') {
        continue;
      }
      // After a determiner the cue is a noun: "The president has no doubt", "beyond a doubt", "their fears"
      // (not after a name: "George Little said").
      switch (i == sents[s].first || (toks[i - 1].is(detail::kCapitalized) && i - 1 != sents[s].first) ? 0
                                                                                                : toks[i - 1].hash) {
        case "no"_h: case "a"_h: case "an"_h: case "the"_h: case "any"_h: case "little"_h: case "much"_h:
        case "without"_h: case "beyond"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
        case "our"_h: case "your"_h: case "my"_h:
          continue;
        default:
          break;
      }
      if (conditional_holder(b, e, sents[s].first)) continue;
      // A group's or a crowd's ("what voters think"), not a named source's ("what Michelle Obama said in her
      // speech", "how Elizabeth Warren put it": the words follow, testimony).
      const bool named = std::any_of(toks.begin() + b, toks.begin() + e, [](const TagToken& t) {
        // ("Americans", "Democrats" are groups)
        return t.is(detail::kCapitalized) && !t.has(lex::kGroup | lex::kOpposition | lex::kQuantifier);
      });
      if (!named) {
        // The question may lie inside the span looked back over ("once they find out what their voters
        // think") or just before its head ("what many Americans think": the holder is "Americans").
        std::uint32_t wh = b;
        for (std::uint32_t k = b; k < e; ++k) {
          if (toks[k].hash == "what"_h || toks[k].hash == "how"_h) wh = k + 1;
        }
        for (std::uint32_t k = b; wh == b && k > sents[s].first && b - k < 3;) {
          const TagToken& t = toks[--k];
          if (t.kind != TokenKind::word) break;
          if (t.hash == "what"_h || t.hash == "how"_h) wh = k + 1;
        }
        if (embedded_holder(wh, i + 1, sents[s])) continue;
      }
      b = subject_start(b, sents[s].first);
      b = agent_in(b, e);
      // The antecedent holds what its relative clause reports: "a sham by Democrats who want to overturn ...".
      if (e > b + 1 && (toks[e - 1].hash == "who"_h || toks[e - 1].hash == "that"_h || toks[e - 1].hash == "which"_h)) {
        --e;
      }
      // "with supporters claiming ..." (an absolute phrase: the supporters hold it); "After initially saying
      // little, ..." (a participle after a subordinator: no holder at all).
      while (e > b + 1 && (toks[b].hash == "with"_h || toks[b].hash == "without"_h || toks[b].hash == "among"_h)) ++b;
      // A conjunction joins the clause, it is nobody: "..., but the people saying that mostly don't live there".
      while (e > b + 1 && (toks[b].hash == "but"_h || toks[b].hash == "and"_h || toks[b].hash == "or"_h ||
                           toks[b].hash == "yet"_h)) {
        ++b;
      }
      if (e == b + 1) {
        switch (toks[b].hash) {
          case "after"_h: case "before"_h: case "while"_h: case "when"_h: case "since"_h: case "upon"_h:
          case "by"_h: case "in"_h: case "with"_h: case "without"_h: case "despite"_h: case "instead"_h:
            continue;
          default:
            break;
        }
      }
      std::uint32_t cue_e = i + 1;
      if ((h == "put"_h || h == "puts"_h) && cue_e < sents[s].end && toks[cue_e].hash == "it"_h) ++cue_e;
      if ((h == "point"_h || h == "points"_h || h == "pointed"_h) && cue_e < sents[s].end &&
          toks[cue_e].hash == "out"_h) {
        ++cue_e;
      }
      // The verb's own words before it belong to the verb: "The Democrats are now saying", "the Kremlin isn't
      // worried", "The NRA doesn't want"; and "There are people saying" is held by the people.
      // A copula before a past form is a passive: "The black community is always told" holds nothing.
      bool copula = false;
      while (e > b + 1 && verb_word(toks, e - 1)) copula |= toks[--e].has(lex::kCopula);
      if (copula && past_verb(toks[i]) && !toks[i].has(lex::kEager)) continue;  // not "isn't worried"
      if (e > b + 2 && toks[b].hash == "there"_h && toks[b + 1].has(lex::kCopula)) b += 2;
      // "After The AP reported", "Despite Obama saying": the subordinator opens the clause, the name holds.
      if (e > b + 1) {
        switch (toks[b].hash) {
          case "after"_h: case "before"_h: case "despite"_h: case "since"_h: case "until"_h: case "upon"_h:
          case "while"_h: case "like"_h:
            ++b;
            break;
          default:
            break;
        }
      }
      if (reports_nothing(toks, b, e, i, cue_e, sents[s].end) || clause_in_holder(toks, b, e, true)) continue;
      attributions.push_back(Attribution{s, b, e, i, cue_e, "verb_with_holder", 0});
    }
  }

  // Per sentence: what an attribution makes of its sentence depends on who holds the statement and how it is
  // reported. Opponents and vague groups ("critics", "some in the X camp") hold counterclaims; named people
  // and institutions that say or find something give testimony, unless they argue a position the author
  // answers in the next sentence.
  std::vector<const Hit*> rebuttal_hits(sents.size(), nullptr);  // a rebuttal cue opening the sentence
  for (const Hit& h : hits) {
    if (h.family == Family::rebuttal && !rebuttal_hits[h.sentence] && opens_sentence(toks, sents[h.sentence].first, h.first)) {
      rebuttal_hits[h.sentence] = &h;
    }
  }
  auto answered_next = [&](std::uint32_t s) {
    const std::uint32_t k = s + 1;
    return k < sents.size() && (sents[k].contrast_start || rebuttal_hits[k] != nullptr);
  };
  // Inside a quotation the words are the quoted speaker's: a position they mention ('"To the extent that
  // people want to make this obstruction of justice, ...," Foley said.') is part of their testimony.
  auto inside_quotation = [&](std::uint32_t s, std::uint32_t at) {
    if (!spoken(s)) return false;
    // Double marks when the sentence has any (single ones inside are nested quotes or scare quotes), else the
    // single ones of a quotation set in them ("‘Now those with the most fear those with the least’").
    bool doubles = false;
    for (std::uint32_t k = sents[s].first; k < sents[s].end && !doubles; ++k) {
      doubles = toks[k].kind == TokenKind::quote && is_double_mark(toks[k]);
    }
    bool open = sents[s].quote_continues || sents[s].paragraph_quote;
    for (std::uint32_t k = sents[s].first; k < at; ++k) {
      if (toks[k].kind == TokenKind::quote && !(toks[k].flags & Token::clitic) && is_double_mark(toks[k]) == doubles) {
        open = !open;
      }
    }
    return open;
  };
  for (const auto& a : attributions) {
    SentenceState& st = sents[a.sentence];
    if (inside_quotation(a.sentence, a.cue_b)) continue;
    const std::uint64_t verb = toks[a.cue_b].hash;
    const bool impersonal = a.flags & (g::kHypothetical | g::kImpersonal);
    const bool eager = toks[a.cue_e - 1].has(lex::kEager);
    const bool contentious = toks[a.cue_b].has(lex::kContentiousVerb) && !toks[a.cue_b].has(lex::kNeutralVerb);
    bool finding = toks[a.cue_b].has(lex::kFindingVerb);
    const HolderKind holder = impersonal ? HolderKind::group : classify_holder(toks, a.holder_b, a.holder_e);
    if (holder == HolderKind::none) continue;
    // The record is no speaker ("the record shows otherwise", "history shows"), but a study's finding is
    // testimony: "Studies show that early education pays off", "Research suggests ...".
    if (holder == HolderKind::evidence) {
      bool study = false;
      for (std::uint32_t k = a.holder_b; k < a.holder_e; ++k) {
        switch (toks[k].hash) {
          case "studies"_h: case "study"_h: case "research"_h: case "polls"_h: case "surveys"_h: case "data"_h:
          case "statistics"_h: case "results"_h:
            study = true;
            break;
          default:
            break;
        }
      }
      const Hit* answer = rebuttal_hits[a.sentence];
      const std::uint64_t v = toks[a.cue_b].hash;
      finding = finding || v == "suggest"_h || v == "suggests"_h || v == "suggested"_h || v == "indicate"_h ||
                v == "indicates"_h || v == "indicated"_h;  // a study suggests what it finds
      if (!study || !finding || (answer && answer->match.rule == "the_record_shows")) continue;
    }
    // "Claim" as take or win: "those guns claim about 33,000 lives", "the Democrats claiming a net gain of 45
    // seats", "claimed credit", "claim responsibility".
    if (verb == "claim"_h || verb == "claims"_h || verb == "claimed"_h || verb == "claiming"_h) {
      bool taken = false;
      for (std::uint32_t k = a.cue_e; k < st.end && k < a.cue_e + 5 && !taken; ++k) {
        const TagToken& t = toks[k];
        if (t.kind == TokenKind::punctuation || t.kind == TokenKind::quote || t.hash == "that"_h) break;
        taken = (t.kind == TokenKind::number && !t.is(detail::kYear)) || t.hash == "credit"_h ||
                t.hash == "responsibility"_h || t.hash == "victory"_h || t.hash == "gain"_h || t.hash == "gains"_h ||
                t.hash == "seat"_h || t.hash == "seats"_h || t.hash == "lives"_h || t.hash == "title"_h ||
                t.hash == "win"_h;
      }
      if (taken) continue;
    }
    // An act with its object, not a report: "a group of legislators announced a bill".
    if ((verb == "announced"_h || verb == "announce"_h || verb == "announces"_h || verb == "unveiled"_h ||
         verb == "introduced"_h) &&
        a.cue_e < st.end) {
      const std::uint64_t next = toks[a.cue_e].hash;
      if (next == "a"_h || next == "an"_h || next == "new"_h || next == "his"_h || next == "her"_h ||
          next == "their"_h || next == "its"_h || next == "plans"_h) {
        continue;
      }
    }
    // A share of a poll's respondents holds a finding, not a position: "68 percent of voters want to keep it",
    // "the vast majority of voters have said the ballot was simple to use".
    bool quantified = false;
    // The share may stand before a holder given as its head noun ("the vast majority of | voters").
    const std::uint32_t share_b = a.holder_b >= 2 && toks[a.holder_b - 1].hash == "of"_h ? a.holder_b - 2 : a.holder_b;
    for (std::uint32_t k = share_b; k < a.holder_e; ++k) {
      const std::uint64_t w = toks[k].hash;
      quantified |= toks[k].kind == TokenKind::number || w == "percent"_h || w == "majority"_h ||
                    w == "plurality"_h || w == "minority"_h || w == "half"_h || w == "%"_h ||
                    w == "third"_h || w == "thirds"_h || w == "quarter"_h || w == "quarters"_h ||  // "two-thirds of"
                    // "the number of governors who oppose", "the share of voters who say"
                    ((w == "number"_h || w == "share"_h || w == "proportion"_h || w == "percentage"_h) && k > 0 &&
                     toks[k - 1].hash == "the"_h);
    }
    bool counter = false, testimony = false;
    if (quantified) {
      testimony = true;
    } else if (impersonal || eager) {
      counter = true;
    } else if (holder == HolderKind::opposition || holder == HolderKind::group) {
      // A group's announcement or explanation reports an act or a fact, not a position it argues: "the Obama
      // administration announced it could pay only a fraction", "White House aides explained the schedule".
      bool announces = false;
      switch (toks[a.cue_b].hash) {
        case "announce"_h: case "announces"_h: case "announced"_h: case "explain"_h: case "explains"_h:
        case "explained"_h: case "describe"_h: case "describes"_h: case "described"_h:
          announces = true;
          break;
        default:
          break;
      }
      // (A description the author answers is a position: "Fans of the filibuster often describe it as a noble
      // tradition. But the practice has a mostly sordid history.")
      const bool describes = verb == "describe"_h || verb == "describes"_h || verb == "described"_h;
      const bool answered = describes && answered_next(a.sentence);
      counter = !finding && (!announces || answered);
      testimony = announces && !answered;
    } else if (holder == HolderKind::evidence) {
      testimony = true;  // a study's finding, even one the author answers
    } else if (contentious) {
      // A named person or an expert who argues: answered by the author -> counterclaim, else testimony.
      counter = answered_next(a.sentence);
      testimony = !counter;
    } else {
      testimony = true;
    }
    if (a.rule == "according_to") {
      // "according to critics", "according to some": others' position; "according to the CBO": testimony.
      const std::uint64_t word = a.holder_e > a.holder_b ? toks[a.holder_b].hash : 0;
      const bool others = holder == HolderKind::opposition ||
                          (a.holder_e == a.holder_b + 1 && (word == "some"_h || word == "many"_h || word == "others"_h));
      counter = others;
      testimony = !others;
    }
    // A pronoun holds what the text reports of the one it refers to ("He said he wants a deal"): testimony,
    // except "they" arguing in a way the author answers ("They say ... But ...") or going on with the position
    // of others just before in the paragraph ("Opponents claim that X. They further point out that Y.").
    if (a.holder_e == a.holder_b + 1 && a.rule == "verb_with_holder") {
      const std::uint64_t p = toks[a.holder_b].hash;
      const std::uint32_t s = a.sentence;
      const bool goes_on = p == "they"_h && s > 0 && sents[s - 1].counterclaim &&
                           sents[s - 1].paragraph == st.paragraph && !finding;
      if (goes_on) {
        counter = true;
        testimony = false;
      } else if (p == "he"_h || p == "she"_h || (p == "they"_h && !(contentious && counter))) {
        counter = false;
        testimony = true;
      }
    }
    if (counter && !st.counterclaim) {
      st.counterclaim = true;
      st.counterclaim_rule = a.rule;
      st.holder = span(a.holder_b, a.holder_e);
    } else if (testimony && st.evidence == EvidenceType::none && !st.counterclaim) {
      // Numbers from a study or survey are statistics ("a survey found that 68 percent ...").
      const bool numbers = st.percent || st.money || st.big_number;
      st.evidence = numbers ? EvidenceType::statistic : EvidenceType::testimony;
      st.evidence_rule = a.rule == "according_to" ? "according_to" : finding ? "source_finds" : "source_says";
      st.holder = span(a.holder_b, a.holder_e);
      st.testimony_cue = a.cue_b;
      st.before_holder = a.holder_e > a.holder_b && a.holder_b > st.first ? a.holder_b - 1 : kNone;
    }
  }

  // Some concession cues boost as often as they grant ("Of course", "Undoubtedly", "Certainly", "No doubt",
  // "It is possible"): they grant only when the author turns after them, in the sentence or in the next two of
  // the paragraph ("Of course, the fees are high. But ..."); in the news batch 967 such openers with no turn
  // after them were mostly answers and boosters ("Yes.", "Of course, the law demands more of a judge than a gut
  // call."). "Admittedly", "To be fair", "It is true that", "There is no denying" grant by themselves.
  auto boosts = [&](const CueHit& c) {
    std::uint32_t l = c.last - 1;
    if (l > c.first && toks[l].hash == "that"_h) --l;
    const bool single = c.last == c.first + 1;
    switch (toks[l].hash) {
      case "course"_h: case "doubt"_h: case "undoubtedly"_h: case "yes"_h: case "certainly"_h: case "possible"_h:
      case "natural"_h: case "noted"_h: case "reasonable"_h: case "extent"_h:
      case "undeniable"_h:  // "It is undeniable that cheap fares have broadened travel ..." (a booster)
        return true;
      case "sure"_h:
        return single;
      case "true"_h:  // "True, ...", "That is true in New York, too" (an agreement; "It is true that" grants)
        return single || toks[c.first].hash == "that"_h;
      default:
        return false;
    }
  };
  auto turns_after = [&](const CueHit& c) {
    const SentenceState& st = sents[c.sentence];
    // (a "but" right after the cue qualifies the cue itself: "It is possible but unlikely that ...")
    for (std::uint32_t i = c.last + 1; i < st.end; ++i) {
      const std::uint64_t h = toks[i].hash;
      if ((h == "but"_h || h == "yet"_h || h == "however"_h || h == "nevertheless"_h || h == "nonetheless"_h ||
           h == "still"_h) && toks[i].is(detail::kLowercase)) {
        return true;
      }
    }
    for (std::uint32_t k = c.sentence + 1; k < sents.size() && k <= c.sentence + 2; ++k) {
      if (sents[k].paragraph != st.paragraph) break;
      if (sents[k].contrast_start || sents[k].turn_inside) return true;
      // "however" in the opening clause ("The unregulated work, however, carries the danger ..."), or a clause
      // turned with "but" ("Granted, the plan may raise fares, but ...").
      for (std::uint32_t i = sents[k].first + 1; i < sents[k].end; ++i) {
        const std::uint64_t h = toks[i].hash;
        if (i < sents[k].first + 12 && (h == "however"_h || h == "nevertheless"_h || h == "nonetheless"_h)) return true;
        if ((h == "but"_h || h == "yet"_h) && is_punct(toks[i - 1], ',')) return true;
      }
    }
    return false;
  };
  // Cue phrases: concession openers, claim phrases, anecdote cues; "That said" makes the sentence before a
  // concession.
  for (const CueHit& c : cue_hits) {
    SentenceState& st = sents[c.sentence];
    // The author's concession, not a quoted speaker's ('"Of course," he responds', '"It is possible that ...,"
    // said an economist').
    if ((c.kinds & detail::bit(CueKind::concession)) && opens_sentence(toks, st.first, c.first) &&
        !spoken(c.sentence) && (!boosts(c) || turns_after(c))) {
      st.concession = true;
      st.concession_rule = "concession_opener";
    }
    if ((c.kinds & detail::bit(CueKind::after_concession)) && c.first == st.first && c.sentence > 0) {
      SentenceState& prev = sents[c.sentence - 1];
      if (prev.nonargument == NonArgumentKind::none && !prev.counterclaim && !prev.rebuttal &&
          prev.paragraph == st.paragraph && !backs_own_point(c.sentence - 1)) {
        prev.concession = true;
        prev.concession_rule = "before_that_said";
      }
    }
    if ((c.kinds & detail::bit(CueKind::claim)) && !runs_the_talk(c)) st.claim_phrase = true;
    if (c.kinds & detail::bit(CueKind::anecdote)) {
      // "my grandmother", "a friend of mine": a personal story when it is told in the past ("My grandmother
      // worked two jobs"), not "I love my family".
      const std::uint64_t w = toks[c.first].hash;
      if (w == "my"_h || w == "a"_h) {
        st.family_cue = true;
      } else if (w == "in"_h && stance_phrase(c.first + 2, st.end)) {
        // "In my opinion", "in my humble view": the author's stance, no story.
      } else {
        st.anecdote_cue = true;
      }
    }
    if (c.kinds & (detail::bit(CueKind::hedge) | detail::bit(CueKind::booster))) st.hedged = true;
  }

  // Analogies and precedents.
  std::vector<Unit> sentence_units;
  for (const Hit& h : hits) {
    Unit u;
    if (h.family == Family::analogy) {
      if (!sents[h.sentence].has_analogy && analogy_unit(h, u)) {
        const std::uint32_t cue_at = index(h.match.begin[g::cue]);
        const std::uint64_t cue_word = toks[cue_at].hash;
        // "similar to", "the same as", "than at this time in": figures only when one stands near the marker
        // (elsewhere in the sentence it may count something else: "despite average numbers in polls").
        // "the same turnout ... as in 2008": "as" closing an earlier "the same".
        auto same_before = [&] {
          for (std::uint32_t k = cue_at; k > sents[h.sentence].first && k + 8 > cue_at; --k) {
            if (toks[k - 1].hash == "same"_h) return true;
          }
          return false;
        };
        // "win women by as large of a margin as her husband did in 1996": a figure set against a past one.
        const bool as_large = u.rule == "as_did" && cue_at >= sents[h.sentence].first + 2 &&
                              std::any_of(toks.begin() + std::max<std::int64_t>(sents[h.sentence].first, std::int64_t{cue_at} - 6),
                                          toks.begin() + cue_at, [](const TagToken& t) { return t.hash == "as"_h; });
        const bool likens_figures =
            ((u.rule == "like" && (cue_word == "similar"_h || cue_word == "comparable"_h ||
                                   (cue_word == "the"_h && toks[cue_at + 1].hash == "same"_h) ||
                                   (cue_word == "a"_h && toks[cue_at + 1].hash == "far"_h) ||
                                   (cue_word == "as"_h && same_before()))) ||
             as_large) &&
            figure_near(h.sentence, cue_at);
        // "28 times more door knocks than at this time in 2008", "more chaotic than at this time in 2008": "than"
        // sets a degree against the past one's, a benchmark with or without a figure beside the marker.
        const bool than_then = u.rule == "at_this_time_in" && cue_at > 0 && toks[cue_at - 1].hash == "than"_h;
        // "just as likely to stay poor as you were 50 years ago": a degree set against the past's.
        auto degree_word = [](std::uint64_t w) {
          switch (w) {
            case "likely"_h: case "unlikely"_h: case "many"_h: case "much"_h: case "high"_h: case "low"_h:
            case "few"_h: case "little"_h: case "often"_h: case "common"_h: case "popular"_h: case "unpopular"_h:
            case "large"_h: case "big"_h: case "strong"_h: case "weak"_h: case "bad"_h: case "good"_h:
              return true;
            default:
              return false;
          }
        };
        const std::uint32_t after_as = cue_at + (cue_word == "just"_h ? 2 : 1);
        auto as_follows = [&] {  // the second "as" of "as likely ... as"
          for (std::uint32_t k = after_as + 1; k < sents[h.sentence].end && k < after_as + 10; ++k) {
            if (toks[k].hash == "as"_h) return true;
          }
          return false;
        };
        // ... or the second "as" of it: "half as many people as in 2009".
        auto degree_before = [&] {
          for (std::uint32_t k = cue_at; k > sents[h.sentence].first && k + 8 > cue_at; --k) {
            if (toks[k - 1].hash == "as"_h && degree_word(toks[k].hash)) return true;
          }
          return false;
        };
        const bool degree = u.rule == "like" && (cue_word == "just"_h || cue_word == "as"_h) &&
                            ((after_as < sents[h.sentence].end && degree_word(toks[after_as].hash) && as_follows()) ||
                             (cue_word == "as"_h && degree_before()));
        // "Ratings were down compared with four years ago", "a sharp improvement compared with 2014", "Compared to
        // his vote in 2016, his approval rating has declined": the participle sets a state against a dated past
        // one, a benchmark; the verb likens ("Trump compared the impeachment to the Salem witch trials", "he has
        // been compared to Nixon"), and so does the participle before a past thing known by name alone
        // ("Compared to the Great Depression, ...").
        auto dated_benchmark = [&] {
          const std::uint32_t cue_end = index(h.match.end[g::cue]);
          if (u.rule != "compared_to" || cue_word != "compared"_h || cue_end != cue_at + 2) return false;
          const std::uint32_t first = sents[h.sentence].first;
          std::uint32_t k = cue_at;
          while (k > first && ly_adverb(toks[k - 1])) --k;  // "is often compared"
          if (k > first && (toks[k - 1].has(lex::kCopula) || toks[k - 1].hash == "been"_h ||
                            toks[k - 1].hash == "being"_h || toks[k - 1].hash == "be"_h)) {
            return false;
          }
          bool dated = false;
          for (std::uint32_t j = cue_end; j < sents[h.sentence].end && span(j, j + 1).begin < u.source.end; ++j) {
            dated |= toks[j].is(detail::kYear | detail::kDecade) || toks[j].hash == "ago"_h;
          }
          if (!dated) return false;
          // ... of an amount or a change ("down", "a fraction", "an improvement", "less favorably", "the death
          // toll"), not of kinds ("a more character driven election", "Trump shook hands with the king").
          if (figure_near(h.sentence, cue_at)) return true;
          for (std::uint32_t j = sents[h.sentence].first; j < sents[h.sentence].end; ++j) {
            switch (toks[j].hash) {
              case "down"_h: case "up"_h: case "fraction"_h: case "improvement"_h: case "average"_h: case "less"_h:
              case "fewer"_h: case "higher"_h: case "lower"_h: case "sums"_h: case "toll"_h: case "declined"_h:
              case "rose"_h: case "fell"_h: case "increase"_h: case "decrease"_h: case "drop"_h: case "gain"_h:
              case "many"_h: case "minuscule"_h: case "turnaround"_h:
                return true;
              default:
                break;
            }
          }
          return false;
        };
        const bool compares = ((u.rule == "compared_to" || u.rule == "for_comparison") && measures_quantity(h.sentence)) ||
                              likens_figures || degree || than_then || dated_benchmark();
        if (compares && u.year != 0) {
          // "turnout slumped compared with 2008", "16 deaths, compared to more than 1,800 in 2005", "a 48 percent
          // margin, similar to Obama's 44 percent in 2012", "28 times more door knocks than at this time in
          // 2008": a figure set against a past year's is a benchmark (precedent), not a likening of situations.
          if (sents[h.sentence].has_precedent) continue;
          u.type = UnitType::precedent;
          u.rule = "compared_with_past";
          u.use = AnalogyUse::none;
          u.target = {};
          sents[h.sentence].has_precedent = true;
        } else {
          sents[h.sentence].has_analogy = true;
        }
        sentence_units.push_back(std::move(u));
      }
    } else if (h.family == Family::precedent) {
      if (!sents[h.sentence].has_precedent && precedent_unit(h, u)) {
        sents[h.sentence].has_precedent = true;
        sentence_units.push_back(std::move(u));
      }
    }
  }
  struct DrawnAnalogy {
    std::uint32_t sentence;
    std::int32_t entry;
    int year;
  };
  std::vector<DrawnAnalogy> drawn;
  for (const Unit& x : sentence_units) {
    if (x.type == UnitType::analogy && x.year != 0) drawn.push_back({x.sentence, x.gazetteer_entry, x.year});
  }
  std::stable_sort(drawn.begin(), drawn.end(),
                   [](const DrawnAnalogy& a, const DrawnAnalogy& b) { return a.sentence < b.sentence; });
  // An analogy carried on: in a paragraph that already draws an analogy, a later sentence naming another past
  // event or movement ("convert Dean for America into Democracy for America") extends it.
  for (const Mention& men : mentions) {
    const SentenceState& st = sents[men.sentence];
    if (st.has_analogy) continue;
    const GazetteerEntry& e = gazetteer->entry(static_cast<std::size_t>(men.entry));
    // Policies and figures named again are the present's vocabulary ("a Green New Deal"), not a comparison.
    if (e.kind == EventKind::figure || e.kind == EventKind::policy || e.year > doc_year - 2) continue;
    // An analogy earlier in the paragraph, about another entry of the same time: "reminiscent of Howard Dean's
    // ... in 2004" carried on by "convert Dean for America into Democracy for America", not a mention of the
    // Tea Party or of Pearl Harbor decades away from it.
    // The nearest 16 of them at most, so a text of thousands of analogies and names stays linear.
    const std::uint32_t paragraph_first = doc->paragraphs()[st.paragraph].first_sentence;
    auto it = std::lower_bound(drawn.begin(), drawn.end(), men.sentence,
                               [](const DrawnAnalogy& a, std::uint32_t sentence) { return a.sentence < sentence; });
    bool earlier = false;
    for (int seen = 0; it != drawn.begin() && seen < 16 && !earlier; ++seen) {
      const DrawnAnalogy& a = *--it;
      if (a.sentence < paragraph_first) break;
      earlier = a.entry != men.entry && std::abs(a.year - e.year) <= 4;
    }
    if (!earlier) continue;
    Unit u;
    u.type = UnitType::analogy;
    u.sentence = men.sentence;
    u.span = sentence_span(men.sentence);
    u.rule = "extended_analogy";
    u.source = span(men.first, men.last);
    u.cue = u.source;
    u.year = e.kind == EventKind::election ? e.end_year : e.year;
    u.gazetteer_entry = men.entry;
    Hit pseudo{Family::analogy, {}, men.first, men.last, men.sentence};
    u.use = analogy_use(pseudo);
    if (u.use == AnalogyUse::comparison || u.use == AnalogyUse::prediction) u.use = AnalogyUse::model;
    sents[men.sentence].has_analogy = true;
    sentence_units.push_back(std::move(u));
  }

  // The author's own voice: not a quotation ("“In the final 36 hours, the campaign ...”, said ...") nor
  // another's reported words ("But, Amash added, ...", "Lefko said she doesn't remember Reade"). Answers and
  // the concessions they imply are the author's.
  // A holder inside a relative clause or an embedded question reports only that clause: "many moderates,
  // who believe ...", "the ones who said they were open", "what Cohen believes".
  auto reports_sentence = [&](const Attribution& a) {
    // "The facts suggest otherwise": the author's answer with the record as its subject.
    if (rebuttal_hits[a.sentence] && rebuttal_hits[a.sentence]->match.rule == "the_record_shows") return false;
    if (a.holder_e > a.holder_b) {
      const std::uint64_t last = toks[a.holder_e - 1].hash;
      if (last == "who"_h || last == "which"_h || last == "that"_h) return false;
      if (a.holder_b > sents[a.sentence].first) {
        const std::uint64_t before = toks[a.holder_b - 1].hash;
        if (before == "what"_h || before == "who"_h || before == "whom"_h || before == "which"_h ||
            before == "how"_h || before == "why"_h || before == "whether"_h) {
          return false;
        }
      }
    }
    return true;
  };
  std::vector<bool> reported(sents.size(), false);
  for (const Attribution& a : attributions) reported[a.sentence] = reported[a.sentence] || reports_sentence(a);
  auto authors_voice = [&](std::uint32_t s) { return !spoken(s) && !sents[s].quote && !reported[s]; };
  // "Y, though X" grants X when Y argues: "The plan is sound, though it costs more". In a report or a story
  // the trailing clause is the reporter's caveat ("He said they would create a transition period, though he
  // didn't provide a timeline", "Syrian rebels accused the regime, though Obama said ..."): in a news sample
  // 11 of 12 such clauses granted nothing. A demand keeps its grant even in a sentence that cites a source
  // ("According to the forecast it'll be sunny, and one mustn't waste it, even if I have work"). "Whereas"
  // contrasts: it grants nothing; "unless" grants only the exception to a demand ("They should be taken off the
  // market, unless they're unbreakable. But ..."), elsewhere it sets a condition ("It will phase out in 2017
  // unless Congress extends it").
  auto trailing_concession = [&](std::uint32_t s, std::uint32_t at) {
    const SentenceState& st = sents[s];
    const bool demand = st.strong_modal || st.first_person;
    if (toks[at].hash == "whereas"_h || (toks[at].hash == "unless"_h && !st.strong_modal)) return false;
    if (!demand && !authors_voice(s)) return false;
    const bool stance = demand || st.evaluative || st.own_stance || st.claim_phrase;
    return stance || !(st.past_tense || st.time_expression);
  };
  // A news report narrates: its "X. But Y." turns move the story on ("Access was provided on secure web
  // sites. But the website does not contain the latest information"). A document is a report when sentences
  // in other voices (quoted, reported; at least three) outnumber those where the author judges or demands by
  // more than four to one: in the news batch that holds for 9% of the articles filed under opinion and 71%
  // of the rest, and 27 of a sample of 30 statements it keeps from being concessions granted nothing.
  int judged = 0, others = 0;
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    const SentenceState& x = sents[s];
    if (x.nonargument != NonArgumentKind::none) continue;
    if (!authors_voice(s)) {
      ++others;
    } else if (!x.question && (x.strong_modal || x.claim_phrase || x.own_stance || x.evaluative || x.first_person)) {
      ++judged;
    }
  }
  const bool report = others >= 3 && others > 4 * judged;
  // The author judges, demands, hedges or speaks in the sentence. (The count above leaves out predictions and
  // hedges, which reports are full of: "would", "could", "likely".)
  auto judges = [](const SentenceState& x) {
    return x.strong_modal || x.weak_modal || x.evaluative || x.own_stance || x.claim_phrase || x.first_person ||
           x.hedged;
  };
  // Concessions inside a sentence. "X, but Y": X concedes (or reports the other side) and Y answers, when X
  // carries a concession or hedge ("Granted, ...", "Landlords may want ...", "Sure, ..."). "Although X, Y" and
  // "Y, even if X": the subordinate clause concedes.
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    SentenceState& st = sents[s];
    if (st.nonargument != NonArgumentKind::none || st.end - st.first < 5) continue;
    const std::uint32_t f = st.first;
    // A quoted speaker's clauses are the speaker's, not the author's concessions or answers.
    if (spoken(s)) continue;
    const std::uint32_t opener = after_opener(s);  // "In conclusion, | while X, Y"
    // ", though," and ", though:" are "however" after a clause or an opener ("True to form, though, ...").
    auto adverb_at = [&](std::uint32_t k) { return k + 1 < st.end && toks[k + 1].kind == TokenKind::punctuation; };
    // "The idea that X is absurd": X is the other side's, the rest answers it (in the author's voice only: not
    // inside a quotation, nor when the sentence reports someone).
    if (Dismissal d; !st.counterclaim && authors_voice(s) && dismissed_idea(s, d)) {
      st.counterclaim = true;
      st.counterclaim_rule = "dismissed_idea";
      if (d.holder_b != kNone) st.holder = span(d.holder_b, d.holder_e);
      st.counterclaim_clause = span(d.clause_b, d.clause_e);
      st.rebuttal = true;
      st.rebuttal_rule = "dismissed_idea";
      st.rebuttal_clause = span(d.verdict, st.end);
      st.answers.push_back(s);
      continue;
    }
    // "Anyone who thinks X is wrong", "Those who argue X are mistaken": the verdict answers the position.
    if (st.counterclaim && st.counterclaim_rule == "those_who" && !st.quote) {
      std::uint32_t cue = f;
      while (cue < st.end && toks[cue].hash != "who"_h) ++cue;
      while (cue + 1 < st.end && !toks[cue].has(lex::kReportVerb | lex::kContentiousVerb)) ++cue;  // "who still insist"
      std::uint32_t clause_b = cue + 1;
      if (clause_b < st.end && toks[clause_b].hash == "that"_h) ++clause_b;
      const std::uint32_t v = clause_b + 2 < st.end ? verdict_in(s, clause_b + 2) : kNone;
      if (v != kNone) {
        st.counterclaim_clause = span(clause_b, v);
        st.rebuttal = true;
        st.rebuttal_rule = "dismissed_idea";
        st.rebuttal_clause = span(v, st.end);
        st.answers.push_back(s);
        continue;
      }
    }
    // "Contrary to what critics claim, X": the critics' position is answered by the rest of the sentence.
    if (st.counterclaim && toks[f].hash == "contrary"_h && toks[f + 1].hash == "to"_h) {
      std::uint32_t comma = f + 2;
      while (comma < st.end && !is_punct(toks[comma], ',')) ++comma;
      if (comma + 2 < st.end) {
        st.counterclaim_clause = span(f, comma);
        st.rebuttal = true;
        st.rebuttal_rule = "contrary_to";
        st.rebuttal_clause = span(comma + 1, st.end);
        st.answers.push_back(s);
        continue;
      }
    }
    // "While critics argue that X, Y", "Although some people think X, I believe Y": the others' position sits
    // in the concessive clause and the main clause answers it; the author grants nothing. (Not when the main
    // clause is another side's: "While some say X, others say Y".)
    if (st.counterclaim && !st.quote) {
      const std::uint32_t g = opener;
      const std::uint64_t w0 = toks[g].hash;
      if (!adverb_at(g) && (w0 == "although"_h || w0 == "though"_h || w0 == "while"_h || w0 == "whereas"_h ||
                      (w0 == "even"_h && (toks[g + 1].hash == "though"_h || toks[g + 1].hash == "if"_h)))) {
        // The holder stands in the opening clause, which ends at the first comma after it.
        std::uint32_t holder_at = g;
        while (holder_at < st.end && span(holder_at, holder_at + 1).begin < st.holder.begin) ++holder_at;
        bool holder_inside = st.holder.end > st.holder.begin && span(g, g + 1).begin <= st.holder.begin;
        for (std::uint32_t k = g; k < holder_at && holder_inside; ++k) holder_inside = !is_punct(toks[k], ',');
        std::uint32_t comma = holder_at;
        while (comma < st.end && !is_punct(toks[comma], ',')) ++comma;
        // In a report or a story both clauses narrate ("While supporters say X, the mayor plans Y"; outside an
        // argument, a verb in the past: "Though some strategists questioned ..., Pelosi called the plan dead");
        // anywhere, a main clause that reports another voice is no answer of the author's ("..., Myers-Wood
        // says ...", "..., according to a survey"). Outside an argument (where the author's judging sentences are
        // fewer than the others' voices) the main clause must judge: deny, evaluate, demand or speak for the
        // author ("..., this is misleading", "..., their actions do not support their statements"), not go on
        // with the story ("..., Democrats are focusing even harder on background checks").
        bool main_reports = report, main_judges = judged > others;
        // "While" with the holder's verb in the past tells time: "While people argued whether ..., Congress
        // quietly reauthorized the bank".
        for (std::uint32_t k = holder_at; k < comma && w0 == "while"_h; ++k) {
          if (span(k, k + 1).begin < st.holder.end || ly_adverb(toks[k])) continue;
          main_reports = main_reports || past_verb(toks[k]);
          break;
        }
        for (std::uint32_t k = comma + 1; k < st.end && !main_reports; ++k) {
          // (the author's own "I would contend that", "I truly believe" answers)
          std::uint32_t subject = k;
          while (subject > comma + 1 && (ly_adverb(toks[subject - 1]) || toks[subject - 1].has(lex::kWeakModal))) {
            --subject;
          }
          const bool own = subject > comma + 1 && toks[subject - 1].has(lex::kFirstPerson);
          main_reports = toks[k].kind == TokenKind::quote || toks[k].hash == "according"_h ||
                         (past_verb(toks[k]) && judged <= others) ||
                         (toks[k].has(lex::kReportVerb | lex::kNeutralVerb | lex::kContentiousVerb) &&
                          toks[k].is(detail::kLowercase) && !own);
          main_judges |= toks[k].has(lex::kNegation | lex::kEvaluative | lex::kStrongModal | lex::kFirstPerson);
        }
        if (holder_inside && !main_reports && main_judges && comma + 3 < st.end &&
            !toks[comma + 1].has(lex::kQuantifier) && toks[comma + 1].hash != "others"_h) {
          st.counterclaim_clause = span(g, comma);
          st.rebuttal = true;
          st.rebuttal_rule = "main_clause";
          st.rebuttal_clause = span(comma + 1, st.end);
          st.answers.push_back(s);
          continue;
        }
      }
    }
    std::uint32_t contrast = kNone, subordinate = kNone;
    // A contrast inside a quotation is the speaker's: 'Obama declared that "the arc ... may bend toward
    // justice, but it doesn't bend on its own."'
    auto double_mark = [&](std::uint32_t i) { return toks[i].kind == TokenKind::quote && is_double_mark(toks[i]); };
    bool quoted = false;
    for (std::uint32_t i = f; i < f + 2 && i < st.end; ++i) quoted ^= double_mark(i);
    for (std::uint32_t i = f + 2; i + 2 < st.end; ++i) {
      const std::uint64_t h = toks[i].hash;
      const TagToken& prev = toks[i - 1];
      if (double_mark(i)) quoted = !quoted;
      if (quoted) continue;
      const bool after_break = prev.kind == TokenKind::dash ||
                               (prev.kind == TokenKind::punctuation && (prev.text[0] == ',' || prev.text[0] == ';'));
      if (!after_break) continue;
      if (contrast == kNone && (h == "but"_h || h == "yet"_h ||
                                (h == "then"_h && toks[i + 1].hash == "again"_h) ||
                                // not right after an opening adverb: "Admittedly, on the other hand, ..."
                                (i > f + 2 && other_hand(i, st.end)))) {
        contrast = i;
      }
      // ", however," / "; however," joining two clauses works as "but": "Many think that homework is useless,
      // however, it teaches discipline" (not inside one clause: "The plan, however, costs more").
      if (contrast == kNone && h == "however"_h && is_punct(toks[i + 1], ',') && clauses_around_however(f, i, st.end)) {
        contrast = i;
      }
      // ", though," and ", though." are "however", not a subordinate clause.
      const bool adverb_though = h == "though"_h && toks[i + 1].kind == TokenKind::punctuation;
      if (subordinate == kNone && !adverb_though &&
          (h == "although"_h || h == "though"_h || h == "whereas"_h || h == "unless"_h ||
           (h == "even"_h && (toks[i + 1].hash == "if"_h || toks[i + 1].hash == "though"_h)))) {
        subordinate = i;
      }
    }
    auto concessive = [&](std::uint32_t b, std::uint32_t e) {
      switch (toks[b].hash) {
        case "yes"_h: case "sure"_h: case "granted"_h: case "indeed"_h: case "admittedly"_h: case "perhaps"_h:
        case "true"_h: case "certainly"_h: case "maybe"_h: case "clearly"_h:
          return true;
        case "on"_h:  // "On the one hand X, on the other hand Y"
          if (b + 3 < e && toks[b + 1].hash == "the"_h && toks[b + 2].hash == "one"_h && toks[b + 3].hash == "hand"_h) {
            return true;
          }
          break;
        default:
          break;
      }
      for (std::uint32_t i = b; i < e; ++i) {
        if (toks[i].has(lex::kWeakModal) && toks[i].hash != "will"_h && toks[i].hash != "can"_h &&
            toks[i].hash != "would"_h && !(i > b && toks[i].is(detail::kCapitalized))) {
          return true;  // may, might, could (not the month: "in May")
        }
        // A conceding adverb inside the clause: "The fees are admittedly high, but", "He will, of course, say
        // so, but".
        const std::uint64_t w = toks[i].hash;
        const std::uint64_t next = i + 1 < e ? toks[i + 1].hash : 0;
        if (w == "admittedly"_h || w == "undoubtedly"_h || (w == "of"_h && next == "course"_h) ||
            (w == "no"_h && next == "doubt"_h) ||
            (w == "to"_h && next == "be"_h && i + 2 < e && toks[i + 2].hash == "sure"_h)) {
          return true;
        }
      }
      return st.concession || st.counterclaim;
    };
    // "..., but added that ...": the contrast goes on inside the report. "not just X, but Y" corrects, it
    // does not answer.
    auto inside_report = [&](std::uint32_t c) {
      std::uint32_t k = c + 1;
      if (k < st.end && is_punct(toks[k], ',')) ++k;  // ", however, added that"
      if (k < st.end && toks[k].hash == "also"_h) ++k;
      return k < st.end && toks[k].has(lex::kReportVerb | lex::kNeutralVerb | lex::kContentiousVerb) &&
             toks[k].is(detail::kLowercase);
    };
    auto not_only = [&](std::uint32_t c) {
      for (std::uint32_t i = f; i + 1 < c; ++i) {
        if ((toks[i].hash == "not"_h || toks[i].hash == "n't"_h) &&
            (toks[i + 1].hash == "just"_h || toks[i + 1].hash == "only"_h || toks[i + 1].hash == "merely"_h ||
             toks[i + 1].hash == "simply"_h)) {
          return true;
        }
      }
      return false;
    };
    // "X, but not Y" / "X, but it is not Y" grants X in an argument ("Executive privilege is real, but it is
    // not an absolute privilege"; about 17 of a sample of 25 in news), not in a story or a question, nor before
    // an order ("..., but don't let your kids ...").
    auto denied_after = [&](std::uint32_t c) {
      if (st.past_tense || st.time_expression || st.question || !authors_voice(s)) return false;
      if (c + 1 < st.end && (toks[c + 1].hash == "do"_h || toks[c + 1].hash == "don't"_h)) return false;
      for (std::uint32_t i = c + 1; i < st.end && i <= c + 3; ++i) {
        if (toks[i].has(lex::kNegation)) return true;
      }
      return false;
    };
    if (contrast != kNone && (concessive(f, contrast - 1) || denied_after(contrast)) && !inside_report(contrast) &&
        !not_only(contrast)) {
      const Span x = span(f, contrast - 1), y = span(contrast, st.end);
      if (st.counterclaim) {
        st.counterclaim_clause = x;
      } else {
        st.concession = true;
        if (st.concession_rule.empty()) st.concession_rule = "but_clause";
        st.concession_clause = x;
      }
      st.rebuttal = true;
      st.rebuttal_rule = "but_clause";
      st.rebuttal_clause = y;
      if (st.counterclaim) st.answers.push_back(s);
      continue;
    }
    // "Parliamentary control, however, hampers ...": "however" inside the opening clause turns to the other side
    // of the author's argument, when the sentence before argues it (a claim: "must", "it is good") and this
    // one states a general case (present tense, no source). In reporting it only moves the story on ("The
    // justices, though, declined", "Bespoke's data, however, says"): none of 25 news samples conceded.
    auto after_claim = [&] {
      if (s == 0 || sents[s - 1].paragraph != st.paragraph) return false;
      const SentenceState& before = sents[s - 1];
      return before.nonargument == NonArgumentKind::none && !before.counterclaim && !before.quote &&
             before.evidence == EvidenceType::none &&
             (before.strong_modal || before.claim_phrase || before.own_stance || before.evaluative);
    };
    // A short argument that opens with its thesis, a demand, and turns within three sentences, its support in
    // between: "Tegel should by all means remain operational. It is an asset for the economy. The negative
    // impact of air traffic however is considerable." The turn states the other side.
    auto after_thesis = [&] {
      for (std::uint32_t k = s; k-- > 0 && s - k <= 3;) {
        const SentenceState& x = sents[k];
        if (x.paragraph != st.paragraph || x.nonargument != NonArgumentKind::none || x.counterclaim ||
            x.concession || x.contrast_start || !authors_voice(k)) {
          return false;
        }
        for (std::uint32_t i = x.first; i < x.end; ++i) {
          if (toks[i].has(lex::kContrast)) return false;  // the argument turned already
        }
        bool opens = true;
        for (std::uint32_t j = 0; j < k && opens; ++j) opens = sents[j].nonargument != NonArgumentKind::none;
        if (opens) return k + 1 < s && (x.strong_modal || x.claim_phrase);
      }
      return false;
    };
    // When the author's conclusion follows the turn ("... A constant increase in rent hence cannot be
    // desired."), the turn is the author's answer and the statement before it is granted (below, as before
    // "But").
    auto conclusion_after = [&] {
      for (std::uint32_t k = s + 1; k < sents.size() && k <= s + 4 && sents[k].paragraph == st.paragraph; ++k) {
        const SentenceState& x = sents[k];
        if (!(x.strong_modal || x.weak_modal || x.evaluative)) continue;
        for (std::uint32_t i = x.first; i < x.end; ++i) {
          if (concluding(toks[i].hash)) return true;
        }
      }
      return false;
    };
    // "however" in the opening clause: within five words, or after a longer subject with no verb yet and
    // before a comma or the verb ("A fixing of rent prices according to the market alone, however, will
    // ..."). In news the longer reach found only the author's own turns after a claim (7 of 7), so it serves
    // the two patterns of short arguments only.
    bool however_near = false, however_far = false;
    for (std::uint32_t i = f + 1; i < st.end && i <= f + 12; ++i) {
      const bool turn = toks[i].hash == "however"_h ||
                        (toks[i].hash == "though"_h && i + 1 < st.end && toks[i + 1].kind == TokenKind::punctuation &&
                         toks[i - 1].kind == TokenKind::punctuation);  // "Their bigger worry, though, is ..."
      if (!turn) continue;
      if (i <= f + 5) {
        however_near = true;
      } else if (i + 1 < st.end && (is_punct(toks[i + 1], ',') || verb_form(toks[i + 1]))) {
        bool verb_before = false;
        for (std::uint32_t k = f + 1; k < i && !verb_before; ++k) verb_before = verb_form(toks[k]);
        however_far = !verb_before;
      }
      break;
    }
    const bool however_inside = however_near || however_far;
    if (however_inside && !st.counterclaim && !st.question && conclusion_after()) {
      st.turn_inside = true;
      continue;
    }
    const bool thesis_turn = however_inside && after_thesis();
    if (((however_near && after_claim()) || thesis_turn) && !st.counterclaim &&
        !st.strong_modal && !st.past_tense && !st.question && st.evidence == EvidenceType::none) {
      st.concession = true;
      st.concession_rule = "however_inside";
      // In the short argument the other side's support follows until the author turns back or concludes
      // ("... however is considerable. Air traffic is extremely environmentally unfriendly.").
      for (std::uint32_t k = s + 1; thesis_turn && k < sents.size() && sents[k].paragraph == st.paragraph; ++k) {
        SentenceState& x = sents[k];
        if (x.nonargument != NonArgumentKind::none || x.counterclaim || x.strong_modal || x.question ||
            !authors_voice(k)) {
          break;
        }
        bool turn = false;
        for (std::uint32_t i = x.first; i < x.end && !turn; ++i) {
          const std::uint64_t w = toks[i].hash;
          turn = toks[i].has(lex::kContrast) || concluding(w) || w == "although"_h || w == "though"_h;
        }
        if (turn) break;
        x.concession = true;
        x.concession_rule = "however_inside";
      }
      continue;
    }
    // A fronted "Although", "Even if", "While" grants; "Whereas" only contrasts, and "Unless" sets a condition
    // except before a demand (as trailing_concession).
    // (past a short opening phrase: "In conclusion, while X, Y", or a clause of the author's own before "that":
    // "To sum up, I reaffirm that although X, Y")
    std::uint32_t g = opener;
    if (toks[g].has(lex::kFirstPerson)) {
      for (std::uint32_t k = g + 1; k + 1 < st.end && k < g + 8 && toks[k].kind == TokenKind::word; ++k) {
        const std::uint64_t n = toks[k + 1].hash;
        if (toks[k].hash == "that"_h && (n == "although"_h || n == "though"_h || n == "while"_h || n == "even"_h)) {
          g = k + 1;
          break;
        }
      }
    }
    const std::uint64_t h0 = toks[g].hash;
    // "Despite the high fees, the service is worth it" grants the fees where the author argues; in a story it
    // only sets the scene ("Despite the rain, thousands marched on Saturday").
    // (the author's voice always: unlike a trailing "unless", a reported demand does not make it the author's).
    const bool despite = (h0 == "despite"_h || (h0 == "in"_h && toks[g + 1].hash == "spite"_h)) &&
                         authors_voice(s) &&
                         (st.strong_modal || st.evaluative || st.own_stance || st.claim_phrase ||
                          !(st.past_tense || st.time_expression));
    if (h0 == "although"_h || (h0 == "though"_h && !adverb_at(g)) || (h0 == "unless"_h && st.strong_modal) ||
        (h0 == "even"_h && (toks[g + 1].hash == "if"_h || toks[g + 1].hash == "though"_h || toks[g + 1].hash == "when"_h)) ||
        (h0 == "while"_h && !st.contrast_start) || despite) {
      std::uint32_t e = g + 1;
      while (e < st.end && !(toks[e].kind == TokenKind::punctuation && toks[e].text[0] == ',')) ++e;
      // "While" of time: "While in office, ...", "While at the State Department, ..." (a place or a post, no
      // verb), "While Pence was flying over the Bering Sea, ..." (the past progressive). Not "While on the
      // surface it would appear ...", nor the present ("While the work is challenging, ..." concedes).
      bool temporal = false;
      if (h0 == "while"_h && g + 2 < e) {
        const std::uint64_t w1 = toks[g + 1].hash;
        temporal = (w1 == "in"_h || w1 == "at"_h || w1 == "serving"_h) &&
                   !(w1 == "in"_h && toks[g + 2].hash == "fact"_h);
        // An -ing adjective is no progressive: "While he was willing to pander", "While these nadirs were
        // embarrassing, ..." (it ends the clause, or is a known adjective).
        auto adjective = [&](std::uint32_t k) {
          if (k + 1 >= e || toks[k + 1].kind == TokenKind::punctuation) return true;
          switch (toks[k].hash) {
            case "willing"_h: case "interesting"_h: case "surprising"_h: case "striking"_h: case "disappointing"_h:
            case "embarrassing"_h: case "troubling"_h: case "alarming"_h: case "amazing"_h: case "compelling"_h:
            case "frustrating"_h: case "worrying"_h: case "encouraging"_h: case "promising"_h: case "missing"_h:
            case "lacking"_h: case "outstanding"_h: case "appealing"_h: case "convincing"_h: case "misleading"_h:
              return true;
            default:
              return toks[k].has(lex::kEvaluative);
          }
        };
        for (std::uint32_t k = g + 1; k + 1 < e && !temporal; ++k) {
          const std::uint64_t w = toks[k].hash;
          const TagToken& next = toks[k + 1];
          temporal = (w == "was"_h || w == "were"_h) && next.is(detail::kLowercase) && next.raw().size() > 4 &&
                     next.raw().ends_with("ing") && !adjective(k + 1);
        }
      }
      // A participle with no verb of its own tells what the subject did at the time ("While campaigning in
      // Iowa, he received ...", "While not mentioning the debate, Mr. Trump defended ..."), not what the author
      // grants; a gerund that is the clause's subject concedes ("While collecting information on opponents is
      // routine, ...").
      if (!temporal && h0 == "while"_h) {
        std::uint32_t p = g + 1;
        if (p < e && toks[p].hash == "not"_h) ++p;
        const TagToken& w = toks[p];
        if (p + 1 < e && w.is(detail::kLowercase) && w.size > 4 && w.raw().ends_with("ing") && w.hash != "during"_h) {
          // A verb or a plural noun right after it makes it a gerund subject or an adjective ("polling shows",
          // "sharing menus ... raise", "incoming presidents have").
          const TagToken& after = toks[p + 1];
          bool verb = after.is(detail::kLowercase) && after.raw().ends_with("s") && after.hash != "his"_h &&
                      after.hash != "its"_h && after.hash != "this"_h && after.hash != "us"_h;
          for (std::uint32_t k = p + 1; k < e && !verb; ++k) {
            verb = verb_form(toks[k]) || toks[k].has(lex::kJudgeVerb);
          }
          temporal = !verb;
        }
      }
      if (e < st.end && e > g + 2 && !temporal) {
        st.concession = true;
        st.concession_rule = "although_clause";
        st.concession_clause = span(g, e);
      }
    } else if (subordinate != kNone && trailing_concession(s, subordinate)) {
      st.concession = true;
      st.concession_rule = "although_clause";
      st.concession_clause = span(subordinate, st.end);
    }
  }
  // A point granted with an opener ("Admittedly", "It is true that") is followed by its support until the
  // author turns, in the paragraph or at the start of the next: "Admittedly, indoor activities are fun. There's
  // no doubt that reading a book can bring us joy. || However, ..." (persuasive essays). Only plain sentences in
  // the author's voice, at most four, only when the turn comes, and not in a report (which narrates). (The
  // others' position opening a paragraph, followed the same way, found nothing more in the essays.)
  for (std::uint32_t s = 0; s + 1 < sents.size() && !report; ++s) {
    const SentenceState& open = sents[s];
    if (!open.concession || open.concession_rule != "concession_opener") continue;
    std::uint32_t k = s + 1;
    while (k < sents.size() && k <= s + 4 && sents[k].paragraph == open.paragraph) {
      const SentenceState& x = sents[k];
      if (x.nonargument != NonArgumentKind::none || x.question || x.counterclaim || x.concession || x.rebuttal ||
          x.contrast_start || x.turn_inside || !authors_voice(k)) {
        break;
      }
      ++k;
    }
    if (k == s + 1 || k >= sents.size()) continue;
    const SentenceState& turn = sents[k];
    const bool turns = (turn.contrast_start || turn.turn_inside) &&
                       (turn.paragraph == open.paragraph || turn.paragraph == open.paragraph + 1);
    if (!turns) continue;
    for (std::uint32_t j = s + 1; j < k; ++j) {
      sents[j].concession = true;
      sents[j].concession_rule = "supports_concession";
    }
  }
  // A statement answered by the next sentence ("... But ...") concedes it, unless it is already a
  // counterclaim. A demand counts too: "Everyone should be able to profit from their property. But a market
  // rent alone will divide society."
  for (std::uint32_t s = 0; s + 1 < sents.size(); ++s) {
    SentenceState& st = sents[s];
    const SentenceState& next = sents[s + 1];
    if (st.nonargument != NonArgumentKind::none || st.counterclaim || st.concession ||
        st.rebuttal || !(next.contrast_start || next.turn_inside) || next.paragraph != st.paragraph || st.question ||
        !authors_voice(s) || !authors_voice(s + 1)) {
      continue;
    }
    // A turn in an argument, not in a story: "The administration set December 15 as the deadline. But because
    // of the technical problems, the deadline was extended." tells events (the turn is in the past, or dated),
    // and neither sentence takes a stance (a modal, a judgment, a negation, the author's own voice); "The plan
    // costs money. But it pays for itself." argues, and so does "... But the rule of law hangs by a thread."
    auto stance = [](const SentenceState& x) {
      return x.strong_modal || x.weak_modal || x.evaluative || x.negation || x.first_person || x.own_stance ||
             x.claim_phrase;
    };
    auto story = [](const SentenceState& x) { return x.past_tense || x.time_expression; };
    if (!stance(st) && !stance(next) && story(next)) continue;
    // In a report only a statement that judges, hedges or speaks for the author is granted ("That figure is
    // not necessarily a sign of weakness. But ...", "I appreciate the Speaker's enthusiasm. But ...").
    if (report && !judges(st)) continue;
    // "Instead" and "rather" replace what the sentence before denied ("His decision never depends on ads.
    // Instead, he lives by base rates."): nothing was granted. An aside in parentheses grants nothing either.
    {
      std::uint32_t k = next.first;
      while (k < next.end && toks[k].kind != TokenKind::word) ++k;
      if (k < next.end && (toks[k].hash == "instead"_h || toks[k].hash == "rather"_h)) continue;
      if (is_punct(toks[st.first], '(')) continue;
    }
    if (backs_own_point(s)) continue;
    // The author's conclusion is no concession ("In conclusion, I would argue that cheap fares do more harm
    // than good. However, ..."); the turn after the thesis grants the other side a point ("However, exams need
    // to be carefully designed ...": persuasive essays).
    if (sums_up(toks, st.first, st.end) && (st.own_stance || st.first_person || st.claim_phrase)) {
      SentenceState& turn = sents[s + 1];
      if (!turn.counterclaim && !turn.rebuttal && !turn.question) {
        turn.concession = true;
        turn.concession_rule = "turn_after_thesis";
      }
      continue;
    }
    // "Mr. Suleimani's killing was justified, legal and strategically sound. But the president's critics
    // swarmed as usual.": the turn is to the opponents' side; they oppose the statement, the author does not
    // grant it.
    {
      std::uint32_t k = next.first;
      while (k < next.end && (toks[k].has(lex::kContrast) || toks[k].kind == TokenKind::punctuation)) ++k;
      bool opponents = false;
      for (std::uint32_t j = k; j < next.end && j < k + 5 && !opponents; ++j) {
        if (verb_form(toks[j]) || toks[j].has(lex::kReportVerb)) break;
        opponents = toks[j].has(lex::kOpposition);
      }
      if (opponents) continue;
    }
    st.concession = true;
    st.concession_rule = "before_contrast";
  }

  // Rebuttals: a rebuttal cue, or a contrast word opening the sentence, right after a counterclaim or a
  // concession; links go to the counterclaims answered ("these worries": all recent ones).
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    SentenceState& st = sents[s];
    if (st.nonargument != NonArgumentKind::none || st.counterclaim) continue;
    // Counterclaims and concessions within the last two sentences (the paragraph before counts).
    std::vector<std::uint32_t> recent;
    bool conceded = false;
    for (std::uint32_t k = s; k-- > 0 && s - k <= 3;) {
      if (sents[k].paragraph + 1 < st.paragraph) break;
      if (sents[k].counterclaim) recent.push_back(k);
      if (sents[k].concession && s - k == 1) conceded = true;
    }
    const Hit* h = rebuttal_hits[s];
    const bool strong = h && !spoken(s) &&
                        (h->match.rule == "this_ignores" || h->match.rule == "that_is_wrong" ||
                         h->match.rule == "problem_with" ||
                         h->match.rule == "contrary_to");
    bool weak = ((h && !strong) || st.contrast_start || st.turn_inside) && authors_voice(s);
    // In a report a bare "But ..." after someone's position moves the story on ("Democrats said this would be a
    // cover-up. But after a meeting, Mr McConnell agreed ..."); it answers the position when it judges or
    // hedges (about 22 of a sample of 25 such turns removed over the news batch answered nothing).
    if (weak && !h && report && !conceded && !judges(st)) weak = false;
    if (strong || (weak && (!recent.empty() || conceded))) {
      st.rebuttal = true;
      st.rebuttal_rule = h                ? h->match.rule
                         : recent.empty() ? std::string_view("contrast_after_concession")
                                          : std::string_view("contrast_after_counterclaim");
      if (h) st.rebuttal_cue = span(index(h->match.begin[g::cue]), index(h->match.end[g::cue]));
      // Plural answers ("these worries", "both arguments") take every recent counterclaim; otherwise the nearest.
      bool plural = false;
      if (h && h->match.has(g::holder)) {
        const std::uint64_t d = h->match.begin[g::holder]->hash;
        plural = d == "these"_h || d == "those"_h || d == "both"_h;
      }
      if (plural) {
        for (std::uint32_t k = s; k-- > 0 && s - k <= 6;) {
          if (sents[k].paragraph + 2 < st.paragraph) break;
          if (sents[k].counterclaim) st.answers.push_back(k);
        }
      } else if (!recent.empty()) {
        st.answers.push_back(recent.front());
      } else if (strong) {
        for (std::uint32_t k = s; k-- > 0 && s - k <= 6;) {
          if (sents[k].counterclaim) {
            st.answers.push_back(k);
            break;
          }
        }
      }
      std::sort(st.answers.begin(), st.answers.end());
    }
  }
  // Later answers: a sentence that opens with a denial or a return to the topic and takes up the words of an
  // earlier counterclaim ("There is no need for Sanders to rush his endorsement" answers "... eager for Sanders
  // to ... endorse").
  std::vector<std::vector<std::uint64_t>> cc_stems(sents.size());
  std::vector<std::uint32_t> cc_sentences;  // the sentences with stems, ascending
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    if (!sents[s].counterclaim || sents[s].counterclaim_rule == "verb_with_holder") continue;
    for (std::uint32_t i = sents[s].first; i < sents[s].end; ++i) {
      if (toks[i].has(lex::kStop)) continue;
      if (const std::uint64_t st = stem(toks[i])) cc_stems[s].push_back(st << 1 | (toks[i].is(detail::kCapitalized) ? 1 : 0));
    }
    if (!cc_stems[s].empty()) cc_sentences.push_back(s);
  }
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    SentenceState& st = sents[s];
    if (st.rebuttal || st.counterclaim || st.concession || st.nonargument != NonArgumentKind::none ||
        st.evidence != EvidenceType::none) {
      continue;
    }
    if (!authors_voice(s)) continue;
    // A later answer says so at its start: a denial ("There is no need for Sanders to rush ...", "But it is not
    // true that ...") or a return to the topic ("As far as leverage is concerned, ...", "As for the cost, ...",
    // "When it comes to X"). A negation deep in the sentence or a mere comparison answered nothing in corpus/
    // (0 of 7) and few in news.
    std::uint32_t open = st.first;
    if (open < st.end && (toks[open].has(lex::kContrast) || toks[open].hash == "and"_h)) ++open;
    bool denial = false;
    for (std::uint32_t i = open; i < st.end && i < open + 4; ++i) denial |= toks[i].has(lex::kNegation);
    auto at = [&](std::uint32_t i) { return i < st.end ? toks[i].hash : 0; };
    const bool topic = (at(open) == "as"_h && ((at(open + 1) == "far"_h && at(open + 2) == "as"_h) || at(open + 1) == "for"_h)) ||
                       (at(open) == "when"_h && at(open + 1) == "it"_h && at(open + 2) == "comes"_h) ||
                       at(open) == "regarding"_h;
    if (!(denial || topic)) continue;
    std::vector<std::uint64_t> mine;
    for (std::uint32_t i = st.first; i < st.end; ++i) {
      if (toks[i].has(lex::kStop)) continue;
      if (const std::uint64_t x = stem(toks[i])) mine.push_back(x << 1 | (toks[i].is(detail::kCapitalized) ? 1 : 0));
    }
    // The counterclaims of the four paragraphs before, nearest first: at most kCandidates of them, so a text
    // of thousands of denials after thousands of counterclaims stays linear (fuzzing found 1.6 MB of
    // "Not so." taking 31 s when every earlier sentence of the paragraph was visited).
    constexpr int kCandidates = 64;
    const std::uint32_t paragraph_first = doc->paragraphs()[st.paragraph].first_sentence;
    auto from = std::lower_bound(cc_sentences.begin(), cc_sentences.end(), paragraph_first);
    for (int seen = 0; from != cc_sentences.begin() && seen < kCandidates; ++seen) {
      const std::uint32_t k = *--from;
      if (st.paragraph > sents[k].paragraph + 4) break;
      int shared = 0, shared_lower = 0;
      for (std::uint64_t x : mine) {
        if (std::find(cc_stems[k].begin(), cc_stems[k].end(), x) != cc_stems[k].end()) {
          ++shared;
          shared_lower += (x & 1) == 0 ? 1 : 0;
        }
      }
      if (shared >= 3 && shared_lower >= 1) {
        st.rebuttal = true;
        st.rebuttal_rule = "answers_by_overlap";
        st.answers.push_back(k);
      }
    }
  }

  // Evidence types and claims.
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    SentenceState& st = sents[s];
    if (st.nonargument != NonArgumentKind::none) continue;
    if (st.evidence == EvidenceType::none && !st.counterclaim) {
      if (st.percent || st.money || st.big_numbers >= 2 || st.quantity ||
          (st.stat_word && (st.plain_numbers > 0 || st.big_number))) {
        st.evidence = EvidenceType::statistic;
        st.evidence_rule = st.percent ? "percentage" : st.money ? "money_amount" : "number";
      } else if (st.quote && !st.first_person) {
        st.evidence = EvidenceType::testimony;
        st.evidence_rule = "quotation";
      } else if ((st.anecdote_cue && (st.past_tense || st.first_person)) || (st.family_cue && st.past_tense)) {
        st.evidence = EvidenceType::anecdote;
        st.evidence_rule = "anecdote_cue";
      } else if (st.past_year && st.past_tense && !st.has_analogy && !st.strong_modal) {
        st.evidence = EvidenceType::historical;
        st.evidence_rule = "past_event";
      } else if (st.past_tense && (st.named >= 1 || st.time_expression || st.big_number) && !st.weak_modal &&
                 !st.strong_modal && !st.evaluative && !st.has_analogy && !st.question && !st.own_stance &&
                 !st.rebuttal) {
        // A reported event: past tense, a named actor, place or date, no modal or judgment, nor the speaker's
        // own stance ("I believe in a balanced budget and have supported it during my years in Congress") or
        // answer ("But this overstates what the insiders did").
        st.evidence = EvidenceType::anecdote;
        st.evidence_rule = "reported_event";
      }
    }
    if (st.evidence == EvidenceType::testimony && st.counterclaim) st.evidence = EvidenceType::none;
    // An answer or a grant that states the author's own position ("I support the goals. But ...", "But we
    // must act") is a claim as well.
    const bool argued = st.counterclaim || ((st.rebuttal || st.concession) && !st.own_stance && !st.strong_modal);
    if (!argued && !st.question) {
      if (st.strong_modal) {
        st.claim = true;
        st.claim_rule = "modal_should";
      } else if (st.claim_phrase) {
        st.claim = true;
        st.claim_rule = "claim_phrase";
      } else if (st.own_stance) {
        // "I think it's possible to gain $700 million through tax changes": a stance on a figure is a claim
        // with its evidence.
        st.claim = true;
        st.claim_rule = "own_stance";
      } else if (st.evidence == EvidenceType::none && !st.has_analogy) {
        if (st.evaluative) {
          st.claim = true;
          st.claim_rule = "evaluative";
        } else if (st.weak_modal) {
          st.claim = true;
          st.claim_rule = "modal_prediction";
        }
      }
    }
    if (st.claim && st.evidence != EvidenceType::none && st.claim_rule != "modal_should" &&
        st.claim_rule != "own_stance") {
      st.claim = false;
    }
    // A demand someone is reported to make is theirs: "Trump also warned that the U.S. must avoid ...",
    // "Democrats should stick to their principles, Mr. Durbin said" (1,602 such claims in the news batch);
    // not when the speaker speaks too ("I think we should strengthen ...", "The chairman thinks we ought to").
    // The demand is in what is reported: after the reporting verb ("said the military should open ..."), or
    // before a closing "..., McBride said."; a report in a clause of the author's own sentence leaves it the
    // author's ("So while historians can debate ..., the last four months should be remembered ...",
    // "... should be maintained because financial markets indicate that ...").
    if (st.claim && st.claim_rule == "modal_should" && st.evidence == EvidenceType::testimony &&
        st.evidence_rule != "quotation" && !st.first_person && !st.own_stance && st.testimony_cue != kNone &&
        st.strong_modal_at != kNone) {
      bool subordinate = false;
      if (st.before_holder != kNone) {
        switch (toks[st.before_holder].hash) {
          case "while"_h: case "although"_h: case "though"_h: case "if"_h: case "because"_h: case "as"_h:
          case "when"_h: case "since"_h: case "unless"_h: case "whereas"_h:
            subordinate = true;
            break;
          default:
            break;
        }
      }
      const bool reported_after = st.testimony_cue < st.strong_modal_at && !subordinate;
      const bool said_at_end = st.testimony_cue > st.strong_modal_at && st.testimony_cue + 5 >= st.end &&
                               ((st.testimony_cue > st.first && is_punct(toks[st.testimony_cue - 1], ',')) ||
                                (st.before_holder != kNone && is_punct(toks[st.before_holder], ',')));
      if (reported_after || said_at_end) st.claim = false;
    }
  }

  // Units. Sentence-level units first (in sentence order), then phrases; links by unit index.
  std::stable_sort(sentence_units.begin(), sentence_units.end(),
                   [](const Unit& a, const Unit& b) { return a.sentence < b.sentence; });
  std::size_t next_su = 0;
  std::vector<std::uint32_t> counterclaim_unit(sents.size(), kNone);
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    const SentenceState& st = sents[s];
    const Span sp = sentence_span(s);
    auto add = [&](UnitType type, std::string_view rule) -> Unit& {
      Unit u;
      u.type = type;
      u.span = sp;
      u.sentence = s;
      u.rule = rule;
      units.push_back(std::move(u));
      return units.back();
    };
    if (st.nonargument != NonArgumentKind::none) {
      // One unit per line: merge with the previous sentence of the same line.
      if (!units.empty() && units.back().type == UnitType::nonargument &&
          !(toks[st.first].flags & Token::line_start) && units.back().nonargument == st.nonargument) {
        units.back().span.end = sp.end;
      } else {
        add(UnitType::nonargument, "nonargument_line").nonargument = st.nonargument;
      }
      continue;
    }
    if (st.counterclaim) {
      counterclaim_unit[s] = static_cast<std::uint32_t>(units.size());
      Unit& u = add(UnitType::counterclaim, st.counterclaim_rule);
      u.holder = st.holder;
      u.clause = st.counterclaim_clause;
    }
    if (st.concession) add(UnitType::concession, st.concession_rule).clause = st.concession_clause;
    if (st.rebuttal) {
      Unit& u = add(UnitType::rebuttal, st.rebuttal_rule);
      u.cue = st.rebuttal_cue;
      u.clause = st.rebuttal_clause;
      for (std::uint32_t k : st.answers) {
        if (counterclaim_unit[k] != kNone) u.links.push_back(counterclaim_unit[k]);
      }
    }
    if (st.evidence != EvidenceType::none) {
      Unit& u = add(UnitType::evidence, st.evidence_rule);
      u.evidence = st.evidence;
      if (st.evidence == EvidenceType::testimony) u.holder = st.holder;
    }
    if (st.claim) add(UnitType::claim, st.claim_rule);
    while (next_su < sentence_units.size() && sentence_units[next_su].sentence == s) {
      units.push_back(std::move(sentence_units[next_su++]));
    }
  }
  // Phrase-level units: attributions, hedges, boosters.
  if (options.attributions) {
    for (const auto& a : attributions) {
      if (sents[a.sentence].nonargument != NonArgumentKind::none) continue;
      Unit u;
      u.type = UnitType::attribution;
      u.sentence = a.sentence;
      const std::uint32_t b = a.holder_e > a.holder_b ? std::min(a.holder_b, a.cue_b) : a.cue_b;
      u.span = span(b, std::max(a.cue_e, a.holder_e));
      u.rule = a.rule;
      u.holder = span(a.holder_b, a.holder_e);
      u.cue = span(a.cue_b, a.cue_e);
      units.push_back(std::move(u));
    }
  }
  if (hedges) {
    for (const CueHit& c : cue_hits) {
      const bool hedge = c.kinds & detail::bit(CueKind::hedge);
      const bool booster = c.kinds & detail::bit(CueKind::booster);
      if (!hedge && !booster) continue;
      // "May" the month, "Still," opening a rebuttal, and "certainly"/"no doubt" as concession openers are not
      // commitment cues.
      if (toks[c.first].hash == "may"_h && toks[c.first].is(detail::kCapitalized)) continue;
      if ((c.kinds & detail::bit(CueKind::concession)) && opens_sentence(toks, sents[c.sentence].first, c.first) &&
          !(c.kinds & detail::bit(CueKind::hedge))) {
        continue;
      }
      Unit u;
      u.type = hedge ? UnitType::hedge : UnitType::booster;
      u.sentence = c.sentence;
      u.span = span(c.first, c.last);
      u.cue = u.span;
      u.rule = hedge ? "hedge_lexicon" : "booster_lexicon";
      units.push_back(std::move(u));
    }
  }
  // Sort by position, keeping sentence-level units before the phrases inside them; remap links.
  std::vector<std::uint32_t> order(units.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto phrase = [](UnitType t) {
    return t == UnitType::hedge || t == UnitType::booster || t == UnitType::attribution;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Unit& x = units[a];
    const Unit& y = units[b];
    if (x.sentence != y.sentence) return x.sentence < y.sentence;
    if (phrase(x.type) != phrase(y.type)) return !phrase(x.type);
    return x.span.begin < y.span.begin;
  });
  std::vector<std::uint32_t> where(units.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) where[order[i]] = i;
  std::vector<Unit> sorted;
  sorted.reserve(units.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(units[i]));
  for (Unit& u : sorted) {
    for (auto& l : u.links) l = where[l];
  }
  units = std::move(sorted);
}

void Tagger::Impl::run(const Document& d, Annotations& out, std::int32_t year) {
  out.clear();
  doc = &d;
  const std::uint32_t link_ends = detail::build_tag_tokens(d, toks, scratch, &lex_bits);
  // Sentences and their paragraphs.
  sents.assign(d.sentences().size(), SentenceState{});
  const auto ds = d.sentences();
  for (std::uint32_t p = 0; p < d.paragraphs().size(); ++p) {
    for (std::uint32_t s = d.paragraphs()[p].first_sentence; s < d.paragraphs()[p].end_sentence; ++s) {
      sents[s].paragraph = p;
    }
  }
  for (std::uint32_t s = 0; s < ds.size(); ++s) {
    sents[s].first = ds[s].first_token;
    sents[s].end = ds[s].end_token;
  }
  if (link_ends > 0) drop_link_blobs();
  // The document's year: given, or the latest year it mentions when that is a recent one (a text about
  // 1964 alone is not from 1964), or the current year.
  doc_year = year != 0 ? year : options.document_year;
  if (doc_year == 0) {
    static const int now = current_year();
    int latest = 0;
    for (const TagToken& t : toks) {
      if (t.is(detail::kYear) && t.year <= now + 1) latest = std::max<int>(latest, t.year);
    }
    doc_year = latest >= now - 12 ? latest : now;
  }
  if (sents.empty()) return;
  find_nonarguments();
  for (std::uint32_t s = 0; s < sents.size(); ++s) sentence_features(s);
  find_matches();
  decide(out);
}

Tagger::Tagger(const TaggerOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;
const TaggerOptions& Tagger::options() const noexcept { return impl_->options; }

void Tagger::tag(const Document& doc, Annotations& out) { impl_->run(doc, out, 0); }
void Tagger::tag(const Document& doc, Annotations& out, std::int32_t document_year) {
  impl_->run(doc, out, document_year);
}

Annotations Tagger::tag(const Document& doc) {
  Annotations a;
  tag(doc, a);
  return a;
}

// ---------------------------------------------------------------------------------------------------------

std::string_view to_string(UnitType type) noexcept {
  switch (type) {
    case UnitType::claim: return "claim";
    case UnitType::counterclaim: return "counterclaim";
    case UnitType::rebuttal: return "rebuttal";
    case UnitType::concession: return "concession";
    case UnitType::evidence: return "evidence";
    case UnitType::analogy: return "analogy";
    case UnitType::precedent: return "precedent";
    case UnitType::nonargument: return "nonargument";
    case UnitType::hedge: return "hedge";
    case UnitType::booster: return "booster";
    case UnitType::attribution: return "attribution";
  }
  return "claim";
}

std::string_view to_string(EvidenceType type) noexcept {
  switch (type) {
    case EvidenceType::none: return "none";
    case EvidenceType::statistic: return "statistic";
    case EvidenceType::testimony: return "testimony";
    case EvidenceType::anecdote: return "anecdote";
    case EvidenceType::historical: return "historical";
  }
  return "none";
}

std::string_view to_string(AnalogyUse use) noexcept {
  switch (use) {
    case AnalogyUse::none: return "none";
    case AnalogyUse::precedent: return "precedent";
    case AnalogyUse::prediction: return "prediction";
    case AnalogyUse::model: return "model";
    case AnalogyUse::warning: return "warning";
    case AnalogyUse::comparison: return "comparison";
  }
  return "none";
}

std::string_view to_string(NonArgumentKind kind) noexcept {
  switch (kind) {
    case NonArgumentKind::none: return "none";
    case NonArgumentKind::title: return "title";
    case NonArgumentKind::credit: return "credit";
    case NonArgumentKind::byline: return "byline";
    case NonArgumentKind::bio: return "bio";
    case NonArgumentKind::boilerplate: return "boilerplate";
  }
  return "none";
}

}  // namespace argmine
