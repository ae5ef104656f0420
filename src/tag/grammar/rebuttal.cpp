// Instantiation of the rebuttal rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/rebuttal_def.hpp"

namespace argmine::detail::grammar {

BOOST_SPIRIT_INSTANTIATE(rebuttal_type, iterator_type, context_type)

}  // namespace argmine::detail::grammar
