// Holders of attributed statements: where a holder's span begins and ends, what kind of holder it is, and the
// words that make a reporting verb report nothing.
#include "tag/tagger_impl.hpp"

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

namespace detail::tagging {

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

// "It" speaks with the verb at `verb`: in news an organisation or a document named before ("The IMF warned of
// severe risks. It said the pandemic had plunged the world into a crisis", "..., it said."), with a verb of
// speech and what it says after it (39 of 40 sampled over the news batch were), not an object or an idiom ("It
// claims a historical hero", "It says a lot about him", "it said nothing"). A fact shows, suggests and tells
// as often as a source: "It showed again what an independent maverick he was", "It tells us that things that
// start as almost comical can become very serious".
bool speaking_it(const std::vector<TagToken>& toks, std::uint32_t verb, std::uint32_t end) {
  switch (toks[verb].hash) {
    case "claimed"_h: case "claims"_h: case "contended"_h: case "contends"_h: case "accused"_h: case "accuses"_h:
    case "asserted"_h: case "asserts"_h: case "alleged"_h: case "alleges"_h: case "acknowledged"_h: case "announced"_h:
      break;
    default:
      if (!speech_verb(toks[verb].hash)) return false;
  }
  if (verb + 1 >= end) return true;
  const TagToken& next = toks[verb + 1];
  // ("On Monday, it added Joseph Russo III, a former Sarah Palin aide": a hire, not a report)
  if ((toks[verb].hash == "added"_h || toks[verb].hash == "adds"_h) && next.is(detail::kCapitalized) &&
      !next.has(lex::kTimeWord)) {
    return false;
  }
  switch (next.hash) {
    case "a"_h: case "an"_h: case "nothing"_h: case "something"_h: case "everything"_h: case "anything"_h:
    case "much"_h: case "little"_h: case "lots"_h: case "volumes"_h: case "more"_h: case "plenty"_h: case "so"_h:
      return false;
    default:
      return true;
  }
}

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
  // ... or after a name that "a" opens, whatever its last letter: "A New York Times report", "an ABC News
  // report", "a recent Los Angeles Times report".
  if (document) {
    std::uint32_t k = at;
    while (k > from && toks[k - 1].kind == TokenKind::word && toks[k - 1].is(detail::kCapitalized) &&
           toks[k - 1].hash != "a"_h && toks[k - 1].hash != "an"_h) {
      --k;
    }
    for (int modifiers = 0; k < at && k > from && modifiers < 2 && toks[k - 1].kind == TokenKind::word &&
                            toks[k - 1].is(detail::kLowercase) && !toks[k - 1].has(lex::kStop);
         ++modifiers) {
      --k;  // "a recent Los Angeles Times report"
    }
    if (k < at && k > from && (toks[k - 1].hash == "a"_h || toks[k - 1].hash == "an"_h)) return true;
  }
  // ... or after a common noun: "Nixon's privilege claim", "the citizenship question" (not a plural that takes
  // the bare verb: "people claim", "police question").
  auto plural_collective = [](std::uint64_t h) {
    switch (h) {
      case "people"_h: case "police"_h: case "men"_h: case "women"_h: case "children"_h: case "staff"_h:
      case "media"_h: case "public"_h: case "folks"_h: case "voters"_h:
        return true;
      default:
        return false;
    }
  };
  // The compound opens with a determiner and no preposition comes before it: "defenders in the party claim",
  // "Republicans with knowledge of the firm question whether" are verbs.
  bool determined = at >= from + 2 && (article_or_possessive(toks[at - 2].hash) || toks[at - 2].hash == "'s"_h ||
                                       toks[at - 2].hash == "this"_h || toks[at - 2].hash == "another"_h);
  // Nor after a relative clause ("Those who support Murphy's removal claim that"), a count ("the two note
  // that") or as a participle ("a letter warning officials").
  for (std::uint32_t k = from; k + 1 < at && determined; ++k) {
    const std::uint64_t w = toks[k].hash;
    determined = !is_preposition(w) && w != "who"_h && w != "which"_h && w != "that"_h;
  }
  const bool common = determined && name.is(detail::kLowercase) && name.kind == TokenKind::word &&
                      !plural_collective(name.hash) && !name.has(lex::kReportVerb) && !small_number(name) &&
                      toks[at].hash != "warning"_h && !(name.raw().ends_with("ly") && !ly_noun(name.hash));
  if ((!name.is(detail::kCapitalized) && !common) || name.has(lex::kStop) || name.raw().ends_with("s") ||
      name.has(lex::kFirstPerson) || name.hash == "they"_h || name.hash == "you"_h) {
    return false;
  }
  for (std::uint32_t k = from; k < at; ++k) {
    if (toks[k].hash == "and"_h || toks[k].hash == "&"_h) return false;
  }
  return true;
}

