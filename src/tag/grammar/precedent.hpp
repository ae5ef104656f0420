// Declaration of the precedent rules (definitions in precedent_def.hpp, instantiation in precedent.cpp), free of X3.
#pragma once

#include "tag/grammar/alternatives.hpp"

#include <vector>

namespace argmine::detail::grammar {

/// The precedent rules in the grammar's order, each with the words it can start with.
std::vector<Alternative> precedent_alternatives();

}  // namespace argmine::detail::grammar
