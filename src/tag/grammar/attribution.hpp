// Declaration of the attribution rules (definitions in attribution_def.hpp, instantiation in attribution.cpp).
#pragma once

#include "tag/grammar/config.hpp"

#include <span>
#include <string_view>

namespace argmine::detail::grammar {

struct attribution_class;
using attribution_type = x3::rule<attribution_class>;
BOOST_SPIRIT_DECLARE(attribution_type)

/// The rule object, for callers in other translation units.
attribution_type const& attribution_rule();

/// Normalized words that can stand at the first token of a attribution rule (the tagger's dispatch keys).
std::span<const std::string_view> attribution_triggers();

}  // namespace argmine::detail::grammar
