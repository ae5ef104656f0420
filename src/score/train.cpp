#include <argmine/score/train.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include "score/example_view.hpp"
#include "score/features.hpp"
#include "score/model_impl.hpp"
#include "score/train_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace argmine {

namespace detail {

double logistic_loss(const Eigen::MatrixXf& W, const Eigen::VectorXf& bias, std::span<const std::uint32_t> slots,
                     float scale, int label, float weight, Eigen::VectorXf* g_bias, Eigen::MatrixXf* g_cols) {
  Eigen::VectorXf p = Eigen::VectorXf::Zero(bias.size());
  for (std::uint32_t s : slots) p += W.col(s);
  p = bias + scale * p;
  softmax(p);
  const double loss = -static_cast<double>(weight) * std::log(std::max(p[label], 1e-30f));
  if (g_bias || g_cols) {
    Eigen::VectorXf g = p;
    g[label] -= 1.0f;
    g *= weight;
    if (g_bias) *g_bias = g;
    if (g_cols) {
      g_cols->resize(W.rows(), static_cast<Eigen::Index>(slots.size()));
      for (std::size_t k = 0; k < slots.size(); ++k) g_cols->col(static_cast<Eigen::Index>(k)) = scale * g;
    }
  }
  return loss;
}

}  // namespace detail

namespace {

// Examples as slot lists, extracted once.
struct Encoded {
  std::vector<std::uint32_t> offsets{0};
  std::vector<std::uint32_t> slots;
  std::vector<int> labels;
  std::span<const std::uint32_t> of(std::size_t i) const {
    return std::span<const std::uint32_t>(slots).subspan(offsets[i], offsets[i + 1] - offsets[i]);
  }
};

Status encode(std::span<const Example> examples, const FeatureOptions& f, const std::vector<std::string>& labels,
              Encoded& out) {
  std::string scratch;
  // The tagger's units of each example become features, as Scorer::predict(Example) adds them.
  detail::ExampleView view(f.unit_features);
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const Example& e = examples[i];
    const auto it = std::find(labels.begin(), labels.end(), e.label);
    if (it == labels.end()) {
      return Error(Errc::invalid_argument, fmt::format("label '{}' is not among the model's labels", e.label),
                   e.id.empty() ? fmt::format("example {}", i + 1) : e.id);
    }
    auto r = view.resolve(e, i + 1);
    if (!r) return std::move(r).error();
    const std::uint64_t th = f.target_features ? detail::target_hash(e.target) : 0;
    detail::extract_features(f, *r->doc, r->first, r->end, th, r->units, scratch,
                             [&](std::uint32_t s) { out.slots.push_back(s); },
                             [&](std::uint64_t, auto&& produce) { produce([&](std::uint32_t s) { out.slots.push_back(s); }); });
    out.offsets.push_back(static_cast<std::uint32_t>(out.slots.size()));
    out.labels.push_back(static_cast<int>(it - labels.begin()));
  }
  return {};
}

void train_logistic(const Encoded& data, const std::vector<float>& class_weight, const TrainOptions& o,
                    LinearModel::Impl& m) {
  auto scale = [&](std::size_t n) { return m.features.normalize && n ? 1.0f / std::sqrt(float(n)) : 1.0f; };
  const Eigen::Index L = static_cast<Eigen::Index>(m.labels.size());
  Eigen::MatrixXf G = Eigen::MatrixXf::Constant(L, m.weights.cols(), 1e-8f);  // AdaGrad accumulators
  Eigen::VectorXf Gb = Eigen::VectorXf::Constant(L, 1e-8f);
  std::vector<std::size_t> order(data.labels.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(o.seed);
  Eigen::VectorXf g(L), grad(L);
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t i : order) {
      const auto slots = data.of(i);
      const int y = data.labels[i];
      const float x = scale(slots.size());  // every active feature has value x
      detail::logistic_loss(m.weights, m.bias, slots, x, y, class_weight[static_cast<std::size_t>(y)], &g);
      Gb.array() += g.array().square();
      m.bias.array() -= o.learning_rate * g.array() / Gb.array().sqrt();
      for (std::uint32_t s : slots) {
        grad = x * g + o.l2 * m.weights.col(s);
        G.col(s).array() += grad.array().square();
        m.weights.col(s).array() -= o.learning_rate * grad.array() / G.col(s).array().sqrt();
      }
    }
  }
}

