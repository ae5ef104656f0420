// Model commands: argmine stance train|predict|eval|cv, argmine train, argmine predict.
#include "commands.hpp"
#include "common.hpp"

#include <argmine/io.hpp>
#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>
#include <argmine/score/model.hpp>
#include <argmine/score/train.hpp>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>

namespace argmine::cli {
namespace {

struct ModelArgs {
  std::vector<std::string> inputs;
  std::string format = "tsv";
  std::string out;
  std::string model;
  std::string learner = "logistic";
  std::string folds_out;
  std::string predictions_out;  // cv: the out-of-fold predictions with probabilities
  bool by_document = false;
  bool probabilities = false;  // predict: write each label's probability too
  int word_ngrams = 2, char_min = 1, char_max = 6, hash_bits = 20, context_sentences = 0, epochs = 15, folds = 5;
  float l2 = 1e-5f, learning_rate = 0.05f;
  bool past_features = false, no_target = false, unbalanced = false, no_shared = false, no_normalize = false;
  std::uint64_t seed = 1;
};

void add_training_options(CLI::App* cmd, ModelArgs& a) {
  cmd->add_option("--learner", a.learner, "logistic (probabilities) or perceptron")
      ->check(CLI::IsMember({"logistic", "perceptron"}))
      ->capture_default_str();
  cmd->add_option("--word-ngrams", a.word_ngrams, "Longest word n-gram (1-3)")->capture_default_str();
  cmd->add_option("--char-min", a.char_min, "Shortest character n-gram")->capture_default_str();
  cmd->add_option("--char-max", a.char_max, "Longest character n-gram (0: none)")->capture_default_str();
  cmd->add_option("--context-sentences", a.context_sentences,
                  "Also the words and units of this many sentences before and after (0-7)")
      ->capture_default_str();
  cmd->add_flag("--past-features", a.past_features,
                "Also each mention of the past: its kind, how far back, the word before it");
  cmd->add_option("--hash-bits", a.hash_bits, "2^bits weight slots (10-26)")->capture_default_str();
  cmd->add_option("--epochs", a.epochs, "Passes over the data")->capture_default_str();
  cmd->add_option("--l2", a.l2, "L2 penalty")->capture_default_str();
  cmd->add_option("--learning-rate", a.learning_rate, "AdaGrad step size")->capture_default_str();
  cmd->add_option("--seed", a.seed, "Seed of the example order")->capture_default_str();
  cmd->add_flag("--no-target", a.no_target, "Do not conjoin features with the target");
  cmd->add_flag("--unbalanced", a.unbalanced, "Do not weight classes by their frequency");
  cmd->add_flag("--no-shared", a.no_shared, "Only target-conjoined features (one model per target)");
  cmd->add_flag("--no-normalize", a.no_normalize, "Do not scale a text's features by 1/sqrt(count)");
}

TrainOptions training_options(const ModelArgs& a) {
  TrainOptions o;
  o.learner = a.learner == "perceptron" ? Learner::perceptron : Learner::logistic;
  o.features.word_ngrams = a.word_ngrams;
  o.features.char_min = a.char_min;
  o.features.char_max = a.char_max;
  o.features.hash_bits = a.hash_bits;
  o.features.context_sentences = a.context_sentences;
  o.features.past_features = a.past_features;
  o.features.target_features = !a.no_target;
  o.features.shared_features = !a.no_shared;
  o.features.normalize = !a.no_normalize;
  o.epochs = a.epochs;
  o.l2 = a.l2;
  o.learning_rate = a.learning_rate;
  o.seed = a.seed;
  o.balanced = !a.unbalanced;
  return o;
}

Result<std::vector<Example>> read_all(const ModelArgs& a) {
  auto format = parse_data_format(a.format);
  if (!format) return std::move(format).error();
  std::vector<Example> all;
  for (const auto& path : a.inputs) {
    auto ex = read_examples(path, *format);
    if (!ex) return std::move(ex).error();
    all.insert(all.end(), std::make_move_iterator(ex->begin()), std::make_move_iterator(ex->end()));
  }
  if (all.empty()) return Error(Errc::invalid_input, "no examples", a.inputs.empty() ? "" : a.inputs.front());
  return all;
}

// Labels (and probabilities, when asked) of every example; an example that cannot be scored (its offsets
// outside its document, invalid UTF-8) is an error naming it, never a default label.
Result<std::vector<std::string>> predict_all(const std::shared_ptr<const LinearModel>& model,
                                             const std::vector<Example>& ex,
                                             LabelProbabilities* probabilities = nullptr) {
  Scorer scorer(model);
  std::vector<std::string> out;
  out.reserve(ex.size());
  if (probabilities) probabilities->labels = model->labels();
  for (std::size_t i = 0; i < ex.size(); ++i) {
    auto p = scorer.predict(ex[i]);  // in its document when it has one, as training saw it
    if (!p) {
      Error e = std::move(p).error();
      return Error(e.code(), fmt::format("example {} (id '{}'): {}", i + 1, ex[i].id, e.message()), e.input(),
                   e.position());
    }
    out.push_back(model->labels()[p->label]);
    if (probabilities) probabilities->values.push_back(std::move(p->probabilities));
  }
  return out;
}

void print_scores(const std::vector<Example>& gold_ex, const std::vector<std::string>& predicted, bool stance,
                  const std::vector<std::string>& labels) {
  std::vector<std::string> gold;
  for (const auto& e : gold_ex) gold.push_back(e.label);
  if (stance) {
    fmt::print("F_avg (mean F1 of FAVOR and AGAINST, all tweets): {:.2f}\n", semeval_favg(gold, predicted));
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> by_target;
    for (std::size_t i = 0; i < gold.size(); ++i) {
      by_target[gold_ex[i].target].first.push_back(gold[i]);
      by_target[gold_ex[i].target].second.push_back(predicted[i]);
    }
    for (const auto& [t, gp] : by_target) {
      fmt::print("  {:<40} {:6.2f}  ({} tweets)\n", t, semeval_favg(gp.first, gp.second), gp.first.size());
    }
  }
  const ClassScores cs = class_scores(gold, predicted, labels);
  fmt::print("{:<16} {:>7} {:>7} {:>7} {:>7}\n", "label", "P", "R", "F1", "support");
  for (std::size_t k = 0; k < cs.labels.size(); ++k) {
    fmt::print("{:<16} {:7.3f} {:7.3f} {:7.3f} {:7}\n", cs.labels[k], cs.precision[k], cs.recall[k], cs.f1[k],
               cs.support[k]);
  }
  fmt::print("macro F1 {:.4f}, accuracy {:.4f}, {} examples\n", cs.macro_f1, cs.accuracy, gold.size());
}

int run_train(const ModelArgs& a) {
  auto ex = read_all(a);
  if (!ex) return fail(ex.error());
  const auto t0 = std::chrono::steady_clock::now();
  auto model = train(*ex, training_options(a));
  if (!model) return fail(model.error());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  Status st = (*model)->save(a.out);
  if (!st.ok()) return fail(st.error());
  fmt::print(stderr, "trained {} on {} examples ({} labels) in {:.2f} s -> {}\n", to_string((*model)->learner()),
             ex->size(), (*model)->labels().size(), secs, a.out);
  return 0;
}

int run_predict(const ModelArgs& a) {
  auto model = LinearModel::load(a.model);
  if (!model) return fail(model.error());
  auto ex = read_all(a);
  if (!ex) return fail(ex.error());
  auto format = parse_data_format(a.format);
  LabelProbabilities probabilities;
  const auto labels = predict_all(*model, *ex, a.probabilities ? &probabilities : nullptr);
  if (!labels) return fail(labels.error());
  const std::string out = format_examples(*ex, *labels, *format, a.probabilities ? &probabilities : nullptr);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

// Writes labelled examples as read (brat sentences become TSV rows: label, text, position, id).
int run_examples(const ModelArgs& a) {
  auto ex = read_all(a);
  if (!ex) return fail(ex.error());
  std::vector<std::string> labels;
  for (const auto& e : *ex) labels.push_back(e.label);
  const std::string out = format_examples(*ex, labels, DataFormat::tsv);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int run_model_eval(const ModelArgs& a, bool stance) {
  if (!a.model.empty()) {
    auto model = LinearModel::load(a.model);
    if (!model) return fail(model.error());
    auto ex = read_all(a);
    if (!ex) return fail(ex.error());
    auto predicted = predict_all(*model, *ex);
    if (!predicted) return fail(predicted.error());
    print_scores(*ex, *predicted, stance, (*model)->labels());
    return 0;
  }
  // GOLD PREDICTED: two files in the same format and order.
  if (a.inputs.size() != 2) return fail(Error(Errc::invalid_argument, "give --model MODEL DATA, or GOLD PREDICTED"));
  auto format = parse_data_format(a.format);
  if (!format) return fail(format.error());
  auto gold = read_examples(a.inputs[0], *format);
  if (!gold) return fail(gold.error());
  auto pred = read_examples(a.inputs[1], *format);
  if (!pred) return fail(pred.error());
  if (gold->size() != pred->size()) {
    return fail(Error(Errc::invalid_input,
                      fmt::format("{} predictions for {} gold examples", pred->size(), gold->size()), a.inputs[1]));
  }
  std::vector<std::string> labels, predicted;
  for (const auto& e : *gold) labels.push_back(e.label);
  for (const auto& e : *pred) predicted.push_back(e.label);
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  print_scores(*gold, predicted, stance, labels);
  return 0;
}

int run_cv(const ModelArgs& a, bool stance) {
  auto ex = read_all(a);
  if (!ex) return fail(ex.error());
  const auto folds = a.by_document ? document_folds(*ex, a.folds, a.seed) : stratified_folds(*ex, a.folds, a.seed);
  if (!a.folds_out.empty()) {
    std::string s;
    for (std::size_t i = 0; i < folds.size(); ++i) s += fmt::format("{}\t{}\n", (*ex)[i].id, folds[i]);
    Status st = write_file(a.folds_out, s);
    if (!st.ok()) return fail(st.error());
  }
  std::vector<std::string> predicted(ex->size()), gold;
  LabelProbabilities probabilities;  // out of fold, for --predictions-out
  probabilities.values.resize(ex->size());
  for (const auto& e : *ex) probabilities.labels.push_back(e.label);
  std::sort(probabilities.labels.begin(), probabilities.labels.end());
  probabilities.labels.erase(std::unique(probabilities.labels.begin(), probabilities.labels.end()),
                             probabilities.labels.end());
  for (const auto& e : *ex) gold.push_back(e.label);
  double train_secs = 0;
  std::vector<std::string> labels;
  for (int k = 0; k < a.folds; ++k) {
    std::vector<Example> tr, te;
    std::vector<std::size_t> te_idx;
    for (std::size_t i = 0; i < ex->size(); ++i) {
      if (folds[i] == k) {
        te.push_back((*ex)[i]);
        te_idx.push_back(i);
      } else {
        tr.push_back((*ex)[i]);
      }
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto model = train(tr, training_options(a));
    if (!model) return fail(model.error());
    train_secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    labels = (*model)->labels();
    LabelProbabilities fold_probabilities;
    auto pr = predict_all(*model, te, &fold_probabilities);
    if (!pr) return fail(pr.error());
    const auto& p = *pr;
    std::vector<std::string> g;
    for (std::size_t j = 0; j < te.size(); ++j) {
      predicted[te_idx[j]] = p[j];
      // In the order of all gold labels: a fold's model knows only the labels of its training part.
      auto& row = probabilities.values[te_idx[j]];
      row.assign(probabilities.labels.size(), 0.0f);
      for (std::size_t l = 0; l < labels.size(); ++l) {
        const auto at = std::lower_bound(probabilities.labels.begin(), probabilities.labels.end(), labels[l]);
        if (at != probabilities.labels.end() && *at == labels[l]) {
          row[static_cast<std::size_t>(at - probabilities.labels.begin())] = fold_probabilities.values[j][l];
        }
      }
      g.push_back(te[j].label);
    }
    if (stance) fmt::print("fold {}: F_avg {:.2f}\n", k + 1, semeval_favg(g, p));
    else fmt::print("fold {}: macro F1 {:.4f}\n", k + 1, class_scores(g, p, labels).macro_f1);
  }
  fmt::print("{}-fold cross-validation, {} examples, training {:.2f} s per fold on average\n", a.folds, ex->size(),
             train_secs / a.folds);
  print_scores(*ex, predicted, stance, labels);
  if (!a.predictions_out.empty()) {
    const auto format = parse_data_format(a.format);  // valid: the examples were read in it
    Status st = write_file(a.predictions_out, format_examples(*ex, predicted, *format, &probabilities));
    if (!st.ok()) return fail(st.error());
  }
  return 0;
}

int run_default_models(const ModelArgs& a) {
  auto model = train_role_model(a.inputs.at(0));
  if (!model) return fail(model.error());
  std::error_code ec;
  std::filesystem::create_directories(a.out, ec);
  if (ec) return fail(Error(Errc::io, ec.message(), a.out));
  const std::string path = (std::filesystem::path(a.out) / "roles.model").string();
  Status st = (*model)->save(path);
  if (!st.ok()) return fail(st.error());
  fmt::print(stderr, "default role model -> {}\n", path);
  return 0;
}

}  // namespace

void add_models(CLI::App& app, std::function<int()>& action) {
  // Stance commands read SemEval files by default; the generic ones TSV. Each has its own options object
  // (CLI11 binds options to variables, and defaults are written into them).
  auto a = std::make_shared<ModelArgs>();
  a->format = "semeval";
  auto* stance = app.add_subcommand("stance", "Stance models (SemEval-2016 Task 6 format by default)");
  stance->require_subcommand(1);
  auto* st_train = stance->add_subcommand("train", "Train a stance model");
  st_train->add_option("inputs", a->inputs, "Labelled files")->required();
  st_train->add_option("--out", a->out, "Model file to write")->required();
  st_train->add_option("--format", a->format, "semeval, tsv or jsonl")->capture_default_str();
  add_training_options(st_train, *a);
  st_train->callback([a, &action] { action = [a] { return run_train(*a); }; });
  auto* st_predict = stance->add_subcommand("predict", "Fill the Stance column with the model's predictions");
  st_predict->add_option("inputs", a->inputs, "File to label")->required();
  st_predict->add_option("--model", a->model, "Model file")->required();
  st_predict->add_option("--format", a->format, "semeval, tsv or jsonl")->capture_default_str();
  st_predict->add_flag("--probabilities", a->probabilities, "Also write each label's probability");
  st_predict->callback([a, &action] { action = [a] { return run_predict(*a); }; });
  auto* st_eval = stance->add_subcommand("eval", "F_avg and per-target scores: GOLD PREDICTED, or --model M GOLD");
  st_eval->add_option("inputs", a->inputs, "GOLD [PREDICTED]")->required();
  st_eval->add_option("--model", a->model, "Model to predict with");
  st_eval->add_option("--format", a->format, "semeval, tsv or jsonl")->capture_default_str();
  st_eval->callback([a, &action] { action = [a] { return run_model_eval(*a, true); }; });
  auto* st_cv = stance->add_subcommand("cv", "k-fold cross-validation (stratified by target and label)");
  st_cv->add_option("inputs", a->inputs, "Labelled files")->required();
  st_cv->add_option("--folds", a->folds, "Number of folds")->capture_default_str();
  st_cv->add_option("--folds-out", a->folds_out, "Write each example's fold (id<TAB>fold) here");
  st_cv->add_option("--predictions-out", a->predictions_out,
                  "Write the out-of-fold predictions here (input format, with probabilities)");
  st_cv->add_option("--format", a->format, "semeval, tsv or jsonl")->capture_default_str();
  add_training_options(st_cv, *a);
  st_cv->callback([a, &action] { action = [a] { return run_cv(*a, true); }; });

  a = std::make_shared<ModelArgs>();
  auto* tr = app.add_subcommand("train", "Train a model on your labelled data (tsv or jsonl; see docs/models.md)");
  tr->add_option("inputs", a->inputs, "Labelled files")->required();
  tr->add_option("--out", a->out, "Model file to write")->required();
  tr->add_option("--format", a->format, "tsv, jsonl or semeval")->capture_default_str();
  add_training_options(tr, *a);
  tr->callback([a, &action] { action = [a] { return run_train(*a); }; });
  auto* pr = app.add_subcommand("predict", "Label examples with a model");
  pr->add_option("inputs", a->inputs, "Files to label")->required();
  pr->add_option("--model", a->model, "Model file")->required();
  pr->add_option("--format", a->format, "tsv, jsonl or semeval")->capture_default_str();
  pr->add_flag("--probabilities", a->probabilities, "Also write each label's probability");
  pr->callback([a, &action] { action = [a] { return run_predict(*a); }; });
  auto* exs = app.add_subcommand("examples", "Print labelled examples as TSV, as training reads them (brat: one a sentence)");
  exs->add_option("inputs", a->inputs, "Labelled files or folders")->required();
  exs->add_option("--format", a->format, "tsv, jsonl, semeval or brat")->capture_default_str();
  exs->callback([a, &action] { action = [a] { return run_examples(*a); }; });

  auto* dm = app.add_subcommand("default-models", "Train the models argmine ships, on its own annotated corpus");
  dm->add_option("--corpus", a->inputs, "Folder of brat-annotated texts (the project's corpus/)")->required();
  dm->add_option("--out", a->out, "Folder to write roles.model into")->required();
  dm->callback([a, &action] { action = [a] { return run_default_models(*a); }; });

  auto* cv = app.add_subcommand("cv", "k-fold cross-validation of a model on your labelled data");
  cv->add_option("inputs", a->inputs, "Labelled files")->required();
  cv->add_option("--folds", a->folds, "Number of folds")->capture_default_str();
  cv->add_option("--folds-out", a->folds_out, "Write each example's fold (id<TAB>fold) here");
  cv->add_option("--predictions-out", a->predictions_out,
                  "Write the out-of-fold predictions here (input format, with probabilities)");
  cv->add_flag("--by-document", a->by_document, "Keep each document in one fold (ids 'doc:...', as brat data has)");
  cv->add_option("--format", a->format, "tsv, jsonl or semeval")->capture_default_str();
  add_training_options(cv, *a);
  cv->callback([a, &action] { action = [a] { return run_cv(*a, false); }; });
}

int run_model_eval_cli(const std::vector<std::string>& inputs, const std::string& model, const std::string& format) {
  ModelArgs a;
  a.inputs = inputs;
  a.model = model;
  a.format = format;
  return run_model_eval(a, format == "semeval");
}

}  // namespace argmine::cli