// A reported clause opening at `k`: "that ...", or a clause whose verb comes within a few words, past a time
// ("for years that ..."): "the election was stolen", "the Clean Air Act does not require"; not an object ("broad
// recess powers"), a preposition ("against taking up the bill") or nothing ("what Trump was saying.").
bool reported_clause_after(const std::vector<TagToken>& toks, std::uint32_t k, std::uint32_t end) noexcept {
  if (k + 1 < end && toks[k].hash == "for"_h) {
    switch (toks[k + 1].hash) {
      case "years"_h: case "months"_h: case "weeks"_h: case "days"_h: case "decades"_h:
        k += 2;
        break;
      default:
        break;
    }
  }
  if (k >= end) return false;
  if (toks[k].hash == "that"_h) return true;
  // (not a verb: "conditions that Afghanistan was insisting be included")
  if (toks[k].kind != TokenKind::word || is_preposition(toks[k].hash) || verb_form(toks[k])) return false;
  for (std::uint32_t j = k; j < end && j < k + 8; ++j) {
    const TagToken& t = toks[j];
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::quote || t.kind == TokenKind::dash) return false;
    switch (t.hash) {
      case "who"_h: case "which"_h: case "that"_h: case "to"_h: case "and"_h: case "or"_h:
        return false;
      case "do"_h: case "does"_h: case "did"_h: case "has"_h: case "have"_h: case "had"_h:
        if (j > k) return true;
        break;
      default:
        break;
    }
    if (j > k && verb_form(t)) return true;
  }
  return false;
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
  // Nobody holds it: "No Senate Republicans have said they support ...", "no one has claimed" (a determiner
  // "no" opening the holder, not an interjection set off: "No, Republicans said").
  if (holder_e > holder_b + 1 && toks[holder_b].hash == "no"_h) return true;
  if (holder_e > holder_b && holder_b > 0 && toks[holder_b - 1].hash == "no"_h &&
      toks[holder_b - 1].kind == TokenKind::word) {
    return true;
  }
  // These verbs report only a clause or a quotation, or as a speech tag closing one: "stressed that", "stressed
  // he took no pleasure", '..., she stressed.' (not "stressed out", "emphasized the need"). (Not "admitted" and
  // "conceded", which a group's position would be made of: "Even some opponents conceded that ...".)
  if (lex::clause_report_verbs().contains(cue.hash) && cue_e < end && toks[cue_e].kind != TokenKind::quote &&
      toks[cue_e].kind != TokenKind::punctuation) {
    const TagToken& next = toks[cue_e];
    const bool subject = next.hash == "he"_h || next.hash == "she"_h || next.hash == "they"_h || next.hash == "it"_h ||
                         next.hash == "we"_h || next.hash == "i"_h || next.hash == "there"_h ||
                         next.is(detail::kCapitalized);
    // (a clause without "that" only after its subject, a pronoun or a name: "speculated Kim was worried", not an
    // object, "emphasized the targeted goals of the strikes")
    if (next.hash != "that"_h && !(subject && reported_clause_after(toks, cue_e, end))) return true;
  }
  // Asking for something requests it: "you can ask for the plate", "critics asked for a recount".
  if ((cue.hash == "ask"_h || cue.hash == "asks"_h || cue.hash == "asked"_h) && cue_e < end &&
      toks[cue_e].hash == "for"_h) {
    return true;
  }
  // "push" reports as "push back" (an objection), "push for" and "push to" (a demand: "pushed in 2016 for the
  // dismissal", "pushed hard to create a pathway"), or pushing a story or a plan ("pushed the narrative that",
  // "pushed a more far-reaching proposal"); otherwise it acts: "pushed him to address", "pushed prices below",
  // "pushed it through", "push deeper into Syria", "pushed through the bill" (over the news batch 535
  // attributions, about 300 of them "back", "for" or "to").
  if (cue.hash == "push"_h || cue.hash == "pushes"_h || cue.hash == "pushed"_h) {
    if (cue_e < end && toks[cue_e].kind == TokenKind::dash && cue.text + cue.size == toks[cue_e].text) return true;
    // (pressing with words: 'Mr. Wyden pushed — “It does not?”')
    if (cue_e < end && (toks[cue_e].kind == TokenKind::dash || toks[cue_e].kind == TokenKind::quote ||
                        is_punct(toks[cue_e], ':'))) {
      return false;
    }
    for (std::uint32_t k = cue_e; k < end && k < cue_e + 7; ++k) {
      const TagToken& t = toks[k];
      // ("far-reaching": a hyphen inside a word)
      const bool hyphen = t.kind == TokenKind::dash && k + 1 < end && t.text + t.size == toks[k + 1].text;
      if (t.kind != TokenKind::word && t.kind != TokenKind::number && !hyphen) return true;
      switch (t.hash) {
        case "back"_h:  // (right after the verb: not "pushed the index back into positive territory")
          if (k == cue_e) return false;
          break;
        case "for"_h:
          return false;
        case "through"_h: case "ahead"_h: case "forward"_h: case "around"_h: case "into"_h: case "across"_h:
        case "toward"_h: case "towards"_h: case "out"_h: case "aside"_h:  // "pushed through the bill"
          return true;
        case "to"_h:  // (right after the verb or "hard": not "pushed the rate to its lowest level")
          return k > cue_e && toks[k - 1].hash != "hard"_h;
        case "narrative"_h: case "theory"_h: case "theories"_h: case "idea"_h: case "notion"_h: case "claim"_h:
        case "claims"_h: case "line"_h: case "argument"_h: case "story"_h: case "message"_h: case "proposal"_h:
        case "proposals"_h: case "measure"_h: case "bill"_h: case "plan"_h: case "legislation"_h:
        case "policy"_h: case "policies"_h: case "agenda"_h: case "narratives"_h: case "ideas"_h: case "stories"_h:
        case "messages"_h: case "conspiracy"_h: case "conspiracies"_h: case "lie"_h: case "lies"_h:
        case "falsehoods"_h: case "program"_h: case "programs"_h:
          return false;
        default:
          if (k > cue_e && verb_form(t)) return true;
      }
    }
    return true;
  }
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
      case "during"_h: case "after"_h:  // "arrested nine people during protests"
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
                          cue.hash == "charges"_h || cue.hash == "warning"_h || cue.hash == "warnings"_h ||
                          cue.hash == "demand"_h || cue.hash == "fear"_h || cue.hash == "hope"_h;
    switch (toks[cue_b - 1].hash) {
      case "whose"_h: case "strong"_h: case "weak"_h: case "false"_h: case "legitimate"_h: case "valid"_h:
      case "credible"_h: case "frivolous"_h: case "competing"_h: case "similar"_h: case "such"_h:
        return true;
      case "this"_h: case "these"_h: case "lesser"_h: case "greater"_h: case "rightful"_h: case "dubious"_h:
      case "bogus"_h: case "unfounded"_h: case "baseless"_h: case "big"_h: case "bigger"_h: case "biggest"_h:
      case "key"_h: case "central"_h: case "real"_h: case "main"_h: case "open"_h: case "larger"_h:
      case "important"_h: case "obvious"_h: case "fundamental"_h: case "unanswered"_h: case "lingering"_h:
      case "remaining"_h: case "serious"_h: case "tough"_h: case "broader"_h: case "underlying"_h: case "same"_h:
      case "reasonable"_h: case "growing"_h: case "widespread"_h: case "deep"_h: case "worst"_h: case "greatest"_h:
        if (noun_cue) return true;
        break;
      default: {
        // ... and any adjective by its ending: "the Left's usual demagogic claim", "dubious partisan charges",
        // "a serious and legitimate question" ("-ic", "-ous", "-ive", "-ful", "-less", "-able", "-ible").
        const TagToken& prev = toks[cue_b - 1];
        const std::string_view r = prev.raw();
        const bool adjective = prev.is(detail::kLowercase) && r.size() > 4 &&
                               (r.ends_with("ic") || r.ends_with("ous") || r.ends_with("ive") || r.ends_with("ful") ||
                                r.ends_with("less") || r.ends_with("able") || r.ends_with("ible"));
        if (noun_cue && adjective) return true;
        // A count ("asked voters one question", "two questions remain", "A 2016 report"), not a counted subject
        // ("All four claim that", "people with incomes above $75,000 claim"); a judgment ("deserves blame"); an
        // idiom ("could lay claim to").
        const bool one = prev.hash == "one"_h || prev.is(detail::kYear);
        const bool counted = prev.kind == TokenKind::number || (small_number(prev) && prev.is(detail::kLowercase));
        if (noun_cue && counted && (one || cue.raw().ends_with("s"))) return true;
        if (prev.hash == "deserve"_h || prev.hash == "deserves"_h || prev.hash == "deserved"_h) return true;
        if (cue.hash == "claim"_h && (prev.hash == "lay"_h || prev.hash == "lays"_h || prev.hash == "laid"_h ||
                                      prev.hash == "laying"_h)) {
          return true;
        }
        break;
      }
    }
  }
  // A comparison's second term: "killed far more people than the United States has acknowledged" (not "more
  // than 200 economists said", "voters older than 65 said").
  for (std::uint32_t k = holder_b + 1; k < holder_e; ++k) {
    if (toks[k].hash != "than"_h || (k + 1 < holder_e && toks[k + 1].kind == TokenKind::number)) continue;
    const std::uint64_t w = toks[k - 1].hash;
    if (w != "more"_h && w != "less"_h && w != "fewer"_h && w != "rather"_h && w != "other"_h) return true;
  }
  // "claimed 2,563 lives", "claimed the lives of": took, not said.
  if (cue.hash == "claimed"_h || cue.hash == "claims"_h || cue.hash == "claim"_h || cue.hash == "claiming"_h) {
    for (std::uint32_t k = cue_e; k < end && k < cue_e + 4; ++k) {
      if (toks[k].hash == "lives"_h || toks[k].hash == "life"_h) return true;
    }
  }
  // Half of a hyphenated word is no verb: "some write-in votes", "some push-back".
  if (cue_e < end && toks[cue_e].kind == TokenKind::dash && toks[cue_e].size == 1 &&
      cue.text + cue.size == toks[cue_e].text) {
    return true;
  }
  // "hope" as a noun: "all hope of avoiding", "give the Democrats hope.", "did little to offer Republicans hope"
  // (the holder is what is given to), not "Democrats hope to win".
  if (cue.hash == "hope"_h) {
    // (a comma or a parenthesis after it sets off a speaker: "public health officials hope, will continue")
    if (cue_e >= end || toks[cue_e].hash == "of"_h || toks[cue_e].hash == "."_h) return true;
    auto giving = [](std::uint64_t h) {
      switch (h) {
        case "give"_h: case "gives"_h: case "gave"_h: case "giving"_h: case "given"_h: case "offer"_h:
        case "offers"_h: case "offered"_h: case "offering"_h: case "bring"_h: case "brings"_h: case "brought"_h:
          return true;
        default:
          return false;
      }
    };
    if ((holder_b > 0 && giving(toks[holder_b - 1].hash)) || (holder_e > holder_b && giving(toks[holder_b].hash))) {
      return true;
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
    case "behind"_h: case "beyond"_h: case "around"_h: case "near"_h: case "alongside"_h: case "along"_h:
    case "throughout"_h: case "into"_h: case "onto"_h: case "unlike"_h: case "besides"_h:
      return true;
    default:
      return false;
  }
}

// The author's own source named by a contact clause ending at `e`: "The reform advocates I spoke to", "a State
// Department official I spoke to earlier", "Insurers who I met with", "the Cabinet members with whom I spoke",
// "A Kurdish commander I met outside Sinjar": where the clause starts (its "I"/"we" or relative word), or e.
std::uint32_t contact_clause_start(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t e) {
  std::uint32_t k = e;
  auto at = [&](std::uint32_t j) -> const TagToken& { return toks[j]; };
  // a time after it: "earlier this week", "last month", "recently"
  for (int n = 0; n < 3 && k > first && (at(k - 1).has(lex::kTimeWord) || period_noun(at(k - 1).hash) ||
                                         at(k - 1).hash == "last"_h || at(k - 1).hash == "this"_h);
       ++n) {
    --k;
  }
  // a place: "in Des Moines", "outside Sinjar"
  std::uint32_t place = k;
  while (place > first && k - place < 4 && at(place - 1).is(detail::kCapitalized)) --place;
  if (place < k && place > first) {
    switch (at(place - 1).hash) {
      case "in"_h: case "outside"_h: case "at"_h: case "near"_h: case "from"_h: case "around"_h:
        k = place - 1;
        break;
      default:
        break;
    }
  }
  if (k > first && (at(k - 1).hash == "to"_h || at(k - 1).hash == "with"_h)) --k;
  if (k <= first + 1) return e;
  switch (at(k - 1).hash) {
    case "spoke"_h: case "talked"_h: case "met"_h: case "interviewed"_h: case "asked"_h: case "surveyed"_h:
    case "contacted"_h: case "reached"_h: case "consulted"_h: case "polled"_h: case "visited"_h:
      break;
    default:
      return e;
  }
  --k;
  if (at(k - 1).hash != "i"_h && at(k - 1).hash != "we"_h) return e;
  --k;
  if (k > first && (at(k - 1).hash == "who"_h || at(k - 1).hash == "whom"_h || at(k - 1).hash == "that"_h)) {
    --k;
    if (k > first && at(k).hash == "whom"_h && (at(k - 1).hash == "with"_h || at(k - 1).hash == "to"_h)) --k;
  }
  // a noun phrase before it, not a clause ("When I spoke to him, he said", "As we talked ..., Butch's mom told")
  if (k == first || at(k - 1).kind != TokenKind::word || at(k - 1).has(lex::kStop)) return e;
  return k;
}

// A verb that takes a cue noun as its object: "expressed fears", "voiced concerns", "raised doubts", "hold out
// hope" (the holder ends before it).
bool light_verb(const TagToken& t) noexcept {
  if (!t.is(detail::kLowercase)) return false;
  switch (t.hash) {
    case "express"_h: case "expresses"_h: case "expressed"_h: case "expressing"_h: case "voice"_h:
    case "voiced"_h: case "voicing"_h: case "raise"_h: case "raises"_h: case "raised"_h: case "raising"_h:
    case "hold"_h: case "holds"_h: case "held"_h: case "holding"_h: case "share"_h:  // not "voices", "shares"
    case "shared"_h: case "sharing"_h: case "harbor"_h: case "harbors"_h: case "harbored"_h: case "aired"_h:
    case "cast"_h: case "casts"_h: case "casting"_h: case "lay"_h: case "lays"_h: case "laid"_h: case "laying"_h:
      return true;
    default:
      return false;
  }
}

