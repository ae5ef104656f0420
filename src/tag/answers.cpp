// Answers: concessions ("It's true that X, but Y"), points granted and answered, and rebuttals, the author's
// answers to the positions of others, with their links.
#include "tag/tagger_impl.hpp"

#include <algorithm>

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

namespace g = detail::grammar;

namespace {

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

// The author judges, demands, hedges or speaks in the sentence. (The count of judging sentences in find_voices
// leaves out predictions and hedges, which reports are full of: "would", "could", "likely".)
bool judges(const SentenceState& x) {
  return x.strong_modal || x.weak_modal || x.evaluative || x.own_stance || x.claim_phrase || x.first_person ||
         x.hedged;
}

}  // namespace

void Tagger::Impl::find_concessions() {
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
      answered_within(s, d.clause_b, d.clause_e, d.verdict, "dismissed_idea");
      continue;
    }
    // "Trump's unfounded claim that X", "the myth that X": the judging words answer the position.
    if (Dismissal d; !st.counterclaim && judged_position(s, d)) {
      st.counterclaim = true;
      st.counterclaim_rule = "judged_position";
      st.holder = d.holder_b != kNone ? span(d.holder_b, d.holder_e) : Span{};  // not a testimony's source
      answered_within(s, d.clause_b, d.clause_e, d.verdict, "judged_position", d.verdict_e);
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
        answered_within(s, clause_b, v, v, "dismissed_idea");
        continue;
      }
    }
    // "Contrary to what critics claim, X": the critics' position is answered by the rest of the sentence.
    if (st.counterclaim && toks[f].hash == "contrary"_h && toks[f + 1].hash == "to"_h) {
      std::uint32_t comma = f + 2;
      while (comma < st.end && !is_punct(toks[comma], ',')) ++comma;
      if (comma + 2 < st.end) {
        answered_within(s, f, comma, comma + 1, "contrary_to");
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
        bool main_reports = report, main_judges = judging_outnumbers_others;
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
                         (past_verb(toks[k]) && !judging_outnumbers_others) ||
                         (toks[k].has(lex::kReportVerb | lex::kNeutralVerb | lex::kContentiousVerb) &&
                          toks[k].is(detail::kLowercase) && !own);
          main_judges |= toks[k].has(lex::kNegation | lex::kEvaluative | lex::kStrongModal | lex::kFirstPerson);
        }
        if (holder_inside && !main_reports && main_judges && comma + 3 < st.end &&
            !toks[comma + 1].has(lex::kQuantifier) && toks[comma + 1].hash != "others"_h) {
          answered_within(s, g, comma, comma + 1, "main_clause");
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
    // The clause grants by its own words, an opener, a hedge or a conceding adverb (not just by the sentence's
    // being a position: see concessive).
    auto grants = [&](std::uint32_t b, std::uint32_t e) {
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
      return false;
    };
    auto concessive = [&](std::uint32_t b, std::uint32_t e) { return grants(b, e) || st.concession || st.counterclaim; };
    // "..., but added that ...": the contrast goes on inside the report. "not just X, but Y" corrects, it
    // does not answer.
    auto inside_report = [&](std::uint32_t c) {
      std::uint32_t k = c + 1;
      if (k < st.end && is_punct(toks[k], ',')) ++k;  // ", however, added that"
      if (k < st.end && toks[k].hash == "also"_h) ++k;
      if (k < st.end && toks[k].has(lex::kReportVerb | lex::kNeutralVerb | lex::kContentiousVerb) &&
          toks[k].is(detail::kLowercase)) {
        return true;
      }
      // "but that" opening a second clause of the reporting verb before the contrast ("Activists say they support
      // the law, but that it should go farther", "Democrats said they aren't defending it, but that the
      // committee should leave him alone"): "that" followed by a subject, not a verb or a noun ("but that is
      // wrong", "but that argument has been debunked" answer).
      if (st.first_cue < c && k + 1 < st.end && toks[k].hash == "that"_h) {
        switch (toks[k + 1].hash) {
          case "it"_h: case "they"_h: case "we"_h: case "he"_h: case "she"_h: case "you"_h: case "i"_h:
          case "there"_h: case "the"_h: case "a"_h: case "an"_h: case "this"_h: case "these"_h: case "those"_h:
          case "their"_h: case "his"_h: case "her"_h: case "its"_h: case "our"_h: case "my"_h: case "your"_h:
          case "some"_h: case "many"_h: case "most"_h: case "if"_h: case "when"_h: case "while"_h:
          case "because"_h: case "perhaps"_h: case "unless"_h:
            return true;
          default:
            break;
        }
      }
      // A clause with no subject of its own after "but" goes on with the position's holder, who told it before
      // the contrast: "Wray argued the government has significant resources, but couldn't think of anything
      // else they need", "European leaders have said they don't want to punish the U.K., but won't grant it a
      // better deal". The holder's statement or act, not the author's answer; not the author's verdict on the
      // holder ("Critics claimed X, but ignored Y"), nor a question ("..., but could this tweet be ...?").
      if (st.first_cue < c && k < st.end && !st.question && verb_form(toks[k]) &&
          !lex::rebuttal_verbs().contains(toks[k].hash)) {
        // (the holder is the subject: it opens the sentence, or follows an opening phrase and its comma)
        for (const std::uint32_t i : attributions_in(s)) {
          const Attribution& a = attributions[i];
          if (a.cue_b != st.first_cue || a.holder_e <= a.holder_b || a.holder_b < f || a.holder_b >= a.cue_b) continue;
          if (a.holder_b == f || (a.holder_b == f + 1 && toks[f].has(lex::kContrast)) ||
              is_punct(toks[a.holder_b - 1], ',')) {
            return true;
          }
        }
      }
      return false;
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
    // A source's own "X, but Y" is the source's: told before the contrast ("Clawson says past presidents may
    // have ..., but", "That might have been true, Inglesby says, but") or by a tag closing the sentence
    // ("..., but not before the deadline, POLITICO has reported."). A source named after "but" answers the
    // author's grant ("The measures may be expensive, but the strategists say ...").
    auto sources_contrast = [&](std::uint32_t c) {
      if (!reported[s] || st.counterclaim) return false;
      return st.first_cue < c || (st.last_cue != kNone && st.last_cue + 5 >= st.end && st.last_cue > c);
    };
    // A reported position answered by another source after "but" reports a dispute between others, testimony
    // on both sides: "Ryan says the plan would save Medicare, but Democrats say it would gut the program",
    // "They understand ..., but several said she's in a dangerous situation". The author answers nothing; nor
    // when the position is the source's after "but" and the clause before grants nothing of its own, but states
    // what happened ("Mr. McCabe received clearance from the ethics office, but Republicans have argued he
    // should have stepped aside"). After the author's own grant a source answers it ("The measures may be
    // expensive, but the strategists say they are needed"; see sources_contrast).
    auto others_reply = [&](std::uint32_t c) {
      if (!st.counterclaim || st.last_said == kNone || st.last_said <= c) return false;
      if (!(st.first_cue < c || (!st.concession && !grants(f, c - 1)))) return false;
      return source_tells(s, c);
    };
    if (contrast != kNone && (concessive(f, contrast - 1) || denied_after(contrast)) && !inside_report(contrast) &&
        !not_only(contrast) && !sources_contrast(contrast) && !others_reply(contrast)) {
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
      // A source speaking in the main clause makes the grant the source's or the reporter's setting, not the
      // author's: "While Obama is willing to cut spending, Republicans must accept ..., he said", "While many
      // images show women and children, U.S. authorities say ..." (a source inside the clause, or a finding
      // after it, is the author's evidence: "Even if a mask is thin, which studies have shown ..., ", "Although
      // the evidence isn't perfect, these studies show ...").
      const bool source_told = reported[s] && st.last_said != kNone && st.last_said > e;
      if (e < st.end && e > g + 2 && !temporal && !source_told) {
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
}

void Tagger::Impl::carry_granted_points() {
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
}

void Tagger::Impl::concede_answered_statements() {
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
}

// One sentence holds both the position (tokens position_b..position_e) and the author's answer to it (from
// answer_b to the sentence's end): "Contrary to what critics claim, X", "The idea that X is absurd".
void Tagger::Impl::answered_within(std::uint32_t s, std::uint32_t position_b, std::uint32_t position_e,
                                   std::uint32_t answer_b, std::string_view rule, std::uint32_t answer_e) {
  SentenceState& st = sents[s];
  st.counterclaim_clause = span(position_b, position_e);
  st.rebuttal = true;
  st.rebuttal_rule = rule;
  st.rebuttal_clause = span(answer_b, answer_e == kNone ? st.end : answer_e);
  st.answers.push_back(s);
}

// "But Republicans scoffed ...", "But other experts contest that ...", "But conservatives are vehemently opposed":
// a group named as the subject right after the contrast word, then only adverbs or a copula before a verb of
// saying, judging or reacting. The group replies to the position; the author reports the dispute.
bool Tagger::Impl::group_replies(std::uint32_t s) const {
  const SentenceState& st = sents[s];
  const std::uint32_t limit = std::min(st.end, st.first + 16);  // bounded: the subject and verb open the sentence
  std::uint32_t i = st.first + 1;
  if (i < limit && is_punct(toks[i], ',')) ++i;
  // Plural people ("Republicans", "business groups", "economists", "others"), not a document or a body
  // ("polls", "studies", "the Court") nor "the Left" or "right now".
  auto people = [&](const TagToken& t) {
    if (t.hash == "others"_h) return true;
    if (!t.has(lex::kGroup | lex::kOpposition | lex::kExpert) || t.has(lex::kQuantifier) || !t.raw().ends_with("s")) {
      return false;
    }
    switch (t.hash) {
      case "studies"_h: case "surveys"_h: case "polls"_h: case "sources"_h:
        return false;
      default:
        return true;
    }
  };
  std::uint32_t k = i;
  for (; k < limit && k < i + 5 && !people(toks[k]); ++k) {
    const TagToken& t = toks[k];
    const bool modifier = t.has(lex::kQuantifier) || t.hash == "the"_h || t.hash == "other"_h ||
                          (t.kind == TokenKind::word && (t.is(detail::kCapitalized) || t.lex == 0));
    if (!modifier) return false;
  }
  if (k >= limit || !people(toks[k])) return false;
  ++k;
  if (k + 1 < limit && toks[k].hash == "and"_h && people(toks[k + 1])) k += 2;  // "groups and economists"
  for (; k < limit && k < i + 10; ++k) {
    const TagToken& t = toks[k];
    if (t.kind != TokenKind::word || !t.is(detail::kLowercase)) return false;
    if (t.has(lex::kReportVerb | lex::kContentiousVerb) || lex::reply_words().contains(t.hash)) return true;
    // (not a modal: "But Republicans will need ..." is the author's forecast)
    const bool adverb = (lex::report_adverbs().contains(t.hash) && !t.has(lex::kWeakModal)) || t.has(lex::kCopula) ||
                        t.hash == "remain"_h || t.hash == "remained"_h || t.hash == "not"_h || t.hash == "n't"_h ||
                        t.raw().ends_with("ly");
    if (!adverb) return false;
  }
  return false;
}

// Sentence s, a turn after the counterclaim k, has for its subject the name that closes k's holder, then a
// verb, and states it without judging, forecasting or speaking for the author ("But Trump is wrong", "But
// Trump will lose" answer).
bool Tagger::Impl::holder_goes_on(std::uint32_t s, std::uint32_t k) const {
  const SentenceState& st = sents[s];
  const SentenceState& c = sents[k];
  if (c.holder.end <= c.holder.begin || st.question || st.evaluative || st.strong_modal || st.weak_modal ||
      st.own_stance || st.claim_phrase || st.first_person || st.hedged) {
    return false;
  }
  // The name: capitalized words after the contrast word ("But Mr. DeMint"), its last one a name, not a group
  // ("But Senate Democrats") nor a possessive's ("But Trump's election").
  const std::uint32_t limit = std::min(st.end, st.first + 12);  // bounded: the subject opens the sentence
  std::uint32_t i = st.first + 1;
  if (i < limit && is_punct(toks[i], ',')) ++i;
  std::uint32_t name = kNone;
  for (; i < limit && toks[i].kind == TokenKind::word && toks[i].is(detail::kCapitalized); ++i) name = i;
  if (name == kNone || i >= limit || toks[i].kind != TokenKind::word || !toks[i].is(detail::kLowercase) ||
      toks[i].hash == "'s"_h || toks[i].hash == "of"_h ||
      toks[name].has(lex::kGroup | lex::kOpposition | lex::kExpert | lex::kStop)) {
    return false;
  }
  // The holder's last word (its span ends at a token of k).
  const auto t = doc->tokens();
  for (std::uint32_t j = c.first; j < c.end && j < c.first + 60; ++j) {
    if (t[toks[j].index].end == c.holder.end) return toks[j].hash == toks[name].hash;
  }
  return false;
}

void Tagger::Impl::find_rebuttals() {
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
    // Nor does one whose subject is a group that replies ("But Republicans scoffed at the notion"): the author
    // reports a dispute between others (all 18 such turns removed over the news batch were a group's reply).
    if (weak && !h && st.contrast_start && group_replies(s)) weak = false;
    // Nor one that goes on with the position's holder ("Sanders hoped he'd win New York. But Sanders lost big.",
    // "Senator DeMint opposes ... But Mr. DeMint recently praised ..."): what the holder did next, the story.
    if (weak && !h && st.contrast_start && !recent.empty() && holder_goes_on(s, recent.front())) weak = false;
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
}

}  // namespace argmine
