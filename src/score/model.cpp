#include <argmine/io.hpp>
#include <argmine/score/model.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include "score/example_view.hpp"
#include "score/features.hpp"
#include "score/model_impl.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

namespace argmine {
namespace {

constexpr char kMagic[8] = {'A', 'R', 'G', 'M', 'N', 'M', 'D', 'L'};
constexpr std::uint32_t kVersion = 1;

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return h;
}

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

// Reads little-endian values from a byte string, remembering the first failure and where it happened.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name, std::size_t pos = 0) : bytes_(bytes), name_(name), pos_(pos) {}
  template <class T>
  bool get(T& v, const char* what) {
    if (failed_) return false;
    if (bytes_.size() - pos_ < sizeof(T)) return fail(Errc::corrupt_model, fmt::format("truncated while reading {}", what));
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool get_bytes(std::string& s, std::uint32_t n, const char* what) {
    if (failed_) return false;
    if (bytes_.size() - pos_ < n) return fail(Errc::corrupt_model, fmt::format("truncated while reading {}", what));
    s.assign(bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool fail(Errc code, std::string message) {
    if (!failed_) error_ = Error(code, std::move(message), std::string(name_), pos_);
    failed_ = true;
    return false;
  }
  std::size_t pos() const { return pos_; }
  bool failed() const { return failed_; }
  const Error& error() const { return *error_; }

 private:
  std::string_view bytes_;
  std::string_view name_;
  std::size_t pos_ = 0;
  bool failed_ = false;
  std::optional<Error> error_;
};

// Room for more slots in a buffer kept at its size (filled by index); apart, so the store stays inline.
[[gnu::noinline]] void grow(std::vector<std::uint32_t>& slots) { slots.resize(slots.size() * 2 + 256); }

}  // namespace

std::string_view to_string(Learner l) noexcept {
  switch (l) {
    case Learner::logistic: return "logistic";
    case Learner::perceptron: return "perceptron";
  }
  return "logistic";
}

LinearModel::LinearModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LinearModel::~LinearModel() = default;

const std::vector<std::string>& LinearModel::labels() const noexcept { return impl_->labels; }
const FeatureOptions& LinearModel::features() const noexcept { return impl_->features; }
Learner LinearModel::learner() const noexcept { return impl_->learner; }
int LinearModel::label_index(std::string_view label) const noexcept {
  for (std::size_t i = 0; i < impl_->labels.size(); ++i) {
    if (impl_->labels[i] == label) return static_cast<int>(i);
  }
  return -1;
}

std::string LinearModel::serialize() const {
  const Impl& m = *impl_;
  std::string out(kMagic, sizeof kMagic);
  put<std::uint32_t>(out, kVersion);
  const FeatureOptions& f = m.features;
  put<std::int32_t>(out, f.word_ngrams);
  put<std::int32_t>(out, f.char_min);
  put<std::int32_t>(out, f.char_max);
  put<std::int32_t>(out, f.hash_bits);
  put<std::uint8_t>(out, f.target_features);
  put<std::uint8_t>(out, f.negation);
  put<std::uint8_t>(out, f.unit_features);
  put<std::uint8_t>(out, static_cast<std::uint8_t>((f.normalize ? 1 : 0) | (f.shared_features ? 0 : 2) |
                                                   (f.unit_rules ? 4 : 0) | (f.context_sentences << 3) |
                                                   (f.past_features ? 64 : 0)));
  put<std::uint32_t>(out, static_cast<std::uint32_t>(m.learner));
  put<std::uint32_t>(out, static_cast<std::uint32_t>(m.labels.size()));
  for (const auto& l : m.labels) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(l.size()));
    out += l;
  }
  for (Eigen::Index r = 0; r < m.bias.size(); ++r) put<float>(out, m.bias[r]);
  // Only the slots some feature used: most of the table is zero.
  std::uint32_t nonzero = 0;
  for (Eigen::Index c = 0; c < m.weights.cols(); ++c) nonzero += !m.weights.col(c).isZero(0.0f);
  put<std::uint32_t>(out, nonzero);
  for (Eigen::Index c = 0; c < m.weights.cols(); ++c) {
    if (m.weights.col(c).isZero(0.0f)) continue;
    put<std::uint32_t>(out, static_cast<std::uint32_t>(c));
    for (Eigen::Index r = 0; r < m.weights.rows(); ++r) put<float>(out, m.weights(r, c));
  }
  put<std::uint64_t>(out, fnv1a(out));
  return out;
}

Status LinearModel::save(const std::string& path) const { return write_file(path, serialize()); }