void refine_holder(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t& b, std::uint32_t& e) {
  while (e > b + 1) {
    const bool particle = (toks[e - 1].hash == "out"_h || toks[e - 1].hash == "up"_h) && e > b + 2 &&
                          light_verb(toks[e - 2]);
    if (!verb_word(toks, e - 1) && !light_verb(toks[e - 1]) && !particle && toks[e - 1].hash != "either"_h) break;
    e -= particle ? 2 : 1;
  }
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

namespace {

// Words that open a verb's object ("blasted the president", "attacked it", "soothed some", "flipped out") or
// end its clause ("arrived and").
bool opens_object(const TagToken& t) noexcept {
  if (t.is(detail::kCapitalized) || t.has(lex::kQuantifier) || article_or_possessive(t.hash)) return true;
  switch (t.hash) {
    case "our"_h: case "my"_h: case "your"_h: case "this"_h: case "these"_h: case "those"_h: case "it"_h:
    case "them"_h: case "him"_h: case "us"_h:
    case "me"_h: case "everyone"_h: case "everybody"_h: case "out"_h: case "up"_h: case "back"_h: case "off"_h:
    case "down"_h: case "away"_h: case "and"_h: case "but"_h:
      return true;
    default:
      return false;
  }
}

// A plural noun by its form: "people", "police", or an "-s" that is no "-ss", "-us" or "-is" ("officials", not
// "boss", "census", "analysis").
bool plural_noun(const TagToken& t) noexcept {
  const std::string_view w = t.raw();
  return t.hash == "people"_h || t.hash == "police"_h ||
         (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"));
}

// A past form at k: an irregular past ("made", "gave"), a perfect ("have lost"), or "-ed" before its object or
// the clause's end ("blasted the president", "arrived and"), not a participle after its noun ("officials
// involved in the talks", "Democrats polled in February"). k + 1, the next token, is inside the phrase (< e).
bool past_form(const std::vector<TagToken>& toks, std::uint32_t k, std::uint32_t e) {
  const TagToken& t = toks[k];
  if (k + 1 >= e || !t.is(detail::kLowercase) || t.kind != TokenKind::word) return false;
  const TagToken& next = toks[k + 1];
  if (t.hash == "have"_h || t.hash == "has"_h || t.hash == "had"_h) return past_verb(next);
  if (t.hash == "left"_h) return false;  // as often the political left: "the political left and journalists"
  return t.has(lex::kPastVerb) || (past_verb(t) && opens_object(next));
}

// ... as a clause's verb: not after a determiner, a quantifier, a preposition or a conjunction ("those affected",
// "both uniformed and civilian leadership", "and elected leaders").
bool finite_past_at(const std::vector<TagToken>& toks, std::uint32_t k, std::uint32_t e) {
  const TagToken& prev = toks[k - 1];
  // (after a quantifier it is an adjective: "both uniformed and civilian leadership")
  if (prev.kind != TokenKind::word || prev.has(lex::kQuantifier) || prev.hash == "both"_h) return false;
  if (prev.has(lex::kStop)) {
    switch (prev.hash) {  // a pronoun is the verb's subject or the object before it ("want it destroyed")
      case "it"_h: case "them"_h: case "he"_h: case "she"_h: case "they"_h: case "we"_h: case "you"_h:
        break;
      default:
        return false;
    }
  }
  return past_form(toks, k, e);
}

}  // namespace

std::uint32_t subject_after_clause(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  bool verb = false;
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    const TagToken& t = toks[k];
    if (t.hash == "who"_h || t.hash == "which"_h || t.hash == "that"_h) return b;  // a relative clause's verbs
    if (verb && (t.hash == "and"_h || t.hash == "but"_h)) {
      const TagToken& next = toks[k + 1];
      const bool names = toks[k - 1].is(detail::kCapitalized) &&
                         (next.is(detail::kCapitalized) || (next.hash == "the"_h && k + 2 < e && toks[k + 2].is(detail::kCapitalized)));
      if (names || next.kind != TokenKind::word || next.hash == "then"_h) return b;
      return k + 1;
    }
    verb = verb || finite_past_at(toks, k, e);
  }
  return b;
}

void participle_clause_subject(const std::vector<TagToken>& toks, std::uint32_t& b, std::uint32_t& e) {
  if (e < b + 3 || toks[b].hash == "who"_h || toks[b].hash == "which"_h || toks[b].hash == "that"_h) return;
  // "X quoted Y as saying": Y.
  if (toks[e - 1].hash == "as"_h) {
    for (std::uint32_t k = e - 2; k > b; --k) {
      const std::uint64_t h = toks[k].hash;
      if (h == "quoted"_h || h == "quotes"_h || h == "cited"_h || h == "cites"_h) {
        if (k + 2 < e) {
          b = k + 1;
          e -= 1;
        }
        return;
      }
    }
    return;
  }
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    const TagToken& t = toks[k];
    if (t.hash == "who"_h || t.hash == "which"_h || t.hash == "that"_h) return;  // a relative clause's verb
    const TagToken& prev = toks[k - 1];
    if (prev.kind != TokenKind::word || determiner(prev.hash) || is_preposition(prev.hash) || prev.hash == "to"_h ||
        prev.has(lex::kQuantifier)) {
      continue;
    }
    if ((t.is(detail::kLowercase) && irregular_past(t.hash)) || past_form(toks, k, e)) {
      std::uint32_t end = k;  // the verb's own words before it go too: "the agency also issued", "later posted"
      auto adverb = [&](const TagToken& a) {
        return ly_adverb(a) || (a.is(detail::kLowercase) && (a.hash == "later"_h || a.hash == "then"_h ||
                                                             a.hash == "earlier"_h || a.hash == "again"_h ||
                                                             a.hash == "once"_h || a.hash == "first"_h));
      };
      while (end > b + 1 && (verb_word(toks, end - 1) || adverb(toks[end - 1]))) --end;
      e = end;
      return;
    }
  }
}

std::uint32_t object_of_pronoun_verb(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  if (e < b + 3) return b;
  switch (toks[b].hash) {
    case "he"_h: case "she"_h: case "they"_h: case "we"_h: case "i"_h: case "you"_h:
      break;
    default:
      return b;
  }
  std::uint32_t k = b + 1;
  while (k + 1 < e && ly_adverb(toks[k])) ++k;
  const TagToken& verb = toks[k];
  if (k + 1 >= e || verb.kind != TokenKind::word || !verb.is(detail::kLowercase) || verb.has(lex::kStop)) return b;
  for (std::uint32_t j = k + 1; j < e; ++j) {  // (the object: a noun phrase, no verb of its own)
    if (verb_form(toks[j]) || verb_word(toks, j) || toks[j].kind != TokenKind::word) return b;
  }
  return k + 1;
}

void antecedent_of_share(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t& b, std::uint32_t e) {
  if (e < b + 3 || toks[e - 1].hash != "whom"_h || toks[e - 2].hash != "of"_h) return;
  if (b < first + 2 || !is_punct(toks[b - 1], ',')) return;
  const std::uint32_t comma = b - 1;
  // People, not a thing or a time: "protesters opposed to the judge, many of whom", "the last 18 months, many
  // of whom".
  auto people = [&](const TagToken& t) {
    switch (t.hash) {
      case "months"_h: case "years"_h: case "weeks"_h: case "days"_h: case "decades"_h: case "hours"_h:
      case "minutes"_h: case "times"_h:
        return false;
      default:
        return t.kind == TokenKind::word && !t.has(lex::kTimeWord) && t.size > 3 && plural_noun(t);
    }
  };
  if (!people(toks[comma - 1])) return;
  // The antecedent: its words back to a verb or a function word, or the plural before a preposition ("voters
  // in swing states"), five words at most.
  std::uint32_t nb = comma;
  while (nb > first && comma - nb < 5) {
    const TagToken& t = toks[nb - 1];
    if (is_preposition(t.hash) && nb - 1 > first && people(toks[nb - 2])) {
      nb -= 2;  // (the people the phrase after it places, and only them: not "reach voters in swing states")
      break;
    }
    const bool participle = t.is(detail::kLowercase) && t.size > 5 && t.raw().ends_with("ing");  // not "swing"
    if (t.kind != TokenKind::word || verb_form(t) || ly_adverb(t) || is_preposition(t.hash) || participle ||
        t.has(lex::kStop | lex::kReportVerb | lex::kTimeWord | lex::kQuantifier)) {
      break;
    }
    --nb;
  }
  if (nb == comma) return;
  if (nb > first && article_or_possessive(toks[nb - 1].hash)) --nb;
  b = nb;
}

bool verb_takes_cue_as_object(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    if (toks[k].hash == "and"_h && !verb_word(toks, k + 1) && past_form(toks, k + 1, e + 1)) return true;
  }
  return false;
}

// Who holds an attributed statement, from the words of the holder.
HolderKind classify_holder(const std::vector<TagToken>& toks, std::uint32_t b, std::uint32_t e) {
  if (e <= b) return HolderKind::none;
  switch (toks[b].hash) {
    case "i"_h: case "we"_h: case "this"_h: case "that"_h: case "nobody"_h: case "no"_h: case "everyone"_h:
    case "you"_h:
      if (e - b == 1) return HolderKind::none;
      break;
    case "he"_h: case "she"_h: case "they"_h: case "it"_h:
      // A third person reports what someone said ("He said the plan would fail"): the one named before ("it"
      // an organisation or a document: speaking_it).
      if (e - b == 1) return HolderKind::other;
      break;
    default:
      break;
  }
  // A title before a name says what the named one is ("union vice president Stacy Davis Gates", "Democratic
  // strategist Tad Devine"): the name holds, as it does without its title.
  {
    std::uint32_t name = e;
    while (name > b && toks[name - 1].is(detail::kCapitalized) && !toks[name - 1].has(lex::kStop)) --name;
    if (name > b && name < e && title_before_name(toks, b, name) == b) b = name;
  }
  // A plural group word right before a capitalized word is the title of those it names ("Senators Elizabeth
  // Warren and Bernie Sanders", "Democrats Nancy Pelosi and Chuck Schumer") or part of a name ("Americans United
  // for Life", "House Freedom Caucus Chairman Mark Meadows"): they hold as "Sen. Elizabeth Warren" does. Not
  // a quantifier ("Many Senate Republicans") nor a group before a day ("House Democrats Tuesday argued").
  auto titles_name = [&](std::uint32_t i) {
    if (i + 1 >= e || toks[i].has(lex::kQuantifier) || !toks[i].raw().ends_with("s")) return false;
    const TagToken& next = toks[i + 1];
    return next.kind == TokenKind::word && next.is(detail::kCapitalized) && !next.has(lex::kTimeWord | lex::kStop);
  };
  bool opposition = false, group = false, expert = false, evidence = false, capitalized = false, author = false;
  for (std::uint32_t i = b; i < e; ++i) {
    const std::uint64_t h = toks[i].hash;
    author |= h == "i"_h || h == "we"_h;
    opposition |= toks[i].has(lex::kOpposition);
    group |= toks[i].has(lex::kGroup | lex::kQuantifier) && !titles_name(i);
    // A source's word as a modifier of a group's is the group: "the police union".
    expert |= toks[i].has(lex::kExpert) &&
              !(i + 1 < e && toks[i + 1].has(lex::kGroup) && !toks[i + 1].has(lex::kExpert));
    evidence |= toks[i].has(lex::kEvidenceNoun);
    capitalized |= toks[i].is(detail::kCapitalized) && i > b;
  }
  if (opposition) return HolderKind::opposition;
  // The author's own sources ("the parents I spoke to") are cited, as experts are, not opposed.
  if (author && contact_clause_start(toks, b, e) != e) return HolderKind::expert;
  // ... and so are the press's and others' ("Two sources who spoke with The Hill", "Those who worked with Mr.
  // Coburn", "Soldiers who served with Bergdahl"): people who know the matter first hand. The clause may be set
  // off after the holder, which leaves it out ("Several staffers, who spoke to NPR on condition ..., said").
  std::uint32_t who = e;
  for (std::uint32_t i = b + 1; i + 2 < e && who == e; ++i) {
    if (toks[i].hash == "who"_h) who = i;
  }
  if (who == e && e + 3 < toks.size() && is_punct(toks[e], ',') && toks[e + 1].hash == "who"_h) who = e + 1;
  if (who != e) {
    std::uint32_t v = who + 1;
    if (toks[v].hash == "have"_h || toks[v].hash == "had"_h || toks[v].hash == "has"_h) ++v;
    switch (toks[v].hash) {
      case "spoke"_h: case "spoken"_h: case "talked"_h: case "worked"_h: case "served"_h: case "met"_h:
      case "attended"_h: case "knew"_h: case "know"_h: case "known"_h:
        return HolderKind::expert;
      default:
        break;
    }
  }
  if (evidence && !capitalized) return HolderKind::evidence;
  if (expert) return HolderKind::expert;
  if (group) return HolderKind::group;
  if (capitalized || toks[b].is(detail::kCapitalized)) return HolderKind::named;
  return HolderKind::other;
}

