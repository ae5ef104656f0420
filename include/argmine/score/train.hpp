// argmine/score/train.hpp — training linear models on labelled examples, and the usual metrics.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/model.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace argmine {

/// One labelled example: a text (a tweet, a sentence, a paragraph), the target it is about (or empty) and
/// its label.
struct Example {
  std::string text;
  std::string target;
  std::string label;
  std::string id;  ///< passed through to predictions
  /// Optional context: the whole document `text` was taken from (shared by the examples of one document) and
  /// the text's byte span [begin, end) in it. With it, features come from those tokens of the tokenized
  /// document and the tagger's units from tagging the whole document, as a pipeline scoring sentences in
  /// context sees them (a sentence is a concession because the next one answers it). Null: the text stands
  /// alone. The brat reader sets it.
  std::shared_ptr<const std::string> document;
  std::uint32_t begin = 0, end = 0;
  /// Year the document was written, for the tagger's past and present (`Tagger::tag` with a year); 0: the
  /// tagger's default. Only used with `document`.
  std::int32_t document_year = 0;
};

/// Options of `train`.
struct TrainOptions {
  FeatureOptions features;
  /// Learning algorithm. Default logistic regression.
  Learner learner = Learner::logistic;
  /// Passes over the data. Default 15.
  int epochs = 15;
  /// L2 penalty, applied to a slot's weights whenever an example uses it (logistic). Default 1e-5.
  float l2 = 1e-5f;
  /// AdaGrad step size (logistic). Default 0.05.
  float learning_rate = 0.05f;
  /// Weight classes by n / (k * n_class) so rare labels count as much as common ones. Default true.
  bool balanced = true;
  /// Seed of the example order; the same seed and data give the same model, byte for byte. Default 1.
  std::uint64_t seed = 1;
  /// Label order of the model; empty: sorted labels of the data.
  std::vector<std::string> labels;
};

/// Trains a model. Fails with `Errc::invalid_argument` when there are fewer than two labels or options are
/// out of range.
Result<std::shared_ptr<const LinearModel>> train(std::span<const Example> examples, const TrainOptions& options);

/// Precision, recall and F1 of each label, and their macro average.
struct ClassScores {
  std::vector<std::string> labels;
  std::vector<double> precision, recall, f1;
  std::vector<std::size_t> support;
  double macro_f1 = 0.0;
  double accuracy = 0.0;
};
ClassScores class_scores(std::span<const std::string> gold, std::span<const std::string> predicted,
                         const std::vector<std::string>& labels);

/// The official SemEval-2016 Task 6 metric: the mean of F1(FAVOR) and F1(AGAINST), micro-averaged over all
/// tweets (NONE counts only through false positives and negatives), times 100.
double semeval_favg(std::span<const std::string> gold, std::span<const std::string> predicted);

/// Folds for k-fold cross-validation: fold of each example, deterministic given the seed, stratified by label.
std::vector<int> stratified_folds(std::span<const Example> examples, int k, std::uint64_t seed);

/// Folds that keep each document whole: examples whose ids share the part before the last ':' (as the brat
/// format writes "file.txt:offset") go to the same fold; documents are dealt to folds in a shuffled order,
/// deterministic given the seed. Use it when sentences of one text must not train and test at once.
std::vector<int> document_folds(std::span<const Example> examples, int k, std::uint64_t seed);

}  // namespace argmine
