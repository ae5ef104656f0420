// The order of the tagger's decisions, and those that are neither attributions (attributions.cpp) nor answers
// (answers.cpp): cue phrases, analogy units, evidence and claims; then the units.
#include "tag/tagger_impl.hpp"

#include "tag/cues.hpp"

#include <algorithm>

namespace argmine {

using namespace detail::tagging;
using detail::CueKind;
using detail::TagToken;
using detail::operator""_h;

namespace g = detail::grammar;

// The passes in order; each reads what the ones before it decided (sentence states, attributions, units).
void Tagger::Impl::decide(Annotations& out) {
  find_attributions();
  place_attributions();
  read_cue_phrases();
  place_analogies();
  extend_analogies();
  find_voices();
  find_concessions();
  carry_granted_points();
  concede_answered_statements();
  find_rebuttals();
  classify_sentences();
  emit_units(out);
}

void Tagger::Impl::read_cue_phrases() {
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
}

void Tagger::Impl::place_analogies() {
  // Analogies and precedents.
  sentence_units.clear();
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
}

void Tagger::Impl::extend_analogies() {
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
}

namespace {

// The speaker a quotation names before the colon that opens it, as in a transcript: 'Jon Stewart: "For years,
// ..."', 'Said Macron: "..."' (the speech verb before the name goes); [b, e) of the name (five capitalized words
// at most), or an empty range. A page's label is no speaker: "UPDATE:", "Related:", "Banner:", "Claim:".
std::pair<std::uint32_t, std::uint32_t> speaker_before_colon(const std::vector<TagToken>& toks, std::uint32_t first,
                                                             std::uint32_t end) {
  std::uint32_t b = first;
  switch (toks[b].hash) {
    case "said"_h: case "says"_h: case "asked"_h: case "added"_h: case "continued"_h:
      ++b;
      break;
    default:
      break;
  }
  std::uint32_t k = b;
  while (k < end && k - b < 5 && (toks[k].is(detail::kCapitalized) || is_punct(toks[k], '.')) &&
         !toks[k].has(lex::kStop)) {
    ++k;
  }
  if (k == b + 1) {
    switch (toks[b].hash) {
      case "update"_h: case "updated"_h: case "related"_h: case "banner"_h: case "watch"_h: case "read"_h:
      case "photo"_h: case "video"_h: case "source"_h: case "correction"_h: case "breaking"_h: case "headline"_h:
      case "quote"_h: case "note"_h: case "background"_h: case "q"_h: case "a"_h: case "question"_h:
      case "answer"_h: case "context"_h: case "caption"_h: case "title"_h:
      case "claim"_h: case "fact"_h: case "facts"_h: case "verdict"_h: case "rating"_h: case "statement"_h:
      case "summary"_h: case "counterpoint"_h:  // (a fact check's parts: 'Claim: "..."')
        return {b, b};
      default:
        break;
    }
  }
  if (k > b && k + 1 < end && is_punct(toks[k], ':') && toks[k + 1].kind == TokenKind::quote &&
      toks[k - 1].is(detail::kCapitalized)) {
    return {b, k};
  }
  return {b, b};
}

}  // namespace

void Tagger::Impl::classify_sentences() {
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
        if (st.block_quote_of != kNone) st.holder = sents[st.block_quote_of].holder;  // the speaker named before
        // ... or named before a colon that opens the quotation, as in a transcript: 'Jon Stewart: "..."'
        if (st.block_quote_of == kNone) {
          if (const auto [b, e] = speaker_before_colon(toks, st.first, st.end); e > b) st.holder = span(b, e);
        }
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
    // The same for a share of respondents ("Eight in 10 voters think they should take part": a statistic).
    if (st.claim && st.claim_rule == "modal_should" &&
        (st.evidence == EvidenceType::testimony || st.evidence == EvidenceType::statistic) &&
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
}

void Tagger::Impl::emit_units(Annotations& out) {
  std::vector<Unit>& units = out.units;
  const bool hedges = options.hedges_and_boosters;
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
  sort_units(units);
}

}  // namespace argmine
