// Tests on clauses that the decisions share: openers, modals that predict or manage the talk, holders inside
// other clauses, dismissals and verdicts, the author's own stance, quoted and spoken words.
#include "tag/tagger_impl.hpp"

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

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
    if (ly_adverb(first) || first.has(lex::kContrast) || connective(h)) comma = f + 1;
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

namespace {

// A verb that puts a position about: "made the claim that", "repeated the lie that", "pushed the theory that".
bool spreads_position(std::uint64_t h) {
  switch (h) {
    case "made"_h: case "make"_h: case "makes"_h: case "making"_h: case "repeated"_h: case "repeats"_h:
    case "repeating"_h: case "reiterated"_h: case "pushed"_h: case "pushes"_h: case "pushing"_h:
    case "peddled"_h: case "peddles"_h: case "peddling"_h: case "spread"_h: case "spreads"_h:
    case "spreading"_h: case "promoted"_h: case "promotes"_h: case "promoting"_h: case "floated"_h:
    case "echoed"_h: case "renewed"_h: case "revived"_h: case "perpetuated"_h: case "perpetuates"_h:
    case "parroted"_h: case "parroting"_h: case "amplified"_h: case "amplifying"_h:
      return true;
    default:
      return false;
  }
}

}  // namespace

// "that" opens a relative clause whose first word is its verb: "the myth that refuses to die", "lies that
// serve as the refrain", "a theory that alleges that": a lowercase word that is no determiner, pronoun or
// adverb, with a function word after it. (A content clause opens with its subject: "the myth that immigrants
// reduce wages", "the claim that millions of people voted".)
bool Tagger::Impl::relative_verb_after(std::uint32_t that, std::uint32_t end) const {
  if (that + 2 >= end) return false;
  const TagToken& w = toks[that + 1];
  if (w.kind != TokenKind::word || !w.is(detail::kLowercase) || w.raw().ends_with("ly") || w.raw().ends_with("ing")) {
    return false;
  }
  switch (w.hash) {  // a subject's first word
    case "the"_h: case "a"_h: case "an"_h: case "this"_h: case "these"_h: case "those"_h: case "his"_h:
    case "her"_h: case "their"_h: case "its"_h: case "our"_h: case "my"_h: case "your"_h: case "he"_h:
    case "she"_h: case "it"_h: case "they"_h: case "we"_h: case "i"_h: case "you"_h: case "there"_h:
    case "some"_h: case "all"_h: case "many"_h: case "most"_h: case "no"_h: case "every"_h: case "somehow"_h:
      return false;
    default:
      break;
  }
  switch (toks[that + 2].hash) {
    case "the"_h: case "a"_h: case "an"_h: case "to"_h: case "that"_h: case "as"_h: case "around"_h:
    case "about"_h: case "on"_h: case "in"_h: case "from"_h: case "for"_h: case "into"_h:
    case "only"_h: case "them"_h: case "us"_h: case "him"_h: case "her"_h: case "it"_h: case "up"_h:
    case "out"_h:
      return true;
    default:
      return false;
  }
}

bool detail::tagging::position_noun(std::uint64_t h) {
  return lex::argument_nouns().contains(h) || h == "belief"_h || h == "suggestion"_h || h == "contention"_h ||
         h == "allegation"_h || h == "accusation"_h || h == "insistence"_h || h == "assertion"_h ||
         h == "beliefs"_h || h == "allegations"_h || h == "accusations"_h || h == "assertions"_h ||
         h == "theories"_h || h == "rumor"_h || h == "rumors"_h || h == "demand"_h || h == "demands"_h ||
         h == "hope"_h || h == "hopes"_h;
}

// The "that" before `clause_b` opens a content clause, not a relative one ("The claim that he made", "the lie
// that has been told", "a conspiracy theory that is unhelpful"): its first word is no verb.
bool Tagger::Impl::opens_content_clause(std::uint32_t clause_b, std::uint32_t end) const {
  if (clause_b >= end || verb_form(toks[clause_b]) ||
      toks[clause_b].has(lex::kCopula | lex::kWeakModal | lex::kStrongModal)) {
    return false;
  }
  switch (toks[clause_b].hash) {  // "Any story that doesn't offer clarity"
    case "does"_h: case "do"_h: case "did"_h: case "has"_h: case "have"_h: case "had"_h:
      return false;
    default:
      return true;
  }
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
    if (position_noun(toks[k].hash) && k + 1 < st.end && toks[k + 1].hash == "that"_h) {
      noun = k;
      break;
    }
    if (toks[k].kind != TokenKind::word || !toks[k].is(detail::kLowercase)) return false;
  }
  if (noun == kNone) return false;
  const std::uint32_t clause_b = noun + 2;
  if (!opens_content_clause(clause_b, st.end)) return false;
  const std::uint32_t v = verdict_in(s, clause_b + 4);
  if (v == kNone) return false;
  d.clause_b = clause_b;
  d.clause_e = v;
  d.verdict = v;
  return true;
}

