#!/usr/bin/env bash
# argmine's one entry point: installs what is missing, configures, builds, and then runs something.
#   ./build.sh run [ARGS...]   build, then run build/bin/argmine ARGS (default: the quick-start summary)
#   ./build.sh test            build, then run the whole test suite (what CI runs)
#   ./build.sh test --sanitize the same in an AddressSanitizer + UBSan build (build-asan/)
#   ./build.sh bench           build, then run every benchmark on ../shared/data/news-allsides
set -euo pipefail
cd "$(dirname "$0")"
cmd=${1:-run}; shift || true

build=build; extra=()
if [ "${1:-}" = "--sanitize" ]; then build=build-asan; extra=(-DARGMINE_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo); shift; fi

deps=()
[ "$cmd" = test ] && deps+=(--tests)
[ "$cmd" = bench ] && deps+=(--peers)
scripts/install-deps.sh "${deps[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release "${extra[@]}" > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$jobs" >&2

case "$cmd" in
  run)
    if [ $# -eq 0 ]; then set -- summarize corpus/04-primary-unity.txt; fi
    exec "$build/bin/argmine" "$@" ;;
  test)
    cd "$build" && exec ctest -j "$jobs" --output-on-failure ;;
  bench)
    exec benchmarks/report.sh "$build" ;;
  *)
    echo "usage: $0 run [ARGS...] | test [--sanitize] | bench" >&2; exit 2 ;;
esac
