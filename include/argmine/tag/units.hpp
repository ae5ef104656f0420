// argmine/tag/units.hpp — what the second pipeline stage (tag) hands on: argumentative units with byte
// offsets, the rule that found each, and their structured fields.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// Kinds of unit the tagger finds. Sentence-level units cover one whole sentence; cue-level units cover a
/// phrase (see docs/annotation.md, which the corpus annotations follow too).
enum class UnitType : std::uint8_t {
  claim,         ///< sentence: an assertion the author argues for ("should", "must", "there is no need for")
  counterclaim,  ///< sentence: a position attributed to others (`holder`), not the author's
  rebuttal,      ///< sentence: the author's answer to a counterclaim (`links` name the counterclaims)
  concession,    ///< sentence: the author grants part of the other side ("of course", "it's true that")
  evidence,      ///< sentence: support of type `evidence` (statistic, testimony, anecdote, historical)
  analogy,       ///< sentence: a present situation framed through a past one (`source`, `year`, `target`, `use`)
  precedent,     ///< sentence: a record-style comparison with the past ("the first time since 1988")
  nonargument,   ///< sentence: a line outside the argument (title, credit, byline, bio, boilerplate)
  hedge,         ///< phrase: weakens commitment ("perhaps", "might", "realistically")
  booster,       ///< phrase: strengthens commitment ("far more", "the vast majority")
  attribution,   ///< phrase: a holder and the verb that attributes a statement to it ("critics argue")
};
inline constexpr int kUnitTypeCount = 11;

/// Sentence-level types cover a whole sentence; the others (hedge, booster, attribution) a phrase inside one.
inline bool is_sentence_level(UnitType t) noexcept {
  return t != UnitType::hedge && t != UnitType::booster && t != UnitType::attribution;
}

/// Lowercase name ("counterclaim"), stable for JSON and brat ("Counterclaim" there).
std::string_view to_string(UnitType type) noexcept;

enum class EvidenceType : std::uint8_t { none, statistic, testimony, anecdote, historical };
std::string_view to_string(EvidenceType type) noexcept;

/// What an analogy is used for: `precedent` (it happened before, so it can again), `prediction` (it ended so,
/// so this will too), `model` (do as they did), `warning` (avoid what they did), `comparison` (no use stated).
enum class AnalogyUse : std::uint8_t { none, precedent, prediction, model, warning, comparison };
std::string_view to_string(AnalogyUse use) noexcept;

/// Kind of a non-argumentative line (or sentence):
/// - `title`: the title block, section headings, lines in capitals inside a text (links to related articles);
/// - `credit`: photo and video credits, captions, "X contributed to this report", an embedded post's signature
///   ("— Name (@handle) September 10, 2018"; the post itself is testimony), an agency dateline ("(CNN)");
/// - `byline`: "By Jane Roe";
/// - `bio`: the author's bio, including a commentary's "The opinions expressed ... are her own";
/// - `boilerplate`: newsletter, follow, donation and "Story Continued Below" calls.
enum class NonArgumentKind : std::uint8_t { none, title, credit, byline, bio, boilerplate };
std::string_view to_string(NonArgumentKind kind) noexcept;

/// Byte range `[begin, end)` in the document text; empty when `begin == end`.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const noexcept { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// One unit. Fields that do not apply to its type stay empty (spans empty, year 0, enums `none`).
struct Unit {
  UnitType type = UnitType::claim;
  Span span;                   ///< the sentence (sentence-level types) or the phrase (cue-level types)
  std::uint32_t sentence = 0;  ///< index of its sentence in `Document::sentences()`
  std::string_view rule;       ///< name of the rule that fired ("reminiscent_of", "holder_verb"); static storage

  /// The clause that carries the unit's role when its sentence holds two: in "Granted, X, but Y" the
  /// concession is X and the rebuttal Y. Empty when the whole sentence does.
  Span clause;
  Span cue;     ///< the words that fired the rule: marker of an analogy, verb of an attribution, cue of a rebuttal
  Span holder;  ///< counterclaim, attribution, testimony: who holds the statement ("some in the Clinton camp")
  Span source;  ///< analogy: the past event, period, movement or figure as written
  Span target;  ///< analogy: the present thing it is mapped onto, when the sentence names it

  /// analogy, precedent: normalized year of the past thing (2008), or the first year of a decade when
  /// `decade` is set (1960 for "the 1960s"); 0 when unknown.
  std::int32_t year = 0;
  bool decade = false;
  std::int32_t gazetteer_entry = -1;  ///< analogy, precedent: index in the gazetteer, or -1

  EvidenceType evidence = EvidenceType::none;
  AnalogyUse use = AnalogyUse::none;
  NonArgumentKind nonargument = NonArgumentKind::none;
  /// A unit a model found (rule "sentence_model", see score/sentence_units.hpp): the model's probability of
  /// its type. 0 for the rules' units.
  float probability = 0.0f;

  /// Indexes (in `Annotations::units`) of the units this one answers: a rebuttal's counterclaims.
  std::vector<std::uint32_t> links;
};

/// Sorts units into the order `Annotations` keeps: by sentence, its sentence-level units before the phrases
/// inside it, then by position (stable otherwise), renumbering `links` to follow. For code that adds units.
void sort_units(std::vector<Unit>& units);

/// A mention of the past: a year or decade at least two years before the document's year, or a gazetteer
/// entry that began before it, other than a figure (a name is mentioned for many reasons; "Obama" in 2013 is the
/// present). What an analogy or precedent needs.
struct PastMention {
  Span span;                          ///< "1968", "the 1960s", "Watergate"
  std::uint32_t sentence = 0;         ///< index of its sentence
  std::int32_t year = 0;              ///< the year, the decade's first year, or the entry's first year
  bool decade = false;
  std::int32_t gazetteer_entry = -1;  ///< index in the gazetteer, or -1 for a year or decade
};

/// All units of a document, sorted by `span.begin`, then sentence-level before cue-level units.
struct Annotations {
  std::vector<Unit> units;
  /// The year the document was taken to be written in: given (`Tagger::tag`, `TaggerOptions::document_year`) or
  /// inferred (the latest year it mentions when that is recent, else the current year).
  std::int32_t document_year = 0;
  /// Mentions of the past in the argumentative sentences (not in titles, credits and the like), in text order.
  std::vector<PastMention> past_mentions;
  void clear() noexcept {
    units.clear();
    document_year = 0;
    past_mentions.clear();
  }
};

}  // namespace argmine
