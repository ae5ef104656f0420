// Shared helpers of the argmine command-line tool.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/sentence_units.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace argmine::cli {

/// Exit codes: 0 success, 1 the input or run failed (a message on stderr), 2 wrong usage (CLI11's code).
inline constexpr int kExitFailure = 1;

/// Prints "argmine: <error>" on stderr and returns kExitFailure.
inline int fail(const Error& e) {
  std::fprintf(stderr, "argmine: %s\n", e.to_string().c_str());
  return kExitFailure;
}

/// `--analogy-model FILE [--analogy-threshold P]`: a sentence model with an "analogy" label
/// (scripts/train_analogy_model.py) adds the analogies it finds with at least that probability, analogies only
/// (its precedents measured no better than the rules'). docs/models.md has the measurements behind the default.
struct AnalogyModelArgs {
  std::string path;
  float threshold = 0.5f;
};
struct AnalogyModel {
  std::shared_ptr<const LinearModel> model;
  ModelUnitOptions options;
};
inline Result<AnalogyModel> load_analogy_model(const AnalogyModelArgs& a) {
  auto m = LinearModel::load(a.path);
  if (!m) return std::move(m).error();
  if ((*m)->label_index("analogy") < 0) {
    return Error(Errc::incompatible_model, "an analogy model needs the label \"analogy\" (see docs/models.md)", a.path);
  }
  AnalogyModel out{*m, {}};
  out.options.types = {UnitType::analogy};
  out.options.min_probability = a.threshold;
  return out;
}

/// Buffered stdout writer; flushes in large blocks.
class Output {
 public:
  ~Output() { flush(); }
  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= (1u << 16)) flush();
  }
  void flush() {
    if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    buf_.clear();
    std::fflush(stdout);
  }

 private:
  std::string buf_;
};

}  // namespace argmine::cli