Result<std::shared_ptr<const LinearModel>> LinearModel::deserialize(std::string_view bytes, std::string_view name) {
  Reader r(bytes, name);
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Error(Errc::incompatible_model, "not an argmine model (no ARGMNMDL magic number)", std::string(name), 0);
  }
  std::string magic;
  r.get_bytes(magic, sizeof kMagic, "the magic number");
  std::uint32_t version = 0;
  r.get(version, "the format version");
  if (!r.failed() && version != kVersion) {
    return Error(Errc::incompatible_model,
                 fmt::format("model format version {} (this argmine reads version {})", version, kVersion),
                 std::string(name), 8);
  }
  auto impl = std::make_unique<Impl>();
  FeatureOptions& f = impl->features;
  std::uint8_t tf = 0, neg = 0, uf = 0, pad = 0;
  std::uint32_t learner = 0, nlabels = 0;
  r.get(f.word_ngrams, "feature options");
  r.get(f.char_min, "feature options");
  r.get(f.char_max, "feature options");
  r.get(f.hash_bits, "feature options");
  r.get(tf, "feature options");
  r.get(neg, "feature options");
  r.get(uf, "feature options");
  r.get(pad, "feature options");
  f.target_features = tf;
  f.negation = neg;
  f.unit_features = uf;
  f.normalize = pad & 1;
  f.shared_features = !(pad & 2);
  f.unit_rules = pad & 4;  // files written before rule features have the bit clear and score as they did
  f.context_sentences = (pad >> 3) & 7;  // likewise: no context or past features before they existed
  f.past_features = pad & 64;
  r.get(learner, "the learner");
  if (!r.failed() && (f.hash_bits < 10 || f.hash_bits > 26 || f.word_ngrams < 1 || f.word_ngrams > 3 ||
                      f.char_min < 1 || f.char_max > 16 || (pad >> 7) || learner > 1)) {
    r.fail(Errc::corrupt_model, "feature options out of range");
  }
  impl->learner = static_cast<Learner>(learner);
  r.get(nlabels, "the label count");
  if (!r.failed() && (nlabels < 2 || nlabels > 1024)) r.fail(Errc::corrupt_model, fmt::format("{} labels", nlabels));
  for (std::uint32_t i = 0; i < nlabels && !r.failed(); ++i) {
    std::uint32_t len = 0;
    r.get(len, "a label");
    if (!r.failed() && len > 4096) r.fail(Errc::corrupt_model, "a label longer than 4096 bytes");
    std::string label;
    r.get_bytes(label, len, "a label");
    impl->labels.push_back(std::move(label));
  }
  if (r.failed()) return r.error();
  impl->bias.resize(nlabels);
  for (std::uint32_t i = 0; i < nlabels; ++i) r.get(impl->bias[i], "the biases");
  const std::size_t slots = std::size_t{1} << f.hash_bits;
  std::uint32_t nonzero = 0;
  r.get(nonzero, "the weight count");
  if (!r.failed() && nonzero > slots) r.fail(Errc::corrupt_model, fmt::format("{} weight columns for {} slots", nonzero, slots));
  // The weight table is dense (labels x slots) and may be large: the columns are checked and the checksum
  // verified before it is allocated, so a damaged file never asks for gigabytes.
  const std::size_t columns_at = r.pos();
  for (std::uint32_t k = 0; k < nonzero && !r.failed(); ++k) {
    std::uint32_t c = 0;
    r.get(c, "a weight column");
    if (!r.failed() && c >= slots) r.fail(Errc::corrupt_model, fmt::format("weight column {} beyond {} slots", c, slots));
    float w = 0;
    for (std::uint32_t i = 0; i < nlabels && !r.failed(); ++i) r.get(w, "the weights");
  }
  if (r.failed()) return r.error();
  const std::size_t body = r.pos();
  std::uint64_t checksum = 0;
  r.get(checksum, "the checksum");
  if (r.failed()) return r.error();
  if (checksum != fnv1a(bytes.substr(0, body))) {
    return Error(Errc::corrupt_model, "checksum mismatch: the file was changed or damaged", std::string(name), body);
  }
  if (r.pos() != bytes.size()) {
    return Error(Errc::corrupt_model, fmt::format("{} unexpected bytes after the checksum", bytes.size() - r.pos()),
                 std::string(name), r.pos());
  }
  if (std::uint64_t{nlabels} * slots > detail::kMaxWeights) {
    return Error(Errc::corrupt_model,
                 fmt::format("{} labels x 2^{} slots: more than the {} weights a model may hold", nlabels,
                             f.hash_bits, detail::kMaxWeights),
                 std::string(name), columns_at);
  }
  impl->weights = Eigen::MatrixXf::Zero(nlabels, static_cast<Eigen::Index>(slots));
  Reader columns(bytes.substr(0, body), name, columns_at);
  for (std::uint32_t k = 0; k < nonzero; ++k) {
    std::uint32_t c = 0;
    columns.get(c, "a weight column");
    for (std::uint32_t i = 0; i < nlabels; ++i) columns.get(impl->weights(i, c), "the weights");
  }
  return std::make_shared<const LinearModel>(std::move(impl));
}

