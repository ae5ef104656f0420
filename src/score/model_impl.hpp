// Inside of LinearModel: labels, options, biases and the weight table (labels x 2^hash_bits, one column per
// slot, so a feature touches one contiguous column).
#pragma once

#include <argmine/score/model.hpp>

#include <Eigen/Dense>

#include <cstdint>
#include <string>
#include <vector>

namespace argmine {

struct LinearModel::Impl {
  FeatureOptions features;
  Learner learner = Learner::logistic;
  std::vector<std::string> labels;
  Eigen::VectorXf bias;
  Eigen::MatrixXf weights;  // rows: labels, columns: slots
};

namespace detail {

/// The most weights (labels x 2^hash_bits) a model may hold: 4 GiB of floats. Training refuses more, and loading
/// refuses a file that declares more, before allocating the table.
inline constexpr std::uint64_t kMaxWeights = std::uint64_t{1} << 30;

/// Softmax of `scores` in place.
inline void softmax(Eigen::Ref<Eigen::VectorXf> scores) {
  const float m = scores.maxCoeff();
  scores = (scores.array() - m).exp();
  scores /= scores.sum();
}

}  // namespace detail
}  // namespace argmine
