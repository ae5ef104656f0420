// argmine/summarize/structure.hpp — stage 4: the argument structure of a whole text.
//
// The tagger's units (stage 2) and the role model's sentence scores (stage 3) are assembled into one structure:
// the thesis and its restatement, the claims that support it with their evidence, the positions of others
// (counterclaims, grouped) with the rebuttals that answer them, concessions, historical analogies with their
// targets, the stance of the author toward the people, organisations and positions the text is about, and the
// lines that are not part of the argument. Every link says why it was made. Everything is byte offsets into
// the caller's text; render it with summarize/render.hpp.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/sentence_units.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

class LinearModel;

/// Role of a sentence in the argument, as the role model scores it.
enum class Role : std::uint8_t { none, major_claim, claim, premise };
std::string_view to_string(Role role) noexcept;

/// One sentence: where it is, its role and the role model's probabilities (none, major_claim, claim,
/// premise order), and whether it is part of the argument at all.
struct SentenceRole {
  Span span;
  std::uint32_t paragraph = 0;
  Role role = Role::none;
  std::array<float, 4> probabilities{};
  bool argumentative = true;  ///< false for title, credit, byline, bio and boilerplate lines
};

/// Kinds of link between units.
enum class LinkKind : std::uint8_t {
  supports,  ///< evidence or a claim backs a claim or the thesis
  attacks,   ///< a position of others opposes the thesis
  answers,   ///< a rebuttal answers a position of others
  concedes,  ///< a concession grants part of a position of others
  restates,  ///< the conclusion restates the thesis
};
std::string_view to_string(LinkKind kind) noexcept;

/// A link from unit `from` to unit `to` (indexes in `ArgumentStructure::units`), and why it was made: a
/// short sentence for people ("'But' opens the sentence after the counterclaim").
struct Link {
  std::uint32_t from = 0;
  std::uint32_t to = 0;
  LinkKind kind = LinkKind::supports;
  std::string reason;
};

/// A position the text attributes to others: one or more counterclaim units (a position is often stated over
/// several sentences of a paragraph), who holds it, and the author's answers to it.
struct Opposition {
  std::vector<std::uint32_t> counterclaims;  ///< unit indexes, in text order
  std::vector<Span> holders;                 ///< distinct holder phrases ("many Democrats")
  std::vector<std::uint32_t> rebuttals;      ///< unit indexes of the rebuttals that answer it
  std::vector<std::uint32_t> concessions;    ///< unit indexes of concessions granting part of it
};

/// A historical analogy with its target resolved at text level: the sentence may not name the present thing
/// (then it is taken from the text around it, and `target_reason` says how).
struct AnalogyView {
  std::uint32_t unit = 0;
  Span target;              ///< the present thing; empty when the text does not make it clear
  std::string target_reason;  ///< "named in the sentence", "the 'So too' sentence after it", ...
};

/// A claim the author argues for, with what supports it.
struct ClaimView {
  std::uint32_t unit = 0;
  std::vector<std::uint32_t> support;  ///< evidence, analogy and precedent units backing it
};

enum class StanceLabel : std::uint8_t { none, favor, against };
std::string_view to_string(StanceLabel s) noexcept;

/// One sentence's contribution to a stance: its score toward the target and why.
struct StanceEvidence {
  std::uint32_t sentence = 0;
  float score = 0.0f;  ///< > 0 favour, < 0 against
  std::string reason;  ///< "'frightening' describes Trump", "rebuts this position"
};

/// The author's stance toward one target.
struct TargetStance {
  enum class Kind : std::uint8_t { entity, position };
  Kind kind = Kind::entity;
  std::string name;             ///< "Bernie Sanders"; for a position, the holder's claim in short
  std::vector<Span> mentions;   ///< where the text names it
  StanceLabel stance = StanceLabel::none;
  bool mild = false;            ///< a weak or mixed signal
  float score = 0.0f;           ///< the sum of the evidence scores
  std::int32_t opposition = -1; ///< position targets: index in `ArgumentStructure::oppositions`
  std::vector<StanceEvidence> evidence;
};

/// The argument structure of one text.
struct ArgumentStructure {
  std::vector<Unit> units;             ///< the tagger's units, sorted as `Annotations` sorts them
  std::vector<SentenceRole> sentences; ///< one per sentence of the document
  std::int32_t thesis = -1;            ///< unit index of the thesis (major claim), -1 when none was found
  std::int32_t restatement = -1;       ///< unit index of its restatement in the conclusion, or -1
  std::vector<ClaimView> claims;
  std::vector<Opposition> oppositions;
  std::vector<std::uint32_t> concessions;  ///< every concession unit
  std::vector<AnalogyView> analogies;
  std::vector<std::uint32_t> evidence;     ///< evidence units (their type is `Unit::evidence`)
  std::vector<std::uint32_t> precedents;
  std::vector<std::uint32_t> nonargument;  ///< lines set aside
  std::vector<Link> links;
  std::vector<TargetStance> stance;        ///< positions of others first, then named targets by mentions
  /// Remarks about the input a reader should see: "the input is empty", "the text does not look like
  /// English: ...".
  std::vector<std::string> notes;
};

/// Options of `Summarizer`.
struct SummarizerOptions {
  /// The role model; null loads the default one (`load_default_model("roles")`). Default null.
  std::shared_ptr<const LinearModel> role_model;
  /// Targets reported in the stance table, at most. Default 8.
  std::size_t max_targets = 8;
  /// A named target needs this many mentions in argumentative sentences to get a stance. Default 2.
  std::size_t min_mentions = 2;
  /// Options of the tagger (gazetteer, document year). Default: the built-in gazetteer.
  TaggerOptions tagger;
  /// A sentence model that adds units where the rules found none (`add_model_units`, for example a news
  /// analogy model: docs/models.md); `analyze` applies it after tagging, `assemble` takes the units it is
  /// given. Null: none. Default null.
  std::shared_ptr<const LinearModel> unit_model;
  /// Which of its units it adds and from what probability. Default: every type its labels name.
  ModelUnitOptions unit_model_options;
};

/// Tokenizes, tags, scores and assembles. Holds the stages' state: one per thread.
class Summarizer {
 public:
  /// Fails when the role model cannot be loaded.
  static Result<Summarizer> create(SummarizerOptions options = {});
  ~Summarizer();
  Summarizer(Summarizer&&) noexcept;
  Summarizer& operator=(Summarizer&&) noexcept;

  /// Analyses `text` (which must stay alive while `doc()` and the structure's spans are used). Invalid
  /// UTF-8 is an error naming `input_name` and the byte offset. `document_year` (the publication year; 0:
  /// `TaggerOptions::document_year`) decides which years and events are past. `title` (the headline, kept
  /// apart from the text in many corpora) is a hint to the thesis; a title line in the text serves as well.
  Status analyze(std::string_view text, ArgumentStructure& out, std::string_view input_name = {},
                 std::int32_t document_year = 0, std::string_view title = {});
  /// Assembles the structure of a document already tokenized and tagged; `title` as for `analyze`.
  void assemble(const Document& doc, const Annotations& units, ArgumentStructure& out, std::string_view title = {});

  /// The document of the last `analyze`.
  const Document& doc() const noexcept;

 private:
  // `assemble` given the case-folded hashes of the document's tokens (detail::token_hashes).
  void assemble(const Document& doc, const Annotations& units, ArgumentStructure& out, std::string_view title,
                const std::vector<std::uint64_t>& token_hashes);

  struct Impl;
  explicit Summarizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine
