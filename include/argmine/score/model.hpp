// argmine/score/model.hpp — stage 3: linear models over hashed features (stance, argument roles, your own
// labels), trained in the library, saved in a documented binary format, scored fast.
//
// Features are hashed into 2^hash_bits slots: word n-grams, character n-grams of each word (with word
// boundaries, as fastText does), the same conjoined with the example's target, negation-scoped words, and the
// tagger's units (counterclaim, attribution, hedge, ...) when a document comes with them. Extraction and
// scoring are fused: each feature adds its weight column to the scores as it is produced, with no feature
// vector in between.
//
// Model file (little-endian): "ARGMNMDL" magic, u32 format version (1), FeatureOptions, u32 learner, labels
// (u32 count, then u32 length + UTF-8 bytes each), f32 biases, the weight columns (u32 count of non-zero
// columns, then u32 slot index + f32 weight per label each), u64 FNV-1a checksum of everything before it.
// Loading checks all of it and names what is wrong and where.
#pragma once

#include <argmine/error.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// What the feature extractor produces. Saved in every model; a model is always scored with its own.
struct FeatureOptions {
  /// Longest word n-gram (1..3). Default 2.
  int word_ngrams = 2;
  /// Character n-grams of each word, lengths [char_min, char_max]; char_max 0 turns them off. They help with
  /// spelling variants and hashtags, and cost most of the extraction time. Default 1..6 (best in 5-fold
  /// cross-validation on SemEval-2016 stance; see benchmarks/README.md).
  int char_min = 1;
  int char_max = 6;
  /// Number of weight slots = 2^hash_bits (10..26). More slots, fewer collisions, more memory
  /// (4 bytes x labels x slots) and slower scoring once the table leaves the cache. Default 20.
  int hash_bits = 20;
  /// Also emit every word feature conjoined with the example's target, so one model learns per-target
  /// weights besides shared ones. Default true.
  bool target_features = true;
  /// Words after a negation ("not", "n't", "never") up to the next punctuation become negated features.
  /// Default true.
  bool negation = true;
  /// Unit types of the tagger that cover the text become features: training and `Scorer::predict(text)` run
  /// the tagger; `Scorer::predict(doc, ...)` uses the units it is given. Default true.
  bool unit_features = true;
  /// With unit features, also the rule that fired each unit ("before_contrast", "although_clause"). Default
  /// true; model files from before it existed read as false and score as they were trained.
  bool unit_rules = true;
  /// Emit the plain (not target-conjoined) features too. False makes one model behave as one model per
  /// target. Default true.
  bool shared_features = true;
  /// Scale a text's feature sum by 1/sqrt(number of features), as an L2-normalized binary vector would be,
  /// so long and short texts score on one scale. Default true.
  bool normalize = true;
  /// Also the words (unigrams) and the tagger's unit types of up to this many sentences before and after the
  /// scored range, as features of their own marked by side (0..7): a sentence's role can show in its
  /// neighbours ("That was 1968. This year, ..."). Needs the range's document. Default 0 (none).
  int context_sentences = 0;
  /// The tagger's mentions of the past in the range (`Annotations::past_mentions`): each one's kind (year,
  /// decade, named event), how far back it lies from the document's year (2-4, 5-9, 10-19, 20-39, 40-79, 80+
  /// years) and the word before it ("since 1988", "like 1968"). Default false.
  bool past_features = false;
};

/// Learning algorithms of `train`.
enum class Learner : std::uint8_t {
  logistic,    ///< multinomial logistic regression, L2, AdaGrad; calibrated probabilities
  perceptron,  ///< averaged perceptron; probabilities are a softmax of its scores
};
std::string_view to_string(Learner l) noexcept;

struct Example;

/// A model's output for one text: the best label and a probability per label (in `labels()` order).
struct Prediction {
  std::size_t label = 0;
  std::vector<float> probabilities;
};

/// A trained linear model. Immutable once built; share it between threads, score through a `Scorer`.
class LinearModel {
 public:
  /// Reads a model file; errors are `Errc::io`, `Errc::corrupt_model` (truncated, bad checksum, inconsistent
  /// sizes) or `Errc::incompatible_model` (another magic number or format version), naming the file and the
  /// byte offset.
  static Result<std::shared_ptr<const LinearModel>> load(const std::string& path);
  static Result<std::shared_ptr<const LinearModel>> deserialize(std::string_view bytes, std::string_view name = {});

  Status save(const std::string& path) const;
  std::string serialize() const;

  const std::vector<std::string>& labels() const noexcept;
  const FeatureOptions& features() const noexcept;
  Learner learner() const noexcept;
  /// Index of a label, or -1.
  int label_index(std::string_view label) const noexcept;

  ~LinearModel();
  struct Impl;
  const Impl& impl() const noexcept { return *impl_; }
  explicit LinearModel(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

/// Scores texts or sentences of tokenized documents with a model. Holds a tokenizer and scratch buffers:
/// one per thread.
class Scorer {
 public:
  explicit Scorer(std::shared_ptr<const LinearModel> model);
  ~Scorer();
  Scorer(Scorer&&) noexcept;
  Scorer& operator=(Scorer&&) noexcept;

  const LinearModel& model() const noexcept;

  /// Tokenizes and scores a text toward `target` (empty when the task has none).
  Result<Prediction> predict(std::string_view text, std::string_view target = {});
  /// Scores an example as training saw it: its text alone, or its span in its document when it has one
  /// (consecutive examples of one document tokenize and tag it once). Fails on a span outside the document.
  Result<Prediction> predict(const Example& example);
  /// Scores tokens [first, end) of a document; `units` (optional) adds the tagger's units as features.
  void predict(const Document& doc, std::uint32_t first_token, std::uint32_t end_token, std::string_view target,
               const Annotations* units, Prediction& out);
  /// Raw scores (no softmax) into `scores` (size = labels), the hot path of corpus runs.
  void scores(const Document& doc, std::uint32_t first_token, std::uint32_t end_token, std::string_view target,
              const Annotations* units, std::span<float> scores);

 private:
  // The summarizer has hashed every token of the document already (detail::token_hashes) and passes the
  // hashes, which spares hashing each token again; they are not part of the public interface, where hashes
  // of the right count but the wrong values would score wrongly without an error.
  friend class Summarizer;
  void predict(const Document& doc, std::uint32_t first_token, std::uint32_t end_token, std::string_view target,
               const Annotations* units, Prediction& out, std::span<const std::uint64_t> token_hashes);
  void scores(const Document& doc, std::uint32_t first_token, std::uint32_t end_token, std::string_view target,
              const Annotations* units, std::span<float> scores, std::span<const std::uint64_t> token_hashes);
  template <int kRows>
  void scores_impl(const Document& doc, std::uint32_t first_token, std::uint32_t end_token, std::string_view target,
                   const Annotations* units, std::span<float> scores, std::span<const std::uint64_t> token_hashes);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine
