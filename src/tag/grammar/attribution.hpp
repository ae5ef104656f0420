// Declaration of the attribution rules (definitions in attribution_def.hpp, instantiation in attribution.cpp), free of X3.
#pragma once

#include "tag/grammar/alternatives.hpp"

#include <vector>

namespace argmine::detail::grammar {

/// The attribution rules in the grammar's order, each with the words it can start with.
std::vector<Alternative> attribution_alternatives();

}  // namespace argmine::detail::grammar
