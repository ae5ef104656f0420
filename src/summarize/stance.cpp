// Document-level stance of the author toward targets.
//
// Targets are (1) the people, organisations and groups the text names (runs of capitalized words, merged by
// surname: "Bernie Sanders", "Sanders", "Sanders'") and (2) the positions of others the text reports
// (oppositions). Only the author's own sentences count: counterclaims are the voice of others, and so is
// an attributed statement's content. In each sentence, evaluative words (data/polarity.tsv) count toward
// the nearest named target in their clause, flipped by a negation just before them, and relations such as
// "against X" or "defeat X" count against X. A position of others is opposed by each rebuttal that answers
// it and partly granted by each concession.
#include "summarize/assemble.hpp"
#include "summarize/words.hpp"
#include "tag/lexicon.hpp"
#include "util/text_util.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <iterator>
#include <map>
#include <string>

namespace argmine::detail {
namespace {

// Capitalized words that are not names: sentence openers, pronouns, months and days, titles of address.
const HashSet& not_names() {
  static const HashSet set = {
      "i", "the", "a", "an", "but", "and", "or", "so", "if", "as", "at", "in", "on", "of", "for", "to", "it",
      "this", "that", "these", "those", "there", "they", "he", "she", "we", "you", "his", "her", "their", "our",
      "my", "its", "also", "yet", "still", "even", "just", "only", "when", "while", "after", "before", "since",
      "because", "although", "though", "however", "meanwhile", "indeed", "instead", "perhaps", "realistically",
      "making", "modeled", "follow", "photo", "credit", "read", "more", "donate", "now", "subscribe", "sign",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "pres.", "st.", "no", "not", "what", "who", "how",
      "why", "where", "which", "one", "all", "some", "many", "most", "few", "both", "each", "every", "any",
      "much", "such", "here", "then", "than", "with", "by", "from", "into", "about", "over", "under", "up",
      "out", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
      "would", "can", "could", "should", "must", "might", "let", "let's", "yes", "ok", "okay", "whether",
      "twitter", "facebook", "flickr", "getty", "ap", "reuters", "images", "editor", "editors",
      // prepositions and connectives that open sentences ("Like Davis, Thurston ...")
      "like", "unlike", "despite", "during", "against", "among", "between", "through", "until", "unless",
      "without", "within", "beyond", "toward", "towards", "across", "amid", "via", "given", "once", "thus",
      "therefore", "moreover", "furthermore", "nonetheless", "nevertheless", "otherwise", "whatever",
  };
  return set;
}

// The national party committees and "the establishment" (US politics): one target, "the party establishment".
constexpr HashList kEstablishment{{"establishment"_h, "dnc"_h, "rnc"_h, "dccc"_h, "dscc"_h, "nrcc"_h, "nrsc"_h}};
bool is_establishment(std::uint64_t h) { return kEstablishment.contains(h); }

// Words that join capitalized words into one name: "Democracy for America", "Department of Labor".
bool is_name_joiner(std::uint64_t h) { return h == "for"_h || h == "of"_h; }

bool is_negation(std::uint64_t h) {
  return h == "not"_h || h == "n't"_h || h == "never"_h || h == "no"_h || h == "hardly"_h || h == "without"_h ||
         h == "nor"_h || h == "cannot"_h;
}

bool is_clause_break(const Document& doc, std::uint32_t i, const std::vector<std::uint64_t>& h) {
  const Token& t = doc.tokens()[i];
  if (t.kind == TokenKind::punctuation) {
    const char c = doc.text()[t.begin];
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
  }
  if (t.kind == TokenKind::dash) return t.size() > 1;  // em/en dash, not a hyphen
  return h[i] == "but"_h || h[i] == "while"_h || h[i] == "although"_h || h[i] == "though"_h ||
         h[i] == "whereas"_h || h[i] == "because"_h || h[i] == "which"_h || h[i] == "who"_h;
}

// How a word sets the author toward what follows it: always (`next`: verbs and prepositions, "against Trump",
// "defeat Trump"), or only when the author prescribes it (`prescribed`: "Brandt should endorse Whitaker",
// "Congress must overturn it"; in a report such verbs are someone else's act, "a Republican who is backing
// Mrs. Steel"). A map with a one-bit filter rather than switches: it is asked of every token of the author's
// sentences, and most are none of these.
struct Relation {
  std::int8_t next = 0, prescribed = 0;
};

const HashMap<Relation>& relation_words() {
  static const HashMap<Relation> map = [] {
    HashMap<Relation> m;
    for (std::string_view w : {"against", "defeat", "defeats", "defeated", "defeating", "beat", "beats", "beating",
                               "oppose", "opposes", "opposing", "stop", "stops", "stopping", "repeal", "repealing",
                               "scrap", "scrapping", "abolish", "abolishing", "reject", "rejecting", "block",
                               "blocking", "kill", "killing"}) {
      m.set(token_hash(w), Relation{-2, 0});
    }
    for (std::string_view w : {"support", "supports", "supporting", "elect", "electing", "behind", "champion",
                               "championing", "adopt", "adopting", "pass", "passing", "approve", "approving", "keep",
                               "keeping", "protect", "protecting", "embrace", "embracing", "expand", "expanding",
                               "fund", "funding", "join", "joining"}) {
      m.set(token_hash(w), Relation{2, 0});
    }
    for (std::string_view w : {"endorse", "reelect", "re-elect", "restore", "renew", "strengthen", "defend", "choose",
                               "confirm"}) {
      m.set(token_hash(w), Relation{0, 2});
    }
    for (std::string_view w : {"overturn", "impeach", "veto", "weaken", "eliminate", "replace", "remove", "reverse"}) {
      m.set(token_hash(w), Relation{0, -2});
    }
    return m;
  }();
  return map;
}

struct Mention {
  std::uint32_t first, end;  // tokens
  std::uint32_t sentence;
  bool phrase = false;  // a repeated lowercase phrase, not a name
};

// Words too common to name what a text is about. A set rather than a switch: it is asked of every lowercase
// word of every argumentative sentence.
const HashSet& function_words() {
  static const HashSet set = {
      "and", "or", "the", "for", "with", "that", "this", "from", "into", "than", "their", "they", "them", "its",
      "have", "has", "had", "was", "were", "are", "not", "but", "would", "will", "can", "could", "should", "must",
      "more", "less", "most", "many", "much", "some", "any", "every", "each", "other", "those", "these", "what",
      "when", "where", "which", "who", "whose", "how", "why", "all", "also", "only", "even", "just", "still", "very",
      "been", "being", "does", "did", "done", "our", "your", "his", "her", "she", "him", "you", "out", "over",
      "about", "after", "before", "because", "while", "there", "here", "then", "now", "year", "years", "said",
      "says", "say", "make", "makes", "made", "way", "same", "such", "both", "one", "two", "three", "first", "last",
      "next", "per"};
  return set;
}

// "Democratic chances", "American politics": a one-word name shaped like an adjective (-ic, -an, -ish, -ese)
// before a lowercase word describes something else; it is not a mention of a target.
bool is_modifier_use(const Document& doc, const Mention& m) {
  if (m.end - m.first != 1 || m.end >= doc.tokens().size()) return false;
  const std::string_view w = doc.text_of(doc.tokens()[m.first]);
  const auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && std::equal(suf.begin(), suf.end(), w.end() - suf.size());
  };
  if (!(ends("ic") || ends("an") || ends("ish") || ends("ese"))) return false;
  const Token& next = doc.tokens()[m.end];
  const std::string_view n = doc.text_of(next);
  return next.kind == TokenKind::word && !n.empty() && n[0] >= 'a' && n[0] <= 'z';
}

// "Sanders endorsing her too early", "for Sanders to rush": what is judged next to such a mention is the
// action, not the person.
bool names_an_action(const Document& doc, const std::vector<std::uint64_t>& h, std::uint32_t end) {
  if (end >= doc.tokens().size()) return false;
  const std::string_view n = doc.text_of(doc.tokens()[end]);
  if (n.size() > 4 && n.ends_with("ing")) return true;
  return h[end] == "to"_h && end + 1 < doc.tokens().size() && doc.tokens()[end + 1].kind == TokenKind::word;
}

// A run of the text kept as a mention of a target: the target's key ("Sanders"), the run as written ("Bernie
// Sanders"), and its index in the runs.
struct KeyedRun {
  std::string_view key, form;
  std::uint32_t run;
  std::uint64_t key_prefix = 0;  // see sort_prefix
};

// The first eight bytes of `s` as a big-endian number (zero-padded): numbers that differ order as the strings
// do (a shorter string pads with 0, and is the smaller unless its next byte is a 0 itself, when the numbers
// are equal). Sorting compares these first, the strings only on a tie.
std::uint64_t sort_prefix(std::string_view s) {
  std::uint64_t p = 0;
  for (std::size_t k = 0; k < 8; ++k) p = p << 8 | (k < s.size() ? static_cast<unsigned char>(s[k]) : 0u);
  return p;
}

// A target: its key and its mentions, keyed[begin, end) of the runs sorted by key.
struct Entity {
  std::string_view key;
  std::size_t begin, end;
};

std::string short_text(std::string_view s, std::size_t max_chars) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  if (out.size() <= max_chars) return out;
  std::size_t cut = out.rfind(' ', max_chars);
  if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
  return out.substr(0, detail::utf8_floor(out, cut)) + "…";
}

}  // namespace

