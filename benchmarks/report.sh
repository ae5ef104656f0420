#!/usr/bin/env bash
# Runs every benchmark on ../shared/data/news-allsides and prints the markdown that benchmarks/README.md keeps:
# each stage alone, end to end, argmine batch on 1 and 2 threads with peak memory, the instructions of each
# stage (callgrind), and the peers.
# Usage: benchmarks/report.sh [BUILD_DIR]   (build first: ./build.sh bench does both)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
echo "# Benchmark run of $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), commit $(git -C "$here" rev-parse --short HEAD)"
echo
for b in bench_pipeline bench_tokenize bench_tag bench_score; do
  echo '```'
  "$build/bin/$b"
  echo '```'
  echo
done
"$here/bench_batch.sh" "$build/bin/argmine"
echo
"$here/instructions.sh" "$build/bin/bench_tag"
echo
"$here/instructions.sh" --batch "$build/bin/argmine"
echo
/usr/bin/python3 "$here/peers/peers.py" --argmine "$build/bin/argmine"
