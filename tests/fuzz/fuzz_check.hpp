// A check that stays on in release builds: a fuzz target's finding is a broken promise, reported with the
// condition and its line, then abort() so libFuzzer (or the replay driver's caller) keeps the input.
#pragma once

#include <cstdio>
#include <cstdlib>

#define ARGMINE_FUZZ_CHECK(cond)                                                           \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);       \
      std::abort();                                                                        \
    }                                                                                      \
  } while (0)
