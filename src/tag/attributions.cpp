// Attributions: who says what ("critics say that ...", "..., said Smith", "Burr defended his actions, saying
// ..."), from the grammars' matches and the reporting verbs, then placed on the sentences they report.
#include "tag/tagger_impl.hpp"

#include <algorithm>

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

namespace g = detail::grammar;

namespace {

// A form of "be" that makes a progressive with an "-ing" verb: "are arguing", "has been saying", "they're
// claiming" (not "'s", more often a possessive before a noun in "-ing": "Brown's warning that ...").
bool be_form(std::uint64_t h) noexcept {
  switch (h) {
    case "is"_h: case "are"_h: case "was"_h: case "were"_h: case "been"_h: case "am"_h: case "'re"_h: case "'m"_h:
      return true;
    default:
      return false;
  }
}

// An absolute phrase: "with" after a comma or opening the sentence, a noun phrase and a report verb in "-ing"
// before a reported clause (not "with" after a verb or a noun: "contrasting her experience with Trump's
// unpredictability and the Republican arguing", "met with voicemail messages saying"). Sets the holder's span,
// the noun phrase without an adverb before the verb ("with the Kremlin still insisting"). The caller has checked
// that the verb is in "-ing" before a reported clause.
bool with_report(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t verb, std::uint32_t& holder_b,
                 std::uint32_t& holder_e) noexcept {
  for (std::uint32_t k = verb; k-- > first && verb - k <= 7;) {
    const TagToken& t = toks[k];
    if (t.hash == "with"_h) {
      const bool opens = k == first || is_punct(toks[k - 1], ',') ||
                         (k == first + 1 && (toks[first].has(lex::kContrast) || toks[first].hash == "and"_h));
      holder_b = k + 1;
      holder_e = verb;
      while (holder_e > holder_b + 1 && toks[holder_e - 1].is(detail::kLowercase) &&
             (ly_adverb(toks[holder_e - 1]) || lex::report_adverbs().contains(toks[holder_e - 1].hash))) {
        --holder_e;
      }
      return opens && holder_e > holder_b;
    }
    const bool word = t.kind == TokenKind::word || (t.flags & Token::clitic) || t.kind == TokenKind::number;
    if (!word || verb_form(t) || t.has(lex::kReportVerb) || t.hash == "that"_h || t.hash == "who"_h ||
        t.hash == "which"_h || t.hash == "what"_h || t.hash == "or"_h || t.hash == "to"_h) {
      return false;
    }
  }
  return false;
}

// The length of a connective set off by commas that closes at `comma` ("however", "for its part", "for
// example", "on the other hand", "in a statement"), or 0 when none does: what stands before it holds the verb
// after it.
std::uint32_t set_off_connective(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t comma) noexcept {
  auto at = [&](std::uint32_t n, std::uint32_t k) {  // word k of an n-word phrase before the comma
    return toks[comma - n + k].hash;
  };
  auto opened = [&](std::uint32_t n) { return comma >= first + n + 2 && is_punct(toks[comma - n - 1], ','); };
  if (opened(1)) {
    switch (at(1, 0)) {
      case "however"_h: case "meanwhile"_h: case "though"_h: case "too"_h: case "instead"_h: case "moreover"_h:
      case "also"_h: case "likewise"_h: case "similarly"_h: case "nonetheless"_h: case "nevertheless"_h:
        return 1;
      default:
        break;
    }
  }
  if (opened(2)) {
    const std::uint64_t a = at(2, 0), b = at(2, 1);
    if ((a == "for"_h && (b == "example"_h || b == "instance"_h)) || (a == "of"_h && b == "course"_h) ||
        (a == "in"_h && (b == "turn"_h || b == "response"_h || b == "contrast"_h || b == "particular"_h)) ||
        (a == "by"_h && b == "contrast"_h)) {
      return 2;
    }
  }
  if (opened(3)) {
    const std::uint64_t a = at(3, 0), b = at(3, 1), c = at(3, 2);
    if (a == "for"_h && c == "part"_h &&
        (b == "its"_h || b == "his"_h || b == "her"_h || b == "their"_h || b == "our"_h)) {
      return 3;
    }
    if (a == "in"_h && (b == "a"_h || b == "an"_h) && (c == "statement"_h || c == "interview"_h)) return 3;
  }
  if (opened(4) && at(4, 0) == "on"_h && at(4, 1) == "the"_h && at(4, 2) == "other"_h && at(4, 3) == "hand"_h) {
    return 4;
  }
  return 0;
}

// A subject [b, e) opening with a pronoun may hold a report only when the pronoun is not the author's ("I",
// "we", "you") and "he", "she" or "they" is the whole subject.
bool pronoun_may_hold(std::uint64_t h, std::uint32_t b, std::uint32_t e) noexcept {
  switch (h) {
    case "i"_h: case "we"_h: case "you"_h:
      return false;
    case "he"_h: case "she"_h: case "they"_h:
      return e == b + 1;
    default:
      return true;
  }
}

// A participle set off after the subject that opens the sentence reports for it: "Republicans, arguing that
// the bill was flawed, voted against it", "Barr, insisting that he had not undermined the prosecutors, did
// ...". The subject is a noun phrase of up to six words without punctuation or a verb, after "But" or "And";
// the participle's clause closes with a comma and the subject's verb (looked for in the next 40 words).
// Sets the holder's span.
bool fronted_participle(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t end, std::uint32_t verb,
                        std::uint32_t& holder_b, std::uint32_t& holder_e) noexcept {
  if (verb < first + 2 || !is_punct(toks[verb - 1], ',')) return false;
  std::uint32_t b = first;
  if (toks[b].has(lex::kContrast) || toks[b].hash == "and"_h) ++b;
  std::uint32_t e = verb - 1;
  if (e <= b || e - b > 6) return false;
  // (an adverb at the end is no part of it: "A bizarre column in Slate recently, arguing that ...")
  while (e > b + 1 && toks[e - 1].is(detail::kLowercase) && ly_adverb(toks[e - 1])) --e;
  switch (toks[b].hash) {  // (no speaker)
    case "it"_h: case "this"_h: case "that"_h: case "there"_h: case "what"_h: case "these"_h: case "those"_h:
      return false;
    default:
      break;
  }
  if (!pronoun_may_hold(toks[b].hash, b, e)) return false;  // (nor the author)
  // (a name or a group: not an opening phrase, "Rather, protesting ...", "In 2016, saying ...")
  if (!toks[b].is(detail::kCapitalized) || is_preposition(toks[b].hash) || ly_adverb(toks[b]) ||
      toks[b].hash == "rather"_h) {
    return false;
  }
  for (std::uint32_t k = b; k < e; ++k) {
    const TagToken& t = toks[k];
    const bool word = t.kind == TokenKind::word || (t.flags & Token::clitic) || t.kind == TokenKind::number;
    if (!word || verb_form(t) || t.has(lex::kReportVerb | lex::kNeutralVerb | lex::kContentiousVerb) ||
        subordinator(t.hash) || t.hash == "who"_h || t.hash == "which"_h || t.raw().ends_with("ing")) {
      return false;
    }
  }
  // The comma that closes the participle's clause, and the subject's verb after it.
  for (std::uint32_t k = verb + 2; k + 1 < end && k < verb + 40; ++k) {
    const TagToken& t = toks[k];
    if (t.kind == TokenKind::quote || is_punct(t, ';') || is_punct(t, ':')) return false;
    if (!is_punct(t, ',')) continue;
    const TagToken& v = toks[k + 1];
    if (!v.is(detail::kLowercase) ||
        !(verb_form(v) || v.has(lex::kNeutralVerb | lex::kContentiousVerb) || v.hash == "has"_h ||
          v.hash == "have"_h || v.hash == "did"_h || v.hash == "does"_h || v.hash == "do"_h)) {
      return false;
    }
    holder_b = b;
    holder_e = e;
    return true;
  }
  return false;
}

// "Echo" takes up a position the text then states, which its subject holds: "Zumla echoed Hilgenfeld's concerns
// that ...", "He echoed the White House's argument that ...", "..., echoing Bush's claim that ...". Only with
// such a noun and its "that" clause within six words after the verb: "Trainor echoed that sentiment" states
// nothing, and "echo chambers" is no verb.
bool echoes_position(const std::vector<TagToken>& toks, std::uint32_t verb, std::uint32_t end) noexcept {
  switch (toks[verb].hash) {
    case "echo"_h: case "echoes"_h: case "echoed"_h: case "echoing"_h:
      break;
    default:
      return false;
  }
  if (!toks[verb].is(detail::kLowercase)) return false;
  for (std::uint32_t k = verb + 1; k + 1 < end && k <= verb + 6; ++k) {
    const TagToken& t = toks[k];
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::quote || verb_form(t)) return false;
    switch (t.hash) {
      case "concern"_h: case "concerns"_h: case "worry"_h: case "worries"_h: case "fear"_h: case "fears"_h:
      case "claim"_h: case "claims"_h: case "argument"_h: case "arguments"_h: case "view"_h: case "views"_h:
      case "warning"_h: case "warnings"_h: case "complaint"_h: case "complaints"_h: case "criticism"_h:
      case "sentiment"_h: case "sentiments"_h: case "position"_h: case "assertion"_h: case "belief"_h:
      case "contention"_h: case "suggestion"_h:
        return toks[k + 1].hash == "that"_h;
      default:
        break;
    }
  }
  return false;
}

