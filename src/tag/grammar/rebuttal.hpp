// Declaration of the rebuttal rules (definitions in rebuttal_def.hpp, instantiation in rebuttal.cpp), free of X3.
#pragma once

#include "tag/grammar/alternatives.hpp"

#include <vector>

namespace argmine::detail::grammar {

/// The rebuttal rules in the grammar's order, each with the words it can start with.
std::vector<Alternative> rebuttal_alternatives();

}  // namespace argmine::detail::grammar