// Where a possessor that ends at `e` (before its "'s") begins, no earlier than `from`: back over its words to a
// verb, a function word, a reporting verb or a preposition, with a determiner or quantifier before them ("The
// release bolstered | critics'", "the administration's", "some investors'", "President Donald Trump's").
std::uint32_t possessor_start(const std::vector<TagToken>& toks, std::uint32_t from, std::uint32_t e) {
  std::uint32_t b = e - 1;
  while (b > from && toks[b - 1].kind == TokenKind::word && !verb_form(toks[b - 1]) &&
         !toks[b - 1].has(lex::kStop | lex::kReportVerb) && !is_preposition(toks[b - 1].hash) &&
         !(b >= from + 2 && toks[b - 2].hash == "to"_h && toks[b - 1].is(detail::kLowercase))) {  // "to validate"
    --b;
  }
  if (b > from && (determiner(toks[b - 1].hash) || toks[b - 1].has(lex::kQuantifier))) --b;
  return b;
}

namespace {

// A token a list element may hold besides its words: a possessive ("Ford’s attorneys"), a hyphen inside a word
// ("Ocasio-Cortez", "legal-aid") or a count ("nearly 70 activists"; a year is a date: "In 2016").
bool element_token(const std::vector<TagToken>& toks, std::uint32_t k) {
  const TagToken& t = toks[k];
  if (t.kind == TokenKind::word || (t.flags & Token::clitic)) return true;
  if (t.kind == TokenKind::number) return !t.is(detail::kYear | detail::kDecade);
  return (is_punct(t, '-') || t.kind == TokenKind::dash) && k > 0 && k + 1 < toks.size() &&
         toks[k - 1].text + toks[k - 1].size == t.text && t.text + t.size == toks[k + 1].text;
}

// One element of a list before a holder, the tokens [b, e) before its comma or the list's "and": a name
// ("Elizabeth Warren", "Marco Rubio of Florida") or a noun phrase with a group's, a source's or a plural head
// ("GOP lawmakers", "immigrant rights groups"); not an opening phrase or clause ("In 2016", "After the vote",
// "Last week", "Correcting for that", "Based on guidance from ...", "Meanwhile"), nor a list of its own ("South
// Korea, Italy and Iran, the U.S. Centers for Disease Control and Prevention warned"). `first` is the sentence's
// first token.
bool list_element(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b, std::uint32_t e) {
  if (e <= b || e - b > 8) return false;
  int prepositions = 0;  // two at most: "Headlines from articles by the Washington Post"
  for (std::uint32_t k = b; k < e; ++k) {
    const TagToken& t = toks[k];
    if (!element_token(toks, k) || t.has(lex::kTimeWord | lex::kSinceCue | lex::kPastCue) || period_noun(t.hash) ||
        t.hash == "and"_h || t.hash == "or"_h || (is_preposition(t.hash) && ++prepositions > 2)) {
      return false;
    }
    if (t.is(detail::kLowercase) && (verb_form(t) || t.has(lex::kReportVerb) || subordinator(t.hash) ||
                                     t.hash == "that"_h || t.hash == "who"_h || t.hash == "which"_h)) {
      return false;
    }
  }
  const TagToken& lead = toks[b];
  const std::string_view r = lead.raw();
  // (a capitalized opening adverb or participle: "Separately", "Correcting for that", "Based on"; a name in -ly,
  // -ing or -ed stays: "Sen. Kelly", "Beijing", "Ted Cruz")
  const bool participle = r.ends_with("ing") || (r.ends_with("ed") && b + 1 < e && is_preposition(toks[b + 1].hash));
  if ((lead.is(detail::kLowercase) || b == first) && (participle || (r.ends_with("ly") && !ly_noun(lead.hash)))) {
    return false;
  }
  // (nor a phrase a preposition opens: "Unlike Trump, ...", "Besides Burr, ...")
  if (is_preposition(lead.hash) || lead.hash == "unlike"_h || lead.hash == "besides"_h || lead.has(lex::kContrast) ||
      (lead.has(lex::kStop) && !article_or_possessive(lead.hash) && !lead.has(lex::kQuantifier) &&
       lead.hash != "other"_h)) {
    return false;
  }
  // A single word opening the sentence is a name when the lexicon knows it as nothing else and it is no adverb
  // or interjection ("Warren, Sanders and Booker", not "Sometimes, ...", "Overall, ...", "Regardless, ...").
  if (e == b + 1 && b == first) {
    switch (lead.hash) {
      case "together"_h: case "regardless"_h: case "plus"_h: case "sure"_h: case "worse"_h: case "true"_h:
      case "granted"_h: case "later"_h: case "next"_h: case "soon"_h: case "maybe"_h: case "perhaps"_h:
      case "anyway"_h: case "elsewhere"_h: case "nationwide"_h: case "tonight"_h: case "afterward"_h:
      case "afterwards"_h: case "somehow"_h: case "inside"_h: case "heck"_h: case "oh"_h: case "okay"_h:
      case "yeah"_h: case "hey"_h: case "look"_h: case "remember"_h:
        return false;
      default:
        break;
    }
    // (the bits that say where a phrase may start say nothing of the word's meaning)
    constexpr std::uint32_t kPlacement =
        lex::kCueStart | lex::kGazetteerStart | (lex::kFamilyMask << lex::kFamilyShift);
    const bool known = (lead.lex & ~kPlacement) != 0;
    const bool name = lead.has(lex::kGazetteerStart | lex::kGroup | lex::kExpert | lex::kOpposition);
    if (connective(lead.hash) || lex::report_adverbs().contains(lead.hash) || (known && !name)) return false;
  }
  const TagToken& head = toks[e - 1];
  const std::string_view h = head.raw();
  return head.is(detail::kCapitalized) || head.has(lex::kGroup | lex::kExpert | lex::kOpposition) ||
         (h.size() > 3 && h.ends_with("s") && !h.ends_with("ss") && !h.ends_with("us") && !h.ends_with("is"));
}

}  // namespace

// Where a list that the holder [b, e) ends starts, no earlier than `first`: a holder that coordinates its last
// elements holds the elements before them too ("Senators Elizabeth Warren, Bernie Sanders and Cory Booker
// said", "immigrant rights groups, religious leaders and humanitarian groups have said"), and so does one after
// the list's "and" when two elements come before it ("The ACLU, Planned Parenthood and the NAACP said", "Marco
// Rubio of Florida, Tom Coburn of Oklahoma, and Dan Coats of Indiana said"; after one it is a clause: "The plan
// failed, and Democrats said", unless a name opens the sentence with no comma: "Obama and his allies argue"; "X
// and others" is named_list_start's). The list opens the sentence or follows a comma or a quotation (not inside a
// clause: '“excludes and forms a semi-circle around” those heavily minority counties, the CFPB and the Justice
// Department noted'). `b` when no list comes before.
std::uint32_t list_start(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b, std::uint32_t e) {
  if (b < first + 2) return b;
  auto coordinator = [&](std::uint32_t k) { return toks[k].hash == "and"_h || toks[k].hash == "or"_h; };
  bool coordinated = false;
  for (std::uint32_t k = b; k < e; ++k) {
    if (!element_token(toks, k)) return b;  // a holder that runs over punctuation is no list's end
    coordinated |= k > b && k + 1 < e && coordinator(k);
  }
  std::uint32_t end = b - 1;  // where the element before the holder ends: at its comma or at the list's "and"
  int needed = 1;
  bool pair = false;  // the holder follows "and" with no comma before it
  if (coordinated) {
    if (!is_punct(toks[end], ',')) return b;
  } else {
    if (!coordinator(end)) return b;
    pair = !is_punct(toks[end - 1], ',');
    if (!pair) --end;
    needed = 2;
  }
  std::uint32_t start = b;
  bool names = true;  // the elements taken so far are names
  for (int taken = 0; end > first && taken < 12;) {
    std::uint32_t s = end;
    while (s > first && end - s <= 8 && element_token(toks, s - 1)) --s;
    // (an opener is the sentence's, not the element's: "But immigrant rights groups, ...", "Now GOP lawmakers")
    bool opens = s == first;
    const bool at_start = opens;
    if (opens && end > s + 1 &&
        (toks[s].has(lex::kContrast) || toks[s].hash == "and"_h || toks[s].hash == "so"_h || toks[s].hash == "now"_h)) {
      ++s;
    }
    // One name or "he"/"she" opening the sentence and joined by "and" with no comma makes a pair of subjects:
    // "Trump and administration officials say", "Obama and his allies argue", "He and fellow lawmakers fear"
    // (after a comma "and" may open a clause: "The plan failed, and Democrats said").
    if (pair && taken == 0 && at_start) {
      bool name = end == s + 1 && (toks[s].hash == "he"_h || toks[s].hash == "she"_h);
      if (!name) {
        name = list_element(toks, first, s, end);
        for (std::uint32_t k = s; k < end && name; ++k) {
          name = toks[k].is(detail::kCapitalized) || (toks[k].flags & Token::clitic);
        }
      }
      if (name) return s;
    }
    opens = opens || is_punct(toks[s - 1], ',') ||
            (s >= first + 2 && closing_mark(toks, s - 1, first) && toks[s - 2].kind == TokenKind::punctuation);
    if (!opens || !list_element(toks, first, s, end)) {
      // A list of names that goes on after a noun and its preposition is the preposition's object, not the
      // holder: "registered voters in Arizona, Florida, ... and Wisconsin said", "heads of the Army, Navy, Marine
      // Corps and Air Force" (not after an opening phrase, "In Iowa, Warren, Sanders and Booker said", "Then on
      // Friday, John Hudson, ...", nor a comparison: "longer than Trump, presidential campaign officials, and
      // others acknowledged").
      std::uint32_t name = end;
      while (name > s && (toks[name - 1].is(detail::kCapitalized) || toks[name - 1].hash == "the"_h) &&
             !toks[name - 1].has(lex::kTimeWord)) {
        --name;
      }
      const std::uint32_t preposition = name - 1;
      if (names && taken > 0 && name < end && preposition > s && is_preposition(toks[preposition].hash) &&
          toks[preposition].hash != "than"_h && !toks[preposition - 1].has(lex::kStop | lex::kTimeWord)) {
        return b;
      }
      break;
    }
    names = names && toks[end - 1].is(detail::kCapitalized);
    if (++taken >= needed) start = s;
    if (s < first + 2 || !is_punct(toks[s - 1], ',')) break;
    end = s - 1;
  }
  return start;
}