Result<std::shared_ptr<const LinearModel>> LinearModel::load(const std::string& path) {
  auto bytes = read_file(path, std::uint64_t{2} << 30);
  if (!bytes) return std::move(bytes).error();
  return deserialize(*bytes, path);
}

// ---------------------------------------------------------------------------------------------------------

struct Scorer::Impl {
  std::shared_ptr<const LinearModel> model;
  std::string scratch;
  std::vector<float> sum;
  // Summed weights of each word's own features (unigram, character n-grams) per word, negation and target:
  // words repeat, so most lookups replace a dozen scattered reads of the weight table with one read. Direct
  // mapped, 2^18 entries; an entry is [u64 key, u32 feature count, f32 sum per label] in floats' room,
  // padded to a power of two so it never straddles a cache line. Only used with character n-grams.
  static constexpr std::size_t kCacheBits = 18;
  std::size_t stride = 0;  // in 4-byte words
  std::vector<float> cache;
  std::vector<std::uint32_t> pending;  // slots of context features, reused (its size is its room: see grow)
  std::vector<std::uint32_t> word_slots;
  // Tokenizes (and tags, for a model with unit features) the texts of predict(text) and predict(Example);
  // made on first use, since a pipeline scores documents it has already tagged.
  std::unique_ptr<detail::ExampleView> examples;

  explicit Impl(std::shared_ptr<const LinearModel> m) : model(std::move(m)) {
    sum.resize(model->labels().size());
    stride = std::bit_ceil(3 + model->labels().size());
  }
};

Scorer::Scorer(std::shared_ptr<const LinearModel> model) : impl_(std::make_unique<Impl>(std::move(model))) {}
Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;
const LinearModel& Scorer::model() const noexcept { return *impl_->model; }