// The "-ing" forms that report for the noun before them in uses other than a participle, a progressive or an
// absolute phrase before a reported clause: "Robert Gates, a former Defense secretary, defended the decisions,
// saying: ...", "The team issued a statement saying ...", "with X saying, ...". Any other "-ing" form reports
// only in those three.
bool ing_reports_alone(std::uint64_t h) noexcept {
  switch (h) {
    case "saying"_h: case "arguing"_h: case "claiming"_h: case "insisting"_h: case "warning"_h:
    case "contending"_h: case "noting"_h:
      return true;
    default:
      return false;
  }
}

// A participle after the clause it closes reports for that clause's subject: "Knowles disputed that notion
// Wednesday, saying the city's analysis shows ...", "A number of U.S. lawmakers have criticized Trump's
// comments, saying he should not have ...". The subject opens the sentence (after "But" or an opening phrase
// and its comma), a noun phrase of up to six words without punctuation, and its verb follows it at once; one
// clause runs from the verb to the participle's comma (no other comma, quotation or subordinate clause: its
// subject would be another). Not "it", "this", "there" (no speaker). Sets the holder's span.
bool participle_subject(const std::vector<TagToken>& toks, std::uint32_t first, std::uint32_t verb,
                        std::uint32_t& holder_b, std::uint32_t& holder_e) noexcept {
  if (verb < first + 4) return false;
  // The clause closes at the participle's comma, or at a name that a preposition of place takes right after the
  // verb, with no comma after it: "Warren stood in the U.S. Senate insisting that ...", "Trump appeared on Fox
  // News arguing that ..." (the name is where the subject was, it says nothing; five words at most; after an
  // object the participle may be the object's: "quoted someone familiar with talks in the White House warning").
  std::uint32_t close = verb - 1, place = 0;
  if (!is_punct(toks[close], ',')) {
    // (a date is no place, it may end a noun phrase: "a report released in December saying")
    std::uint32_t k = verb;
    while (k > first && verb - k < 5 && toks[k - 1].kind == TokenKind::word && toks[k - 1].is(detail::kCapitalized) &&
           !toks[k - 1].has(lex::kTimeWord)) {
      --k;
    }
    if (k < verb && k > first + 2 && toks[k - 1].hash == "the"_h) --k;
    if (k == verb || k <= first + 2 || !toks[k - 1].is(detail::kLowercase)) return false;
    switch (toks[k - 1].hash) {
      case "in"_h: case "at"_h: case "on"_h: case "before"_h: case "outside"_h: case "inside"_h:
        break;
      default:  // (not "from" or "of": "a statement from the White House saying" is the statement's)
        return false;
    }
    place = k - 1;
    close = verb;
  }
  std::uint32_t b = first;
  if (toks[b].has(lex::kContrast) || toks[b].hash == "and"_h) ++b;
  // An opening phrase: "On foreign policy matters, Cheney declined ...", "Meanwhile, ..."
  if (b < verb && (is_preposition(toks[b].hash) || ly_adverb(toks[b]) || toks[b].hash == "meanwhile"_h)) {
    std::uint32_t k = b;
    while (k < verb && k < b + 8 && toks[k].kind != TokenKind::punctuation) ++k;
    if (k >= verb - 1 || !is_punct(toks[k], ',')) return false;
    b = k + 1;
  }
  switch (toks[b].hash) {
    case "it"_h: case "this"_h: case "that"_h: case "there"_h: case "what"_h: case "these"_h: case "those"_h:
      return false;
    default:
      break;
  }
  std::uint32_t e = b;
  // (an irregular past after a name or a pronoun: "Warren stood", "He got down to business"; after a noun it may
  // be a participle, "The parents of two children shot in that attack", or a noun, "Critics on the left")
  auto name_or_pronoun = [&](std::uint32_t k) {
    if (k == b + 1 && (toks[b].hash == "he"_h || toks[b].hash == "she"_h || toks[b].hash == "they"_h)) return true;
    for (std::uint32_t j = b; j < k; ++j) {
      if (!(toks[j].is(detail::kCapitalized) || (toks[j].flags & Token::clitic)) || toks[j].has(lex::kTimeWord)) {
        return false;
      }
    }
    return k > b;
  };
  auto verb_word = [&](std::uint32_t k) {
    const TagToken& t = toks[k];
    const bool irregular = t.is(detail::kLowercase) && irregular_past(t.hash) && name_or_pronoun(k);
    return verb_form(t) || irregular || t.has(lex::kReportVerb) || t.hash == "has"_h || t.hash == "have"_h ||
           t.hash == "had"_h || t.hash == "did"_h || t.hash == "does"_h;
  };
  while (e < verb && e < b + 7 && !verb_word(e)) {
    const TagToken& t = toks[e];
    const bool word = t.kind == TokenKind::word || (t.flags & Token::clitic) || t.kind == TokenKind::number;
    if (!word || subordinator(t.hash) || t.hash == "who"_h || t.hash == "which"_h || t.hash == "that"_h ||
        t.raw().ends_with("ing")) {
      return false;
    }
    ++e;
  }
  // (one clause of at most 60 words: the scan below stays linear when a long sentence holds many candidates)
  if (e == b || e >= close || !verb_word(e) || verb - e > 60 || (place != 0 && place != e + 1)) return false;
  for (std::uint32_t k = e + 1; k < close; ++k) {
    const TagToken& t = toks[k];
    if (t.kind == TokenKind::punctuation || t.kind == TokenKind::quote || t.kind == TokenKind::dash ||
        subordinator(t.hash) || t.hash == "who"_h || t.hash == "which"_h || t.hash == "and"_h || t.hash == "but"_h) {
      return false;
    }
  }
  // (a date after the name is no part of it: "The Vatican on Friday distanced ...")
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    if ((toks[k].hash == "on"_h || toks[k].hash == "last"_h || toks[k].hash == "this"_h) &&
        (toks[k + 1].has(lex::kTimeWord) || period_noun(toks[k + 1].hash))) {
      e = k;
      break;
    }
  }
  // (nor an adverb before the verb, nor a contracted "has": "Trump quickly fired back", "CNN later defended",
  // "He's laughed off")
  while (e > b + 1 && ((toks[e - 1].is(detail::kLowercase) &&
                        (ly_adverb(toks[e - 1]) || lex::report_adverbs().contains(toks[e - 1].hash) ||
                         toks[e - 1].hash == "later"_h || toks[e - 1].hash == "soon"_h ||
                         toks[e - 1].hash == "then"_h || toks[e - 1].hash == "first"_h ||
                         toks[e - 1].hash == "finally"_h)) ||
                       (toks[e - 1].flags & Token::clitic))) {
    --e;
  }
  if (e > b + 1 && (toks[b].hash == "even"_h || toks[b].hash == "also"_h)) ++b;  // "Even the liberal Chronicle"
  // A pronoun is the whole subject, and not the author's ("I finally managed to separate them, insisting"); a
  // lowercase word after a name ends it only as a group's noun ("U.S. lawmakers"): else it is a verb no list
  // knows ("He laid blame ...", "Steve Doocy cast ...", "Trump used Twitter to deny ...").
  if (!pronoun_may_hold(toks[b].hash, b, e)) return false;
  bool capital_after = false;
  for (std::uint32_t k = e; k-- > b + 1;) {
    const TagToken& t = toks[k];
    if (t.is(detail::kCapitalized)) {
      capital_after = true;
    } else if (t.is(detail::kLowercase) && toks[k - 1].is(detail::kCapitalized) && !capital_after &&
               !t.has(lex::kGroup | lex::kExpert | lex::kOpposition)) {
      return false;
    }
  }
  holder_b = b;
  holder_e = e;
  return true;
}

}  // namespace

void Tagger::Impl::find_attributions() {
  // Grammar matches first, then report verbs the grammars did not cover.
  attributions.clear();
  attributions_from_grammar();
  attributions_from_report_verbs();
  // Both sources' attributions settle in one place: the cue may be a noun after all, and the holder may have
  // taken words that are not its own (settle_attribution, holders.cpp).
  std::erase_if(attributions, [&](Attribution& a) { return !settle_attribution(a); });
  // The attributions of each sentence, in sentence order (source_tells reads those of one sentence).
  attributions_by_sentence.resize(attributions.size());
  for (std::uint32_t i = 0; i < attributions.size(); ++i) attributions_by_sentence[i] = i;
  std::stable_sort(attributions_by_sentence.begin(), attributions_by_sentence.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return attributions[x].sentence < attributions[y].sentence; });
}