namespace {

// A cue in its base form ("say", "show", "charge"): after a singular noun it is as often a noun itself.
bool base_form(const TagToken& cue) noexcept {
  return !past_verb(cue) && !irregular_report_past(cue.hash) && !cue.raw().ends_with("s") &&
         !cue.raw().ends_with("ing");
}

// The phrase starting at `nb` opens the sentence or a clause: after punctuation, a quotation mark, a dash,
// "and", "but", "that" or a contrast word.
bool opens_clause_at(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t nb) noexcept {
  if (nb == first) return true;
  const TagToken& before = toks[nb - 1];
  return before.kind == TokenKind::punctuation || before.kind == TokenKind::quote ||
         before.kind == TokenKind::dash || before.hash == "and"_h || before.hash == "but"_h ||
         before.hash == "that"_h || before.has(lex::kContrast);
}

}  // namespace

bool inner_hyphen(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t k) noexcept {
  return is_punct(toks[k], '-') && k > first && toks[k - 1].text + toks[k - 1].size == toks[k].text &&
         toks[k].text + toks[k].size == toks[k + 1].text;
}

namespace {

// Only words stand between a holder ending at `e` and its verb at `verb` (adverbs, auxiliaries), or a relative
// clause set off after the holder's subject, then words: "the head of the agency, who was not at the talks, said"
// (see subject_before_relative; four words at most after the clause).
bool verb_follows(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t e, std::uint32_t verb) {
  std::uint32_t k = e;
  while (k < verb && toks[k].kind == TokenKind::word) ++k;
  if (k == verb) return true;
  if (k != e || !is_punct(toks[e], ',')) return false;
  std::uint32_t closing = verb;  // the clause's closing comma, before the words
  while (closing > e && verb - closing < 4 && toks[closing - 1].kind == TokenKind::word) --closing;
  return closing > e + 1 && is_punct(toks[closing - 1], ',') && subject_before_relative(toks, first, closing) == e;
}

}  // namespace

std::uint32_t title_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b) {
  if (b == first || !toks[b - 1].is(detail::kLowercase)) return b;
  std::uint32_t nb = b;
  while (nb > first && b - nb < 4) {
    const TagToken& t = toks[nb - 1];
    // ("outside" and "inside" are as often adjectives, "outside experts", as is_preposition leaves them; "given"
    // is a participle as a preposition: "a distinct possibility given Democratic [demands]")
    if (t.kind != TokenKind::word || (t.flags & Token::clitic) || verb_form(t) || is_preposition(t.hash) ||
        t.hash == "outside"_h || t.hash == "inside"_h || t.hash == "given"_h ||
        ly_adverb(t) || (t.is(detail::kLowercase) && t.raw().ends_with("ing")) ||
        t.has(lex::kStop | lex::kTimeWord | lex::kContrast | lex::kReportVerb | lex::kQuantifier)) {
      break;
    }
    --nb;
  }
  // (a quotation's closing mark opens a clause after the quotation's punctuation, not after quoted words: 'the
  // "strange and uncertain" times President Barack Obama says')
  auto opens = [&](std::uint32_t k) {
    return opens_clause_at(toks, first, k) &&
           !(k >= first + 2 && toks[k - 1].kind == TokenKind::quote && toks[k - 2].kind != TokenKind::punctuation &&
             toks[k - 2].kind != TokenKind::quote);
  };
  if (nb == b) return b;
  if (nb > first && article_or_possessive(toks[nb - 1].hash) && opens(nb - 1)) return nb - 1;
  // A possessor's name comes along: "Daniels' lawyer Michael Avenatti", "Collins's spokeswoman Annie Clark".
  if (nb >= first + 2) {
    const TagToken& mark = toks[nb - 1];
    const TagToken& owner = toks[nb - 2];
    const bool possessive = (mark.hash == "'s"_h && (mark.flags & Token::clitic)) ||
                            (mark.kind == TokenKind::quote && owner.text + owner.size == mark.text &&
                             owner.raw().ends_with("s") && mark.text + mark.size < toks[nb].text);
    std::uint32_t pb = nb - 1;
    while (possessive && pb > first && nb - 1 - pb < 3 && toks[pb - 1].is(detail::kCapitalized) &&
           toks[pb - 1].kind == TokenKind::word && !toks[pb - 1].has(lex::kStop | lex::kTimeWord)) {
      --pb;
    }
    if (possessive && pb < nb - 1) return opens(pb) ? pb : b;
  }
  return opens(nb) ? nb : b;
}

// Where the noun phrase starts that a name [b, e) found before its verb at `verb` ends as a preposition's object:
// "Researchers at | MIT noted", "A recent report in | Boston said", "Officials from | Iowa say" hold as
// the whole phrase (the annotation takes the holder's noun phrase as written, "researchers at Syracuse
// University"), not the place. Only a phrase that opens its clause and runs into the verb: not an
// object ("disappointed in the state of Minnesota, Castile said" is no phrase start; "the presence of Gorsuch,
// who has shown" ends at a comma), nor a verb's ("met with Trump said"). `b` when there is none. At most five
// words and a determiner before the preposition: bounded.
std::uint32_t noun_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b,
                               std::uint32_t e, std::uint32_t verb) {
  if (b < first + 2 || e > verb) return b;
  if (!verb_follows(toks, first, e, verb)) return b;
  const TagToken& prep = toks[b - 1];
  if (!prep.is(detail::kLowercase)) return b;
  switch (prep.hash) {
    case "in"_h: case "at"_h: case "from"_h: case "for"_h: case "with"_h: case "on"_h: case "of"_h:
      break;
    default:  // ("by" names the agent, who holds: agent_in)
      return b;
  }
  // A base-form cue after a singular head is a noun ("director of the FX show", "Democrats' obstruction of
  // Congress charge"); after "the" and a name too, as step 7 of settle_attribution has it ("organizers of the
  // Haymarket Square protest").
  const bool base = base_form(toks[verb]);
  if (base && toks[b].hash == "the"_h) return b;
  // The head noun and its modifiers: no verb, function word, date, adverb, particle or participle ("Speaking
  // at", "Warren stood in", "Mr. Issa shot back at", "companies grew leery of").
  auto particle = [](std::uint64_t h) {
    return h == "back"_h || h == "out"_h || h == "up"_h || h == "down"_h || h == "away"_h || h == "off"_h;
  };
  auto modifier = [&](std::uint32_t k) {
    const TagToken& t = toks[k];
    if (irregular_past(t.hash) || particle(t.hash) || irregular_report_past(t.hash)) return false;
    if (k == first && t.raw().ends_with("ing")) return false;  // "Appearing on the Rush Limbaugh show"
    if (t.flags & Token::clitic) return true;  // "the mayor's aides in Albany"
    if (t.kind == TokenKind::number) return true;  // "A 2016 survey of ..."
    if (inner_hyphen(toks, first, k)) return true;  // (a hyphenated word's parts: "Three-quarters of")
    if (t.kind != TokenKind::word || verb_form(t) || verb_word(toks, k) || is_preposition(t.hash) ||
        t.has(lex::kStop | lex::kTimeWord | lex::kContrast | lex::kNegation | lex::kQuantifier) ||
        period_noun(t.hash) || (t.is(detail::kLowercase) && t.raw().ends_with("ing"))) {
      return false;
    }
    // (a report noun only as a document's: "A recent report in", not the verb "reported in")
    return !t.has(lex::kReportVerb) || named_noun(toks, first, k);
  };
  std::uint32_t nb = b - 1;
  while (nb > first && b - 1 - nb < 5 && modifier(nb - 1)) --nb;
  if (nb == b - 1 || is_punct(toks[nb], '-')) return b;
  if (base && !plural_noun(toks[b - 2])) return b;
  // (not "this" or "that": a holder they open is dropped, "This chart from Health Affairs shows")
  if (nb > first && (article_or_possessive(toks[nb - 1].hash) || toks[nb - 1].has(lex::kQuantifier))) --nb;
  return opens_clause_at(toks, first, nb) ? nb : b;
}

