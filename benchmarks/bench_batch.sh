#!/usr/bin/env bash
# argmine batch on the whole news corpus: 1 and 2 threads, plain and .zst input, half and all of the corpus
# (peak memory must not grow with it). Median of RUNS runs (default 3); peak resident memory from GNU time.
# Usage: benchmarks/bench_batch.sh [ARGMINE_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../build/bin/argmine}
zst=$here/../../shared/data/news-allsides/allsides-12k.jsonl.zst
[ -f "$zst" ] || { echo "skip: $zst not found"; exit 0; }
runs=${RUNS:-3}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
zstd -q -dc "$zst" > "$tmp/all.jsonl"
head -n 6000 "$tmp/all.jsonl" > "$tmp/half.jsonl"

measure() {  # measure LABEL INPUT THREADS -> one table row (MB of text as argmine batch counts it)
  local label=$1 input=$2 threads=$3 times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$cli" batch --threads "$threads" --progress never -o "$tmp/out.jsonl" \
      "$input" 2> "$tmp/err"
    read -r secs kb < "$tmp/time"
    times+=("$secs"); mems+=("$kb")
  done
  local med mem docs
  med=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mem=$(printf '%s\n' "${mems[@]}" | sort -g | tail -1)
  docs=$(wc -l < "$tmp/out.jsonl")
  local mb
  mb=$(sed -n 's/.*; \([0-9.]*\) MB in .*/\1/p' "$tmp/err")
  awk -v l="$label" -v t="$threads" -v d="$docs" -v s="$med" -v mb="$mb" -v m="$mem" \
    'BEGIN { printf "| %s | %s | %s | %.1f | %.1f | %.0f | %.0f |\n", l, t, d, s, mb / s, d / s, m / 1024 }'
  echo "$med" > "$tmp/last"
}

echo "argmine batch, news-allsides, median of $runs runs, $(nproc) cores"
echo
echo "| input | threads | documents | seconds | MB/s | docs/s | peak MiB |"
echo "|---|---|---|---|---|---|---|"
measure "all, JSONL" "$tmp/all.jsonl" 1; t1=$(cat "$tmp/last")
measure "all, JSONL" "$tmp/all.jsonl" 2; t2=$(cat "$tmp/last")
measure "all, .zst read directly" "$zst" 2
measure "first half, JSONL" "$tmp/half.jsonl" 2
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "\nspeed-up on 2 threads: %.2fx\n", a / b }'
