#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>
#include <argmine/score/model.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include "summarize/assemble.hpp"
#include "summarize/words.hpp"
#include "tag/lexicon.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace argmine {

using detail::operator""_h;

std::string_view to_string(Role role) noexcept {
  switch (role) {
    case Role::none: return "none";
    case Role::major_claim: return "major_claim";
    case Role::claim: return "claim";
    case Role::premise: return "premise";
  }
  return "none";
}

std::string_view to_string(LinkKind kind) noexcept {
  switch (kind) {
    case LinkKind::supports: return "supports";
    case LinkKind::attacks: return "attacks";
    case LinkKind::answers: return "answers";
    case LinkKind::concedes: return "concedes";
    case LinkKind::restates: return "restates";
  }
  return "supports";
}

std::string_view to_string(StanceLabel s) noexcept {
  switch (s) {
    case StanceLabel::none: return "NONE";
    case StanceLabel::favor: return "FAVOR";
    case StanceLabel::against: return "AGAINST";
  }
  return "NONE";
}

namespace detail {

std::vector<std::uint32_t> body_paragraph_numbers(const ArgumentStructure& st, std::size_t paragraphs) {
  std::vector<char> has(paragraphs, 0);
  for (const SentenceRole& s : st.sentences) {
    if (s.argumentative && s.paragraph < paragraphs) has[s.paragraph] = 1;
  }
  std::vector<std::uint32_t> out(paragraphs, 0);
  std::uint32_t n = 0;
  for (std::size_t p = 0; p < paragraphs; ++p) out[p] = has[p] ? ++n : 0;
  return out;
}

Span trim_span(std::string_view text, Span s, std::string_view trailing) {
  while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\n')) ++s.begin;
  while (s.end > s.begin && trailing.find(text[s.end - 1]) != std::string_view::npos) --s.end;
  return s;
}

}  // namespace detail