// Where the noun phrase starts whose relative clause a name [b, e) before its verb at `verb` ends: "the millions
// of Egyptians who cheered for | Morsy are saying", "Former employees who worked with | FUD say", "Those who
// worked with | Mr. Coburn said": the antecedent holds with its clause, as the annotation writes it ("A county
// clerk who has run elections under officials of both parties"). Only where "who" is the clause's subject (not
// "people who Ford says were present": the name holds there), the clause ends in a preposition before the name
// and runs into the verb with no punctuation, and the antecedent opens its clause. `b` when there is none. At
// most eight words back to "who" and eight before it: bounded.
std::uint32_t relative_before_name(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t b,
                                   std::uint32_t e, std::uint32_t verb) {
  if (b < first + 4 || e > verb || !toks[b - 1].is(detail::kLowercase) || !is_preposition(toks[b - 1].hash)) {
    return b;
  }
  if (!verb_follows(toks, first, e, verb)) return b;
  std::uint32_t who = b - 1;
  while (who > first + 1 && b - 1 - who < 8 && toks[who - 1].kind == TokenKind::word &&
         toks[who - 1].hash != "who"_h && toks[who - 1].hash != "that"_h && toks[who - 1].hash != "which"_h) {
    --who;
  }
  if (who == first + 1 || who >= b - 1 || toks[who - 1].hash != "who"_h || !toks[who - 1].is(detail::kLowercase)) {
    return b;
  }
  --who;
  // "who" is the subject: a lowercase verb or adverb follows it, not a subject of its own ("who the police
  // believe", "who Ford says", "who I met").
  const TagToken& after = toks[who + 1];
  const bool auxiliary = after.has(lex::kCopula) || after.hash == "has"_h || after.hash == "have"_h ||
                         after.hash == "had"_h;
  if (!after.is(detail::kLowercase) || after.has(lex::kFirstPerson) || (after.has(lex::kStop) && !auxiliary)) {
    return b;
  }
  // A base-form cue after a singular head or "the" and a name is a noun, as in noun_before_name ("a student who
  // had been participating in the Shaheen Bagh protest"; "to have the whistleblower who ... testify").
  if (base_form(toks[verb]) && (toks[b].hash == "the"_h || !plural_noun(toks[who - 1]))) return b;
  // The antecedent: its words, "of" and determiners, up to where its clause opens.
  auto antecedent_word = [&](const TagToken& t) {
    if (t.kind == TokenKind::number) return true;
    if (t.kind != TokenKind::word || verb_form(t) || t.has(lex::kReportVerb)) return false;
    switch (t.hash) {
      case "the"_h: case "a"_h: case "an"_h: case "of"_h: case "those"_h: case "these"_h: case "his"_h:
      case "her"_h: case "their"_h: case "its"_h: case "others"_h:
        return true;
      default:
        return !t.has(lex::kStop) || t.has(lex::kQuantifier);
    }
  };
  // (a hyphen inside a word too: "An active-duty officer who flew warplanes in")
  std::uint32_t nb = who;
  while (nb > first && who - nb < 8 && (antecedent_word(toks[nb - 1]) || inner_hyphen(toks, first, nb - 1))) --nb;
  if (nb == who || toks[nb].hash == "of"_h || !antecedent_word(toks[who - 1]) || toks[who - 1].hash == "of"_h) {
    return b;
  }
  return opens_clause_at(toks, first, nb) ? nb : b;
}

// Where the subject opening the sentence ends when a relative clause set off by commas stands between it and the
// verb, the clause's closing comma at `e - 1`: "Sens. Elizabeth Warren and Brian Schatz, who requested the review,
// said", "Texas and 25 other states, which sued, argue", "Mark Zuckerberg and Sheryl Sandberg, both of whom are
// liberal, have said". The subject holds without its clause, as a name alone does ("Dale Whitaker, who runs the
// company, told me" holds "Dale Whitaker"). The subject: list elements joined by "and" (see list_element), eight
// words at most; the clause: 25 words at most, with no punctuation of its own. `e` when there is none; sets
// `subject_b` (when given) to where the subject starts.
std::uint32_t subject_before_relative(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t e,
                                      std::uint32_t* subject_b) {
  if (e < first + 5 || !is_punct(toks[e - 1], ',')) return e;
  std::uint32_t comma = e - 1;
  while (comma > first && e - comma < 26 && toks[comma - 1].kind == TokenKind::word) --comma;
  if (comma == first || !is_punct(toks[comma - 1], ',')) return e;
  --comma;
  const std::uint64_t w = toks[comma + 1].hash;
  const bool relative = toks[comma + 1].is(detail::kLowercase) &&
                        (w == "who"_h || w == "which"_h ||
                         (comma + 3 < e && toks[comma + 2].hash == "of"_h && toks[comma + 3].hash == "whom"_h));
  if (!relative) return e;
  std::uint32_t sb = first;
  if (toks[sb].has(lex::kContrast) || toks[sb].hash == "and"_h) ++sb;
  if (comma <= sb || comma - sb > 8) return e;
  // (every part a list's element: "Amanda Lopez and Travis Tilghman", "Republican leaders and Mr. Corker")
  for (std::uint32_t k = sb, part = sb; k <= comma; ++k) {
    if (k < comma && toks[k].hash != "and"_h) continue;
    if (!list_element(toks, first, part, k)) return e;
    part = k + 1;
  }
  if (subject_b != nullptr) *subject_b = sb;
  return comma;
}

// A name whose title, set off after it, lacks its closing comma: "Ryan Detrick, Senior Market Strategist at LPL
// Financial wrote", "Katie Hill, a spokesperson for Obama told". The title phrase (starting at `phrase`, as
// noun_before_name found it) is the name's apposition, and the name holds, as it does with both commas ("Amy
// Kremer, chairwoman of the Tea Party Express, said" holds "Amy Kremer"). Sets [b, e) to the name: one to five
// capitalized words before the comma that open their clause and are no opener ("In Iowa, ...", "Meanwhile, ..."),
// dateline ("WASHINGTON, ...") or place's second half; and no speech tag is set off inside the name's own clause
// ("Trump, a spokesman for the Pentagon said, is wrong": four words after the verb at most). Bounded: five words.
bool name_before_title(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t end, std::uint32_t phrase,
                       std::uint32_t verb, std::uint32_t& b, std::uint32_t& e) {
  if (phrase < first + 2 || !is_punct(toks[phrase - 1], ',')) return false;
  for (std::uint32_t k = verb + 1; k + 1 < end && k <= verb + 4; ++k) {
    if (!is_punct(toks[k], ',')) continue;
    const TagToken& next = toks[k + 1];
    const bool verb_after = verb_form(next) || irregular_past(next.hash) || irregular_report_past(next.hash) ||
                            next.has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) || next.hash == "has"_h ||
                            next.hash == "have"_h;
    if (next.is(detail::kLowercase) && verb_after) return false;
    break;
  }
  const std::uint32_t ne = phrase - 1;
  std::uint32_t nb = ne;
  while (nb > first && ne - nb < 5 && toks[nb - 1].kind == TokenKind::word && toks[nb - 1].is(detail::kCapitalized) &&
         !toks[nb - 1].has(lex::kStop | lex::kTimeWord | lex::kContrast)) {
    --nb;
  }
  if (nb == ne || !opens_clause_at(toks, first, nb) || (ne == nb + 1 && toks[nb].is(detail::kAllCaps))) return false;
  // (nor the second half of a place or a list's element: "the attack in Benghazi, Libya, the office of ...")
  if (nb >= first + 2 && is_punct(toks[nb - 1], ',') && toks[nb - 2].is(detail::kCapitalized)) return false;
  if (!list_element(toks, first, nb, ne)) return false;
  b = nb;
  e = ne;
  return true;
}

}  // namespace detail::tagging

