// One doctest main for every test file (nlohmann/json's layout).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
