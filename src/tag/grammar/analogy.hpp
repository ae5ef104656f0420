// Declaration of the analogy rules (definitions in analogy_def.hpp, instantiation in analogy.cpp), free of X3.
#pragma once

#include "tag/grammar/alternatives.hpp"

#include <vector>

namespace argmine::detail::grammar {

/// The analogy rules in the grammar's order, each with the words it can start with.
std::vector<Alternative> analogy_alternatives();

}  // namespace argmine::detail::grammar