// A position named with the author's judgement of it, anywhere in the sentence: "Trump's unfounded claim that
// Obama wiretapped his phones", "Mr. Romney made the dubious claim that ...", "the myth that immigration raises
// crime", "the baseless conspiracy theory that ...". A judging noun (myth, lie, fiction, canard) or a position
// noun with a discrediting adjective before it, then a content clause. The judgement is the author's only in
// the author's words: not inside a quotation, nor in a clause that reports someone ("Pelosi said the White
// House has made a baseless claim that ..."); a reporting verb may take the position as its object ("Trump
// reiterated his unsubstantiated claim that").
bool Tagger::Impl::judged_position(std::uint32_t s, Dismissal& d) const {
  const SentenceState& st = sents[s];
  if (!st.may_judge || st.quote || st.end - st.first < 6) return false;
  for (std::uint32_t that = st.first + 1; that + 4 < st.end; ++that) {
    if (toks[that].hash != "that"_h) continue;
    // The noun: a judging one ("myth", "conspiracy theory") or one that names a position.
    std::uint32_t noun = that - 1;
    const bool theory = (toks[noun].hash == "theory"_h || toks[noun].hash == "theories"_h) && noun > st.first &&
                        toks[noun - 1].hash == "conspiracy"_h;
    const bool judging = lex::judging_nouns().contains(toks[noun].hash) || theory;
    if (!judging && !position_noun(toks[noun].hash)) continue;
    if (theory) --noun;
    std::uint32_t judge_b = judging ? noun : kNone, judge_e = judging ? that : kNone;
    // The words before it up to its determiner or possessor, with the judging adjectives among them ("the
    // false and misleading claims", "his somewhat dubious assertion", "the right-wing myth", "Clinton's lie").
    std::uint32_t np = noun;
    bool degree = false;  // "so ... that" is a consequence: "had so come to believe his own lies that he ..."
    while (np > st.first && noun - np < 5) {
      const TagToken& t = toks[np - 1];
      const bool hyphen = is_punct(t, '-');
      if (t.kind != TokenKind::word && !hyphen) break;
      if (determiner(t.hash) || t.hash == "'s"_h || t.hash == "'"_h || t.hash == "no"_h || t.hash == "any"_h ||
          t.hash == "own"_h) {
        break;
      }
      if (lex::falsity_words().contains(t.hash) || lex::discrediting_words().contains(t.hash)) {
        if (judge_e == kNone) judge_e = np;
        judge_b = np - 1;
      } else if (!hyphen && ((!t.is(detail::kLowercase) && np - 1 != st.first) || verb_form(t) ||
                             spreads_position(t.hash) || (t.has(lex::kStop) && t.hash != "and"_h))) {
        break;  // not past a verb or a function word ("pushed unfounded claims", "it is false to claim")
      }
      --np;
    }
    if (judge_b == kNone) continue;
    for (std::uint32_t k = np; k > st.first && np - k < 6 && !degree;) degree = toks[--k].hash == "so"_h;
    // "under no illusion that" holds nothing; "his own lies that ..." is a consequence, not a position.
    if (degree || (np > st.first && (toks[np - 1].hash == "no"_h || toks[np - 1].hash == "any"_h ||
                                     toks[np - 1].hash == "own"_h))) {
      continue;
    }
    std::uint32_t holder_b = kNone, holder_e = kNone;
    if (np > st.first + 1 && (toks[np - 1].hash == "'s"_h || toks[np - 1].hash == "'"_h)) {
      // "Trump's", "President Donald Trump's", "Democrats'", "the administration's"
      holder_e = np - 1;
      holder_b = toks[holder_e - 1].kind == TokenKind::word ? possessor_start(toks, st.first, holder_e) : holder_e;
      np = holder_b;
      if (holder_b == holder_e) holder_b = holder_e = kNone;
    } else if (np > st.first && determiner(toks[np - 1].hash)) {
      --np;
    }
    const std::uint32_t clause_b = that + 1;
    if (!opens_content_clause(clause_b, st.end) || relative_verb_after(that, st.end)) continue;
    // Nobody else reports it: a reporting verb counts only when it spreads the position ("repeating unproven
    // claims that", "reiterated his unsubstantiated claim that"), not when someone else answers it ("Fauci
    // rejected a conspiracy theory that").
    const std::uint32_t spread_at = np > st.first ? np - 1 : kNone;
    const bool spread = spread_at != kNone && spreads_position(toks[spread_at].hash);
    bool reported_by_other = false;
    for (const Attribution& a : attributions) {
      reported_by_other |= a.sentence == s && !(spread && a.cue_b == spread_at);
    }
    if (reported_by_other) continue;
    // The spreader is the holder: "Romney made the dubious claim", "he's made unsubstantiated claims", "The
    // president also pushed unfounded claims" (a finite verb and its subject, which opens the sentence or
    // its main clause: not "sent a letter in May making a bogus argument").
    if (holder_b == kNone && spread && !toks[spread_at].raw().ends_with("ing")) {
      std::uint32_t e = spread_at;
      while (e > st.first && (toks[e - 1].hash == "has"_h || toks[e - 1].hash == "have"_h ||
                              toks[e - 1].hash == "had"_h || toks[e - 1].hash == "'s"_h ||
                              toks[e - 1].hash == "also"_h || toks[e - 1].hash == "again"_h ||
                              (toks[e - 1].is(detail::kLowercase) && toks[e - 1].raw().ends_with("ly")))) {
        --e;
      }
      // The subject: up to four words that open the sentence or its main clause ("The council", "Senate
      // Democrats", "he").
      std::uint32_t b = e;
      while (b > st.first && e - b < 4 && toks[b - 1].kind == TokenKind::word && !verb_form(toks[b - 1]) &&
             !toks[b - 1].has(lex::kContrast | lex::kReportVerb)) {
        --b;
      }
      const bool opens = b == st.first || is_punct(toks[b - 1], ',') || toks[b - 1].has(lex::kContrast);
      const std::uint64_t w = b < e ? toks[b].hash : 0;
      const bool nominal = b < e && (toks[b].is(detail::kCapitalized) || w == "the"_h || w == "he"_h ||
                                     w == "she"_h || w == "they"_h);
      if (opens && nominal && w != "it"_h && w != "this"_h && w != "that"_h && w != "there"_h && w != "i"_h &&
          w != "we"_h) {
        holder_b = b;
        holder_e = e;
      }
    }
    // The position: to the end of its clause. A phrase that opens the sentence is its subject, and its clause
    // ends at the main verb, the second verb after "that" ("Trump's claim that Obama wiretapped his phones |
    // was rebuffed"); elsewhere at a comma, a dash or the sentence's end.
    std::uint32_t clause_e = st.end;
    const bool subject = np == st.first || (np == st.first + 1 && toks[st.first].has(lex::kContrast));
    // (The main verb may also be the first one found, a copula or modal with a participle or "not" after it:
    // "the buses run empty | was rebuffed", "... | should have been".)
    int verbs = 0;
    for (std::uint32_t k = clause_b; k < st.end; ++k) {
      const TagToken& t = toks[k];
      const bool hyphen = is_punct(t, '-') && k > clause_b && toks[k - 1].text + toks[k - 1].size == t.text;
      if (t.kind == TokenKind::dash || (t.kind == TokenKind::punctuation && !hyphen)) {
        clause_e = k;
        break;
      }
      const bool auxiliary = t.has(lex::kCopula | lex::kWeakModal | lex::kStrongModal);
      if (!subject || !(verb_form(t) || auxiliary)) continue;
      const TagToken& next = toks[k + 1 < st.end ? k + 1 : k];
      const bool main = auxiliary && k >= clause_b + 3 && k + 1 < st.end &&
                        (past_verb(next) || next.hash == "been"_h || next.hash == "have"_h || next.hash == "not"_h ||
                         next.hash == "n't"_h || (next.is(detail::kLowercase) && next.raw().ends_with("ly")));
      if (main || ++verbs == 2) {
        clause_e = k;
        break;
      }
    }
    if (clause_e < clause_b + 3) continue;
    d = Dismissal{};
    d.holder_b = holder_b;
    d.holder_e = holder_e;
    d.clause_b = clause_b;
    d.clause_e = clause_e;
    d.verdict = judge_b;
    d.verdict_e = judge_e;
    return true;
  }
  return false;
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
      case "where"_h: case "what"_h: case "why"_h: case "how"_h:
        return b;  // a subordinate clause (and below): "The pull-back comes hours after the White House announced"
      case "in"_h: case "of"_h: case "at"_h: case "for"_h: case "from"_h: case "with"_h:
      case "under"_h: case "on"_h: case "across"_h:
        inside = true;
        continue;
      default:
        if (subordinator(t.hash)) return b;
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

}  // namespace argmine
