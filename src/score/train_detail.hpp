// The logistic loss and its gradient for one example, exposed for the finite-difference test.
#pragma once

#include <Eigen/Dense>

#include <cstdint>
#include <span>

namespace argmine::detail {

/// Loss -weight * log p_label of one example under weights `W` (labels x slots) and `bias`, where
/// p = softmax(bias + scale * sum of W's columns at `slots`) (repeated slots count twice). Also its gradient
/// with respect to the bias (`g_bias`, size labels) and to each slot's column (`g_cols`, labels x
/// slots.size(), one column per entry of `slots`). Training takes its steps from `g_bias`, so the
/// finite-difference test checks the gradient training uses.
double logistic_loss(const Eigen::MatrixXf& W, const Eigen::VectorXf& bias, std::span<const std::uint32_t> slots,
                     float scale, int label, float weight, Eigen::VectorXf* g_bias = nullptr,
                     Eigen::MatrixXf* g_cols = nullptr);

}  // namespace argmine::detail
