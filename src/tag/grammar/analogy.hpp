// Declaration of the analogy rules (definitions in analogy_def.hpp, instantiation in analogy.cpp).
#pragma once

#include "tag/grammar/config.hpp"

#include <span>
#include <string_view>

namespace argmine::detail::grammar {

struct analogy_class;
using analogy_type = x3::rule<analogy_class>;
BOOST_SPIRIT_DECLARE(analogy_type)

/// The rule object, for callers in other translation units.
analogy_type const& analogy_rule();

/// Normalized words that can stand at the first token of a analogy rule (the tagger's dispatch keys).
std::span<const std::string_view> analogy_triggers();

}  // namespace argmine::detail::grammar