void train_perceptron(const Encoded& data, const std::vector<float>& class_weight, const TrainOptions& o,
                      LinearModel::Impl& m) {
  // Averaged perceptron with the usual trick: keep the sum of updates weighted by their time, then subtract.
  const Eigen::Index L = static_cast<Eigen::Index>(m.labels.size());
  Eigen::MatrixXf U = Eigen::MatrixXf::Zero(L, m.weights.cols());
  Eigen::VectorXf Ub = Eigen::VectorXf::Zero(L);
  std::vector<std::size_t> order(data.labels.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(o.seed);
  float t = 1.0f;
  Eigen::VectorXf s(L);
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t i : order) {
      const auto slots = data.of(i);
      const int y = data.labels[i];
      const float x = m.features.normalize && !slots.empty() ? 1.0f / std::sqrt(float(slots.size())) : 1.0f;
      s.setZero();
      for (std::uint32_t c : slots) s += m.weights.col(c);
      s = m.bias + x * s;
      Eigen::Index pred;
      s.maxCoeff(&pred);
      if (pred != y) {
        const float step = class_weight[static_cast<std::size_t>(y)];
        for (std::uint32_t c : slots) {
          m.weights(y, c) += step * x;
          m.weights(pred, c) -= step * x;
          U(y, c) += t * step * x;
          U(pred, c) -= t * step * x;
        }
        m.bias[y] += step;
        m.bias[pred] -= step;
        Ub[y] += t * step;
        Ub[pred] -= t * step;
      }
      t += 1.0f;
    }
  }
  m.weights -= U / t;
  m.bias -= Ub / t;
}

}  // namespace

Result<std::shared_ptr<const LinearModel>> train(std::span<const Example> examples, const TrainOptions& o) {
  const FeatureOptions& f = o.features;
  if (f.hash_bits < 10 || f.hash_bits > 26) {
    return Error(Errc::invalid_argument, fmt::format("hash_bits {} is outside 10..26", f.hash_bits));
  }
  if (f.word_ngrams < 1 || f.word_ngrams > 3) {
    return Error(Errc::invalid_argument, fmt::format("word_ngrams {} is outside 1..3", f.word_ngrams));
  }
  if (f.context_sentences < 0 || f.context_sentences > 7) {
    return Error(Errc::invalid_argument, fmt::format("context_sentences {} is outside 0..7", f.context_sentences));
  }
  if (f.char_max != 0 && (f.char_min < 1 || f.char_min > f.char_max || f.char_max > 16)) {
    return Error(Errc::invalid_argument, fmt::format("char n-grams {}..{} are out of range", f.char_min, f.char_max));
  }
  if (o.epochs < 1) return Error(Errc::invalid_argument, "epochs must be at least 1");
  auto impl = std::make_unique<LinearModel::Impl>();
  impl->features = f;
  impl->learner = o.learner;
  impl->labels = o.labels;
  if (impl->labels.empty()) {
    for (const auto& e : examples) impl->labels.push_back(e.label);
    std::sort(impl->labels.begin(), impl->labels.end());
    impl->labels.erase(std::unique(impl->labels.begin(), impl->labels.end()), impl->labels.end());
  }
  if (impl->labels.size() < 2) {
    return Error(Errc::invalid_argument, fmt::format("training needs at least two labels, found {}", impl->labels.size()));
  }
  // What a model file may hold (LinearModel::deserialize refuses more).
  if (impl->labels.size() > 1024) {
    return Error(Errc::invalid_argument, fmt::format("{} labels: a model holds at most 1024", impl->labels.size()));
  }
  if (impl->labels.size() * (std::uint64_t{1} << f.hash_bits) > detail::kMaxWeights) {
    return Error(Errc::invalid_argument, fmt::format("{} labels x 2^{} slots: more than the {} weights a model may hold",
                                                     impl->labels.size(), f.hash_bits, detail::kMaxWeights));
  }
  const auto L = static_cast<Eigen::Index>(impl->labels.size());
  impl->bias = Eigen::VectorXf::Zero(L);
  impl->weights = Eigen::MatrixXf::Zero(L, static_cast<Eigen::Index>(std::size_t{1} << f.hash_bits));
  Encoded data;
  Status st = encode(examples, f, impl->labels, data);
  if (!st.ok()) return std::move(st).error();
  std::vector<float> class_weight(impl->labels.size(), 1.0f);
  if (o.balanced) {
    std::vector<std::size_t> count(impl->labels.size(), 0);
    for (int y : data.labels) ++count[static_cast<std::size_t>(y)];
    for (std::size_t k = 0; k < count.size(); ++k) {
      class_weight[k] = count[k] ? static_cast<float>(data.labels.size()) /
                                       static_cast<float>(impl->labels.size() * count[k])
                                 : 1.0f;
    }
  }
  if (o.learner == Learner::perceptron) train_perceptron(data, class_weight, o, *impl);
  else train_logistic(data, class_weight, o, *impl);
  return std::make_shared<const LinearModel>(std::move(impl));
}

