// Instantiation of the attribution rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/attribution_def.hpp"
