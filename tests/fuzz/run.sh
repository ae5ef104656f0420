#!/usr/bin/env bash
# Builds the fuzz targets with clang, libFuzzer, AddressSanitizer and UBSan (in build-fuzz/) and runs each for
# SECONDS (default 60), one after the other, on one core each JOBS at a time (default 1). The working corpora
# grow in build-fuzz/fuzz-corpus/<target>/, seeded from the inputs the replay tests use; an input that breaks
# a target lands in build-fuzz/fuzz-artifacts/<target>/: copy it to tests/fuzz/regressions/<target>/ with the
# fix, and ctest replays it from then on.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_tokenize fuzz_summarize fuzz_jsonl fuzz_line_reader fuzz_gazetteer fuzz_model)
command -v clang++ > /dev/null || { echo "fuzz: clang++ not found (apt-get install clang libclang-rt-dev)" >&2; exit 1; }
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARGMINE_FUZZ=ON -DARGMINE_BUILD_BENCHMARKS=OFF \
  > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target argmine-models "${targets[@]}" >&2
export ARGMINE_MODEL_DIR=$PWD/$build/share/argmine/models
seeds() {  # the replay test's inputs of a target
  case $1 in
    fuzz_tokenize|fuzz_summarize) echo corpus ;;
    fuzz_gazetteer) echo data/gazetteer.tsv ;;
    fuzz_model) echo "$ARGMINE_MODEL_DIR" ;;
  esac
  for d in seeds regressions; do [ -d "tests/fuzz/$d/$1" ] && echo "tests/fuzz/$d/$1"; done
  return 0
}
status=0
for t in "${targets[@]}"; do
  corpus=$build/fuzz-corpus/$t artifacts=$build/fuzz-artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  for s in $(seeds "$t"); do
    if [ -d "$s" ]; then find "$s" -type f -exec cp -n {} "$corpus/" \; ; else cp -n "$s" "$corpus/"; fi
  done
  echo "== $t: $seconds s" >&2
  # A text of a few KB exercises every stage; -rss_limit_mb keeps a runaway allocation a finding, not a swap storm.
  if ! "$build/bin/$t" "$corpus" -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 -timeout=20 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 2> "$build/$t.log"; then
    status=1
    echo "$t: FAILED, see $build/$t.log and $artifacts/" >&2
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE" "$build/$t.log" >&2 || true
done
exit $status