ClassScores class_scores(std::span<const std::string> gold, std::span<const std::string> predicted,
                         const std::vector<std::string>& labels) {
  ClassScores cs;
  cs.labels = labels;
  const std::size_t n = labels.size();
  std::vector<std::size_t> tp(n, 0), fp(n, 0), fn(n, 0);
  std::size_t correct = 0;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const auto g = std::find(labels.begin(), labels.end(), gold[i]) - labels.begin();
    const auto p = std::find(labels.begin(), labels.end(), predicted[i]) - labels.begin();
    if (g == p) {
      ++correct;
      if (static_cast<std::size_t>(g) < n) ++tp[static_cast<std::size_t>(g)];
    } else {
      if (static_cast<std::size_t>(p) < n) ++fp[static_cast<std::size_t>(p)];
      if (static_cast<std::size_t>(g) < n) ++fn[static_cast<std::size_t>(g)];
    }
  }
  double sum = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const double pr = tp[k] + fp[k] ? double(tp[k]) / double(tp[k] + fp[k]) : 0.0;
    const double rc = tp[k] + fn[k] ? double(tp[k]) / double(tp[k] + fn[k]) : 0.0;
    cs.precision.push_back(pr);
    cs.recall.push_back(rc);
    cs.f1.push_back(pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0);
    cs.support.push_back(tp[k] + fn[k]);
    sum += cs.f1.back();
  }
  cs.macro_f1 = n ? sum / double(n) : 0.0;
  cs.accuracy = gold.empty() ? 0.0 : double(correct) / double(gold.size());
  return cs;
}

double semeval_favg(std::span<const std::string> gold, std::span<const std::string> predicted) {
  auto f1 = [&](std::string_view label) {
    std::size_t tp = 0, fp = 0, fn = 0;
    for (std::size_t i = 0; i < gold.size(); ++i) {
      const bool g = gold[i] == label, p = predicted[i] == label;
      tp += g && p;
      fp += p && !g;
      fn += g && !p;
    }
    const double pr = tp + fp ? double(tp) / double(tp + fp) : 0.0;
    const double rc = tp + fn ? double(tp) / double(tp + fn) : 0.0;
    return pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0;
  };
  return 100.0 * (f1("FAVOR") + f1("AGAINST")) / 2.0;
}

std::vector<int> stratified_folds(std::span<const Example> examples, int k, std::uint64_t seed) {
  std::map<std::string, std::vector<std::size_t>> by_label;
  for (std::size_t i = 0; i < examples.size(); ++i) by_label[examples[i].target + "\x1f" + examples[i].label].push_back(i);
  std::vector<int> fold(examples.size(), 0);
  std::mt19937_64 rng(seed);
  int next = 0;
  for (auto& [label, idx] : by_label) {
    std::shuffle(idx.begin(), idx.end(), rng);
    for (std::size_t i : idx) fold[i] = next++ % k;
  }
  return fold;
}

}  // namespace argmine

namespace argmine {

std::vector<int> document_folds(std::span<const Example> examples, int k, std::uint64_t seed) {
  std::map<std::string_view, std::vector<std::size_t>> by_document;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const std::string_view id = examples[i].id;
    by_document[id.substr(0, std::min(id.rfind(':'), id.size()))].push_back(i);
  }
  std::vector<const std::vector<std::size_t>*> documents;
  for (const auto& [name, idx] : by_document) documents.push_back(&idx);
  std::mt19937_64 rng(seed);
  std::shuffle(documents.begin(), documents.end(), rng);
  std::vector<int> fold(examples.size(), 0);
  for (std::size_t d = 0; d < documents.size(); ++d) {
    for (std::size_t i : *documents[d]) fold[i] = static_cast<int>(d % static_cast<std::size_t>(k));
  }
  return fold;
}

}  // namespace argmine
