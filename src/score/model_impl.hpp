// Inside of LinearModel: labels, options, biases and the weight table (labels x 2^hash_bits, one column per
// slot, so a feature touches one contiguous column).
#pragma once

#include <argmine/score/model.hpp>

#include <Eigen/Dense>

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

/// Softmax of `scores` in place.
inline void softmax(Eigen::Ref<Eigen::VectorXf> scores) {
  const float m = scores.maxCoeff();
  scores = (scores.array() - m).exp();
  scores /= scores.sum();
}

}  // namespace detail
}  // namespace argmine
