// Instantiation of the precedent rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/precedent_def.hpp"

namespace argmine::detail::grammar {

BOOST_SPIRIT_INSTANTIATE(precedent_type, iterator_type, context_type)

}  // namespace argmine::detail::grammar