// The scoring loop, for a label count known at compile time (kRows > 0: the column sums unroll) or not.
template <int kRows>
void Scorer::scores_impl(const Document& doc, std::uint32_t first, std::uint32_t end, std::string_view target,
                         const Annotations* units, std::span<float> out,
                         std::span<const std::uint64_t> token_hashes) {
  const LinearModel::Impl& m = impl_->model->impl();
  Eigen::Map<Eigen::VectorXf> acc(out.data(), static_cast<Eigen::Index>(out.size()));
  acc = m.bias;
  const float* w = m.weights.data();
  const Eigen::Index rows = kRows > 0 ? kRows : m.weights.rows();
  const std::uint64_t th = m.features.target_features ? detail::target_hash(target) : 0;
  // Feature columns are summed apart from the bias, then scaled (fused: no feature vector is built).
  float* sum = impl_->sum.data();
  std::fill(sum, sum + rows, 0.0f);
  std::uint32_t count = 0;
  // Columns of context features (bigrams, ...) are gathered first and prefetched, then summed, so their
  // cache misses overlap instead of queueing one after another.
  Impl& c = *impl_;
  // (A size kept here and a store: vector::push_back, once outlined by the compiler, cost 2.7% of a batch.)
  std::size_t pending = 0;
  auto add_column = [&](std::uint32_t slot) __attribute__((always_inline)) {
    __builtin_prefetch(w + static_cast<std::size_t>(slot) * static_cast<std::size_t>(rows));
    if (pending == c.pending.size()) grow(c.pending);
    c.pending[pending++] = slot;
  };
  auto sum_columns = [&](std::span<const std::uint32_t> slots, float* into) {
    if constexpr (kRows > 0) {
      // Summed in locals (registers): through `into`, which may alias the weights as far as the compiler
      // knows, every partial sum would be stored. Each row adds its columns in the same order either way.
      float partial[kRows];
      std::copy_n(into, kRows, partial);
      for (std::uint32_t slot : slots) {
        const float* col = w + static_cast<std::size_t>(slot) * kRows;
        for (int r = 0; r < kRows; ++r) partial[r] += col[r];
      }
      std::copy_n(partial, kRows, into);
    } else {
      for (std::uint32_t slot : slots) {
        const float* col = w + static_cast<std::size_t>(slot) * static_cast<std::size_t>(rows);
        for (Eigen::Index r = 0; r < rows; ++r) into[r] += col[r];
      }
    }
  };
  const bool cached_words = m.features.char_max > 0;
  if (cached_words && c.cache.empty()) c.cache.assign(c.stride << Impl::kCacheBits, 0.0f);  // key 0: empty
  auto add_cached_word = [&](std::uint64_t key, auto&& produce) {
    key |= key == 0;
    float* entry = c.cache.data() + c.stride * (key & ((std::size_t{1} << Impl::kCacheBits) - 1));
    float* cached = entry + 3;
    if (std::memcmp(entry, &key, sizeof key) != 0) {
      std::memcpy(entry, &key, sizeof key);
      std::fill(cached, cached + rows, 0.0f);
      c.word_slots.clear();
      produce([&](std::uint32_t slot) {
        __builtin_prefetch(w + static_cast<std::size_t>(slot) * static_cast<std::size_t>(rows));
        c.word_slots.push_back(slot);
      });
      sum_columns(c.word_slots, cached);
      const auto n = static_cast<std::uint32_t>(c.word_slots.size());
      std::memcpy(entry + 2, &n, sizeof n);
    }
    for (Eigen::Index r = 0; r < rows; ++r) sum[r] += cached[r];
    std::uint32_t n;
    std::memcpy(&n, entry + 2, sizeof n);
    count += n;
  };
  // Without the cache a word's features are columns like the others (and its key, unused, is not computed).
  auto add_word = [&](std::uint64_t, auto&& produce) { produce(add_column); };
  if (token_hashes.size() != doc.tokens().size()) token_hashes = {};
  if (cached_words) {
    detail::extract_features(m.features, doc, first, end, th, units, impl_->scratch, add_column, add_cached_word,
                             token_hashes);
  } else {
    detail::extract_features(m.features, doc, first, end, th, units, impl_->scratch, add_column, add_word, token_hashes);
  }
  sum_columns(std::span<const std::uint32_t>(c.pending.data(), pending), sum);
  count += static_cast<std::uint32_t>(pending);
  const float scale = m.features.normalize && count ? 1.0f / std::sqrt(static_cast<float>(count)) : 1.0f;
  for (Eigen::Index r = 0; r < rows; ++r) out[static_cast<std::size_t>(r)] += scale * sum[r];
}

void Scorer::scores(const Document& doc, std::uint32_t first, std::uint32_t end, std::string_view target,
                    const Annotations* units, std::span<float> out) {
  scores(doc, first, end, target, units, out, {});
}

void Scorer::scores(const Document& doc, std::uint32_t first, std::uint32_t end, std::string_view target,
                    const Annotations* units, std::span<float> out, std::span<const std::uint64_t> token_hashes) {
  switch (impl_->model->labels().size()) {
    case 2: return scores_impl<2>(doc, first, end, target, units, out, token_hashes);
    case 3: return scores_impl<3>(doc, first, end, target, units, out, token_hashes);
    case 4: return scores_impl<4>(doc, first, end, target, units, out, token_hashes);
    default: return scores_impl<0>(doc, first, end, target, units, out, token_hashes);
  }
}

void Scorer::predict(const Document& doc, std::uint32_t first, std::uint32_t end, std::string_view target,
                     const Annotations* units, Prediction& out) {
  predict(doc, first, end, target, units, out, {});
}

void Scorer::predict(const Document& doc, std::uint32_t first, std::uint32_t end, std::string_view target,
                     const Annotations* units, Prediction& out, std::span<const std::uint64_t> token_hashes) {
  const std::size_t n = impl_->model->labels().size();
  out.probabilities.resize(n);
  scores(doc, first, end, target, units, out.probabilities, token_hashes);
  Eigen::Map<Eigen::VectorXf> p(out.probabilities.data(), static_cast<Eigen::Index>(n));
  detail::softmax(p);
  Eigen::Index best;
  p.maxCoeff(&best);
  out.label = static_cast<std::size_t>(best);
}

Result<Prediction> Scorer::predict(std::string_view text, std::string_view target) {
  Example e;
  e.text = text;
  e.target = target;
  return predict(e);
}

Result<Prediction> Scorer::predict(const Example& example) {
  if (!impl_->examples) impl_->examples = std::make_unique<detail::ExampleView>(impl_->model->features().unit_features);
  auto r = impl_->examples->resolve(example, 0);
  if (!r) return std::move(r).error();
  Prediction p;
  predict(*r->doc, r->first, r->end, example.target, r->units, p);
  return p;
}

}  // namespace argmine
