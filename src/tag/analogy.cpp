// Historical analogies and precedents: whether a marker likens, the past thing and its year, the present
// target, and the use an analogy is put to.
#include "tag/tagger_impl.hpp"

#include <algorithm>
#include <array>

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

namespace g = detail::grammar;

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

void Tagger::Impl::emit_past_mentions(Annotations& out) const {
  const auto tokens = doc->tokens();
  auto next = mentions.begin();  // gazetteer mentions, in token order
  for (std::uint32_t s = 0; s < sents.size(); ++s) {
    while (next != mentions.end() && next->sentence < s) ++next;
    // Most sentences mention no past: only those with a past year (sentence_features) or a name are read.
    const bool named = next != mentions.end() && next->sentence == s;
    if (sents[s].nonargument != NonArgumentKind::none || (!sents[s].past_year && !named)) continue;
    for (std::uint32_t i = sents[s].first; i < sents[s].end; ++i) {
      while (next != mentions.end() && next->first < i) ++next;
      if (next != mentions.end() && next->first == i) {
        const GazetteerEntry& e = gazetteer->entry(static_cast<std::size_t>(next->entry));
        if (e.year < doc_year && e.kind != EventKind::figure) {
          out.past_mentions.push_back(PastMention{Span{tokens[toks[next->first].index].begin, tokens[toks[next->last - 1].index].end}, s, e.year,
                                                  false, next->entry});
        }
        i = next->last - 1;  // a year inside an alias ("the 1968 convention") is the alias's
        continue;
      }
      const TagToken& t = toks[i];
      if ((t.is(detail::kYear) || t.is(detail::kDecade)) && historical_year(t, false)) {
        out.past_mentions.push_back(PastMention{Span{tokens[t.index].begin, tokens[t.index].end}, s, t.year,
                                                t.is(detail::kDecade), -1});
      }
    }
  }
}

