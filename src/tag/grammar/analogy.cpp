// Instantiation of the analogy rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/analogy_def.hpp"