void compute_stance(const Document& doc, const std::vector<std::uint64_t>& h, const SummarizerOptions& options,
                    ArgumentStructure& out) {
  const std::string_view text = doc.text();
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  // The word lists, fetched once (each is a function-local static, whose guard a call checks).
  const HashSet& non_names = not_names();
  const HashSet& common_words = function_words();
  const auto& lexicon = polarity_lexicon();
  const HashMap<Relation>& relations = relation_words();
  // Token text without string_view::substr's bounds check (the compiler keeps substr out of line here).
  auto word_at = [&](std::uint32_t i) { return std::string_view(text.data() + tokens[i].begin, tokens[i].size()); };
  auto capitalized = [&](std::uint32_t i) {
    return tokens[i].end > tokens[i].begin && text[tokens[i].begin] >= 'A' && text[tokens[i].begin] <= 'Z';
  };

  // Sentences in the author's own voice; within them, byte ranges that report others (a testimony's content).
  std::vector<char> own(sentences.size(), 0);
  for (std::uint32_t s = 0; s < sentences.size(); ++s) own[s] = out.sentences[s].argumentative;
  for (const Unit& u : out.units) {
    if (u.type == UnitType::counterclaim) own[u.sentence] = 0;
    if (u.type == UnitType::evidence && u.evidence == EvidenceType::testimony) own[u.sentence] = 0;
  }

  // --- Named targets ---------------------------------------------------------------------------------------
  std::vector<Mention> runs;
  runs.reserve(tokens.size() / 8);
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sent = sentences[s];
    for (std::uint32_t i = sent.first_token; i < sent.end_token;) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::word || !capitalized(i) || non_names.contains(h[i]) || is_establishment(h[i])) {
        ++i;
        continue;
      }
      std::uint32_t e = i + 1;
      for (;;) {
        if (e < sent.end_token && tokens[e].kind == TokenKind::word && capitalized(e) && !non_names.contains(h[e])) {
          ++e;
        } else if (e + 1 < sent.end_token && is_name_joiner(h[e]) && tokens[e + 1].kind == TokenKind::word &&
                   capitalized(e + 1) && !non_names.contains(h[e + 1])) {
          e += 2;
        } else {
          break;
        }
      }
      runs.push_back(Mention{i, e, s});
      i = e;
    }
  }
  // Party organisations and "the establishment" are one target, however the text names them.
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    for (std::uint32_t i = sentences[s].first_token; i < sentences[s].end_token; ++i) {
      if (is_establishment(h[i])) runs.push_back(Mention{i, i + 1, s});
    }
  }
  // What the text keeps talking about in lowercase: phrases of two or three content words repeated at least
  // three times in the argument ("minimum wage", "ranked-choice voting", "term limits").
  {
    std::vector<std::pair<std::uint64_t, Mention>> found;  // (phrase key, where), grouped by sorting
    found.reserve(tokens.size());  // usually fewer than the tokens: room once, no growing step by step
    std::vector<char> content;  // per token of the sentence: a content word that can be part of a phrase
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
      if (!out.sentences[s].argumentative) continue;
      const std::uint32_t first = sentences[s].first_token, end = sentences[s].end_token;
      content.assign(end - first, 0);
      for (std::uint32_t j = first; j < end; ++j) {
        // Not a clitic ("’s" of "Brandt’s voters" is no content word).
        content[j - first] = tokens[j].kind == TokenKind::word && !tokens[j].has(Token::clitic) &&
                             tokens[j].size() >= 3 && !capitalized(j) && !common_words.contains(h[j]) &&
                             !non_names.contains(h[j]) && !(lexicon.maybe(h[j]) && lexicon.find(h[j]) != nullptr);
      }
      for (std::uint32_t i = first; i + 1 < end; ++i) {
        if (!content[i - first] || !content[i + 1 - first]) continue;
        std::uint64_t key = ((0x9E37 ^ h[i]) * 0x100000001B3ull ^ h[i + 1]) * 0x100000001B3ull;
        found.emplace_back(key, Mention{i, i + 2, s});
        if (i + 2 < end && content[i + 2 - first]) {
          key = (key ^ h[i + 2]) * 0x100000001B3ull;
          found.emplace_back(key, Mention{i, i + 3, s});
        }
      }
    }
    // By key, then by place, the order they were found in (as a stable sort by key would leave them).
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.second.first != b.second.first ? a.second.first < b.second.first : a.second.end < b.second.end;
    });
    std::vector<std::vector<Mention>> groups;
    for (std::size_t i = 0; i < found.size();) {
      std::size_t j = i;
      while (j < found.size() && found[j].first == found[i].first) ++j;
      if (j - i >= 3) {
        groups.emplace_back();
        for (std::size_t k = i; k < j; ++k) groups.back().push_back(found[k].second);
      }
      i = j;
    }
    std::vector<std::pair<std::size_t, const std::vector<Mention>*>> ranked;
    for (const auto& ms : groups) ranked.emplace_back(ms.size() * (ms.front().end - ms.front().first), &ms);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<char> taken(tokens.size(), 0);
    std::size_t kept = 0;
    for (const auto& [weight, ms] : ranked) {
      if (kept == 4) break;
      // A phrase inside a longer one already kept is the same target.
      if (std::any_of(ms->begin(), ms->end(), [&](const Mention& m) { return taken[m.first] || taken[m.end - 1]; })) continue;
      for (const Mention& m : *ms) {
        for (std::uint32_t j = m.first; j < m.end; ++j) taken[j] = 1;
        Mention x = m;
        x.phrase = true;
        runs.push_back(x);
      }
      ++kept;
    }
  }
  auto run_text = [&](const Mention& m) {
    return text.substr(tokens[m.first].begin, tokens[m.end - 1].end - tokens[m.first].begin);
  };
  // Single capitalized words written mid-sentence somewhere are names; at a sentence start only if so.
  HashSet mid_sentence;  // last words of runs written mid-sentence
  for (const Mention& m : runs) {
    if (!m.phrase && m.first != sentences[m.sentence].first_token) mid_sentence.insert(h[m.end - 1]);
  }
  HashSet single_words;  // names also written alone ("Sanders")
  for (const Mention& r : runs) {
    if (r.end - r.first == 1) single_words.insert(h[r.first]);
  }
  // Each run that names a target, with the target's key; the runs are then grouped by key by sorting (no map of
  // strings: a document has a hundred runs and a few dozen targets).
  std::vector<KeyedRun> keyed;
  keyed.reserve(runs.size());
  std::deque<std::string> lowered;  // keys of phrases, lowercased (a deque: the keys point into its strings)
  for (std::uint32_t r = 0; r < runs.size(); ++r) {
    const Mention& m = runs[r];
    const bool single = m.end - m.first == 1;
    if (m.phrase) {
      std::string& key = lowered.emplace_back(run_text(m));
      for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      keyed.push_back(KeyedRun{key, key, r, sort_prefix(key)});
      continue;
    }
    if (single && !mid_sentence.contains(h[m.first]) && !is_establishment(h[m.first])) continue;
    if (is_modifier_use(doc, m)) continue;
    // Person-like runs ("Bernie Sanders") merge with their last word when it is used alone too.
    std::string_view key = run_text(m);
    if (single && is_establishment(h[m.first])) key = "the party establishment";
    const bool joined = std::any_of(h.begin() + m.first, h.begin() + m.end, [](std::uint64_t x) { return is_name_joiner(x); });
    // Titles merge too: "Former Lieutenant Governor Tom Whitaker" is "Whitaker".
    if (!single && !joined && m.end - m.first <= 6 && single_words.contains(h[m.end - 1])) key = word_at(m.end - 1);
    keyed.push_back(KeyedRun{key, run_text(m), r, sort_prefix(key)});
  }
  // Targets in the order of their keys, each target's mentions in the order of the text.
  std::sort(keyed.begin(), keyed.end(), [](const KeyedRun& a, const KeyedRun& b) {
    if (a.key_prefix != b.key_prefix) return a.key_prefix < b.key_prefix;
    const int c = a.key.compare(b.key);
    return c != 0 ? c < 0 : a.run < b.run;
  });

  // Which entity a token belongs to, for attributing evaluative words to the nearest one.
  std::vector<std::int32_t> entity_at(tokens.size(), -1);
  std::vector<char> action_at(tokens.size(), 0);  // the mention names an action of the target
  std::vector<Entity> list;  // the targets named in the author's own sentences
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i;
    std::size_t in_own = 0;
    for (; j < keyed.size() && keyed[j].key == keyed[i].key; ++j) {
      in_own += out.sentences[runs[keyed[j].run].sentence].argumentative;
    }
    if (in_own > 0) list.push_back(Entity{keyed[i].key, i, j});
    i = j;
  }
  for (std::size_t k = 0; k < list.size(); ++k) {
    for (std::size_t x = list[k].begin; x < list[k].end; ++x) {
      const Mention& m = runs[keyed[x].run];
      const bool action = names_an_action(doc, h, m.end);
      for (std::uint32_t i = m.first; i < m.end; ++i) {
        entity_at[i] = static_cast<std::int32_t>(k);
        action_at[i] = action;
      }
    }
  }
  std::vector<TargetStance> named(list.size());
  for (std::size_t k = 0; k < list.size(); ++k) {
    TargetStance& t = named[k];
    t.kind = TargetStance::Kind::entity;
    // The longest written form that occurs, as a reader would name it ("Bernie Sanders"); of forms as long,
    // the first in byte order.
    const std::string_view key = list[k].key;
    std::string_view name = key;
    for (std::size_t x = list[k].begin; x < list[k].end; ++x) {
      const std::string_view form = keyed[x].form;
      if ((form.size() > name.size() || (form.size() == name.size() && form < name)) &&
          form.find(key) != std::string_view::npos) {
        name = form;
      }
    }
    t.name = std::string(name);
    t.mentions.reserve(list[k].end - list[k].begin);
    for (std::size_t x = list[k].begin; x < list[k].end; ++x) {
      const Mention& m = runs[keyed[x].run];
      t.mentions.push_back(Span{tokens[m.first].begin, tokens[m.end - 1].end});
    }
  }

  // Sentences that report someone (an attribution) or quote them.
  std::vector<char> reported(sentences.size(), 0);
  for (const Unit& u : out.units) {
    if (u.type == UnitType::attribution) reported[u.sentence] = 1;
  }
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    for (std::uint32_t i = sentences[s].first_token; i < sentences[s].end_token && !reported[s]; ++i) {
      reported[s] = tokens[i].kind == TokenKind::quote && !(tokens[i].flags & Token::clitic);
    }
  }

  // --- Evaluative words and relations, sentence by sentence ------------------------------------------------
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    if (!own[s]) continue;
    const Sentence& sent = sentences[s];
    std::map<std::size_t, std::pair<float, std::string>> score;  // entity -> sum, reasons
    auto add = [&](std::size_t k, float v, std::string why) {
      auto& [sum, reasons] = score[k];
      sum += v;
      if (!reasons.empty()) reasons += "; ";
      reasons += why;
    };
    for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
      if (entity_at[i] >= 0) continue;
      // "against Trump": a relation word right before a name (through "the", "his", a possessive).
      // ... unless someone else's hostility is described ("grievances against Clinton"); asked only of a
      // relation word.
      auto described = [&] {
        return i > sent.first_token && lexicon.maybe(h[i - 1]) && lexicon.find(h[i - 1]) && *lexicon.find(h[i - 1]) < 0;
      };
      const Relation* relation = relations.maybe(h[i]) ? relations.find(h[i]) : nullptr;
      int rel = relation ? relation->next : 0;
      if (rel == 0) {
        // "should endorse", "must not weaken" (a negation flips it), "should now endorse"; not in a question
        // ("Should they reverse ...") nor in a sentence that reports or quotes someone.
        if (const int p = relation ? relation->prescribed : 0; p != 0 && !reported[s]) {
          bool modal = false, negated = false;
          for (std::uint32_t j = i; j-- > sent.first_token && j + 4 > i;) {
            if (is_clause_break(doc, j, h)) break;
            modal |= lexicon::modals_strong().contains(h[j]) && j > sent.first_token;
            negated |= is_negation(h[j]);
          }
          if (modal) rel = negated ? -p : p;
        }
      }
      if (rel != 0 && !described()) {
        for (std::uint32_t j = i + 1; j < sent.end_token && j <= i + 3; ++j) {
          if (entity_at[j] >= 0) {
            add(static_cast<std::size_t>(entity_at[j]), static_cast<float>(rel),
                fmt::format("'{} {}'", doc.text_of(tokens[i]), doc.text_of(tokens[j])));
            break;
          }
          if (tokens[j].kind != TokenKind::word) break;
        }
        continue;
      }
      const std::int8_t* p = lexicon.maybe(h[i]) ? lexicon.find(h[i]) : nullptr;
      if (!p || *p == 0) continue;
      // The clause around the word.
      std::uint32_t cb = i, ce = i + 1;
      while (cb > sent.first_token && !is_clause_break(doc, cb - 1, h)) --cb;
      while (ce < sent.end_token && !is_clause_break(doc, ce, h)) ++ce;
      // The target the clause is about: its first named target (usually the subject), unless another one
      // stands right next to the word. Mentions that name an action of the target do not take it.
      std::int32_t best = -1, adjacent = -1;
      std::uint32_t dist = 0, first_at = 0;
      for (std::uint32_t j = cb; j < ce; ++j) {
        if (entity_at[j] < 0) continue;
        const std::uint32_t d = j < i ? i - j : j - i;
        if (d <= 2 && adjacent < 0) adjacent = action_at[j] ? -2 : entity_at[j];
        if (best < 0 && !action_at[j]) {
          best = entity_at[j];
          first_at = j;
        }
      }
      if (adjacent == -2) continue;
      if (adjacent >= 0) best = adjacent;
      if (best < 0) continue;
      dist = first_at < i ? i - first_at : first_at - i;
      if (adjacent >= 0) dist = 1;
      if (dist > 14) continue;
      bool negated = false;
      for (std::uint32_t j = i > cb + 3 ? i - 3 : cb; j < i; ++j) negated |= is_negation(h[j]);
      const float v = static_cast<float>(*p) * (negated ? -1.0f : 1.0f) / (1.0f + static_cast<float>(dist) / 6.0f);
      add(static_cast<std::size_t>(best), v,
          fmt::format("{}'{}' near '{}'", negated ? "negated " : "", doc.text_of(tokens[i]),
                      named[static_cast<std::size_t>(best)].name));
    }
    for (auto& [k, sr] : score) {
      if (std::fabs(sr.first) < 0.05f) continue;
      named[k].evidence.push_back(StanceEvidence{s, sr.first, std::move(sr.second)});
      named[k].score += sr.first;
    }
  }

  // Targets named fewer than min_mentions times stay only when the author judges them clearly (their indices:
  // the targets themselves are moved once, to the output).
  std::vector<std::uint32_t> kept;
  for (std::uint32_t k = 0; k < named.size(); ++k) {
    const TargetStance& t = named[k];
    std::size_t in_own = 0;
    for (const Span& m : t.mentions) {
      const auto it = std::upper_bound(sentences.begin(), sentences.end(), m.begin,
                                       [](std::uint32_t x, const Sentence& snt) { return x < snt.begin; });
      if (it == sentences.begin()) continue;
      in_own += out.sentences[static_cast<std::size_t>(it - sentences.begin() - 1)].argumentative;
    }
    if (in_own >= options.min_mentions || std::fabs(t.score) >= 1.5f) kept.push_back(k);
  }

  // --- Positions of others -----------------------------------------------------------------------------------
  std::vector<TargetStance> positions;
  // Punctuation, quotation marks and dashes around the view, trimmed as whole characters.
  static constexpr std::string_view kMarks[] = {" ", ",", ";", ":", ".", "!", "?", "\"", "'", "\n", "(", ")",
                                                "\u201C", "\u201D", "\u2018", "\u2019", "\u2014", "\u2013"};
  auto trim_marks = [&](Span s) {
    for (bool trimmed = true; trimmed && s.begin < s.end;) {
      trimmed = false;
      const std::string_view v = text.substr(s.begin, s.end - s.begin);
      for (std::string_view m : kMarks) {
        if (v.size() >= m.size() && v.substr(0, m.size()) == m) {
          s.begin += static_cast<std::uint32_t>(m.size());
          trimmed = true;
          break;
        }
        if (v.size() >= m.size() && v.substr(v.size() - m.size()) == m) {
          s.end -= static_cast<std::uint32_t>(m.size());
          trimmed = true;
          break;
        }
      }
    }
    return s;
  };
  auto has_words = [&](Span s) {
    for (std::uint32_t i = s.begin; i < s.end; ++i) {
      if (std::isalnum(static_cast<unsigned char>(text[i]))) return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < out.oppositions.size(); ++k) {
    const Opposition& o = out.oppositions[k];
    TargetStance t;
    t.kind = TargetStance::Kind::position;
    t.opposition = static_cast<std::int32_t>(k);
    const Unit& first = out.units[o.counterclaims.front()];
    // Name it by what is held: the words after the holder's attribution, up to the clause end.
    // When the attribution trails the view ("The deal is dead, aides said."), the view is what comes before it.
    Span what{first.span.begin, first.span.end};
    const auto near = std::lower_bound(out.units.begin(), out.units.end(), first.span.begin,
                                       [](const Unit& x, std::uint32_t b) { return x.span.begin < b; });
    for (auto it = near; it != out.units.end() && it->span.begin < first.span.end; ++it) {
      const Unit& u = *it;
      if (u.type == UnitType::attribution && u.sentence == first.sentence && u.span.end > what.begin &&
          u.span.end <= first.span.end) {
        const Span after = trim_marks(Span{u.span.end, first.span.end});
        const Span before = trim_marks(Span{first.span.begin, u.span.begin});
        what = has_words(after) || !has_words(before) ? after : before;
        break;
      }
    }
    what = trim_marks(trim_span(text, what));
    // The held view itself: up to the end of its clause, without the word that introduces it.
    const auto from = std::lower_bound(tokens.begin(), tokens.end(), what.begin,
                                       [](const Token& tk, std::uint32_t x) { return tk.begin < x; });
    for (auto i = static_cast<std::uint32_t>(from - tokens.begin()); i < tokens.size(); ++i) {
      if (tokens[i].begin >= what.end) break;
      if (tokens[i].begin == what.begin && (h[i] == "for"_h || h[i] == "that"_h || h[i] == "of"_h) &&
          i + 1 < tokens.size()) {
        what.begin = tokens[i + 1].begin;
        continue;
      }
      const std::string_view word = doc.text_of(tokens[i]);
      if ((word == "," || word == ";" || word == ":" || word == "—") && tokens[i].begin > what.begin + 20) {
        what.end = tokens[i].begin;
        break;
      }
    }
    const std::string holder =
        o.holders.empty() ? std::string("others") : std::string(text.substr(o.holders[0].begin, o.holders[0].end - o.holders[0].begin));
    t.name = fmt::format("{}: {}", holder, short_text(text.substr(what.begin, what.end - what.begin), 90));
    for (std::uint32_t c : o.counterclaims) t.mentions.push_back(out.units[c].span);
    for (std::uint32_t r : o.rebuttals) {
      t.evidence.push_back(StanceEvidence{out.units[r].sentence, -2.0f, "rebuts this position"});
      t.score -= 2.0f;
    }
    for (std::uint32_t c : o.concessions) {
      t.evidence.push_back(StanceEvidence{out.units[c].sentence, 0.5f, "grants part of it"});
      t.score += 0.5f;
    }
    if (o.rebuttals.empty()) {
      // Reported without an answer found: still others' view, which the author does not hold.
      t.evidence.push_back(StanceEvidence{first.sentence, -1.0f, "presented as the view of others; no rebuttal found"});
      t.score -= 1.0f;
    }
    positions.push_back(std::move(t));
  }

  // --- Labels, order, limit ----------------------------------------------------------------------------------
  auto label = [](TargetStance& t) {
    float pos = 0, neg = 0;
    for (const auto& e : t.evidence) (e.score > 0 ? pos : neg) += std::fabs(e.score);
    const float total = pos - neg;
    if (std::fabs(total) < 1.0f) {
      t.stance = StanceLabel::none;
      t.mild = false;
      return;
    }
    t.stance = total > 0 ? StanceLabel::favor : StanceLabel::against;
    const float minority = std::min(pos, neg);
    t.mild = std::fabs(total) < 2.5f || minority * 2.0f > std::max(pos, neg);
  };
  for (std::uint32_t k : kept) label(named[k]);
  for (auto& t : positions) label(t);
  // The most discussed and the most clearly judged targets first (their order sorted, not the targets: only
  // the first few are kept).
  auto weight = [](const TargetStance& t) { return static_cast<float>(t.mentions.size()) + 2.0f * std::fabs(t.score); };
  std::vector<float> weights(named.size());
  for (std::uint32_t k : kept) weights[k] = weight(named[k]);
  std::stable_sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) { return weights[a] > weights[b]; });
  out.stance.reserve(positions.size() + std::min(kept.size(), options.max_targets));
  for (auto& t : positions) out.stance.push_back(std::move(t));
  for (std::uint32_t k : kept) {
    if (out.stance.size() >= options.max_targets + positions.size()) break;
    out.stance.push_back(std::move(named[k]));
  }
}

}  // namespace argmine::detail
