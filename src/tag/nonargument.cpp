// Text outside the argument: a news site's link text inside a sentence, and lines such as titles, credits,
// bylines, author bios, captions and boilerplate.
#include "tag/tagger_impl.hpp"

#include <cstring>

namespace argmine {

using namespace detail::tagging;
using detail::TagToken;
using detail::operator""_h;

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
  for (std::uint32_t m = 0; m < n; ++m) {
    if (toks[m].size != 4 || std::memcmp(toks[m].text, "MORE", 4) != 0) continue;
    // The glued word: the nearest before "MORE" in the same line. Not only in the same sentence: a headline
    // may hold what the splitter takes for a sentence end ("targets GOP senators with .1 million ad buy",
    // a dollar sign lost).
    constexpr std::uint32_t kLongest = 80, kFullName = 8;
    std::uint32_t glued = kNone, name_length = 0;
    for (std::uint32_t k = m; k > 0 && m - k < kLongest;) {
      if (toks[k].flags & Token::line_start) break;
      --k;
      if ((name_length = glued_name_length(toks[k])) != 0) {
        glued = k;
        break;
      }
    }
    if (glued == kNone) continue;
    // The link's full name starts after the name as written ("Susan Collins"), which ends in the same word.
    const std::string_view surname(toks[glued].text, name_length);
    std::uint32_t from = glued;
    for (std::uint32_t k = glued; k > 0 && glued - k < kFullName;) {
      if (toks[k].flags & Token::line_start) break;
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
    // Author bios at the end: "X is a writer ...", "X has been an adviser to three presidents", a name alone on
    // its line.
    if (kind == NonArgumentKind::none && near_end && p >= 1) {
      bool is_a = false, opens_with_is_a = false, profession = false, title = false;
      for (std::uint32_t k = s; k < e; ++k) {  // "X is a writer", at the start of a sentence of the line
        const std::uint32_t sf = sents[k].first;
        for (std::uint32_t i = sf; i + 1 < sents[k].end && i <= sf + 4; ++i) {
          // ("X has been" opening the line, X a name: not "He has been the director of ... since 1984" or "Since
          // then he has been" in a report)
          bool name = i > sf && k == s;
          for (std::uint32_t j = sf; j < i && name; ++j) name = toks[j].is(detail::kCapitalized) && !toks[j].has(lex::kStop);
          const bool has_been = name && toks[i].hash == "has"_h && toks[i + 1].hash == "been"_h && i + 2 < sents[k].end;
          const std::uint64_t article = toks[i + (has_been ? 2 : 1)].hash;
          if ((toks[i].hash == "is"_h || has_been) && toks[sf].is(detail::kCapitalized) &&
              (article == "a"_h || article == "an"_h || article == "the"_h)) {
            is_a |= !has_been;
            opens_with_is_a |= k == s;
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
          case "adviser"_h: case "advisor"_h: case "commentator"_h: case "strategist"_h: {
            // A title ("an adviser to three presidents", "a CNN political commentator") in a line that opens
            // with it, not a post named in the news ("national security adviser Michael Flynn", "Glenn
            // Hubbard, ... an adviser to Mitt Romney").
            for (std::uint32_t j = i; j > f && i - j < 3 && !title;) {
              --j;
              title = toks[j].hash == "a"_h || toks[j].hash == "an"_h;
            }
            break;
          }
          default:
            break;
        }
      }
      bool all_capitalized = true;
      for (std::uint32_t i = f; i < end; ++i) all_capitalized &= toks[i].is(detail::kCapitalized);
      const bool name_line = n <= 4 && all_capitalized && e - s == 1 && short_paragraph;
      if ((is_a && profession) || (opens_with_is_a && title) || name_line) kind = NonArgumentKind::bio;
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

}  // namespace argmine
