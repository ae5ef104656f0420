// Instantiation of the precedent rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/precedent_def.hpp"