namespace {

// Why the tagger linked a rebuttal to a counterclaim, in words.
std::string rebuttal_reason(std::string_view rule) {
  if (rule == "this_ignores") return "it answers with 'this ignores' / 'these worries overestimate'-style wording";
  if (rule == "that_is_wrong") return "it calls the position wrong";
  if (rule == "problem_with") return "it names the problem with the position";
  if (rule == "contrast_after_counterclaim") return "it opens with a contrast ('But ...') after the counterclaim";
  if (rule == "answers_by_overlap") return "it denies what the counterclaim asks, in the counterclaim's own words";
  return fmt::format("the tagger's rule '{}' links it to the counterclaim", rule);
}

// Tokens [first, end) inside a span (binary search: tokens are sorted).
std::pair<std::uint32_t, std::uint32_t> token_range(const Document& doc, Span s) {
  const auto tokens = doc.tokens();
  const auto b = std::lower_bound(tokens.begin(), tokens.end(), s.begin, [](const Token& t, std::uint32_t x) { return t.begin < x; });
  auto e = b;
  while (e != tokens.end() && e->end <= s.end) ++e;
  return {static_cast<std::uint32_t>(b - tokens.begin()), static_cast<std::uint32_t>(e - tokens.begin())};
}

// "Next month's vote is a replay of ...", "The repeal push echoes ...": the noun phrase that opens the
// sentence, before the analogy's marker, is the present thing. Empty when the words before the marker are
// not a plain subject (a clause, a pronoun, too long).
Span subject_before_marker(const Document& doc, const std::vector<std::uint64_t>& h, const Sentence& s, Span cue) {
  if (cue.empty() || cue.begin <= s.begin) return {};
  const auto tokens = doc.tokens();
  std::uint32_t first = s.first_token, end = first;
  while (end < s.end_token && tokens[end].end <= cue.begin) ++end;
  auto skippable_tail = [](std::uint64_t x) {
    switch (x) {
      case "is"_h: case "was"_h: case "are"_h: case "were"_h: case "be"_h: case "been"_h: case "would"_h:
      case "will"_h: case "could"_h: case "may"_h: case "might"_h: case "has"_h: case "have"_h: case "had"_h:
      case "carry"_h: case "carries"_h: case "carried"_h: case "strong"_h: case "clear"_h: case "a"_h: case "an"_h:
      case "the"_h: case "also"_h: case "now"_h: case "still"_h: case "itself"_h: case "eerie"_h:
        return true;
      default:
        return false;
    }
  };
  while (end > first && skippable_tail(h[end - 1])) --end;
  while (first < end && tokens[first].kind == TokenKind::quote) ++first;  // '“Just as ...'
  if (end <= first || end - first > 14) return {};
  switch (h[first]) {
    case "it"_h: case "this"_h: case "that"_h: case "there"_h: case "which"_h: case "history"_h: case "he"_h:
    case "she"_h: case "they"_h: case "we"_h: case "i"_h: case "when"_h: case "if"_h: case "as"_h: case "while"_h:
    case "although"_h: case "because"_h: case "just"_h: case "but"_h: case "and"_h: case "so"_h:
    // A phrase that opens with a preposition or a sentence adverb is no subject ("By contrast, ...", "In an echo
    // of ...", "Perhaps taking a page from ...").
    case "by"_h: case "in"_h: case "on"_h: case "at"_h: case "for"_h: case "with"_h: case "from"_h: case "of"_h:
    case "after"_h: case "before"_h: case "during"_h: case "under"_h: case "perhaps"_h: case "maybe"_h:
    case "what"_h: case "yet"_h: case "though"_h: case "let"_h: case "note"_h:
      return {};
    default:
      break;
  }
  // The subject ends at its verb: "Afghan society in 2019 looks very like ...", "These attacks are sadly
  // reminiscent of ...", "Smoking today is not viewed as ...".
  const std::uint32_t marker = end;
  for (std::uint32_t j = first; j < end; ++j) {
    // The tagger's copulas and modals ("'s" aside: mostly a possessive here, "Obamacare's relative modesty").
    if (h[j] != "'s"_h && (detail::lexicon::copulas().contains(h[j]) || detail::lexicon::modals_weak().contains(h[j]) ||
                           detail::lexicon::modals_strong().contains(h[j]))) {
      end = j;
      break;
    }
    switch (h[j]) {
      case "looks"_h: case "look"_h: case "looked"_h: case "seemed"_h: case "appears"_h: case "appeared"_h:
      case "sounds"_h: case "feels"_h: case "felt"_h: case "has"_h: case "have"_h: case "had"_h: case "does"_h:
      case "do"_h: case "did"_h: case "plans"_h: case "want"_h: case "wants"_h: case "if"_h:
        end = j;
        break;
      // A speaker's verb: who speaks is not the present thing ("Laning says the lesson of 2016 is ...",
      // "A recent Gallup poll shows terrorism fears ... the same as in 2005").
      case "say"_h: case "says"_h: case "said"_h: case "argue"_h: case "argues"_h: case "argued"_h:
      case "claim"_h: case "claims"_h: case "claimed"_h: case "believe"_h: case "believes"_h: case "think"_h:
      case "thinks"_h: case "notes"_h: case "noted"_h: case "warned"_h: case "warns"_h: case "fear"_h:
      case "fears"_h: case "feared"_h: case "hope"_h: case "hopes"_h: case "learned"_h: case "mused"_h:
      case "shows"_h: case "showed"_h: case "found"_h: case "finds"_h:
        return {};
      default:
        continue;
    }
    break;
  }
  // ... unless another clause, with its own subject, holds the marker ("Trump remains popular with the base, and
  // congressional Republicans learned from ... the 2016 primary").
  for (std::uint32_t j = end; j + 1 < marker; ++j) {
    const bool comma = tokens[j].kind == TokenKind::punctuation && doc.text_of(tokens[j]) == ",";
    if ((comma && (h[j + 1] == "and"_h || h[j + 1] == "but"_h)) || doc.text_of(tokens[j]) == ";") return {};
  }
  while (end > first && tokens[end - 1].kind == TokenKind::quote) --end;
  if (end <= first) return {};
  // A clause inside is no subject to report ("Vowing that they ...", "someone who ...").
  for (std::uint32_t j = first; j < end; ++j) {
    if (h[j] == "that"_h || h[j] == "who"_h || h[j] == "which"_h) return {};
  }
  // One word that is a determiner or a participle names nothing ("Any resemblance to ...", "Given this
  // generation's ...", "Spoken like ...").
  if (end - first == 1) {
    switch (h[first]) {
      case "any"_h: case "some"_h: case "every"_h: case "each"_h: case "no"_h: case "all"_h: case "both"_h:
      case "given"_h: case "spoken"_h:
        return {};
      default:
        break;
    }
  }
  for (std::uint32_t j = first; j < end; ++j) {
    if (tokens[j].kind == TokenKind::punctuation) return {};
  }
  return Span{tokens[first].begin, tokens[end - 1].end};
}

// "History offers a warning to today's push to expand the Court: ...": the words after "to", up to the colon.
Span target_after_warning(const Document& doc, const std::vector<std::uint64_t>& h, const Sentence& s, Span cue) {
  if (cue.empty()) return {};
  const auto tokens = doc.tokens();
  std::uint32_t j = s.first_token;
  while (j < s.end_token && tokens[j].begin < cue.end) ++j;
  if (j >= s.end_token || (h[j] != "to"_h && h[j] != "for"_h)) return {};
  const std::uint32_t first = j + 1;
  std::uint32_t end = first;
  while (end < s.end_token && tokens[end].kind != TokenKind::punctuation) ++end;
  if (end == first || end - first > 14 || end >= s.end_token) return {};
  return Span{tokens[first].begin, tokens[end - 1].end};
}

bool starts_with_words(const Document& doc, const std::vector<std::uint64_t>& h, const Sentence& s,
                       std::initializer_list<std::uint64_t> words) {
  std::uint32_t i = s.first_token;
  // Skip an opening quote or bracket.
  while (i < s.end_token && doc.tokens()[i].kind != TokenKind::word) ++i;
  std::uint32_t k = 0;
  for (std::uint64_t w : words) {
    if (i + k >= s.end_token || h[i + k] != w) return false;
    ++k;
  }
  return true;
}

std::uint32_t word_count(const Document& doc, std::uint32_t first, std::uint32_t end) {
  std::uint32_t n = 0;
  for (std::uint32_t k = first; k < end; ++k) n += doc.tokens()[k].kind == TokenKind::word;
  return n;
}

// A subordinate clause standing alone as a sentence, continuing the one before ("Even when it has to make up
// the expression."): a dependent opener and no comma after which a main clause could stand.
// "If such an undercount occurs the effects will be profound" needs no comma, so a bare opener counts only in a
// short sentence; "even if", "even when" ... open fragments whatever their length.
bool fragment(const Document& doc, const std::vector<std::uint64_t>& h, const Sentence& s) {
  std::uint32_t i = s.first_token;
  while (i < s.end_token && doc.tokens()[i].kind != TokenKind::word) ++i;
  const bool adverb = i < s.end_token && (h[i] == "even"_h || h[i] == "especially"_h || h[i] == "only"_h);
  if (adverb) ++i;
  if (i >= s.end_token) return false;
  if (!adverb && word_count(doc, i, s.end_token) > 8) return false;
  switch (h[i]) {
    case "when"_h: case "because"_h: case "although"_h: case "though"_h: case "unless"_h: case "while"_h:
    case "whereas"_h: case "if"_h:
      break;
    default:
      return false;
  }
  for (std::uint32_t k = i + 1; k < s.end_token; ++k) {
    const Token& t = doc.tokens()[k];
    if (t.kind == TokenKind::dash || doc.text_of(t) == "," || doc.text_of(t) == ";") return false;
  }
  return true;
}

// Added to a thesis candidate's score per word it shares with the headline (at most three).
constexpr double kHeadlineWeight = 0.1;

// Hashes of a headline's content words, each also with and without a plural "s" so that a sentence's own
// token hashes can be looked up directly ("Coronavirus is exposing America's shameful selfish streak").
std::vector<std::uint64_t> headline_hashes(std::string_view s) {
  static const detail::HashSet kStop = {
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
      "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "his", "her", "their",
      "our", "your", "my", "he", "she", "they", "we", "you", "i", "not", "no", "will", "would", "can", "could",
      "should", "must", "may", "might", "has", "have", "had", "do", "does", "did", "what", "why", "how", "who",
      "when", "where", "which", "more", "most", "all", "just", "about", "into", "over", "than", "so", "too",
      "opinion", "analysis", "up", "out", "new", "says", "said"};
  std::vector<std::uint64_t> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3 && !kStop.contains(detail::token_hash(w))) {
      out.push_back(detail::token_hash(w));
      if (w.back() == 's' && w.size() > 3) {
        out.push_back(detail::token_hash(std::string_view(w).substr(0, w.size() - 1)));
      } else {
        out.push_back(detail::token_hash(w + "s"));
      }
    }
    w.clear();
  };
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      w += c;
    } else if (c >= 'A' && c <= 'Z') {
      w += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

struct Summarizer::Impl {
  SummarizerOptions options;
  Tokenizer tokenizer;
  std::unique_ptr<Tagger> tagger;
  Document doc;
  Annotations annotations;
  std::unique_ptr<Scorer> scorer;
  std::unique_ptr<Scorer> unit_scorer;  // the unit model's, when there is one
  std::vector<std::uint64_t> token_hashes;  // of `doc`'s tokens, from the tagger
  int label_of_role[4] = {-1, -1, -1, -1};  // Role -> model label index
};

Summarizer::Summarizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Summarizer::~Summarizer() = default;
Summarizer::Summarizer(Summarizer&&) noexcept = default;
Summarizer& Summarizer::operator=(Summarizer&&) noexcept = default;
const Document& Summarizer::doc() const noexcept { return impl_->doc; }

Result<Summarizer> Summarizer::create(SummarizerOptions options) {
  auto impl = std::make_unique<Impl>();
  if (!options.role_model) {
    auto model = load_default_model("roles");
    if (!model) return std::move(model).error();
    options.role_model = *model;
  }
  const LinearModel& m = *options.role_model;
  impl->label_of_role[static_cast<int>(Role::none)] = m.label_index("None");
  impl->label_of_role[static_cast<int>(Role::major_claim)] = m.label_index("MajorClaim");
  impl->label_of_role[static_cast<int>(Role::claim)] = m.label_index("Claim");
  impl->label_of_role[static_cast<int>(Role::premise)] = m.label_index("Premise");
  for (int k : impl->label_of_role) {
    if (k < 0) {
      return Error(Errc::incompatible_model,
                   "a role model needs the labels MajorClaim, Claim, Premise and None (see docs/models.md)");
    }
  }
  impl->scorer = std::make_unique<Scorer>(options.role_model);
  if (options.unit_model) impl->unit_scorer = std::make_unique<Scorer>(options.unit_model);
  impl->tagger = std::make_unique<Tagger>(options.tagger);
  impl->options = std::move(options);
  return Summarizer(std::move(impl));
}

Status Summarizer::analyze(std::string_view text, ArgumentStructure& out, std::string_view input_name,
                           std::int32_t document_year, std::string_view title) {
  Status st = impl_->tokenizer.tokenize(text, impl_->doc, input_name);
  if (!st.ok()) return st;
  impl_->tagger->tag(impl_->doc, impl_->annotations, document_year);
  if (impl_->unit_scorer) {
    add_model_units(impl_->doc, impl_->annotations, *impl_->unit_scorer, impl_->options.unit_model_options);
  }
  if (!impl_->tagger->last_token_hashes(impl_->token_hashes)) impl_->token_hashes = detail::token_hashes(impl_->doc);
  assemble(impl_->doc, impl_->annotations, out, title, impl_->token_hashes);
  return {};
}

void Summarizer::assemble(const Document& doc, const Annotations& annotations, ArgumentStructure& out,
                          std::string_view title) {
  assemble(doc, annotations, out, title, detail::token_hashes(doc));
}

void Summarizer::assemble(const Document& doc, const Annotations& annotations, ArgumentStructure& out,
                          std::string_view title, const std::vector<std::uint64_t>& hashes) {
  out = ArgumentStructure{};
  const std::string_view text = doc.text();
  const auto sentences = doc.sentences();
  const auto paragraphs = doc.paragraphs();

  // --- Sentences: paragraph, argumentative or not, role scores --------------------------------------------
  out.sentences.resize(sentences.size());
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    for (std::uint32_t s = paragraphs[p].first_sentence; s < paragraphs[p].end_sentence; ++s) {
      out.sentences[s].paragraph = p;
    }
  }
  std::vector<std::vector<std::uint32_t>> units_of(sentences.size());  // sentence-level units per sentence
  for (std::uint32_t i = 0; i < annotations.units.size(); ++i) {
    const Unit& u = annotations.units[i];
    if (!is_sentence_level(u.type) || u.sentence >= sentences.size()) continue;
    units_of[u.sentence].push_back(i);
    if (u.type != UnitType::nonargument) continue;
    // A line set aside may hold several sentences ("... But we need your help! Donate Now!").
    for (std::uint32_t k = u.sentence; k < sentences.size() && sentences[k].begin < u.span.end; ++k) {
      out.sentences[k].argumentative = false;
    }
  }
  Prediction pred;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    SentenceRole& r = out.sentences[s];
    r.span = Span{sentences[s].begin, sentences[s].end};
    impl_->scorer->predict(doc, sentences[s].first_token, sentences[s].end_token,
                           sentence_position(s, sentences.size()), &annotations, pred, hashes);
    for (int k = 0; k < 4; ++k) {
      r.probabilities[static_cast<std::size_t>(k)] = pred.probabilities[static_cast<std::size_t>(impl_->label_of_role[k])];
    }
    r.role = static_cast<Role>(std::max_element(r.probabilities.begin(), r.probabilities.end()) - r.probabilities.begin());
    if (!r.argumentative) r.role = Role::none;
  }

  // --- Units: the tagger's, plus claims the role model finds in sentences the grammars left alone --------
  std::vector<Unit> units = annotations.units;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const SentenceRole& r = out.sentences[s];
    if (!r.argumentative || (r.role != Role::claim && r.role != Role::major_claim)) continue;
    // ... and only when it is more likely a claim than not: the most likely of four roles may hold a third of
    // the mass. (Claims of the structure, overlap F1: ElecDeb dev 0.569 -> 0.575, train 0.529 -> 0.535;
    // corpus/ leave-one-out 0.795 -> 0.796.)
    if (r.probabilities[static_cast<std::size_t>(Role::claim)] +
            r.probabilities[static_cast<std::size_t>(Role::major_claim)] < 0.5f) {
      continue;
    }
    // A question asserts nothing by its form ("So what's Sarah Palin's point?"); the grammars take the
    // rhetorical ones they can tell.
    const Sentence& sent = sentences[s];
    if (sent.end_token > sent.first_token && doc.text_of(doc.tokens()[sent.end_token - 1]) == "?") continue;
    // Nor does a line of dots or dashes (". . ." between sections); the role model sees only its position.
    std::uint32_t words = 0;
    for (std::uint32_t t = sent.first_token; t < sent.end_token && words < 2; ++t) {
      words += doc.tokens()[t].kind == TokenKind::word;
    }
    if (words < 2) continue;
    // Only where no grammar found the author asserting something (or others holding it).
    const bool asserted = std::any_of(units_of[s].begin(), units_of[s].end(), [&](std::uint32_t u) {
      const UnitType t = annotations.units[u].type;
      return t == UnitType::claim || t == UnitType::rebuttal || t == UnitType::counterclaim ||
             t == UnitType::analogy || t == UnitType::precedent ||
             (t == UnitType::concession && annotations.units[u].clause.empty()) ||  // it concedes, whole
             (t == UnitType::evidence && (annotations.units[u].evidence != EvidenceType::anecdote ||
                                          r.probabilities[static_cast<std::size_t>(Role::claim)] < 0.6f));
    });
    if (asserted) continue;
    Unit u;
    u.type = UnitType::claim;
    u.span = r.span;
    u.sentence = s;
    u.rule = "role_model";
    units.push_back(std::move(u));
  }
  // Sentences that go on telling the past case an analogy brings up are historical evidence ("At this time in
  // 2008 ... But months of the battle between Obama and McCain convinced ..."), until the text turns back to
  // the present ("So too ..."); sentences about what will, would or should happen are not.
  for (std::uint32_t i = 0; i < annotations.units.size(); ++i) {
    const Unit& a = annotations.units[i];
    if (a.type != UnitType::analogy) continue;
    const std::uint32_t para = out.sentences[a.sentence].paragraph;
    for (std::uint32_t k = a.sentence + 1; k < sentences.size() && out.sentences[k].paragraph == para; ++k) {
      const Sentence& next = sentences[k];
      if (starts_with_words(doc, hashes, next, {"so"_h, "too"_h}) || starts_with_words(doc, hashes, next, {"likewise"_h}) ||
          starts_with_words(doc, hashes, next, {"the"_h, "same"_h})) {
        break;
      }
      bool modal = false, past = false, analogy = false;
      int depth = 0;  // asides in parentheses ("(and, it must be said, ...)") do not count
      for (std::uint32_t j = next.first_token; j < next.end_token; ++j) {
        const std::string_view tok = doc.text_of(doc.tokens()[j]);
        if (tok == "(") ++depth;
        if (tok == ")" && depth > 0) --depth;
        if (depth > 0) continue;
        switch (hashes[j]) {
          case "will"_h: case "would"_h: case "should"_h: case "could"_h: case "might"_h: case "must"_h:
          case "can"_h: case "may"_h:
            modal = true;
            break;
          case "was"_h: case "were"_h: case "had"_h: case "did"_h: case "been"_h:
            past = true;
            break;
          default: {
            const std::string_view w = doc.text_of(doc.tokens()[j]);
            past |= w.size() >= 6 && w.substr(w.size() - 2) == "ed";
          }
        }
      }
      for (std::uint32_t u : units_of[k]) analogy |= annotations.units[u].type == UnitType::analogy;
      if (analogy) continue;  // the next analogy tells its own case
      if (modal || !past) continue;  // a conjecture or the present: not the past case
      bool typed = false;
      for (std::uint32_t x : units_of[k]) {  // the tagger's units keep their index in `units`
        Unit& u = units[x];
        if (u.type != UnitType::evidence) continue;
        if (u.evidence == EvidenceType::anecdote) u.evidence = EvidenceType::historical;
        typed = true;
      }
      if (typed) continue;
      Unit e;
      e.type = UnitType::evidence;
      e.evidence = EvidenceType::historical;
      e.span = Span{next.begin, next.end};
      e.sentence = k;
      e.rule = "tells_the_past_case";
      units.push_back(std::move(e));
    }
  }

  // Keep the Annotations order (by begin, sentence-level first) and remap the tagger's links.
  std::vector<std::uint32_t> order(units.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Unit &x = units[a], &y = units[b];
    if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
    return is_sentence_level(x.type) && !is_sentence_level(y.type);
  });
  std::vector<std::uint32_t> new_index(units.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) new_index[order[k]] = k;
  out.units.reserve(units.size());
  for (std::uint32_t k : order) {
    out.units.push_back(std::move(units[k]));
    for (auto& l : out.units.back().links) l = new_index[l];
  }
  for (auto& list : units_of) list.clear();
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    const Unit& u = out.units[i];
    if (is_sentence_level(u.type) && u.sentence < sentences.size()) units_of[u.sentence].push_back(i);
  }
  auto unit_of_type = [&](std::uint32_t s, UnitType t) -> std::int32_t {
    for (std::uint32_t i : units_of[s]) {
      if (out.units[i].type == t) return static_cast<std::int32_t>(i);
    }
    return -1;
  };

  // --- Lists by type ---------------------------------------------------------------------------------------
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    switch (out.units[i].type) {
      case UnitType::concession: out.concessions.push_back(i); break;
      case UnitType::evidence: out.evidence.push_back(i); break;
      case UnitType::precedent: out.precedents.push_back(i); break;
      case UnitType::nonargument: out.nonargument.push_back(i); break;
      default: break;
    }
  }

  // --- Positions of others: counterclaims of one paragraph in a row form one position ---------------------
  std::vector<std::int32_t> opposition_of(out.units.size(), -1);
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    const Unit& u = out.units[i];
    if (u.type != UnitType::counterclaim) continue;
    bool joined = false;
    if (!out.oppositions.empty()) {
      Opposition& last = out.oppositions.back();
      const Unit& prev = out.units[last.counterclaims.back()];
      // Same paragraph, and nothing of the author's own (a rebuttal) in between.
      bool rebutted_between = false;
      for (std::uint32_t k = last.counterclaims.back() + 1; k < i; ++k) {
        rebutted_between |= out.units[k].type == UnitType::rebuttal;
      }
      if (out.sentences[prev.sentence].paragraph == out.sentences[u.sentence].paragraph && !rebutted_between) {
        last.counterclaims.push_back(i);
        joined = true;
      }
    }
    if (!joined) out.oppositions.push_back(Opposition{{i}, {}, {}, {}});
    Opposition& o = out.oppositions.back();
    opposition_of[i] = static_cast<std::int32_t>(out.oppositions.size() - 1);
    if (!u.holder.empty()) {
      const std::string_view h = text.substr(u.holder.begin, u.holder.end - u.holder.begin);
      const bool seen = std::any_of(o.holders.begin(), o.holders.end(), [&](const Span& x) {
        return text.substr(x.begin, x.end - x.begin) == h;
      });
      if (!seen) o.holders.push_back(u.holder);
    }
  }

  // --- Thesis and restatement ------------------------------------------------------------------------------
  std::vector<std::uint32_t> argumentative;  // sentence indexes
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    if (out.sentences[s].argumentative) argumentative.push_back(s);
  }
  const std::size_t n_arg = argumentative.size();
  std::size_t counterclaims = 0;
  for (const auto& o : out.oppositions) counterclaims += o.counterclaims.size();
  struct Candidate {
    std::uint32_t unit;
    std::size_t rank;  // among argumentative sentences
    double score;
  };
  // The headline: given, else the text's own title line (in its first paragraph: later "titles" are section
  // headings).
  std::string_view headline = title;
  if (headline.empty()) {
    for (const Unit& u : annotations.units) {
      if (u.type == UnitType::nonargument && u.nonargument == NonArgumentKind::title &&
          out.sentences[u.sentence].paragraph == 0) {
        headline = text.substr(u.span.begin, u.span.end - u.span.begin);
        break;
      }
    }
  }
  const std::vector<std::uint64_t> headline_words = headline_hashes(headline);
  std::vector<Candidate> candidates;
  for (std::size_t k = 0; k < n_arg; ++k) {
    const std::uint32_t s = argumentative[k];
    if (unit_of_type(s, UnitType::counterclaim) >= 0) continue;  // others' positions are not the thesis
    if (fragment(doc, hashes, sentences[s])) continue;
    // A thesis says what the text argues: not a remark of five words or fewer ("So, he tweeted it.").
    if (word_count(doc, sentences[s].first_token, sentences[s].end_token) < 6) continue;
    std::int32_t u = unit_of_type(s, UnitType::rebuttal);
    const bool rebuttal = u >= 0;
    if (u < 0) u = unit_of_type(s, UnitType::claim);
    if (u < 0) continue;
    double score = out.sentences[s].probabilities[static_cast<std::size_t>(Role::major_claim)];
    // A rebuttal that answers most of the opposing positions at once states what the text argues.
    if (rebuttal && counterclaims > 0 && 2 * out.units[static_cast<std::size_t>(u)].links.size() >= counterclaims) {
      score += 0.3;
    }
    // An op-ed's headline states its point: a sentence sharing its words is likelier the thesis.
    if (!headline_words.empty()) {
      std::vector<std::uint64_t> shared;  // distinct words
      for (std::uint32_t t = sentences[s].first_token; t < sentences[s].end_token && shared.size() < 3; ++t) {
        if (std::binary_search(headline_words.begin(), headline_words.end(), hashes[t]) &&
            std::find(shared.begin(), shared.end(), hashes[t]) == shared.end()) {
          shared.push_back(hashes[t]);
        }
      }
      score += kHeadlineWeight * static_cast<double>(shared.size());
    }
    candidates.push_back({static_cast<std::uint32_t>(u), k, score});
  }
  const Candidate* best = nullptr;
  for (const auto& c : candidates) {
    if (10 * c.rank >= 6 * n_arg) continue;  // the thesis is stated in the first 60%
    if (!best || c.score > best->score) best = &c;
  }
  if (best) out.thesis = static_cast<std::int32_t>(best->unit);
  const Candidate* again = nullptr;
  for (const auto& c : candidates) {
    if (10 * c.rank < 7 * n_arg || (best && c.unit == best->unit)) continue;  // the conclusion: last 30%
    if (!again || c.score > again->score) again = &c;
  }
  if (again && out.thesis >= 0 && again->score >= 0.05) {
    out.restatement = static_cast<std::int32_t>(again->unit);
    out.links.push_back(Link{again->unit, static_cast<std::uint32_t>(out.thesis), LinkKind::restates,
                             fmt::format("in the conclusion, scored as a major claim (p = {:.2f})",
                                         out.sentences[out.units[again->unit].sentence].probabilities[1])});
  }

  // --- Rebuttals answer positions; concessions grant part of them -----------------------------------------
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    const Unit& u = out.units[i];
    if (u.type != UnitType::rebuttal) continue;
    for (std::uint32_t target : u.links) {
      if (target >= out.units.size() || opposition_of[target] < 0) continue;
      Opposition& o = out.oppositions[static_cast<std::size_t>(opposition_of[target])];
      if (std::find(o.rebuttals.begin(), o.rebuttals.end(), i) == o.rebuttals.end()) o.rebuttals.push_back(i);
      out.links.push_back(Link{i, target, LinkKind::answers, rebuttal_reason(u.rule)});
    }
  }
  // The first position with a counterclaim, or else with a rebuttal, in each paragraph.
  std::vector<std::int32_t> held_in(paragraphs.size(), -1), answered_in(paragraphs.size(), -1);
  for (std::size_t k = out.oppositions.size(); k-- > 0;) {
    for (std::uint32_t cc : out.oppositions[k].counterclaims) held_in[out.sentences[out.units[cc].sentence].paragraph] = static_cast<std::int32_t>(k);
    for (std::uint32_t r : out.oppositions[k].rebuttals) answered_in[out.sentences[out.units[r].sentence].paragraph] = static_cast<std::int32_t>(k);
  }
  for (std::uint32_t c : out.concessions) {
    const std::uint32_t para = out.sentences[out.units[c].sentence].paragraph;
    std::int32_t chosen = held_in[para];
    std::string why = "in the same paragraph as the position it grants";
    if (chosen < 0) {
      chosen = answered_in[para];
      why = "beside a rebuttal of that position, in the same paragraph";
    }
    if (chosen < 0) continue;
    Opposition& o = out.oppositions[static_cast<std::size_t>(chosen)];
    o.concessions.push_back(c);
    out.links.push_back(Link{c, o.counterclaims.front(), LinkKind::concedes, why});
  }
  // Positions of others attack the thesis.
  if (out.thesis >= 0) {
    const auto thesis = static_cast<std::uint32_t>(out.thesis);
    for (const Opposition& o : out.oppositions) {
      const bool answered = std::find(o.rebuttals.begin(), o.rebuttals.end(), thesis) != o.rebuttals.end();
      std::string holder = o.holders.empty() ? std::string("others")
                                             : std::string(text.substr(o.holders[0].begin, o.holders[0].end - o.holders[0].begin));
      out.links.push_back(Link{o.counterclaims.front(), thesis, LinkKind::attacks,
                               answered ? fmt::format("held by {}; the thesis answers it", holder)
                                        : fmt::format("held by {}, against what the author argues", holder)});
    }
  }

  const std::vector<std::uint32_t> body_number = detail::body_paragraph_numbers(out, paragraphs.size());
  // --- Claims, and what supports them ----------------------------------------------------------------------
  // A claim-like unit per sentence: claims and rebuttals are the author's own assertions.
  std::vector<std::int32_t> claim_of_sentence(sentences.size(), -1);
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    std::int32_t u = unit_of_type(s, UnitType::rebuttal);
    if (u < 0) u = unit_of_type(s, UnitType::claim);
    if (u >= 0 && unit_of_type(s, UnitType::counterclaim) < 0) claim_of_sentence[s] = u;
  }
  std::map<std::uint32_t, std::size_t> claim_view;  // unit -> index in out.claims
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const std::int32_t u = claim_of_sentence[s];
    if (u < 0 || u == out.thesis || u == out.restatement) continue;
    claim_view[static_cast<std::uint32_t>(u)] = out.claims.size();
    out.claims.push_back(ClaimView{static_cast<std::uint32_t>(u), {}});
    if (out.thesis >= 0 && out.units[static_cast<std::size_t>(u)].type == UnitType::claim) {
      out.links.push_back(Link{static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(out.thesis), LinkKind::supports,
                               fmt::format("a claim of the author's (paragraph {}); the thesis is the main one",
                                           body_number[out.sentences[s].paragraph])});
    }
  }
  // Evidence, analogies and precedents support a claim: the one a discourse marker points to, else the
  // nearest claim before them in their paragraph, else the next one there, else the thesis. The nearest
  // claim sentences are found in two passes (a scan per unit was quadratic in a paragraph without claims).
  constexpr std::uint32_t kNoSentence = ~0u;
  std::vector<std::uint32_t> claim_before(sentences.size(), kNoSentence), claim_after(sentences.size(), kNoSentence);
  for (std::uint32_t k = 1; k < sentences.size(); ++k) {
    if (out.sentences[k].paragraph != out.sentences[k - 1].paragraph) continue;
    claim_before[k] = claim_of_sentence[k - 1] >= 0 ? k - 1 : claim_before[k - 1];
  }
  for (auto k = static_cast<std::uint32_t>(sentences.size()); k-- > 1;) {  // k - 1 from the next sentence k
    if (out.sentences[k - 1].paragraph != out.sentences[k].paragraph) continue;
    claim_after[k - 1] = claim_of_sentence[k] >= 0 ? k : claim_after[k];
  }
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    const Unit& u = out.units[i];
    if (u.type != UnitType::evidence && u.type != UnitType::analogy && u.type != UnitType::precedent) continue;
    const std::uint32_t s = u.sentence;
    if (claim_of_sentence[s] >= 0) continue;  // the sentence's own claim carries it
    std::int32_t target = -1;
    std::string why;
    const bool example = starts_with_words(doc, hashes, sentences[s], {"for"_h, "example"_h}) ||
                         starts_with_words(doc, hashes, sentences[s], {"for"_h, "instance"_h});
    if (example && s > 0 && claim_of_sentence[s - 1] >= 0) {
      target = claim_of_sentence[s - 1];
      why = "'For example' ties it to the claim before it";
    }
    if (target < 0 && claim_before[s] != kNoSentence) {
      target = claim_of_sentence[claim_before[s]];
      why = "follows this claim in the same paragraph";
    }
    if (const std::uint32_t k = claim_after[s]; target < 0 && k != kNoSentence) {
      target = claim_of_sentence[k];
      why = starts_with_words(doc, hashes, sentences[k], {"so"_h}) ||
                    starts_with_words(doc, hashes, sentences[k], {"therefore"_h}) ||
                    starts_with_words(doc, hashes, sentences[k], {"thus"_h})
                ? "the claim after it draws the conclusion ('So', 'Therefore')"
                : "precedes this claim in the same paragraph";
    }
    if (target < 0 && out.thesis >= 0) {
      target = out.thesis;
      why = "no claim in its paragraph: it backs the thesis";
    }
    if (target < 0 || target == static_cast<std::int32_t>(i)) continue;
    out.links.push_back(Link{i, static_cast<std::uint32_t>(target), LinkKind::supports, why});
    if (auto it = claim_view.find(static_cast<std::uint32_t>(target)); it != claim_view.end()) {
      out.claims[it->second].support.push_back(i);
    }
  }

  // --- Analogies: the present thing each is mapped onto ---------------------------------------------------
  for (std::uint32_t i = 0; i < out.units.size(); ++i) {
    const Unit& u = out.units[i];
    if (u.type != UnitType::analogy) continue;
    AnalogyView a{i, u.target, {}};
    const std::uint32_t s = u.sentence, para = out.sentences[s].paragraph;
    if (!u.target.empty()) {
      a.target_reason = "named in the sentence";
    } else if (const Span subject = subject_before_marker(doc, hashes, sentences[s], u.cue); !subject.empty()) {
      a.target = subject;
      a.target_reason = "the subject of the sentence, before the marker";
    } else if (const Span after = target_after_warning(doc, hashes, sentences[s], u.cue); !after.empty()) {
      a.target = after;
      a.target_reason = "what the sentence's warning is addressed to";
    } else {
      // "So too will it be with X": the author applies the past case to X later in the paragraph.
      for (std::uint32_t k = s + 1; k < sentences.size() && out.sentences[k].paragraph == para; ++k) {
        const Sentence& next = sentences[k];
        const bool so_too = starts_with_words(doc, hashes, next, {"so"_h, "too"_h}) ||
                            starts_with_words(doc, hashes, next, {"likewise"_h}) ||
                            starts_with_words(doc, hashes, next, {"the"_h, "same"_h});
        if (!so_too) continue;
        Span t{next.begin, next.end};
        for (std::uint32_t j = next.first_token; j < next.end_token; ++j) {
          if (hashes[j] == "with"_h || hashes[j] == "for"_h) {
            t.begin = doc.tokens()[j + 1 < next.end_token ? j + 1 : j].begin;
            break;
          }
        }
        a.target = detail::trim_span(text, t);
        a.target_reason = "the 'So too' sentence after it applies it to this";
        break;
      }
      // An earlier analogy of the same figure or event already named its target.
      const std::size_t oldest = out.analogies.size() > 20 ? out.analogies.size() - 20 : 0;  // the ones nearby
      for (std::size_t k = out.analogies.size(); a.target.empty() && k-- > oldest;) {
        const Unit& prev = out.units[out.analogies[k].unit];
        const bool same = (u.gazetteer_entry >= 0 && u.gazetteer_entry == prev.gazetteer_entry);
        bool shared_name = false;
        if (!same && !prev.source.empty() && !u.source.empty()) {
          // A capitalized word the two sources share ("Dean" in "Dean for America" and "Howard Dean's ...").
          const auto [ub, ue] = token_range(doc, u.source);
          const auto [pb, pe] = token_range(doc, prev.source);
          for (std::uint32_t j = ub; j < ue && !shared_name; ++j) {
            const Token& t = doc.tokens()[j];
            const char c0 = text[t.begin];
            if (t.kind != TokenKind::word || c0 < 'A' || c0 > 'Z' || t.size() < 3) continue;
            for (std::uint32_t q = pb; q < pe && !shared_name; ++q) shared_name = hashes[q] == hashes[j];
          }
        }
        if ((same || shared_name) && !out.analogies[k].target.empty()) {
          a.target = out.analogies[k].target;
          a.target_reason = "an earlier analogy of the same figure named it";
        }
      }
      // "did likewise", "similarly": compares it with the analogy just before, in the paragraph before or
      // this one.
      bool compares = u.rule == "modeled_on";
      for (std::uint32_t j = sentences[s].first_token; j < sentences[s].end_token; ++j) {
        compares |= hashes[j] == "likewise"_h || hashes[j] == "similarly"_h;
      }
      if (a.target.empty() && compares && !out.analogies.empty()) {
        const AnalogyView& prev = out.analogies.back();
        const Unit& pu = out.units[prev.unit];
        const std::uint32_t pp = out.sentences[pu.sentence].paragraph;
        if (pp + 1 >= para && !pu.source.empty()) {
          a.target = pu.source;
          a.target_reason = "it is compared with the analogy before it";
        }
      }
    }
    out.analogies.push_back(std::move(a));
  }

  detail::compute_stance(doc, hashes, impl_->options, out);

  // --- Notes on the input -------------------------------------------------------------------------------------
  std::size_t words = 0, english = 0;
  // Counting stops once the common words are too many for the note whatever follows (most texts: a few
  // sentences in), so the check costs nothing on the batch path.
  for (std::uint32_t i = 0; i < doc.tokens().size() && english * 50 < doc.tokens().size(); ++i) {
    if (doc.tokens()[i].kind != TokenKind::word) continue;
    ++words;
    switch (hashes[i]) {
      case "the"_h: case "of"_h: case "and"_h: case "to"_h: case "a"_h: case "in"_h: case "is"_h: case "that"_h:
      case "it"_h: case "for"_h: case "was"_h: case "on"_h: case "are"_h: case "with"_h: case "as"_h: case "be"_h:
        ++english;
        break;
      default:
        break;
    }
  }
  if (text.empty() || words == 0) {
    out.notes.push_back("the input has no words: there is nothing to summarize");
  } else if (words >= 40 && english * 50 < words) {
    out.notes.push_back(fmt::format(
        "the text does not look like English ({} of {} words are common English words): argmine's grammars and "
        "models are for English, so this summary is likely empty or wrong",
        english, words));
  } else if (out.thesis < 0 && out.oppositions.empty()) {
    out.notes.push_back("no argument found: no thesis and no position of others; the text may not argue for anything");
  }
}

}  // namespace argmine