void Tagger::Impl::attributions_from_grammar() {
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
        if (verb_takes_cue_as_object(toks, a.holder_b, a.holder_e)) continue;
        refine_holder(toks, sents[h.sentence].first, a.holder_b, a.holder_e);
        antecedent_of_share(toks, sents[h.sentence].first, a.holder_b, a.holder_e);
        a.holder_b = subject_after_clause(toks, a.holder_b, a.holder_e);
        // "The left sorted everyone into identity groups and then [told]": the coordinator ends it.
        if (a.holder_e > a.holder_b + 2 && toks[a.holder_e - 1].hash == "then"_h &&
            (toks[a.holder_e - 2].hash == "and"_h || toks[a.holder_e - 2].hash == "but"_h)) {
          --a.holder_e;
        }
        // A holder is a noun phrase. One that ends in "and" ran over a first verb of its own: at the sentence's
        // start it is the subject of both verbs ("Some in the party view Trump as an aberration and believe
        // ...", "Republicans shot back and said": the holder stops before the first verb), elsewhere it is the
        // object of an earlier verb whose subject goes on ("... colluded with Russian operatives and said"). One
        // with a modal or a copula inside is a clause ("whether the Trump administration can add a citizenship
        // question").
        if (toks[a.holder_e - 1].hash == "and"_h || toks[a.holder_e - 1].hash == "or"_h ||
            toks[a.holder_e - 1].hash == "but"_h) {
          std::uint32_t start = sents[h.sentence].first;
          while (start < a.holder_b && (toks[start].has(lex::kContrast) || toks[start].hash == "and"_h ||
                                        toks[start].kind == TokenKind::quote)) {
            ++start;
          }
          // (or a clause after a comma: "That's really not debatable, so early-voting supporters concede the
          // point and then say")
          std::uint32_t phrase = a.holder_b;  // (with a hyphenated modifier: "early-voting")
          if (phrase > start + 4 && inner_hyphen(toks, start, phrase - 2)) phrase -= 3;
          const std::uint32_t before = phrase - 1;
          const bool after_comma = phrase > start + 1 &&
                                   (is_punct(toks[before], ',') ||
                                    ((toks[before].hash == "so"_h || toks[before].hash == "and"_h ||
                                      toks[before].hash == "but"_h) && is_punct(toks[before - 1], ',')));
          if (start != a.holder_b && !after_comma) continue;
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
    // Cut mid-phrase all the same ("according to a former Navy technician who worked on the", "several people
    // briefed on the contents of the", "the committee’s proposal) would choose the"): the holder ends before
    // its relative clause, participle, closing parenthesis or a new clause's subject, and never on a
    // function word.
    auto function_word = [&](const TagToken& t) {
      return is_preposition(t.hash) || t.hash == "the"_h || t.hash == "a"_h || t.hash == "an"_h || t.hash == "and"_h ||
             t.hash == "or"_h || t.hash == "that"_h || is_punct(t, '(') || is_punct(t, '-') ||
             t.kind == TokenKind::dash || t.kind == TokenKind::quote;
    };
    if (m.rule == "according_to" && a.holder_e > a.holder_b + 1 && function_word(toks[a.holder_e - 1])) {
      for (std::uint32_t k = a.holder_b + 1; k < a.holder_e; ++k) {
        const TagToken& t = toks[k];
        const std::uint64_t w = t.hash;
        const bool relative = (w == "who"_h || w == "that"_h || w == "which"_h || w == "whose"_h) && !t.is(detail::kAllCaps);
        const bool subject = w == "they"_h || w == "he"_h || w == "she"_h || w == "we"_h || w == "it"_h || w == "i"_h;
        // (a participle that heads a phrase, "posted on", "reviewing the"; not one before its noun, "a job
        // recruiting website", "crowdsourced databases", "high-ranking")
        const bool participle = t.is(detail::kLowercase) && t.size > 4 &&
                                (t.raw().ends_with("ing") || t.raw().ends_with("ed")) && !toks[k - 1].has(lex::kStop) &&
                                toks[k - 1].kind != TokenKind::dash && !is_punct(toks[k - 1], '-') &&
                                (k + 1 == a.holder_e || toks[k + 1].has(lex::kStop));
        if (relative || subject || participle || is_punct(t, ')')) {
          a.holder_e = k;
          break;
        }
      }
      while (a.holder_e > a.holder_b + 1 && function_word(toks[a.holder_e - 1])) --a.holder_e;
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
}

// A report verb with a holder found by looking back from it ("Greg Sargent perhaps put it best", "Whitaker's
// allies contend"), where no grammar attributed the verb.
void Tagger::Impl::attributions_from_report_verbs() {
  std::vector<bool> covered_by_rule(toks.size() + 1, false);  // verbs the grammars already attributed
  std::vector<bool> attributed_by_rule(sents.size(), false);  // sentences they attributed
  for (const auto& a : attributions) {
    for (std::uint32_t i = a.cue_b; i <= a.cue_e && i < toks.size(); ++i) covered_by_rule[i] = true;
    attributed_by_rule[a.sentence] = true;
  }
  // Sentence s has an attribution: from the grammars, or from this pass, which adds them in sentence order.
  const std::size_t from_grammars = attributions.size();
  auto attributed = [&](std::uint32_t s) {
    return attributed_by_rule[s] || (attributions.size() > from_grammars && attributions.back().sentence == s);
  };
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    // (reporting verbs are attribution cues: a sentence without a cue has none)
    if (sents[s].nonargument != NonArgumentKind::none || !sents[s].may_attribute) continue;
    for (std::uint32_t i = sents[s].first + 1; i < sents[s].end; ++i) {
      // (and "echo" before a position it takes up: see echoes_position)
      const bool listed = toks[i].has(lex::kNeutralVerb | lex::kContentiousVerb);
      const bool echo = !listed && toks[i].has(lex::kAttributionCue) && echoes_position(toks, i, sents[s].end);
      if (!listed && !echo) continue;
      const std::uint64_t h = toks[i].hash;
      // Nouns that look like verbs: "of note", "a charge", "the report"; "put" reports only as "put it".
      const std::uint64_t before = toks[i - 1].hash;
      // (but a contact clause may end in "to": "The parents I spoke to said")
      if (before == "of"_h || before == "a"_h || before == "an"_h || before == "the"_h || before == "this"_h ||
          before == "his"_h || before == "her"_h || before == "their"_h || before == "its"_h ||
          (before == "to"_h && !(sents[s].first_person && contact_clause_start(toks, sents[s].first, i) != i))) {
        continue;
      }
      if ((h == "put"_h || h == "puts"_h || h == "putting"_h) && !(i + 1 < sents[s].end && toks[i + 1].hash == "it"_h)) continue;
      // "show up", "showed up" appear; they report nothing ("The consequences show up in every rent check").
      if ((h == "show"_h || h == "shows"_h || h == "showed"_h || h == "showing"_h) && i + 1 < sents[s].end && toks[i + 1].hash == "up"_h) {
        continue;
      }
      // "think of", "think about" consider, they report nothing ("they still think of property taxes as taxes").
      // ... nor does a "think tank".
      if ((h == "think"_h || h == "thinks"_h || h == "thought"_h || h == "thinking"_h) && i + 1 < sents[s].end &&
          (toks[i + 1].hash == "of"_h || toks[i + 1].hash == "about"_h || toks[i + 1].hash == "tank"_h ||
           toks[i + 1].hash == "tanks"_h)) {
        continue;
      }
      // "point" reports only as "point out", "point to" or "point fingers" ("at some point" is a time).
      if ((h == "point"_h || h == "points"_h || h == "pointing"_h) &&
          !(i + 1 < sents[s].end && (toks[i + 1].hash == "out"_h || toks[i + 1].hash == "to"_h ||
                                     toks[i + 1].hash == "fingers"_h || toks[i + 1].hash == "the"_h))) {
        continue;
      }
      // Half of a compound ("a self-described socialist") or of a name ("West Point").
      if (toks[i - 1].kind == TokenKind::dash && toks[i - 1].text + toks[i - 1].size == toks[i].text) continue;
      if (toks[i].is(detail::kCapitalized)) continue;
      if (covered_by_rule[i]) continue;
      // A report verb in "-ing" reports as a participle, a progressive or in an absolute phrase, before a
      // reported clause (looked for once here, for the three rules below).
      const bool ing = toks[i].raw().ends_with("ing") && toks[i].is(detail::kLowercase);
      const bool clause_follows = ing && (echo || reported_clause_after(toks, i + 1, sents[s].end));
      if (ing && !clause_follows && !ing_reports_alone(h)) continue;
      // These "-ing" forms take a thing far more often than a report, so they report only a "that" clause:
      // "the data is showing that ...", not "Merkely is showing how ...", "Trump is finding it difficult",
      // "Clinton is maintaining a distinct advantage", "the delegates who were writing the Constitution".
      if ((h == "showing"_h || h == "finding"_h || h == "maintaining"_h || h == "writing"_h) &&
          !(i + 1 < sents[s].end && toks[i + 1].hash == "that"_h)) {
        continue;
      }
      // A second verb of the sentence's subject, a name or a pronoun opening it: "Drexler owns a small hobby shop
      // in Louisville, and says she can't wait", "Putin has urged investors to come and acknowledged that ...",
      // "She condemned Trump's words but said ..."
      // (not inside a relative clause or a quotation: "a man who lost his job and says").
      // (a finite verb: past, or "-s" after no plural, not nouns "healing and hope", "marches and protests")
      auto finite = [&] {
        return finite_singular(toks[i]) && !(toks[i].raw().ends_with("s") && toks[i - 2].raw().ends_with("s"));
      };
      if (i >= sents[s].first + 2 && (toks[i - 1].hash == "and"_h || toks[i - 1].hash == "but"_h) &&
          toks[i].is(detail::kLowercase) &&
          toks[i].has(lex::kReportVerb) && !toks[i].has(lex::kFindingVerb) && finite() &&
          !(i + 1 < sents[s].end && toks[i + 1].hash == "by"_h)) {  // (a passive: "passed by X but rejected by Y")
        const std::uint32_t f0 = sents[s].first;
        std::uint32_t sb = f0;
        if (sb + 1 < i && (toks[sb].has(lex::kContrast) || toks[sb].hash == "and"_h)) ++sb;
        std::uint32_t se = sb;
        const std::uint64_t w0 = toks[sb].hash;
        // (not a subordinate clause or an adverb opening the sentence: "Because everything Obama does and says",
        // "Way back in January, ...")
        const bool no_subject = subordinator(w0) || w0 == "once"_h || w0 == "unless"_h || w0 == "way"_h ||
                                w0 == "then"_h;
        if (w0 == "he"_h || w0 == "she"_h || w0 == "they"_h) {
          se = sb + 1;
        } else {
          while (se < i && se - sb < 5 && toks[se].is(detail::kCapitalized) && !toks[se].has(lex::kStop | lex::kTimeWord)) ++se;
        }
        // (a name's own verb right after it, past or an auxiliary: not "Civil rights activist ...", "Last week,
        // ...", "Hours after ...")
        const bool pronoun_subject = se == sb + 1 && (w0 == "he"_h || w0 == "she"_h || w0 == "they"_h);
        bool plain = !no_subject && se > sb && se + 2 < i && toks[se].is(detail::kLowercase) &&
                     toks[se].kind == TokenKind::word && !toks[se].has(lex::kStop) &&
                     (pronoun_subject || past_verb(toks[se]) ||
                      toks[se].has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) || toks[se].hash == "has"_h ||
                      toks[se].hash == "have"_h);
        for (std::uint32_t k = se; k < i && plain; ++k) {
          const TagToken& t = toks[k];
          plain = t.kind != TokenKind::quote && !is_punct(t, ';') && !is_punct(t, ':') && t.hash != "who"_h &&
                  t.hash != "which"_h && t.hash != "that"_h && !t.has(lex::kReportVerb) && t.hash != "and"_h;
          if (k + 1 == i - 1) break;  // (the coordinator itself)
        }
        if (plain) {
          attributions.push_back(Attribution{s, sb, se, i, i + 1, "verb_with_holder", 0});
          continue;
        }
      }
      // A report in an absolute "with" phrase holds what follows: "..., with liberal justices saying that the
      // mandate was a tax", "with one forensics agent saying he felt confident" (the noun phrase between "with"
      // and the verb, with no verb or punctuation of its own, before a reported clause).
      if (std::uint32_t hb = 0, he = 0; clause_follows && with_report(toks, sents[s].first, i, hb, he)) {
        attributions.push_back(Attribution{s, hb, he, i, i + 1, "verb_with_holder", 0});
        continue;
      }
      // A participle closing a clause reports for its subject (the verb in "-ing" before a reported clause).
      if (std::uint32_t hb = 0, he = 0; clause_follows && participle_subject(toks, sents[s].first, i, hb, he)) {
        if (!attributed(s)) {  // (a sentence with an attribution before keeps it: its holder may be another)
          attributions.push_back(Attribution{s, hb, he, i, i + 1, "verb_with_holder", 0});
          continue;
        }
      }
      // ... and a participle set off after the subject opening the sentence: "Republicans, arguing that ...,
      // voted against it".
      if (std::uint32_t hb = 0, he = 0; clause_follows && fronted_participle(toks, sents[s].first, sents[s].end, i, hb, he)) {
        attributions.push_back(Attribution{s, hb, he, i, i + 1, "verb_with_holder", 0});
        continue;
      }
      // An inverted speech tag closing the sentence: "The mood is likely to darken, says the BBC's Will Grant.",
      // "It will be a tough fight," said Sen. John Cornyn, R-Texas.
      if (std::uint32_t hb = 0, he = 0; inverted_speech_tag(s, i, hb, he)) {
        attributions.push_back(Attribution{s, hb, he, i, i + 1, "verb_with_holder", 0});
        continue;
      }
      // The holder: a run of capitalized words, or determiner + noun, just before the verb (an adverb may
      // stand between: "Greg Sargent perhaps put it best").
      std::uint32_t e = i;
      // (not a copula: "X is told" is passive; but a progressive's "be" goes as "has" does, where a reported clause
      // follows: "Democrats are arguing that ...", "he is claiming the vote was rigged", "critics have been saying
      // for years that ..."; not "agreed with what Trump was saying", "is claiming broad recess powers")
      const bool progressive = clause_follows && (be_form(toks[i - 1].hash) ||
                                                  (i >= sents[s].first + 2 && be_form(toks[i - 2].hash) &&
                                                   toks[i - 1].is(detail::kLowercase)));
      // Any other "-ing" form of the lists modifies a noun or is one and reports nothing ("a report alleging that",
      // "migrants hoping to", "Trump questioning whether", "the focus of most reporting"), see above.
      if (ing && !progressive && !ing_reports_alone(h)) continue;
      const auto adverb = ly_adverb;
      while (e > sents[s].first && e + 3 > i && toks[e - 1].kind == TokenKind::word &&
             ((progressive && (be_form(toks[e - 1].hash) || toks[e - 1].hash == "now"_h)) ||
              toks[e - 1].hash == "perhaps"_h || toks[e - 1].hash == "also"_h || toks[e - 1].hash == "even"_h ||
              toks[e - 1].hash == "further"_h ||
              toks[e - 1].hash == "recently"_h || toks[e - 1].hash == "once"_h || toks[e - 1].hash == "has"_h ||
              // "Spicer later told me", "as Obama then said", "Trump has long argued", "has often said" (not the
              // names "Long", "Brown-Long", nor an opening "Later reports")
              (toks[e - 1].is(detail::kLowercase) &&
               (toks[e - 1].hash == "later"_h || toks[e - 1].hash == "then"_h || toks[e - 1].hash == "earlier"_h ||
                toks[e - 1].hash == "again"_h || toks[e - 1].hash == "long"_h || toks[e - 1].hash == "often"_h ||
                toks[e - 1].hash == "always"_h || toks[e - 1].hash == "first"_h || toks[e - 1].hash == "already"_h ||
                toks[e - 1].hash == "still"_h)) ||
              toks[e - 1].hash == "have"_h || toks[e - 1].hash == "had"_h || adverb(toks[e - 1]))) {
        --e;
      }
      // A connective set off between the holder and its verb: "The special counsel's office, however, said",
      // "Democrats, meanwhile, argue", "The EPA, for its part, is arguing", "Kevin Drum, for example, argues".
      if (const std::uint32_t n = e >= sents[s].first + 4 && is_punct(toks[e - 1], ',')
                                      ? set_off_connective(toks, sents[s].first, e - 1)
                                      : 0;
          n > 0) {
        // (after an appositive the comma before the connective closes it and stays: "Mitch McConnell, R-Ky.,
        // though, said"; not after an opening phrase: "In Mississippi, Tannehill, for instance, says")
        const std::uint32_t open = e - 2 - n;
        const TagToken& opener = toks[sents[s].first];
        bool appositive_before = false;
        for (std::uint32_t k = open; k-- > sents[s].first && open - k <= 25 && !appositive_before;) {
          appositive_before = is_punct(toks[k], ',') && !is_preposition(opener.hash) && !ly_adverb(opener);
        }
        e = appositive_before ? open + 1 : open;
      }
      // Examples set off between the holder and its verb: "Some environmental groups, including Friends of the
      // Earth and Greenpeace, said", "other scientists, including statisticians and virologists, have criticized".
      if (e >= sents[s].first + 5 && is_punct(toks[e - 1], ',')) {
        for (std::uint32_t k = e - 1; k-- > sents[s].first + 1 && e - k <= 20;) {
          if (toks[k].hash == "including"_h && is_punct(toks[k - 1], ',')) {
            e = k - 1;
            break;
          }
          if (toks[k].kind != TokenKind::word && !is_punct(toks[k], ',') && !is_punct(toks[k], '.') &&
              toks[k].kind != TokenKind::dash) {
            break;
          }
        }
      }
      // A date between the holder and its verb: "Corey Lewandowski on Saturday told", "a survey center this fall
      // found".
      if (e >= sents[s].first + 3 &&
          (toks[e - 2].hash == "on"_h || toks[e - 2].hash == "last"_h || toks[e - 2].hash == "this"_h)) {
        if (period_noun(toks[e - 1].hash) || toks[e - 1].has(lex::kTimeWord)) e -= 2;
      }
      // The author's own source: "The reform advocates I spoke to said", "a State Department official I spoke to
      // said". The holder is looked for before the contact clause, which then stays in its span.
      const std::uint32_t contact_e = e;
      if (sents[s].first_person) e = contact_clause_start(toks, sents[s].first, e);  // (its "I" or "we")
      const bool contact = e != contact_e;
      // A party and state after the name: "Sen. Susan Collins (R-Maine) said" (no lowercase word inside).
      if (e > sents[s].first + 3 && is_punct(toks[e - 1], ')')) {
        std::uint32_t open = e - 1;
        while (open > sents[s].first && e - open < 8 && !is_punct(toks[open], '(') && !toks[open].is(detail::kLowercase)) {
          --open;
        }
        if (is_punct(toks[open], '(') && open > sents[s].first && toks[open - 1].is(detail::kCapitalized)) e = open;
      }
      // A name and its relative clause: "Pickens, who says he lost $150 million, ...", "protests from Chuck
      // Schumer, who said that ...": the name holds the clause (not the sentence: see find_voices).
      if (e >= sents[s].first + 3 && toks[e - 1].hash == "who"_h && is_punct(toks[e - 2], ',') &&
          toks[e - 3].is(detail::kCapitalized) && !toks[e - 3].has(lex::kStop) &&
          !(e >= sents[s].first + 4 && is_punct(toks[e - 4], '-'))) {  // (not a party tag: "Schiff, D-Calif., who")
        e -= 2;
      }
      // ... and the subject opening the sentence before its relative clause set off: "Sens. Elizabeth Warren and
      // Brian Schatz, who requested the review, said" holds the subject, not its clause.
      std::uint32_t relative_subject_b = e;
      e = subject_before_relative(toks, sents[s].first, e, &relative_subject_b);
      // A name and its appositive opening the sentence ("Jim Handsaker, a farmer from Story City, Iowa, said",
      // "Sen. Chuck Schumer, D-N.Y., said"): the holder is the name.
      std::uint32_t b = e;
      // A sentence adverb opening the sentence is no name, though capitalized ("Separately", "Similarly",
      // "Meanwhile"; a name in -ly such as "Kelly" reads as one too).
      auto opening_adverb = [](const TagToken& t) { return t.raw().ends_with("ly") || t.hash == "meanwhile"_h; };
      std::uint32_t name_b = sents[s].first;
      if (name_b + 1 < e && (toks[name_b].has(lex::kContrast) || toks[name_b].hash == "and"_h) &&
          toks[name_b + 1].is(detail::kCapitalized)) {
        ++name_b;  // "But Smith, ..."
      } else if (name_b + 2 < e && opening_adverb(toks[name_b]) && is_punct(toks[name_b + 1], ',') &&
                 toks[name_b + 2].is(detail::kCapitalized)) {
        name_b += 2;  // "Separately, Senator Marco Rubio, a Florida Republican, said"
      }
      // ... or closing a quotation: '“It won't work,” Sen. Bob Menendez, D-N.J., said in a statement.'
      // (the mark at most a name and a title's length back: a sentence of 100,000 words stays linear)
      // (only before a comma: the appositive ends with one)
      for (std::uint32_t q = e; e > name_b + 1 && is_punct(toks[e - 1], ',') && q-- > name_b + 1 && e - q <= 36;) {
        if (toks[q].kind != TokenKind::quote || (toks[q].flags & Token::clitic)) continue;
        const TagToken& before_mark = toks[q - 1];
        if (q + 2 < e && toks[q + 1].is(detail::kCapitalized) && before_mark.kind == TokenKind::punctuation &&
            (before_mark.text[0] == ',' || before_mark.text[0] == '?' || before_mark.text[0] == '!')) {
          name_b = q + 1;
        }
        break;
      }
      // The name from `from` and its appositive up to the comma before the verb: sets name_e.
      std::uint32_t name_e = name_b;
      auto appositive_at = [&](std::uint32_t from) {
        name_e = from;
        bool name_words = true;  // not an opener or a date: "Meanwhile, ...", "On Monday, ..."
        while (name_e < e && name_e - from < 8 &&
               (toks[name_e].is(detail::kCapitalized) || (toks[name_e].flags & Token::clitic))) {
          name_words &= !toks[name_e].has(lex::kStop | lex::kTimeWord | lex::kContrast);
          ++name_e;
        }
        if (name_e - from == 1) name_words &= toks[from].lex == 0 || toks[from].has(lex::kGroup | lex::kExpert);
        if (name_e - from == 1) name_words &= !opening_adverb(toks[from]);  // "Similarly, Col. Tim Collins, ...
        // (A title in quotation marks may end it: 'the author of “Race to the Bottom: How Racial Appeals Work,”
        // wrote'; inside the marks any punctuation goes.)
        // (not the end of a quotation: '“Frankly, any vetting at all,” said': the title opens inside)
        bool title_last = e > name_e + 3 && toks[e - 1].kind == TokenKind::quote && is_double_mark(toks[e - 1]) &&
                          is_punct(toks[e - 2], ',');
        // (nor a quotation in a clause: 'Nearby, Paul Ryan was “giddy,” said': a title follows "of", "on", "the",
        // "called", ... or a possessive)
        if (title_last) {
          std::uint32_t marks = 0, opening = 0;
          for (std::uint32_t k = name_e + 2; k + 1 < e; ++k) {
            if (toks[k].kind != TokenKind::quote || !is_double_mark(toks[k])) continue;
            ++marks;
            opening = k;
          }
          title_last = marks == 1;
          if (title_last) {
            switch (toks[opening - 1].hash) {
              case "of"_h: case "on"_h: case "in"_h: case "with"_h: case "as"_h: case "a"_h: case "an"_h:
              case "the"_h: case "term"_h: case "called"_h: case "titled"_h: case "named"_h: case "dubbed"_h:
              case "for"_h: case "from"_h: case "'s"_h:
                break;
              default:
                title_last = false;
                break;
            }
          }
        }
        // The comma opening the appositive, past a party tag or a place after the name: "Rep. Mike Rogers (R) of
        // Michigan, chairman of ..., told", "Sen. John Kennedy of Louisiana, a member of ..., said".
        std::uint32_t comma = name_e;
        if (comma + 2 < e && is_punct(toks[comma], '(')) {
          std::uint32_t k = comma + 1;
          while (k < e && k < comma + 6 && !is_punct(toks[k], ')') && !toks[k].is(detail::kLowercase)) ++k;
          if (k < e && is_punct(toks[k], ')')) comma = k + 1;
        }
        if (comma + 2 < e && toks[comma].hash == "of"_h && toks[comma + 1].is(detail::kCapitalized)) {
          std::uint32_t k = comma + 1;
          while (k < e && k < comma + 4 && toks[k].is(detail::kCapitalized) && !toks[k].has(lex::kStop)) ++k;
          comma = k;
        }
        bool appositive = e > comma + 2 && (is_punct(toks[e - 1], ',') || title_last) && name_e > from &&
                          name_words && is_punct(toks[comma], ',') && e - 1 - comma <= (title_last ? 28 : 24);
        bool in_title = false;
        for (std::uint32_t k = comma + 1; appositive && k + 1 < e; ++k) {
          if (title_last && toks[k].kind == TokenKind::quote && is_double_mark(toks[k])) {
            in_title = !in_title;
            continue;
          }
          const bool punct_ok = in_title || toks[k].kind != TokenKind::punctuation || is_punct(toks[k], ',') ||
                                is_punct(toks[k], '.');
          // (a "think tank" reports nothing: "Open Europe, a nonpartisan think tank based in London, said")
          const bool tank = toks[k].hash == "think"_h && (toks[k + 1].hash == "tank"_h || toks[k + 1].hash == "tanks"_h);
          if (!punct_ok || (toks[k].has(lex::kReportVerb) && !tank) || toks[k].kind == TokenKind::quote) {
            appositive = false;
          }
        }
        return appositive;
      };
      bool appositive = appositive_at(name_b);
      // ... or after an opening phrase or clause and its comma: "In Las Vegas on Saturday, Julián Castro, the
      // former mayor of San Antonio, said" (the nearest name to the verb that opens an appositive).
      // (one speaker, not the end of a list: "including Michigan, Ohio, and Kentucky, have called", "California,
      // New York, the ACLU and immigrant groups, contend": a singular verb, no "and" opening the appositive)
      if (!appositive && finite_singular(toks[i]) && e > sents[s].first + 4 && is_punct(toks[e - 1], ',') &&
          toks[e - 2].hash != "have"_h) {
        for (std::uint32_t k = e - 2; k > sents[s].first + 1 && e - k <= 30 && !appositive; --k) {
          if (!is_punct(toks[k - 1], ',') || !toks[k].is(detail::kCapitalized)) continue;
          if (k + 2 < e && (toks[k + 1].hash == "and"_h || toks[k + 2].hash == "and"_h || toks[k + 2].hash == "or"_h)) {
            continue;
          }
          if (appositive_at(k)) {
            name_b = k;
            appositive = true;
          }
        }
        // ... or a name set off after the noun phrase it names, the sentence's subject: "Stone's lawyer, Grant
        // Smith, said", "The group's senior policy fellow, Alison Acosta Winters, said", "One of the coaches,
        // Peter Payack, said" (two capitalized words at least, and no verb before them).
        if (!appositive) {
          std::uint32_t k = e - 1;
          while (k > sents[s].first && e - 1 - k < 4 && toks[k - 1].is(detail::kCapitalized) &&
                 !toks[k - 1].has(lex::kStop | lex::kTimeWord)) {
            --k;
          }
          // (the subject may follow a quotation: '"...," the group's senior policy fellow, Alison Acosta Winters,
          // said')
          std::uint32_t subject_b = sents[s].first;
          for (std::uint32_t q = k; q-- > sents[s].first + 1 && k - q <= 12;) {
            if (toks[q].kind == TokenKind::quote && closing_mark(toks, q, sents[s].first) &&
                (is_punct(toks[q - 1], ',') || is_punct(toks[q - 1], '?') || is_punct(toks[q - 1], '!'))) {
              subject_b = q + 1;
              break;
            }
          }
          bool plain_subject = e - 1 - k >= 2 && k > subject_b + 2 && is_punct(toks[k - 1], ',');
          for (std::uint32_t j = subject_b; plain_subject && j + 1 < k; ++j) {
            plain_subject = toks[j].kind != TokenKind::quote && !is_punct(toks[j], ',') && !verb_form(toks[j]) &&
                            !toks[j].has(lex::kReportVerb);
          }
          if (plain_subject) {
            appositive = true;
            name_b = k;
            name_e = e - 1;
            // A state and party after the name are its tag: "Rep. Elijah Cummings, Maryland Democrat, said".
            const std::uint64_t party = toks[e - 2].hash;
            if (party == "democrat"_h || party == "republican"_h || party == "independent"_h) {
              std::uint32_t nb = k - 1;
              while (nb > subject_b && k - 1 - nb < 8 && toks[nb - 1].is(detail::kCapitalized)) --nb;
              appositive = nb < k - 1;
              name_b = nb;
              name_e = k - 1;
            }
          }
        }
        if (!appositive) appositive_at(name_b);  // (name_e as before)
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
          // (a name may open with its own article after an opener: "As The Washington Post's Dave Weigel notes")
          const bool named_next = e - b > 1 && toks[b + 1].is(detail::kCapitalized) && !toks[b + 1].has(lex::kStop);
          const bool article_next = e - b > 2 && toks[b + 1].hash == "the"_h && toks[b + 2].is(detail::kCapitalized) &&
                                    !toks[b + 2].has(lex::kStop) && toks[b].hash != "the"_h;
          const bool name_follows = named_next || article_next;
          const bool article = named_next && toks[b].hash == "the"_h;
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
        // ... and a share to a group's name: "many Republicans have opposed", "a few Republicans want", "one
        // Ohio Republican said", "every Democrat I spoke to".
        // (not "no one EVER complained", nor "very few the U.S. wants")
        if (named && b > sents[s].first && toks[b - 1].is(detail::kLowercase) && toks[b].is(detail::kCapitalized) &&
            (toks[b - 1].has(lex::kQuantifier) || toks[b - 1].hash == "every"_h ||
             (toks[b - 1].hash == "one"_h && !(b >= sents[s].first + 2 && toks[b - 2].hash == "no"_h) &&
              !toks[e - 1].raw().ends_with("s")))) {  // (not "the one Democrats want")
          --b;
          if (toks[b].hash == "few"_h && b > sents[s].first && (toks[b - 1].hash == "a"_h || toks[b - 1].hash == "very"_h)) --b;
        }
        if (named && !contact) {  // ("Researchers at MIT noted", "Those who worked with Mr. Coburn said")
          const std::uint32_t phrase = noun_before_name(toks, sents[s].first, b, e, i);
          // (a title phrase set off after a name is the name's: "Ryan Detrick, Senior Market Strategist at LPL
          // Financial wrote" holds "Ryan Detrick")
          if (phrase == b || !name_before_title(toks, sents[s].first, sents[s].end, phrase, i, b, e)) {
            b = phrase != b ? phrase : relative_before_name(toks, sents[s].first, b, e, i);
          }
          if (toks[b].is(detail::kCapitalized)) b = title_before_name(toks, sents[s].first, b);
        }
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
          // A conjunction joins the clause, the pronoun after it holds ("But he said ...", "Yet she says ...",
          // "..., and he said ..."), and so does the noun phrase after one opening the sentence ("But the
          // president said ...").
          // (a third person: "he", "she", "they", or "it" when it speaks: "It said the pandemic had plunged ...")
          auto third_person_word = [&](std::uint64_t w) {
            return w == "he"_h || w == "she"_h || w == "they"_h || (w == "it"_h && speaking_it(toks, i, sents[s].end));
          };
          if (e - b >= 2 && (toks[b].has(lex::kContrast) || toks[b].hash == "and"_h || toks[b].hash == "so"_h)) {
            const std::uint64_t next = toks[b + 1].hash;
            const bool pronoun_next = e - b == 2 && third_person_word(next);
            const bool article_next = b == sents[s].first && e - b >= 3 && (next == "the"_h || next == "a"_h || next == "an"_h);
            if (pronoun_next || article_next) ++b;
          }
          // A pronoun reporting inside a relative or subordinate clause: "the reduction, which he said would be
          // devastating", "when he said that ...", "what she says are myths" (the clause's report only: see
          // embedded_report).
          bool embedded = false;
          if (e - b >= 2 && toks[i].has(lex::kReportVerb) &&
              (toks[e - 2].hash == "which"_h || toks[e - 2].hash == "when"_h || toks[e - 2].hash == "what"_h) &&
              (toks[e - 1].hash == "he"_h || toks[e - 1].hash == "she"_h || toks[e - 1].hash == "they"_h)) {
            b = e - 1;
            embedded = true;
          }
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
          // A tag closing the first of two clauses: "It will pass, he said, and the Senate agreed." (`v` is the
          // word before the comma).
          auto two_clauses_after = [&](std::uint32_t v) {
            return v + 2 < sents[s].end && is_punct(toks[v + 1], ',') &&
                   (toks[v + 2].hash == "and"_h || toks[v + 2].hash == "or"_h);
          };
          auto speech_tag = [&] {
            if (!(toks[i].has(lex::kReportVerb) || toks[i].hash == "added"_h || toks[i].hash == "adds"_h)) return false;
            if (b == sents[s].first) return false;
            if (!(is_punct(toks[b - 1], ',') || closing_mark(toks, b - 1, sents[s].first))) return false;
            // ... or set off by commas inside it: "The science, he said, is undeniable.", "But, she added, the
            // group was more focused on Schumer". A short tail may stand before the second comma, a time or an
            // audience ("he said Tuesday,", "she said in an interview,", "he told reporters,"), not an object
            // ("When Americans think of character ..., they think of consistency, ethics and ...").
            if (is_punct(toks[b - 1], ',')) {
              std::uint32_t k = i + 1;
              if (k < sents[s].end && !is_punct(toks[k], ',')) {
                const TagToken& t = toks[k];
                switch (t.hash) {
                  case "in"_h: case "on"_h: case "at"_h: case "during"_h: case "after"_h: case "last"_h:
                  case "this"_h: case "to"_h: case "reporters"_h: case "me"_h: case "us"_h: case "later"_h:
                  case "recently"_h: case "earlier"_h: case "then"_h: case "privately"_h: case "publicly"_h:
                    break;
                  default:
                    if (!t.is(detail::kCapitalized) && !t.has(lex::kTimeWord)) k = sents[s].end;
                }
              }
              for (; k < sents[s].end && k <= i + 4; ++k) {
                // (not a tag closing the first of two clauses: "It will pass, he said, and the Senate agreed.")
                if (is_punct(toks[k], ',')) return k + 2 < sents[s].end && !two_clauses_after(k - 1);
                if (toks[k].kind != TokenKind::word || verb_form(toks[k])) break;
              }
            }
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
          const bool third_person = e - b == 1 && third_person_word(head);
          // (after a contrast or an opening adverb and its comma too: "However, he says", "Indeed, she said")
          const std::uint32_t f0 = sents[s].first;
          const bool opens = b == f0 || (b == f0 + 1 && toks[b - 1].has(lex::kContrast)) ||
                             (b == f0 + 2 && is_punct(toks[b - 1], ',') &&
                              (toks[f0].has(lex::kContrast) || ly_adverb(toks[f0]) || toks[f0].hash == "indeed"_h ||
                               toks[f0].hash == "still"_h || toks[f0].hash == "instead"_h ||
                               toks[f0].hash == "meanwhile"_h || toks[f0].hash == "now"_h || toks[f0].hash == "yet"_h)) ||
                             // ... or after any opening phrase or clause and its comma, or a quotation's closing
                             // mark, with a reporting verb: "On Thursday, he told The Post:", "While Tillerson
                             // acknowledged ..., he said that ...", '“...,” he told National Review in 2007.'
                             // (or a conjunction after the comma: "The bill passed, and he said it was great";
                             // not a tag closing the first of two clauses)
                             (b > f0 && (toks[i].has(lex::kReportVerb) || echo) && !two_clauses_after(i) &&
                              (is_punct(toks[b - 1], ',') || (b - 1 > f0 && closing_mark(toks, b - 1, f0)) ||
                               (b > f0 + 1 && is_punct(toks[b - 2], ',') &&
                                (toks[b - 1].hash == "and"_h || toks[b - 1].hash == "but"_h ||
                                 toks[b - 1].hash == "yet"_h || toks[b - 1].hash == "so"_h))));
          // A neutral verb with a "that" clause reports too: "They point out that ...", "He notes that ...".
          auto that_clause = [&] {
            std::uint32_t k = i + 1;
            if (k < sents[s].end && toks[k].hash == "out"_h) ++k;
            return echo || (k < sents[s].end && toks[k].hash == "that"_h);
          };
          // "He added:", "She added, “...”", "He added Friday: ..." quote what follows.
          auto adds_quotation = [&] {
            if (toks[i].hash != "added"_h && toks[i].hash != "adds"_h) return false;
            std::uint32_t k = i + 1;
            while (k < sents[s].end && k <= i + 2 && toks[k].has(lex::kTimeWord)) ++k;
            if (k < sents[s].end && is_punct(toks[k], ',')) ++k;
            return k < sents[s].end && (is_punct(toks[k], ':') || toks[k].kind == TokenKind::quote);
          };
          const bool pronoun =
              third_person &&
              ((opens && (toks[i].has(lex::kReportVerb) || that_clause() || adds_quotation() || progressive)) ||
               speech_tag() ||
               embedded);
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
          // A bare evidence noun with its modifiers heads a finding too: "Research by the consumer body found",
          // "Data from the census show", "Polls over the past year have shown" (not "reality television show").
          const bool evidence_finds = toks[b].has(lex::kEvidenceNoun) && head != "reality"_h && e - b > 1 &&
                                      toks[i].has(lex::kFindingVerb);
          // A possessor determines the phrase as "the" does: "Trump's campaign said", "His campaign says".
          bool possessed = head == "his"_h || head == "her"_h || head == "their"_h || head == "its"_h;
          for (std::uint32_t k = b + 1; k + 1 < e && !possessed; ++k) {
            possessed = toks[k].hash == "'s"_h && (toks[k].flags & Token::clitic) &&
                        toks[k - 1].is(detail::kCapitalized) && toks[k - 1].hash != "let"_h;  // (not "Let's say")
          }
          // ... when the cue is a verb, past or a third person's before what it reports, not a noun: "Obama's
          // renewed push to extend", "Mr. Trump's discordant policy notes sour ...".
          if (possessed && !past_verb(toks[i]) && toks[i].hash != "told"_h) {
            const TagToken* next = i + 1 < sents[s].end ? &toks[i + 1] : nullptr;
            bool reports = toks[i].raw().ends_with("s") && next != nullptr;
            if (reports) {
              switch (next->hash) {
                case "that"_h: case "the"_h: case "a"_h: case "an"_h: case "it"_h: case "he"_h: case "she"_h:
                case "they"_h: case "we"_h: case "his"_h: case "her"_h: case "their"_h: case "its"_h:
                  break;
                default:
                  reports = next->is(detail::kCapitalized) || next->kind == TokenKind::quote ||
                            is_punct(*next, ',') || is_punct(*next, ':');
              }
            }
            possessed = reports;
          }
          // (a source noun may open a list of plural nouns: "Doctors and nurses say")
          bool source_listed = false;
          for (std::uint32_t k = b + 1; k + 1 < e && !source_listed; ++k) {
            source_listed = toks[k].hash == "and"_h && toks[k - 1].has(lex::kGroup | lex::kOpposition | lex::kExpert) &&
                            toks[e - 1].kind == TokenKind::word && toks[e - 1].raw().ends_with("s");
          }
          if (!(head == "a"_h || head == "an"_h || head == "the"_h || pronoun || possessed ||
                toks[e - 1].has(lex::kGroup | lex::kOpposition | lex::kExpert) ||
                toks[noun].has(lex::kGroup | lex::kOpposition | lex::kExpert) || evidence_finds || source_listed)) {
            continue;
          }
        }
      }
      // (the subject before a relative clause holds whole, its title and first elements too: "Former state Sen.
      // Brian Lees, who ..., said", "Some leading Tory Brexiteers and the DUP, who ..., have rejected")
      if (relative_subject_b < b && b < e) b = relative_subject_b;
      // Not a free relative ("That's what the people wanted"), an adjective or passive after a copula ("are
      // staunchly opposed", "a law vehemently opposed by the Kremlin"), nor an opener or a bare determiner
      // ("Though initially ...", "the previously reported allegation").
      // Nor a subordinator or a quotation's words: "If the hawks want", "as leaders of both parties wanted",
      // "“At some point,” Trump argues".
      auto leading = [&](std::uint32_t k) {
        const std::uint64_t w = toks[k].hash;
        return subordinator(w) || w == "unless"_h || w == "assuming"_h || (toks[k].flags & Token::clitic) ||
               (toks[k].has(lex::kContrast) && k == sents[s].first);
      };
      // An embedded question's word opens the clause whose subject holds: "Reporters asked why | officials are
      // claiming", "explained how | the globalists wanted" (not "how much people wanted"). Only the span is cut:
      // whether the phrase holds at all was settled on the whole of it above.
      for (std::uint32_t k = e > b + 1 ? e - 1 : b; k-- > b;) {
        const std::uint64_t w = toks[k].hash;
        const bool question = toks[k].is(detail::kLowercase) &&
                              (w == "why"_h || w == "where"_h || w == "whether"_h ||
                               (w == "how"_h && (article_or_possessive(toks[k + 1].hash) ||
                                                 toks[k + 1].is(detail::kCapitalized))));
        if (question) {
          b = k + 1;
          break;
        }
      }
      while (b < e && leading(b)) ++b;
      bool quoted = false;
      for (std::uint32_t k = b; k < e; ++k) quoted |= toks[k].kind == TokenKind::quote && !(toks[k].flags & Token::clitic);
      if (quoted) continue;
      // Nor a demand or prediction: "The legislature should reject that bill" prescribes, it reports nothing.
      if (b < e && (toks[e - 1].has(lex::kCopula | lex::kStrongModal | lex::kWeakModal) ||
                    (i + 1 < sents[s].end && toks[i + 1].hash == "by"_h) ||
                    (e - b == 1 && toks[b].has(lex::kContrast | lex::kStop) && toks[b].hash != "he"_h &&
                     toks[b].hash != "she"_h && toks[b].hash != "they"_h && toks[b].hash != "it"_h))) {
        continue;
      }
      // (a lone "it" came this far as a third person that speaks, see above; "it" opening a longer phrase is none)
      if (b == e || first_person_holder(toks, b, e) || (toks[b].hash == "it"_h && e > b + 1) ||
          toks[b].hash == "this"_h || toks[b].hash == "that"_h || toks[b].hash == "what"_h ||
          toks[b].hash == "whatever"_h) {
        continue;
      }
      // A name before a title an article opens, set off with no closing comma, holds, as after noun_before_name
      // above: "Anne Milgram, a former New Jersey attorney general told". Only a name of two words at least (an
      // opener is one: "Overall, the report found") that opens the sentence or follows a quotation: after a clause
      // it is an object before a speech tag ("..., Jared Kushner, The Times reported").
      if (b < e && (toks[b].hash == "a"_h || toks[b].hash == "an"_h || toks[b].hash == "the"_h)) {
        const std::uint32_t f0 = sents[s].first;
        std::uint32_t nb = b, ne = e;
        auto after_quotation = [&](std::uint32_t k) {  // '...,” Anne Milgram' (not ': “Mr. Chairman, ...')
          if (k < f0 + 2 || toks[k - 1].kind != TokenKind::quote) return false;
          const TagToken& p = toks[k - 2];
          return p.text + p.size == toks[k - 1].text &&
                 (is_punct(p, ',') || is_punct(p, '.') || is_punct(p, '?') || is_punct(p, '!'));
        };
        const bool titled = name_before_title(toks, f0, sents[s].end, b, i, nb, ne) && ne >= nb + 2 &&
                            (nb == f0 || (nb == f0 + 1 && (toks[f0].has(lex::kContrast) || toks[f0].hash == "and"_h)) ||
                             after_quotation(nb));
        if (titled) {
          b = nb;
          e = ne;
        }
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
      if (named_noun(toks, sents[s].first, i)) continue;  // "a recent Los Angeles Times report found"
      const bool base_form = !past_verb(cue_word) && cue_word.text[cue_word.size - 1] != 's';
      if (np > sents[s].first && (toks[np - 1].hash == "a"_h || toks[np - 1].hash == "an"_h) && base_form) {
        continue;
      }
      // A singular subject takes no base form either: "A New York Times report said" (unlike a share or a
      // count: "a number of critics say", "a majority of voters think", "a few experts argue").
      if ((toks[b].hash == "a"_h || toks[b].hash == "an"_h) && base_form && !irregular_report_past(cue_word.hash) &&
          !cue_word.raw().ends_with("ing")) {
        bool counted = false;
        for (std::uint32_t k = b + 1; k < e && !counted; ++k) {
          // Only a plain noun phrase: not a relative or another clause ("a man who authorities say", "an
          // issue they think", "a matter on which they accuse"), a share ("a whopping 60 percent want") or
          // do-support ("An innovator doesn't insist").
          const TagToken& t = toks[k];
          const bool hyphen = is_punct(t, '-');
          if ((t.kind != TokenKind::word && !hyphen) || t.has(lex::kStop | lex::kNegation | lex::kWeakModal) ||
              is_preposition(t.hash) || t.hash == "percent"_h || t.hash == "why"_h || t.hash == "how"_h) {
            counted = true;
            break;
          }
          counted = count_noun(t.hash);
        }
        if (!counted) continue;
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
      if ((h == "put"_h || h == "puts"_h || h == "putting"_h) && cue_e < sents[s].end && toks[cue_e].hash == "it"_h) ++cue_e;
      if ((h == "point"_h || h == "points"_h || h == "pointed"_h || h == "pointing"_h) && cue_e < sents[s].end &&
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
      antecedent_of_share(toks, sents[s].first, b, e);
      b = subject_after_clause(toks, b, e);
      if (ing) participle_clause_subject(toks, b, e);
      b = object_of_pronoun_verb(toks, b, e);
      if (reports_nothing(toks, b, e, i, cue_e, sents[s].end) || clause_in_holder(toks, b, e, true)) continue;
      if (contact) e = contact_e;
      attributions.push_back(Attribution{s, b, e, i, cue_e, "verb_with_holder", 0});
    }
  }
}

void Tagger::Impl::place_attributions() {
  // Per sentence: what an attribution makes of its sentence depends on who holds the statement and how it is
  // reported. Opponents and vague groups ("critics", "some in the X camp") hold counterclaims; named people
  // and institutions that say or find something give testimony, unless they argue a position the author
  // answers in the next sentence.
  rebuttal_hits.assign(sents.size(), nullptr);
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
    if (inside_quotation(a.sentence, a.cue_b) || relative_report(toks, a) || embedded_report(toks, a)) continue;
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
    // "the vast majority of voters have said the ballot was simple to use". A share measured as a percentage, a
    // fraction or "N in 10" makes the finding a statistic ("Two-thirds of Americans say", "seven out of 10
    // voters believe", "eight in 10 voters think"); a count or "majority" need not ("Senate Majority Leader
    // Mitch McConnell said", "a panel of 42 hosts selected", "The majority rejected").
    bool quantified = false, measured = false;
    // The share may stand before a holder given as its head noun ("the vast majority of | voters", "eight in
    // 10 | voters", "seven out of 10 | voters"); the "10" of "N in 10" may open the holder ("six in | ten
    // Americans") or stand before its modifiers ("Nine in 10 | Democratic registered | voters").
    const std::uint32_t hb = a.holder_b;
    std::uint32_t share_b = hb;
    if (hb >= st.first + 2 && toks[hb - 1].hash == "of"_h) {
      share_b = hb - 2;
    } else {
      for (std::uint32_t k = hb + 1; k-- > st.first + 2 && k + 4 > hb && !measured;) {
        if (!small_number(toks[k])) {
          if (toks[k].kind != TokenKind::word) break;  // no modifier across punctuation
          continue;
        }
        const bool in_ten = toks[k - 1].hash == "in"_h && small_number(toks[k - 2]);
        const bool out_of_ten = k >= st.first + 3 && toks[k - 1].hash == "of"_h && toks[k - 2].hash == "out"_h &&
                                small_number(toks[k - 3]);
        measured = in_ten || out_of_ten;
        break;
      }
    }
    for (std::uint32_t k = share_b; k < a.holder_e; ++k) {
      const std::uint64_t w = toks[k].hash;
      // "half", "third", "quarter" and "fifth" are shares before "of" or as the holder's head ("about a third
      // say", "two-thirds of", "one-quarter of"), not ordinals or spans of time ("A third officer said", "The
      // third-party candidate", "a year and a half", "the third-quarter report").
      const bool after_dash = k >= st.first + 2 && toks[k - 1].kind == TokenKind::dash;
      const bool fraction = (w == "half"_h || w == "third"_h || w == "thirds"_h || w == "quarter"_h ||
                             w == "quarters"_h || w == "fifth"_h || w == "fifths"_h) &&
                            (k + 1 == a.holder_e || toks[k + 1].hash == "of"_h) &&
                            !(k > st.first && toks[k - 1].hash == "and"_h) &&
                            (!after_dash || small_number(toks[k - 2]));
      measured |= w == "percent"_h || w == "%"_h || fraction;
      quantified |= toks[k].kind == TokenKind::number || w == "majority"_h || w == "plurality"_h ||
                    w == "minority"_h ||
                    // "the number of governors who oppose", "the share of voters who say"
                    ((w == "number"_h || w == "share"_h || w == "proportion"_h || w == "percentage"_h) && k > 0 &&
                     toks[k - 1].hash == "the"_h);
    }
    quantified |= measured;
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
      // So is a group's word on what it will do: "Senate Republicans said they will vote against Cruz's
      // filibuster", "House Democrats said Monday they plan to introduce a resolution" (a plan reported, not a
      // position argued; "Democrats say they want ..." stays theirs).
      if (!announces && !contentious) {
        std::uint32_t k = a.cue_e;
        while (k < st.end && k < a.cue_e + 2 && (toks[k].hash == "that"_h || toks[k].has(lex::kTimeWord))) ++k;
        // (the group itself: "it" only for a singular one, "the administration said it will"; "Democrats say it
        // would amount to a gutting" judges a plan)
        const std::uint64_t subject = k + 2 < st.end ? toks[k].hash : 0;
        const TagToken& head = toks[a.holder_e - 1];
        const bool itself = subject == "they"_h || subject == "we"_h || subject == "he"_h || subject == "she"_h ||
                            (subject == "it"_h && head.has(lex::kGroup) && !head.has(lex::kQuantifier) &&
                             !head.raw().ends_with("s"));
        if (itself) {
          const TagToken& then = toks[k + 2];
          // (not a wish, "they'd like", "would prefer", nor "they'd seen", "they'd been": had)
          const bool wish = then.hash == "like"_h || then.hash == "love"_h || then.hash == "prefer"_h ||
                            then.hash == "rather"_h;
          const bool participle = past_verb(then) || then.raw().ends_with("en") || then.raw().ends_with("ed");
          switch (toks[k + 1].hash) {
            case "'d"_h:
              announces = !wish && !participle;
              break;
            case "would"_h:
              announces = !wish;
              break;
            case "will"_h: case "'ll"_h: case "wo"_h: case "plan"_h: case "plans"_h: case "planned"_h:
            case "intend"_h: case "intends"_h: case "intended"_h:
              announces = true;
              break;
            default:
              break;
          }
        }
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
      // A poll's or a survey's finding is a statistic with or without its figures ("A poll released Tuesday
      // found that voters trust the governor", "The most recent opinion poll has shown that ...").
      bool poll = false;
      for (std::uint32_t k = a.holder_b; k < a.holder_e && !poll; ++k) {
        switch (toks[k].hash) {
          case "poll"_h: case "polls"_h: case "polling"_h: case "survey"_h: case "surveys"_h: case "census"_h:
            poll = true;
            break;
          default:
            break;
        }
      }
      // ... and so is a study's finding of a rate compared ("A 2004 study ... found that black officers were
      // more likely than white officers to ..."), looked for in the few words after the cue.
      bool rate = false;
      if (finding) {
        bool study = false;  // (in the holder or before its agent: "A 2004 study ... by Ivan Sun and Brian Payne")
        for (std::uint32_t k = std::max(st.first, a.holder_b > 20 ? a.holder_b - 20 : 0); k < a.holder_e && !study;
             ++k) {
          study = toks[k].hash == "study"_h || toks[k].hash == "studies"_h || toks[k].hash == "research"_h;
        }
        for (std::uint32_t k = a.cue_e; study && !rate && k + 1 < st.end && k < a.cue_e + 12; ++k) {
          rate = (toks[k].hash == "more"_h || toks[k].hash == "less"_h) && toks[k + 1].hash == "likely"_h;
        }
      }
      const bool numbers = st.percent || st.money || st.big_number || measured || poll || rate;
      st.evidence = numbers ? EvidenceType::statistic : EvidenceType::testimony;
      st.evidence_rule = a.rule == "according_to" ? "according_to" : finding ? "source_finds" : "source_says";
      st.holder = span(a.holder_b, a.holder_e);
      st.testimony_cue = a.cue_b;
      st.before_holder = a.holder_e > a.holder_b && a.holder_b > st.first ? a.holder_b - 1 : kNone;
    }
  }
}

void Tagger::Impl::find_voices() {
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
      if (relative_report(toks, a) || embedded_report(toks, a)) return false;
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
  reported.assign(sents.size(), false);
  for (const Attribution& a : attributions) {
    SentenceState& st = sents[a.sentence];
    reported[a.sentence] = reported[a.sentence] || reports_sentence(a);
    st.first_cue = std::min(st.first_cue, a.cue_b);
    if (st.last_cue == kNone || a.cue_e > st.last_cue) st.last_cue = a.cue_e;
    const bool denied = (a.cue_b > st.first && toks[a.cue_b - 1].has(lex::kNegation)) ||
                        (a.cue_b > st.first + 1 && toks[a.cue_b - 2].has(lex::kNegation));
    const bool aside = a.holder_b > st.first && toks[a.holder_b - 1].hash == "as"_h;  // "..., as some claim, ..."
    if (!toks[a.cue_b].has(lex::kFindingVerb) && !denied && !aside && (st.last_said == kNone || a.cue_e > st.last_said)) {
      st.last_said = a.cue_e;
    }
  }
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
  report = others >= 3 && others > 4 * judged;
  judging_outnumbers_others = judged > others;
}

std::span<const std::uint32_t> Tagger::Impl::attributions_in(std::uint32_t s) const {
  const auto b = std::partition_point(attributions_by_sentence.begin(), attributions_by_sentence.end(),
                                      [&](std::uint32_t i) { return attributions[i].sentence < s; });
  const auto e = std::partition_point(b, attributions_by_sentence.end(),
                                      [&](std::uint32_t i) { return attributions[i].sentence == s; });
  return {b, e};
}

// A source tells the clause of sentence s after token c: it is the clause's subject, after at most an opening
// phrase ("but Democrats say", "but on Sunday people familiar with the talks said", "but in their letter,
// Democrats claim", "but according to X"), or a tag closes the sentence ("..., but a meeting has been
// scheduled, aides said", "That is not true, a senior official said."). A source inside the author's clause
// does not ("but it is much more restrictive than those headlines suggest", "but the simple
// fact is that some people want ..."), nor a finding ("Critics claim X, but studies show Y": the author's
// evidence), a denied view or an aside ("but, as critics say, it fails").
bool Tagger::Impl::source_tells(std::uint32_t s, std::uint32_t c) const {
  const SentenceState& st = sents[s];
  for (const std::uint32_t i : attributions_in(s)) {
    const Attribution& a = attributions[i];
    const std::uint32_t open = std::min(a.holder_b, a.cue_b), close = std::max(a.holder_e, a.cue_e);
    if (open <= c || relative_report(toks, a) || embedded_report(toks, a) ||
        toks[a.cue_b].has(lex::kFindingVerb) || toks[a.cue_b - 1].has(lex::kNegation) ||
        (a.cue_b > 1 && toks[a.cue_b - 2].has(lex::kNegation))) {
      continue;
    }
    const TagToken& before = toks[open - 1];
    if (close + 2 >= st.end && (is_punct(before, ',') || before.kind == TokenKind::quote)) return true;  // a tag
    // A fronted adverbial closed by a comma may hold a clause of its own ("but now that the shutdown is
    // over, many lawmakers say", "but for those who live in rural areas, critics say").
    std::uint32_t k = c + 1;
    if (k < open && is_punct(toks[k], ',')) ++k;
    if (k < open && is_punct(before, ',')) {
      switch (toks[k].hash) {
        case "while"_h: case "when"_h: case "now"_h: case "after"_h: case "because"_h: case "if"_h:
        case "for"_h: case "in"_h: case "on"_h: case "with"_h: case "despite"_h: case "since"_h:
        case "although"_h: case "though"_h: case "once"_h: case "until"_h: case "before"_h: case "at"_h:
          return true;
        default:
          break;
      }
    }
    bool subject = true;
    for (; k < open && subject; ++k) {
      switch (toks[k].hash) {
        case "than"_h:  // not the quantity "more than three-quarters of voters"
          subject = k > c + 1 && (toks[k - 1].hash == "more"_h || toks[k - 1].hash == "less"_h ||
                                  toks[k - 1].hash == "fewer"_h);
          break;
        case "that"_h: case "which"_h: case "who"_h: case "whom"_h: case "what"_h: case "as"_h:
        case "when"_h: case "where"_h: case "because"_h: case "after"_h: case "if"_h: case "while"_h:
        case "whether"_h: case "how"_h: case "why"_h: case "way"_h:
          subject = false;
          break;
        default:
          // nor after another's cue, whose object the source's view is ("but polls show most Americans
          // believe ...", "but I think most people will say ...")
          subject = !verb_form(toks[k]) && !toks[k].has(lex::kFirstPerson) &&
                    !(toks[k].is(detail::kLowercase) && toks[k].has(lex::kFindingVerb | lex::kReportVerb));
      }
    }
    if (subject) return true;
  }
  return false;
}

}  // namespace argmine