// "..., says the BBC's Will Grant." / '...," said Sen. John Cornyn, R-Texas.': a reporting verb after a comma or
// a closing quotation mark, then its speaker up to the sentence's end (an apposition or "in an interview" may
// follow after a comma or a preposition). The speaker is a name or a determiner's noun phrase with no verb.
bool Tagger::Impl::inverted_speech_tag(std::uint32_t s, std::uint32_t verb, std::uint32_t& holder_b,
                                       std::uint32_t& holder_e) const {
  const SentenceState& st = sents[s];
  if (verb < st.first + 2 || !toks[verb].has(lex::kReportVerb)) return false;
  const std::uint64_t v = toks[verb].hash;
  if (!speech_verb(v) && v != "explained"_h && v != "explains"_h && v != "countered"_h && v != "counters"_h) {
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
  // After a quotation the speaker may also be counted or titled in lowercase: '"...," said one European
  // diplomat', '"...," says economist Chris Christopher', '"...," said rally attendee Johnny Liles'.
  auto counted_or_titled = [&] {
    if (!after_quotation || b >= st.end || !toks[b].is(detail::kLowercase) || toks[b].kind != TokenKind::word) {
      return false;
    }
    switch (toks[b].hash) {
      case "one"_h: case "another"_h: case "two"_h: case "three"_h: case "several"_h:
        return true;
      default:
        break;
    }
    for (std::uint32_t k = b; k < st.end && k < b + 3; ++k) {
      if (verb_form(toks[k]) || toks[k].has(lex::kStop) || is_preposition(toks[k].hash)) return false;
      if (toks[k].is(detail::kCapitalized)) return k > b;
    }
    return false;
  };
  // A possessive determiner opens the speaker's noun phrase as "the" does: "..., said his spokesman Michael
  // Briggs.", "..., wrote its chief executive Mike Manley in an email." (a clause after it has a verb and is
  // refused below: "..., said his plan would fail").
  auto determiner = [](std::uint64_t h) {
    switch (h) {
      case "the"_h: case "a"_h: case "an"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h: case "our"_h:
        return true;
      default:
        return false;
    }
  };
  if (b >= st.end || toks[b].has(lex::kTimeWord) ||  // "said Monday that ..."
      !(toks[b].is(detail::kCapitalized) || determiner(toks[b].hash) || counted_or_titled())) {
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
  // A possessive's noun phrase is a speaker by its name, or after a quotation: not an object in a series of
  // verbs ("She hugged them all, said her goodbyes.", "He signed it, wrote his name on the form.").
  if (!after_quotation && !toks[b].is(detail::kCapitalized) && toks[b].hash != "the"_h && toks[b].hash != "a"_h &&
      toks[b].hash != "an"_h) {
    bool named = e + 1 < st.end && is_punct(toks[e], ',') && toks[e + 1].is(detail::kCapitalized);
    for (std::uint32_t k = b + 1; k < e && !named; ++k) named = toks[k].is(detail::kCapitalized);
    if (!named) return false;
  }
  // After the speaker only an apposition or a circumstance, no clause: not ", said the mayor, who wants ...".
  // After a quotation the words are the speaker's whatever follows the name and its comma ('"...," said Robert
  // Anderson, the chief of the mortality statistics branch at the National Center for Health Statistics.',
  // '"...," said Pence, who called the climate deal ...').
  // (past a party tag: '"...," said Rep. Jim Jordan (R-Ohio), a former chairman of ...')
  std::uint32_t after = e;
  if (after < st.end && is_punct(toks[after], '(')) {
    std::uint32_t k = after + 1;
    while (k < st.end && k < after + 7 && !is_punct(toks[k], ')') && !toks[k].is(detail::kLowercase)) ++k;
    if (k < st.end && is_punct(toks[k], ')')) after = k + 1;
  }
  const bool set_off = after_quotation && after < st.end && is_punct(toks[after], ',');
  if (!set_off) {
    if (st.end - after > 10) return false;
    for (std::uint32_t k = after; k < st.end; ++k) {
      if (verb_form(toks[k]) || toks[k].hash == "who"_h || toks[k].hash == "that"_h || toks[k].hash == "which"_h) {
        return false;
      }
    }
  }
  holder_b = b;
  holder_e = e;
  return true;
}

// An attribution from either source, settled: false when its cue is a noun after all (or an act), else with
// the holder trimmed to its own words. The steps run in this order.
bool Tagger::Impl::settle_attribution(Attribution& a) const {
  const std::uint32_t first = sents[a.sentence].first, end = sents[a.sentence].end;
  const TagToken& cue = toks[a.cue_b];
  const bool finite = past_verb(cue) || cue.raw().ends_with("s");

  // 0. A sentence adverb or a question word opening the holder is the clause's, not the holder's: "Now
  // Democrats are arguing", "So scientists warn", "Meanwhile Mr Sanders told", "why officials are claiming",
  // "who authorities say was killed" (a holder it leaves as "I" is the speaker's own: "So I think"; one after
  // "whether" asks, see step 9). Not a degree or a share ("So far the board has", "So many studies have",
  // "how much people wanted"), nor a relative pronoun that is the subject ("who has the power to").
  // ("so when police found", "why when we pointed out": two at most)
  for (int taken = 0; taken < 2 && a.holder_e >= a.holder_b + 2; ++taken) {
    const TagToken& w = toks[a.holder_b];
    const TagToken& next = toks[a.holder_b + 1];
    bool clause_word = false;
    switch (w.hash) {
      case "why"_h: case "where"_h: case "whether"_h: case "now"_h: case "so"_h: case "then"_h: case "perhaps"_h:
      case "maybe"_h: case "meanwhile"_h: case "again"_h: case "today"_h: case "tonight"_h:
        clause_word = true;
        break;
      case "later"_h:  // (lowercase, an adjective: "later government statements")
        clause_word = w.is(detail::kCapitalized);
        break;
      case "who"_h:
        clause_word = w.is(detail::kLowercase);
        break;
      case "when"_h:  // (after one of the words above: "so when police found")
        clause_word = taken > 0;
        break;
      case "how"_h:  // ("how warm or cold they feel": only before a noun phrase that plainly starts)
        clause_word = next.is(detail::kCapitalized) || article_or_possessive(next.hash) ||
                      next.has(lex::kGroup | lex::kExpert | lex::kOpposition);
        break;
      default:
        break;
    }
    // (capitalized only where it opens the sentence: not the names "Today" or "Where" inside it)
    if (w.is(detail::kCapitalized) && a.holder_b != first) clause_word = false;
    switch (next.hash) {
      case "far"_h: case "many"_h: case "much"_h: case "few"_h: case "long"_h: case "often"_h: case "to"_h:
        clause_word = false;
        break;
      default:
        break;
    }
    if (!clause_word || verb_form(next) || verb_word(toks, a.holder_b + 1) || next.kind != TokenKind::word ||
        (next.flags & Token::clitic)) {  // (not "Today's nationalists")
      break;
    }
    ++a.holder_b;
    if (first_person_holder(toks, a.holder_b, a.holder_e)) return false;
  }
  const bool adjacent = a.holder_e > a.holder_b && a.holder_e == a.cue_b;

  // 1. A cue right after a preposition is its object: an adjective or a noun ("an investigation into alleged
  // collusion", "the divide between show and substance", "people with confirmed cases"), or a gerund whose
  // subject opens the holder ("Obama responded by saying": "Obama" holds it). "Critics have called into
  // question" makes the phrase the cue. A preposition a relative clause leaves at its end stays ("the families
  // CNN spoke with said"); "since" before a finite verb is an adverb ("The mayor | has since said").
  const std::uint64_t last = adjacent ? toks[a.holder_e - 1].hash : 0;
  if (adjacent && a.rule != "according_to" &&
      (is_preposition(last) || last == "into"_h || last == "onto"_h || last == "near"_h)) {
    bool kept = false;
    if (last == "into"_h && cue.hash == "question"_h && a.holder_e >= a.holder_b + 3) {
      switch (toks[a.holder_e - 2].hash) {
        case "call"_h: case "calls"_h: case "called"_h: case "calling"_h:
          a.cue_b = a.holder_e - 2;
          a.holder_e -= 2;
          while (a.holder_e > a.holder_b + 1 && verb_word(toks, a.holder_e - 1)) --a.holder_e;  // "have"
          kept = true;
          break;
        default:
          break;
      }
    }
    if (!kept && cue.raw().ends_with("ing")) {
      std::uint32_t verb = a.holder_b;
      while (verb < a.holder_e && !verb_form(toks[verb]) && toks[verb].hash != "has"_h && toks[verb].hash != "have"_h &&
             toks[verb].hash != "had"_h) {
        ++verb;  // "The nation's top lawyer | has drawn fire for arguing"
      }
      if (verb == a.holder_b || verb == a.holder_e) return false;
      a.holder_e = verb;
      kept = true;
    }
    if (!kept && last == "since"_h && finite && a.holder_e > a.holder_b + 1) {
      --a.holder_e;
      while (a.holder_e > a.holder_b + 1 && verb_word(toks, a.holder_e - 1)) --a.holder_e;
      kept = true;
    }
    if (!kept) {
      const bool adjectival = cue.hash == "alleged"_h || cue.hash == "reported"_h || cue.hash == "confirmed"_h;
      switch (last) {
        case "with"_h: case "to"_h: case "about"_h: case "for"_h: case "from"_h: case "at"_h: case "on"_h:
        case "of"_h: case "in"_h: case "by"_h: case "beyond"_h:
          if (!finite || adjectival) return false;
          break;
        default:
          return false;
      }
    }
  }

  // (Step 1 may have moved the cue: "called into question".)
  const TagToken& verb = toks[a.cue_b];
  const bool verb_finite = past_verb(verb) || verb.raw().ends_with("s");

  // 2. An adverb before a finite cue is not the holder's: "The Guardian | first reported", "The agency | only
  // recently acknowledged" (after a determiner it is an adjective: "The only questions", "the first charges").
  if (verb_finite && a.holder_e == a.cue_b) {
    while (a.holder_e > a.holder_b + 1) {
      const TagToken& t = toks[a.holder_e - 1];
      const bool adverb = t.is(detail::kLowercase) &&
                          (t.hash == "first"_h || t.hash == "only"_h || t.hash == "later"_h || t.hash == "again"_h ||
                           t.hash == "already"_h || t.hash == "once"_h || lex::report_adverbs().contains(t.hash) ||
                           (t.raw().ends_with("ly") && !ly_noun(t.hash)));
      const TagToken& before = toks[a.holder_e - 2];
      if (!adverb || determiner(before.hash) || before.hash == "'s"_h || before.has(lex::kQuantifier)) break;
      --a.holder_e;
    }
  }

  // 3. A noun and its reduced relative clause: "a move critics say could harm ...", "an idea Democrats strongly
  // reject", "the way Republicans think": the group holds it, not the noun phrase before it ("a dozen Democrats
  // say", "the party leaders said", a singular head: "a new poll", "an administration official" stay).
  if (a.holder_e == a.holder_b + 3) {
    const TagToken& det = toks[a.holder_b];
    const TagToken& noun = toks[a.holder_b + 1];
    const TagToken& group = toks[a.holder_e - 1];
    if (noun.is(detail::kLowercase) && noun.kind == TokenKind::word && !noun.has(lex::kQuantifier) && plural_noun(group) &&
        group.has(lex::kGroup | lex::kOpposition | lex::kExpert)) {
      const bool indefinite = (det.hash == "a"_h || det.hash == "an"_h) && !count_noun(noun.hash);
      const bool way = det.hash == "the"_h && (noun.hash == "way"_h || noun.hash == "one"_h || noun.hash == "ones"_h);
      if (indefinite || way) a.holder_b += 2;
    }
  }

  // 4. A possessive, a judging adjective or an adjective after a determiner right before the cue makes it a
  // noun: "Democrats' push this year", "the Republicans' incorrect claims", "The only question", "the recent
  // push" (a position noun with its clause keeps the possessor as its holder: "The release bolstered | critics'
  // claims that ...").
  if (a.holder_e > a.holder_b && a.holder_e == a.cue_b) {
    const TagToken& before_cue = toks[a.holder_e - 1];
    if (before_cue.hash == "'s"_h ||
        ((before_cue.raw() == "'" || before_cue.raw() == "’") && a.holder_e >= a.holder_b + 2 &&
         toks[a.holder_e - 2].text + toks[a.holder_e - 2].size == before_cue.text &&
         toks[a.holder_e - 2].raw().ends_with("s"))) {
      const bool clause = a.cue_e < end && toks[a.cue_e].hash == "that"_h && position_noun(verb.hash) &&
                          a.holder_e >= a.holder_b + 2;
      if (!clause) return false;
      --a.holder_e;
      a.holder_b = possessor_start(toks, a.holder_b, a.holder_e);
    } else if (lex::falsity_words().contains(before_cue.hash) || lex::discrediting_words().contains(before_cue.hash)) {
      return false;
    } else if (a.holder_e >= a.holder_b + 2 && !past_verb(verb)) {
      const TagToken& before = toks[a.holder_e - 2];
      const bool opens = determiner(before.hash) || before.hash == "'s"_h || before.hash == "most"_h ||
                         before.has(lex::kQuantifier);
      switch (before_cue.hash) {
        case "only"_h: case "same"_h: case "first"_h: case "main"_h: case "real"_h: case "whole"_h:
        case "key"_h: case "big"_h: case "bigger"_h: case "biggest"_h: case "central"_h: case "obvious"_h:
        case "recent"_h: case "latest"_h: case "new"_h: case "next"_h: case "early"_h: case "earlier"_h:
        case "remaining"_h: case "initial"_h:
          if (opens) return false;
          break;
        default:
          break;
      }
    }
  }

  // 5. "maintain" with a thing kept is an act ("Republicans will maintain control of the Senate"), not
  // "maintain that" or "maintain his innocence"; so is "claim" with a thing won or owned ("ISIS claimed
  // responsibility for the attacks", "Clinton claimed victory", "The war has claimed more than 250,000 lives").
  const std::uint32_t object = a.cue_e < end && determiner(toks[a.cue_e].hash) && a.cue_e + 1 < end ? a.cue_e + 1
                                                                                                   : a.cue_e;
  switch (object < end ? verb.hash : 0) {
    case "maintain"_h: case "maintains"_h: case "maintained"_h: case "maintaining"_h:
      switch (toks[object].hash) {
        case "control"_h: case "order"_h: case "ties"_h: case "relations"_h: case "contact"_h: case "presence"_h:
        case "majority"_h: case "lead"_h: case "power"_h: case "distance"_h: case "silence"_h: case "access"_h:
        case "funding"_h: case "pressure"_h: case "momentum"_h: case "status"_h: case "records"_h:
          return false;
        default:
          break;
      }
      break;
    case "claim"_h: case "claims"_h: case "claimed"_h: case "claiming"_h:
      switch (toks[object].hash) {
        case "responsibility"_h: case "victory"_h: case "credit"_h: case "lives"_h: case "ownership"_h:
        case "title"_h: case "nomination"_h: case "seat"_h: case "prize"_h: case "mantle"_h: case "spot"_h:
          return false;
        default:
          // "claimed more than a quarter of a million lives", "claimed 3,000 lives"
          for (std::uint32_t k = object; k < end && k < object + 8 && !is_punct(toks[k], ','); ++k) {
            if (toks[k].hash == "lives"_h) return false;
          }
          break;
      }
      break;
    default:
      break;
  }

  // 6. After "there is" a quantifier and the cue make a noun phrase: "There is some hope that ...", "There's
  // some question about whether ..." (not "There are some who argue").
  if (a.holder_e == a.cue_b && a.holder_b >= first + 2 && a.holder_e <= a.holder_b + 2 && !verb_finite &&
      !verb.raw().ends_with("ing")) {
    std::uint32_t k = a.holder_b;
    if (toks[k].hash == "also"_h) ++k;
    std::uint32_t there = a.holder_b - 1;
    if (toks[there].hash == "also"_h && there > first) --there;
    if (k + 1 == a.holder_e && toks[k].has(lex::kQuantifier) && toks[there].has(lex::kCopula) && there > first &&
        toks[there - 1].hash == "there"_h) {
      return false;
    }
  }

  // 7. A singular name after "the" takes no base-form verb, so the cue is a noun: "the Heritage Foundation think
  // tank", "the Times report", "the Charlie Rose show", "the New Jersey protest" (a plural stays: "The
  // Democrats oppose", "The Taliban say"; as "a ..." does in attributions_from_report_verbs).
  if (a.holder_e == a.cue_b && a.holder_e >= a.holder_b + 2 && toks[a.holder_b].hash == "the"_h && !verb_finite &&
      !verb.raw().ends_with("ing")) {
    bool name = true;
    for (std::uint32_t k = a.holder_b + 1; k < a.holder_e && name; ++k) {
      name = toks[k].kind == TokenKind::word && toks[k].is(detail::kCapitalized);
    }
    const TagToken& head = toks[a.holder_e - 1];
    // (an acronym is singular, whatever its last letter: "the US push", "the CBS report")
    bool plural = head.raw().ends_with("s") || head.raw().ends_with("ese");
    switch (head.hash) {
      case "taliban"_h: case "police"_h: case "people"_h: case "media"_h: case "military"_h: case "clergy"_h:
      case "british"_h: case "french"_h: case "dutch"_h: case "irish"_h: case "english"_h: case "swiss"_h:
        plural = true;
        break;
      default:
        break;
    }
    plural |= irregular_report_past(verb.hash);  // a past form: any subject
    // Only where the name opens its clause ("Republicans in the Senate think", "Trump and the White House say",
    // "to have the Defense Department say" are other subjects or do-support), unless the cue is a noun as often
    // as a verb ("host of the Charlie Rose show", "a scholar at the Heritage Foundation think tank").
    const TagToken* before = a.holder_b > first ? &toks[a.holder_b - 1] : nullptr;
    const bool opens = !before || before->kind == TokenKind::punctuation || before->kind == TokenKind::quote ||
                       before->hash == "that"_h || before->hash == "because"_h || before->hash == "while"_h ||
                       before->hash == "when"_h || before->hash == "if"_h || before->hash == "but"_h;
    bool noun = false;
    switch (verb.hash) {
      case "show"_h: case "report"_h: case "protest"_h: case "push"_h: case "claim"_h: case "counter"_h:
      case "demand"_h: case "charge"_h:
        noun = true;
        break;
      case "think"_h:
        noun = a.cue_e < end && toks[a.cue_e].hash == "tank"_h;
        break;
      default:
        break;
    }
    if (name && !plural && (opens || noun)) return false;
  }

  // 8. A name the tokenizer cut at its hyphens is whole: "Ocasio-Cortez said", "Saudi Foreign Minister
  // Adel al-Jubeir told", "law-enforcement officials say".
  while (a.holder_e > a.holder_b && a.holder_b >= first + 2 && is_punct(toks[a.holder_b - 1], '-') &&
         toks[a.holder_b - 2].kind == TokenKind::word &&
         toks[a.holder_b - 2].text + toks[a.holder_b - 2].size == toks[a.holder_b - 1].text &&
         toks[a.holder_b - 1].text + 1 == toks[a.holder_b].text) {
    a.holder_b -= 2;
    // ... with the name's words before it: "NATO Secretary-General Jens Stoltenberg" (an acronym, or a
    // capitalized word in no list that does not open the sentence).
    while (a.holder_b > first && toks[a.holder_b].is(detail::kCapitalized) &&
           (toks[a.holder_b - 1].is(detail::kAllCaps) ||
            (toks[a.holder_b - 1].is(detail::kCapitalized) && toks[a.holder_b - 1].lex == 0 && a.holder_b - 1 > first))) {
      --a.holder_b;
    }
  }

  // 9. A question with its auxiliary before the holder asks what the holder holds, it attributes nothing:
  // "What do critics say?", "Do voters think that ...?", "Haven't other politicians thought of that?".
  std::uint32_t last_word = end;
  while (last_word > first && toks[last_word - 1].kind == TokenKind::quote) --last_word;  // '...?”'
  if (last_word > first && is_punct(toks[last_word - 1], '?') && a.holder_e > a.holder_b) {
    auto auxiliary = [](std::uint64_t h) {
      switch (h) {
        case "do"_h: case "does"_h: case "did"_h: case "have"_h: case "has"_h: case "had"_h: case "are"_h:
        case "is"_h: case "were"_h: case "was"_h: case "will"_h: case "would"_h: case "can"_h: case "could"_h:
        case "don't"_h: case "doesn't"_h: case "didn't"_h: case "haven't"_h: case "hasn't"_h: case "hadn't"_h:
        case "aren't"_h: case "isn't"_h: case "weren't"_h: case "wasn't"_h: case "won't"_h: case "wouldn't"_h:
        case "can't"_h: case "couldn't"_h:
          return true;
        default:
          return false;
      }
    };
    // (the holder may have taken it: "haven't other politicians")
    if (auxiliary(toks[a.holder_b].hash) || (a.holder_b > first && auxiliary(toks[a.holder_b - 1].hash))) return false;
  }
  // ... and so does an indirect one: "The question is whether voters will believe the recovery is sustainable",
  // "it is unclear whether Trump wants to take the fight to Democrats".
  if (a.holder_e > a.holder_b && a.holder_b > first && toks[a.holder_b - 1].hash == "whether"_h) return false;

  // 10. A group that takes in the author holds the author's own position: "Civil libertarians like me have
  // warned", "plenty of conservatives like myself who believe".
  for (std::uint32_t k = a.holder_b; k + 1 < std::min(a.holder_e + 2, end); ++k) {
    const std::uint64_t w = toks[k].hash, next = toks[k + 1].hash;
    if ((w == "like"_h || w == "including"_h) &&
        (next == "me"_h || next == "myself"_h || next == "us"_h || next == "ourselves"_h)) {
      return false;
    }
  }

  // 11. A list holds as a whole: "Senators Elizabeth Warren, Bernie Sanders and Cory Booker said" (the looks
  // back from the verb stop at a comma). Not a speech tag set off inside the sentence, whose comma before it ends
  // the subject of the sentence's own verb: "Those findings, Adam and Cowling note, are consistent with ..." (a
  // quotation may follow the tag: 'Civic leaders, state officials and federal officials say, ‘Well, ...’').
  const bool set_off = a.cue_e + 1 < end && is_punct(toks[a.cue_e], ',') && toks[a.cue_e + 1].kind != TokenKind::quote;
  if (a.holder_e > a.holder_b && a.holder_e <= a.cue_b && !set_off) {
    a.holder_b = list_start(toks, first, a.holder_b, a.holder_e);
  }
  return true;
}

}  // namespace argmine
