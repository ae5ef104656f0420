// Instantiation of the rebuttal rules for argmine's one iterator and context type (config.hpp).
#include "tag/grammar/rebuttal_def.hpp"
