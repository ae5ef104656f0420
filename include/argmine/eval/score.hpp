// argmine/eval/score.hpp — precision, recall and F1 counts shared by all of argmine's evaluations.
#pragma once

#include <cstddef>

namespace argmine {

/// Counts of one evaluation level: units found by the system, units in the gold, and units in both.
struct PrfScore {
  std::size_t system = 0;   ///< units in the system output
  std::size_t gold = 0;     ///< units in the gold standard
  std::size_t correct = 0;  ///< units that match
  double precision() const noexcept { return system ? double(correct) / double(system) : 0.0; }
  double recall() const noexcept { return gold ? double(correct) / double(gold) : 0.0; }
  double f1() const noexcept { return system + gold ? 2.0 * double(correct) / double(system + gold) : 0.0; }
  PrfScore& operator+=(const PrfScore& o) noexcept {
    system += o.system;
    gold += o.gold;
    correct += o.correct;
    return *this;
  }
};

}  // namespace argmine
