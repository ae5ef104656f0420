// Declaration of the precedent rules (definitions in precedent_def.hpp, instantiation in precedent.cpp).
#pragma once

#include "tag/grammar/config.hpp"

#include <span>
#include <string_view>

namespace argmine::detail::grammar {

struct precedent_class;
using precedent_type = x3::rule<precedent_class>;
BOOST_SPIRIT_DECLARE(precedent_type)

/// The rule object, for callers in other translation units.
precedent_type const& precedent_rule();

/// Normalized words that can stand at the first token of a precedent rule (the tagger's dispatch keys).
std::span<const std::string_view> precedent_triggers();

}  // namespace argmine::detail::grammar
