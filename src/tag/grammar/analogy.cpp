// Instantiation of the analogy rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/analogy_def.hpp"

namespace argmine::detail::grammar {

BOOST_SPIRIT_INSTANTIATE(analogy_type, iterator_type, context_type)

}  // namespace argmine::detail::grammar
