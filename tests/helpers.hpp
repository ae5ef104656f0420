// Test helpers: paths to the source tree and ../shared, skipping when shared data is absent.
#pragma once

#include <argmine/io.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>

namespace argmine::test {

inline std::filesystem::path source_dir() { return ARGMINE_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return std::filesystem::path(ARGMINE_SOURCE_DIR) / ".." / "shared"; }

/// Exit code ctest reports as "skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt).
inline constexpr int kSkip = 77;

/// The path of a file or folder under ../shared; when it is absent, prints why and ends the test program
/// with the skip code. Tests that call it run as their own ctest entry, so nothing else is skipped.
inline std::filesystem::path require_shared(const std::string& relative) {
  const auto p = shared_dir() / relative;
  if (!std::filesystem::exists(p)) {
    std::printf("SKIPPED: %s is not here (the ../shared folder beside the checkout); this test needs it.\n",
                p.string().c_str());
    std::fflush(stdout);
    std::exit(kSkip);
  }
  return p;
}

/// CPU seconds of the calling thread, for growth checks: unlike wall time it does not grow while other
/// processes hold the cores (ctest runs the unit tests beside the HTML test's headless Chromium on CI's two
/// cores; wall time once made 10 MB take 36x as long as 1.25 MB there, against 5x alone).
inline double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Growth checks time an input and one `kGrowth` times its size. Linear work takes 8x as long, up to 14x when
/// only the smaller input fits in the cache, and CI has made that half as much again with other tests on its
/// two cores; quadratic work takes 64x. The bound, half of the quadratic figure, keeps both a factor of about
/// two from the wrong side. `slack_s` absorbs timer noise on inputs that take milliseconds.
inline constexpr std::size_t kGrowth = 8;
inline bool grows_linearly(double t_small, double t_large, double slack_s = 0.05) {
  return t_large < 4.0 * kGrowth * t_small + slack_s;
}

/// Reads a file the test cannot do without.
inline std::string slurp(const std::filesystem::path& p) {
  auto r = read_file(p.string());
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().to_string()));
  return std::move(r).value();
}

}  // namespace argmine::test
