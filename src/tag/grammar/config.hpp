// The one configuration of argmine's X3 grammars: they parse over TagTokens (the tokenizer has already removed
// spaces) and record what they find in a Match carried in the parse context. Every family is declared in
// NAME.hpp (free of X3), defined in NAME_def.hpp (its rules and their order) and instantiated in NAME.cpp for
// exactly these types.
#pragma once

#include "tag/grammar/match.hpp"
#include "tag/tag_tokens.hpp"

#include <boost/spirit/home/x3.hpp>

#include <string_view>

namespace argmine::detail::grammar {

namespace x3 = boost::spirit::x3;

struct match_tag;
using iterator_type = const TagToken*;
using context_type = x3::context<match_tag, Match, x3::unused_type>;

}  // namespace argmine::detail::grammar
