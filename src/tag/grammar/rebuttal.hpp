// Declaration of the rebuttal rules (definitions in rebuttal_def.hpp, instantiation in rebuttal.cpp).
#pragma once

#include "tag/grammar/config.hpp"

#include <span>
#include <string_view>

namespace argmine::detail::grammar {

struct rebuttal_class;
using rebuttal_type = x3::rule<rebuttal_class>;
BOOST_SPIRIT_DECLARE(rebuttal_type)

/// The rule object, for callers in other translation units.
rebuttal_type const& rebuttal_rule();

/// Normalized words that can stand at the first token of a rebuttal rule (the tagger's dispatch keys).
std::span<const std::string_view> rebuttal_triggers();

}  // namespace argmine::detail::grammar
