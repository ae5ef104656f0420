// Fuzz target: model files. Any bytes load as a model or give an error naming the file, and never allocate
// what a damaged header asks for; a model that loads scores a text with probabilities summing to one.
#include "fuzz_check.hpp"

#include <argmine/score/model.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace argmine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto m = LinearModel::deserialize(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.model");
  if (!m.ok()) {
    ARGMINE_FUZZ_CHECK(m.error().to_string().find("fuzz.model") != std::string::npos);
    return 0;
  }
  Scorer scorer(*m);
  auto p = scorer.predict("Critics say the plan will fail, but in 2008 the same was said of the stimulus.", "plan");
  ARGMINE_FUZZ_CHECK(p.ok() && p->probabilities.size() == (*m)->labels().size());
  float sum = 0;
  for (float x : p->probabilities) sum += x;
  ARGMINE_FUZZ_CHECK(std::fabs(sum - 1.0f) < 1e-3f);
  return 0;
}