// The present thing an analogy maps onto: the subject before the marker ("Sanders' call to local action is
// reminiscent of ..."), without the verb, at most 12 tokens back, not across a clause break.
namespace {

// Adjectives that grade a likeness: "strong echoes of", "an eerie replay of".
bool likeness_adjective(std::uint64_t h) {
  return h == "strong"_h || h == "clear"_h || h == "eerie"_h || h == "faint"_h || h == "distinct"_h ||
         h == "unmistakable"_h || h == "uncanny"_h || h == "direct"_h || h == "virtual"_h || h == "obvious"_h;
}

// Nouns a past year names an episode with: "another 2008 meltdown", "a new 1968 convention".
bool episode_noun(std::uint64_t h) {
  switch (h) {
    case "election"_h: case "campaign"_h: case "convention"_h: case "crash"_h: case "meltdown"_h:
    case "recession"_h: case "wave"_h: case "debacle"_h: case "disaster"_h: case "shutdown"_h: case "crisis"_h:
    case "landslide"_h: case "riots"_h:
      return true;
    default:
      return false;
  }
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
  // its paragraph ("So too will it be ...", "it worked"). Words of averting ("avoid a repeat of 2012", "head off
  // a repeat of 1986", "meant to prevent a repeat of the 2010 explosion") settle a warning in the sentence itself.
  enum { kModel, kWarning, kPrecedent, kPrediction, kSoToo, kAvert, kConditional, kUses };
  auto scan = [&](std::uint32_t s, std::array<bool, kUses>& found) {
    for (std::uint32_t i = sents[s].first; i < sents[s].end; ++i) {
      const std::uint64_t before = i > sents[s].first ? toks[i - 1].hash : 0;
      switch (toks[i].hash) {
        case "model"_h: case "modeled"_h: case "template"_h: case "emulate"_h: case "follow"_h: case "blueprint"_h:
        case "learn"_h: case "convert"_h:
          found[kModel] = true;
          break;
        case "warning"_h: case "warn"_h: case "warns"_h: case "warned"_h: case "cautionary"_h: case "mistake"_h:
        case "mistakes"_h: case "danger"_h: case "doomed"_h: case "disaster"_h: case "backfired"_h:
        case "backfire"_h: case "split"_h:
          found[kWarning] = true;
          break;
        case "avoid"_h: case "avoids"_h: case "avoided"_h: case "avoiding"_h: case "prevent"_h: case "prevents"_h:
        case "prevented"_h: case "preventing"_h: case "avert"_h: case "averts"_h: case "averted"_h:
        case "averting"_h: case "risk"_h: case "risks"_h: case "risking"_h: case "fear"_h: case "fears"_h:
        case "feared"_h: case "dread"_h:
          found[kAvert] = true;
          break;
        case "off"_h:  // "head off a repeat of 1986"
          found[kAvert] |= before == "head"_h || before == "heading"_h || before == "headed"_h;
          break;
        case "want"_h: case "wants"_h:  // "Putin doesn't want a repeat of the 2011 protests"
          found[kAvert] |= before == "n't"_h || before == "not"_h;
          break;
        case "worked"_h: case "succeeded"_h: case "successfully"_h: case "proved"_h: case "precedent"_h:
          found[kPrecedent] = true;
          break;
        case "likewise"_h:  // "did likewise", not the connective "Likewise, ..."
          found[kPrecedent] |= !(i + 1 < sents[s].end && is_punct(toks[i + 1], ','));
          break;
        case "again"_h: {  // "It can do so again": it happened before, so it can happen again
          bool can = false;
          for (std::uint32_t k = i; k > sents[s].first && k + 4 > i; --k) {
            can |= toks[k - 1].hash == "can"_h || toks[k - 1].hash == "could"_h;
          }
          found[can ? kPrecedent : kPrediction] = true;
          break;
        }
        case "will"_h: case "likely"_h: case "predict"_h: case "predicts"_h: case "predicted"_h: case "expect"_h:
        case "faded"_h:  // not "expected": past hopes ("the bully she had expected to face")
          found[kPrediction] = true;
          break;
        case "probably"_h:  // "would probably end about the same way" ("would" alone also tells the past's future)
          found[kConditional] = true;
          break;
        case "too"_h:  // "So too will it be ..."
          if (before == "so"_h) found[kSoToo] = true;
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
  if (own[kAvert]) return AnalogyUse::warning;
  if (h.match.flags & g::kUseModel) return AnalogyUse::model;
  if (h.match.flags & g::kUseWarning) return AnalogyUse::warning;
  if (h.match.flags & g::kUsePrecedent) return AnalogyUse::precedent;
  if (own[kModel]) return AnalogyUse::model;
  if (own[kWarning]) return AnalogyUse::warning;
  if (own[kPrediction] || own[kSoToo] || own[kConditional]) return AnalogyUse::prediction;
  std::array<bool, kUses> next{};
  for (std::uint32_t s = h.sentence + 1; s < sents.size() && s <= h.sentence + 3; ++s) {
    if (sents[s].paragraph != sents[h.sentence].paragraph) break;
    scan(s, next);
  }
  // The next sentences say "it worked" or "so too ..." of the past thing; a "will" or an "again" there is
  // mostly about the present story ("Is granting Americans ... as destructive as", "will be hard-pressed").
  if (next[kPrecedent]) return AnalogyUse::precedent;
  if (next[kSoToo]) return AnalogyUse::prediction;
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

// "the same lesson that Bush did ... in 2002" likens; these do not: "maintained the same position when I became
// minister in 2012" (a post: the plight is "in the same position as"), "set up the same way it was 15 years ago"
// (a state kept), "the same strategy he tried to use to defund Obamacare in 2013", "used the same playbook in
// ... 2010" (one actor's own record), "the same way Jeb Bush has been pressed about the Iraq War" (a present
// clause, dated only by a name in it).
bool Tagger::Impl::same_as_likens(const Match& m, std::uint32_t s, std::uint32_t sb, std::uint32_t se,
                                  const Mention* undated_name) const {
  const std::uint32_t cue_at = index(m.begin[g::cue]), cue_end = index(m.end[g::cue]);
  for (std::uint32_t k = cue_at; k < cue_end; ++k) {
    if (toks[k].hash == "position"_h && !(cue_at > sents[s].first && toks[cue_at - 1].hash == "in"_h)) return false;
  }
  if (sb >= se) return false;
  const std::uint64_t first = toks[sb].hash, second = sb + 1 < se ? toks[sb + 1].hash : 0;
  if ((first == "it"_h || first == "they"_h) && (second == "was"_h || second == "were"_h)) return false;
  // After a linker the clause may start with its date ("the same timeline used in 1999").
  const bool linked = (toks[cue_end - 1].hash == "that"_h || toks[cue_end - 1].hash == "as"_h ||
                       toks[cue_end - 1].hash == "when"_h || toks[cue_end - 1].hash == "which"_h ||
                       toks[cue_end - 1].hash == "used"_h || toks[cue_end - 1].hash == "employed"_h ||
                       toks[cue_end - 1].hash == "taken"_h);
  if (first == "he"_h || first == "she"_h || first == "you"_h || first == "i"_h ||
      (!linked && (first == "in"_h || first == "during"_h || first == "back"_h))) {
    return false;
  }
  for (std::uint32_t k = sb; undated_name && k < se; ++k) {
    const std::uint64_t w = toks[k].hash;
    if (w == "is"_h || w == "are"_h || w == "'s"_h || w == "'re"_h || w == "has"_h || w == "have"_h) return false;
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
                    m.rule == "as_did" || m.rule == "a_new_x" || m.rule == "for_comparison" ||
                    m.rule == "the_same_as";
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
  // "another 1968", "fears of another 1939 —", "another 2008 meltdown": a past year as an episode, not a count
  // or a document of that year ("another 2000 troops", "another 2016 report", "another 2013 case").
  auto names_episode = [&](const TagToken& t) {
    return !t.is(detail::kLowercase) || t.has(lex::kStop) || episode_noun(t.hash) || t.hash == "before"_h ||
           t.hash == "after"_h;
  };
  const bool year_again = m.rule == "a_new_x" && toks[sb].is(detail::kYear) &&
                          (sb + 1 >= sents[s].end || names_episode(toks[sb + 1]));
  // "the new Nixon", "the next Perot": not "the New Deal" (the name itself).
  if (m.rule == "a_new_x" && toks[cue_at].hash == "the"_h && !toks[cue_at + 1].is(detail::kLowercase)) return false;
  if (year_again) {
    if (year == 0) return false;  // not past enough
  } else if ((m.rule == "a_new_x" || m.rule == "a_modern_day") &&
             !(men && men->first <= sb + (m.rule == "a_new_x" ? 0 : 2) && toks[sb].is(detail::kCapitalized))) {
    return false;
  }
  // A name followed by the noun it modifies is not the thing compared: "a new Obamacare repeal bill".
  auto modifies_noun = [&](const Mention& x) {
    return x.last < sents[s].end && toks[x.last].is(detail::kLowercase) && !toks[x.last].has(lex::kStop);
  };
  if (m.rule == "a_new_x" && !year_again && modifies_noun(*men)) return false;
  // "hold another EU referendum", "another Scottish independence referendum": the same procedure held again, not
  // a likening (unlike "another Great Depression").
  if (m.rule == "a_new_x" && !year_again && men->last > men->first) {
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
      // "feel the same way about the GOP – the highest levels since Pew began polling in 1992"
      if (m.rule == "the_same_as" && toks[i].kind == TokenKind::dash) break;
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
  // After the markers that say "this recalls that" by their meaning, the past may be told rather than dated or
  // named: "reminiscent of the fury Obama faced over last year's plan cancellations", "reminds me of when
  // prominent feminists came to the defense of President Bill Clinton", "a throwback to an earlier era of
  // civility". Not "reminds us of" (mostly "makes us remember": "reminded us of the staggering toll"), nor
  // "echoed" (agreement).
  const bool clause_source = m.has(g::source) && (toks[index(m.end[g::cue]) - 1].hash == "when"_h ||
                                                  toks[index(m.end[g::cue]) - 1].hash == "how"_h);
  auto told_past = [&] {
    const std::uint64_t next = cue_at + 1 < sents[s].end ? toks[cue_at + 1].hash : 0;
    const bool recalls_marker =
        m.rule == "reminiscent_of" || m.rule == "throwback_to" ||
        (m.rule == "echoes" && cue_word == "echoes"_h && next == "of"_h) ||
        (m.rule == "recalls" && next == "me"_h && (cue_word == "reminds"_h || cue_word == "remind"_h));
    if (!recalls_marker || sb >= se) return false;
    // A personal memory, not a past episode: "reminds me of something I noticed", "the saddest person I ever saw".
    for (std::uint32_t k = sb; k < se; ++k) {
      if (toks[k].hash == "i"_h || toks[k].hash == "me"_h || toks[k].hash == "my"_h) return false;
    }
    // A past period: "an earlier era", "the old days", "a bygone age", "an ugly past", "the days of slavery".
    for (std::uint32_t k = sb; k < se && k < sb + 4; ++k) {
      const std::uint64_t w = toks[k].hash;
      if (w == "past"_h && k > sb && (k + 1 == se || toks[k + 1].kind == TokenKind::punctuation)) return true;
      if (w == "days"_h && k + 1 < se && toks[k + 1].hash == "of"_h) return true;
      if ((w == "earlier"_h || w == "bygone"_h || w == "old"_h || w == "previous"_h) && k + 1 < se) {
        switch (toks[k + 1].hash) {
          case "era"_h: case "eras"_h: case "days"_h: case "times"_h: case "age"_h: case "decades"_h:
          case "generation"_h: case "generations"_h:
            return true;
          default:
            break;
        }
      }
    }
    // A named person's fate: "the death of Eric Garner", "the impeachment of Andrew Johnson".
    {
      std::uint32_t k = sb + (toks[sb].hash == "the"_h ? 1 : 0);
      if (k + 2 < se && toks[k + 1].hash == "of"_h && toks[k + 2].is(detail::kCapitalized)) {
        switch (toks[k].hash) {
          case "death"_h: case "killing"_h: case "murder"_h: case "assassination"_h: case "shooting"_h:
          case "impeachment"_h: case "resignation"_h: case "firing"_h: case "trial"_h: case "defeat"_h:
          case "fall"_h: case "downfall"_h: case "rise"_h: case "election"_h: case "collapse"_h: case "invasion"_h:
            return true;
          default:
            break;
        }
      }
    }
    // A clause in the past: its verb after a subject or a relative "that" ("the quiet that fell over the
    // administration", "the fury the senator faced"), or anywhere in a clause the cue opened ("of when ...
    // came"). Not a participle as an adjective: "a polished video", "a city that is divided", "a deeply divided
    // country", "a campaign fueled by anger".
    for (std::uint32_t k = sb + (clause_source ? 0 : 1); k < se; ++k) {
      if (!past_verb(toks[k]) || toks[k].has(lex::kCopula)) continue;
      if (clause_source) return true;
      if (k + 1 < se && toks[k + 1].hash == "by"_h) continue;
      const TagToken& before = toks[k - 1];
      const std::uint64_t b = before.hash;
      if (b == "that"_h || b == "he"_h || b == "she"_h || b == "they"_h || b == "we"_h || b == "i"_h) return true;
      if (k - 1 > sb && before.kind == TokenKind::word && !before.has(lex::kStop) && !before.raw().ends_with("ly")) {
        return true;
      }
    }
    return false;
  };
  if (year == 0 && !men && !past_by_meaning && !named_event() && !told_past()) return false;
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
  // generation's high school students were of middle-school age", nor a disposition or a duty with its
  // infinitive: "this generation's impulse to post every moment", "our generation's moral imperative to help".
  if (m.rule == "this_generations" && !men) {
    for (std::uint32_t k = sb; k < se && k < sb + 5 && toks[k].kind != TokenKind::punctuation; ++k) {
      if (toks[k].has(lex::kCopula) || toks[k].has(lex::kWeakModal | lex::kStrongModal) || verb_form(toks[k]) ||
          toks[k].hash == "to"_h) {
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
  // A person who recalls remembers: "the Oregonian recalled Hillary Clinton coming to raise money for him in
  // 1994", "a former neighbor recalls a conversation with her in 1995" (not "The bombing recalled a string of
  // assassinations", nor the reader reminded, "You may recall", "Many of us recall the Clinton years").
  if (m.rule == "recalls" && cue_at > sents[s].first &&
      (cue_word == "recall"_h || cue_word == "recalls"_h || cue_word == "recalled"_h)) {
    std::uint32_t k = cue_at - 1;
    if (is_punct(toks[k], ')')) {  // "a former neighbor of Reade's (a self-described Democrat) recalls"
      while (k > sents[s].first && !is_punct(toks[k], '(')) --k;
      if (k > sents[s].first) --k;
    }
    while (k > sents[s].first && (toks[k].has(lex::kWeakModal) || toks[k].hash == "also"_h ||
                                  toks[k].hash == "still"_h || toks[k].hash == "later"_h ||
                                  toks[k].hash == "vividly"_h || toks[k].hash == "fondly"_h)) {
      --k;
    }
    const TagToken& subject = toks[k];
    const std::uint64_t w = subject.hash;
    const bool pronoun = w == "he"_h || w == "she"_h || w == "they"_h || w == "hers"_h || w == "his"_h ||
                         w == "'s"_h;  // "a friend of his", "a neighbor of Reade's"
    const bool person_noun = w == "neighbor"_h || w == "neighbour"_h || w == "friend"_h || w == "friends"_h ||
                             w == "aide"_h || w == "aides"_h || w == "official"_h || w == "officials"_h ||
                             w == "residents"_h || w == "witnesses"_h || w == "veterans"_h || w == "governor"_h ||
                             w == "senator"_h || w == "president"_h || w == "mayor"_h || w == "candidate"_h ||
                             w == "spokesman"_h || w == "spokeswoman"_h || w == "colleague"_h || w == "colleagues"_h;
    // A name before "recalled" tells a memory ("the Oregonian recalled"); before "recalls" it is as often a
    // place or a thing ("The plan to close Cedar Point recalls the shutdown of Indian Point in 2021").
    const bool name = cue_word == "recalled"_h && subject.kind == TokenKind::word &&
                      subject.is(detail::kCapitalized) && !subject.has(lex::kStop) && !subject.is(detail::kAllCaps);
    if (pronoun || person_noun || name) return false;
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
  // "reminds us of the fact that ...": a fact recalled, not a past thing likened.
  if (m.rule == "recalls" && se > sb + 1 && toks[sb].hash == "the"_h && toks[sb + 1].hash == "fact"_h) return false;
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
  if (m.rule == "the_same_as" && !same_as_likens(m, s, sb, se, year == 0 ? men : nullptr)) return false;
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
  // "As if he didn't remember ...", "as though they did": a manner imagined, no past likened.
  if (m.rule == "as_did" && (toks[cue_at + 1].hash == "if"_h || toks[cue_at + 1].hash == "though"_h)) return false;
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
    // American history" is an all-time superlative with no past benchmark, and so are "the first time in
    // history" and "the greatest hoax in the history of our country".
    const std::uint64_t before = cue_last >= cue_first + 2 ? toks[cue_last - 2].hash : 0;
    if (before == "in"_h || before == "the"_h) return false;
    for (std::uint32_t i = cue_first; i < cue_last; ++i) {
      switch (toks[i].hash) {
        case "human"_h: case "american"_h: case "us"_h: case "u.s."_h: case "world"_h: case "recorded"_h:
        case "modern"_h: case "nation"_h: case "country"_h: case "america"_h: case "mankind"_h:
        case "states"_h:  // "United States history"
          return false;
        default:
          break;
      }
    }
  }
  // A comparison with a past state needs it named: "than at any time since", "than any nominee since", "than
  // they've been since"; "has more than doubled since 2002", "down by more than a quarter since 1990", "more
  // than a year since Hurricane Maria" and "charges against more than 30 people since Mueller was appointed"
  // are changes, durations and counts (data/eval/README.md: none).
  if (m.rule == "than_since") {
    bool past_state = false;
    for (std::uint32_t i = cue_first + 1; i < cue_last && !past_state; ++i) {
      // ("than they've been since", not a passive: "more than 5,000 have been ordered since 2017")
      past_state = toks[i].hash == "any"_h || toks[i].hash == "ever"_h ||
                   (toks[i].hash == "been"_h && i + 1 == cue_last - 1);
    }
    if (!past_state) return false;
  }
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
  // "five times as large as", not "at times as bad as"; a past year's figure, not another party's of that time
  // ("liked twice as much as Romney's in June 2012").
  if (m.rule == "multiple_of_then") {
    const TagToken* count = cue_first > sents[h.sentence].first ? &toks[cue_first - 1] : nullptr;
    if (toks[cue_first].hash == "times"_h &&
        !(count && (small_number(*count) || count->hash == "several"_h || count->hash == "many"_h))) {
      return false;
    }
    for (std::uint32_t k = cue_last; k < index(m.begin[g::source]); ++k) {
      if (toks[k].hash == "'s"_h) return false;
    }
  }
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
    // "the only time since 1988" and "has only been changed once since 1975", "used only three times since
    // 1917" are records; "have only been exacerbated since 2011" is not.
    const std::uint64_t next = toks[cue_first + 1].hash;
    auto count = [&](std::uint32_t k) {
      const std::uint64_t w = toks[k].hash;
      return w == "once"_h || w == "twice"_h || w == "thrice"_h || w == "times"_h;
    };
    const std::uint32_t since_at = cue_last - 1;
    const bool counted = since_at >= cue_first + 2 &&
                         (count(since_at - 1) ||
                          (toks[since_at - 1].hash == "before"_h && since_at >= cue_first + 3 && count(since_at - 2)));
    if (next != "time"_h && next != "times"_h && next != "one"_h && next != "other"_h && next != "previous"_h &&
        !counted) {
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

}  // namespace argmine
