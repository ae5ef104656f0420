// The tagger's driver: matching (grammars at their trigger words, cue phrases, gazetteer aliases), sentence
// features, and the public API. The stages it runs live beside it (see tag/tagger_impl.hpp).
#include "tag/tagger_impl.hpp"

#include "tag/cues.hpp"
#include "tag/gazetteer_impl.hpp"

#include <algorithm>
#include <array>
#include <ctime>

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

namespace g = detail::grammar;

namespace {

int current_year() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

Tagger::Impl::Impl(const TaggerOptions& o) : options(o) {
  gazetteer = options.gazetteer ? options.gazetteer : Gazetteer::builtin();
  cues = detail::build_cue_matcher(phrase_tokenizer);
  lex_bits = lex::lex_table();
  auto add = [&](std::uint64_t h, std::uint64_t bit) {
    const std::uint64_t* old = lex_bits.find(h);
    lex_bits.set(h, (old ? *old : 0) | bit);
  };
  auto add_phrase = [&](std::uint64_t h, std::uint32_t bit) { add(h, std::uint64_t{bit} << 32); };
  for (int f = 0; f < static_cast<int>(Family::kCount); ++f) {
    for (std::uint64_t h : g::triggers(static_cast<Family>(f))) add(h, 1u << (lex::kFamilyShift + f));
  }
  for (std::uint64_t h : cues.first_tokens()) add(h, lex::kCueStart);
  for (std::uint64_t h : gazetteer->impl().matcher.first_tokens()) add(h, lex::kGazetteerStart);
  for (std::uint64_t h : cues.single_tokens()) add_phrase(h, detail::kCueSingle);
  for (std::uint64_t h : cues.second_tokens()) add_phrase(h, detail::kCueSecond);
  for (std::uint64_t h : gazetteer->impl().matcher.single_tokens()) add_phrase(h, detail::kGazetteerSingle);
  for (std::uint64_t h : gazetteer->impl().matcher.second_tokens()) add_phrase(h, detail::kGazetteerSecond);
  for (const auto* words : {&lex::judging_nouns(), &lex::falsity_words(), &lex::discrediting_words()}) {
    for (std::uint64_t h : words->keys()) add_phrase(h, detail::kJudging);
  }
  add_phrase(detail::token_hash("conspiracy"), detail::kJudging);  // "a conspiracy theory that"
}

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

// A paragraph that ends with a speaker's reporting verb and a colon ("Ashley Jardina, a political scientist at
// Duke, put it this way:", "On Page 5, Mueller writes:", "Her answer:") introduces a block quotation: the next
// paragraph holds the speaker's words, set off without marks (past a line outside the argument, such as a
// site's "Advertisement:"). Not the author's own earlier words ("I wrote:"), not a headline ("Biden Says
// ...:"), not a list or a heading after it (a paragraph without a final stop). Returns the quotation's first
// sentence, or kNone.
std::uint32_t Tagger::Impl::block_quote_after(std::uint32_t s) const {
  const SentenceState& st = sents[s];
  if (st.end - st.first < 2 || !is_punct(toks[st.end - 1], ':') || st.nonargument != NonArgumentKind::none) {
    return kNone;
  }
  // (only an advertisement's line is passed over: a heading after the colon starts a section of the author's)
  auto advertisement = [&](std::uint32_t k) {
    const std::uint32_t n = sents[k].end - sents[k].first;
    const bool colon = n == 2 && is_punct(toks[sents[k].end - 1], ':');
    return sents[k].nonargument != NonArgumentKind::none && (n == 1 || colon) &&
           toks[sents[k].first].hash == "advertisement"_h;
  };
  std::uint32_t b = s + 1;
  while (b < sents.size() && b <= s + 2 && advertisement(b)) ++b;
  if (b >= sents.size() || sents[b].nonargument != NonArgumentKind::none || sents[b].paragraph == st.paragraph ||
      sents[b].paragraph > st.paragraph + 3 || sents[b - 1].paragraph == sents[b].paragraph) {
    return kNone;
  }
  const SentenceState& next = sents[b];
  if (toks[next.first].kind == TokenKind::quote) return kNone;  // marked: the quotation rules see it
  // A list after the colon ("for several reasons:" then "•Educational attainment: ..."), not a quotation.
  if (toks[next.first].kind != TokenKind::word) return kNone;
  std::uint32_t next_end = b;
  while (next_end + 1 < sents.size() && sents[next_end + 1].paragraph == next.paragraph) ++next_end;
  const TagToken& stop = toks[sents[next_end].end - 1];
  if (!(is_punct(stop, '.') || is_punct(stop, '?') || is_punct(stop, '!') || stop.kind == TokenKind::quote)) {
    return kNone;
  }
  // "Her answer:", "Their verdict:": a possessive and a word for what was said.
  if (st.end - st.first == 3) {
    switch (toks[st.first].hash) {
      case "his"_h: case "her"_h: case "their"_h: case "its"_h:
        switch (toks[st.first + 1].hash) {
          case "answer"_h: case "response"_h: case "reply"_h: case "verdict"_h: case "explanation"_h:
          case "conclusion"_h: case "advice"_h: case "message"_h: case "statement"_h: case "words"_h:
            return b;
          default:
            return kNone;
        }
      default:
        break;
    }
  }
  bool quoted = false;  // the verb is outside the sentence's quotations (a title: "“Race to the Bottom,” wrote")
  bool self = false;    // the last subject before it is "I" or "we" ("I asked Trende and he replied:" is his)
  for (std::uint32_t i = st.first; i + 1 < st.end; ++i) {
    const TagToken& t = toks[i];
    if (t.kind == TokenKind::quote && is_double_mark(t)) quoted = !quoted;
    if (quoted) continue;
    if (t.hash == "he"_h || t.hash == "she"_h || t.hash == "they"_h || (t.is(detail::kCapitalized) && i > st.first)) {
      self = false;
    }
    if (t.hash == "i"_h || t.hash == "we"_h) self = true;
    if (!t.is(detail::kLowercase)) continue;
    // Verbs of saying, not of thinking ("in every subgroup you can think of, ...:"): the neutral reporting
    // verbs and verbs of writing and speaking they leave out.
    bool reports = t.has(lex::kNeutralVerb);
    const std::uint64_t after = toks[i + 1].hash;
    switch (t.hash) {
      case "writes"_h: case "write"_h: case "tweeted"_h: case "posted"_h: case "stated"_h: case "states"_h:
      case "recounted"_h: case "recalled"_h: case "recalls"_h: case "continued"_h: case "stressed"_h:
      case "summarized"_h: case "responded"_h: case "replied"_h: case "answered"_h: case "remarked"_h:
      case "declared"_h: case "emailed"_h: case "argues"_h: case "argued"_h: case "arguing"_h: case "insisted"_h:
      case "insists"_h: case "contends"_h: case "contended"_h: case "asserted"_h: case "asserts"_h:
      case "warned"_h: case "warns"_h: case "claimed"_h: case "claims"_h: case "complained"_h:
      case "countered"_h: case "lamented"_h: case "concluded"_h: case "observed"_h:
        reports = true;
        break;
      case "add"_h: case "adds"_h: case "added"_h:  // not "They add up to a severe 3°C ...:"
        reports = after != "up"_h;
        break;
      // Nouns as often as verbs ("the CBS TV show host", "put on display"): verbs before their colon or an
      // object that introduces words ("As he put it:", "The report notes that", "notes in his book").
      case "show"_h: case "shows"_h: case "report"_h: case "reports"_h: case "note"_h: case "notes"_h:
      case "point"_h: case "points"_h: case "estimate"_h: case "estimates"_h: case "put"_h: case "puts"_h:
      case "documents"_h: case "projects"_h: case "find"_h: case "finds"_h: {
        // ... or a third-person form after a name or a pronoun ("USA Today reports a ...")
        const TagToken& before = toks[i > st.first ? i - 1 : i];
        // (a capitalized word that opens the sentence is a name only if it is in no word list: "Politico
        // reports:", not "Important documents:")
        const bool name_before = before.is(detail::kCapitalized) && (i - 1 > st.first || before.lex == 0);
        const bool third_person = i > st.first && t.raw().back() == 's' && !determiner(before.hash) &&
                                  before.hash != "these"_h &&
                                  (name_before || before.hash == "he"_h || before.hash == "she"_h);
        // (a label is no speaker: "Important documents:")
        const bool speaker_before =
            i >= st.first + 2 || (i > st.first && (before.hash == "he"_h || before.hash == "she"_h));
        reports = (is_punct(toks[i + 1], ':') && speaker_before) || after == "it"_h || after == "that"_h ||
                  after == "this"_h || after == "in"_h || after == "as"_h || after == "the"_h || third_person;
        break;
      }
      default:
        break;
    }
    // Not a denial: "Neither pollster said those problems couldn't recur, but ... for several reasons:".
    for (std::uint32_t k = i > st.first + 3 ? i - 3 : st.first; k < i && reports; ++k) {
      reports = !toks[k].has(lex::kNegation);
    }
    if (reports) return self ? kNone : b;
  }
  return kNone;
}

void Tagger::Impl::sentence_features(std::uint32_t s) {
  SentenceState& st = sents[s];
  int quotes = 0;
  // The first quoted token of the open quotation, or kNone.
  std::uint32_t quote_open = st.quote_continues ? st.first : kNone;
  std::uint32_t opening_mark = kNone;  // the mark that opened it in this sentence
  bool open_double = true;             // it opened with a double mark (a carried quotation did)
  // A capitalized word inside the sentence, not after a quotation mark or a colon, is (part of) a name.
  auto count_name = [&](std::uint32_t i) {
    if (i == st.first || !toks[i].is(detail::kCapitalized) || toks[i].hash == "i"_h) return;
    const TagToken& before = toks[i - 1];
    if (before.kind != TokenKind::quote && !(before.kind == TokenKind::punctuation && before.text[0] == ':')) ++st.named;
  };
  for (std::uint32_t i = st.first; i < st.end; ++i) {
    const TagToken& t = toks[i];
    // Most words are in no list and no phrase (lex and phrase bits 0): of all below, only the past tense and
    // the count of names can come from them.
    if (t.kind == TokenKind::word && (t.lex | t.phrase) == 0 && !t.is(detail::kYear | detail::kDecade)) {
      if (!st.past_tense && past_verb(t)) st.past_tense = true;
      count_name(i);
      continue;
    }
    const std::uint64_t h = t.hash;
    st.may_attribute |= t.has(lex::kAttributionCue);
    st.may_precede |= t.has(lex::kSinceCue);
    st.may_judge |= (t.phrase & detail::kJudging) != 0;
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
      count_name(i);
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
        sents[s + 1].block_quote_of = st.block_quote_of;
      }
    }
  }
  st.quote = quotes > 0;
  if (st.embedded_post) {  // the poster's words: testimony, not the author's claims or stance
    st.quote = true;
    st.strong_modal = st.weak_modal = st.first_person = st.own_stance = st.evaluative = false;
  }
  if (const std::uint32_t b = quote_open == kNone && !st.embedded_post ? block_quote_after(s) : kNone; b != kNone) {
    sents[b].quote_continues = true;
    sents[b].paragraph_quote = true;
    sents[b].block_quote_of = s;
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
  out.document_year = doc_year;
  emit_past_mentions(out);
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

bool Tagger::last_token_hashes(std::vector<std::uint64_t>& out) const {
  const auto& toks = impl_->toks;
  // A news site's link text dropped from the view (drop_link_blobs) leaves fewer tokens than the document's.
  if (!impl_->doc || toks.size() != impl_->doc->tokens().size()) return false;
  out.resize(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) out[i] = detail::written_hash(toks[i]);
  return true;
}

// ---------------------------------------------------------------------------------------------------------

void sort_units(std::vector<Unit>& units) {
  std::vector<std::uint32_t> order(units.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Unit& x = units[a];
    const Unit& y = units[b];
    if (x.sentence != y.sentence) return x.sentence < y.sentence;
    if (is_sentence_level(x.type) != is_sentence_level(y.type)) return is_sentence_level(x.type);
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
