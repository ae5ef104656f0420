// Instantiation of the attribution rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/attribution_def.hpp"

namespace argmine::detail::grammar {

BOOST_SPIRIT_INSTANTIATE(attribution_type, iterator_type, context_type)

}  // namespace argmine::detail::grammar
