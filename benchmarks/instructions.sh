#!/usr/bin/env bash
# Instructions executed by each stage of bench_tag for two builds, counted by callgrind on the first 1,500
# news-allsides articles. Unlike wall-clock time on a shared machine (which varies by a third between runs of
# one binary), the counts are the same on every run: they show what a change costs, not what the day allows.
# With one timed run, bench_tag tags each article four times (each stage alone and end to end, each after a
# warm-up) and tokenizes it about eight: the counts cover all of them.
# Usage: benchmarks/instructions.sh BENCH_TAG_A [BENCH_TAG_B]   (build/bin/bench_tag of each build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
zst=$here/../../shared/data/news-allsides/allsides-12k.jsonl.zst
[ -f "$zst" ] || { echo "skip: $zst not found"; exit 0; }
command -v valgrind > /dev/null || { echo "skip: valgrind not installed (apt-get install valgrind)"; exit 0; }
[ $# -ge 1 ] || { echo "usage: $0 BENCH_TAG_A [BENCH_TAG_B]" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{ zstd -q -dc "$zst" || true; } | head -n 1500 > "$tmp/news.jsonl"  # (zstd stops early on purpose)

echo "| binary | total | tokenizer | tagger | tagger: token view | tagger: sentence features | tagger: matching | tagger: decisions |"
echo "|---|---|---|---|---|---|---|---|"
for bin in "$@"; do
  ARGMINE_BENCH_RUNS=1 ARGMINE_NEWS=$tmp/news.jsonl \
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" > /dev/null 2>&1
  callgrind_annotate --inclusive=yes "$tmp/cg.out" 2> /dev/null | awk -v bin="$bin" '
    function count(s) { gsub(",", "", s); return s / 1e6 }
    # (the largest count of each function: its inclusive total; the source annotation below it repeats the
    # names with the counts of single lines, such as the line that opens the definition)
    function max(a, b) { return a > b ? a : b }
    /PROGRAM TOTALS/ { total = count($1) }
    /Tokenizer::Impl::run\(/ { tok = max(tok, count($1)) }
    /Tagger::Impl::run\(/ { tag = max(tag, count($1)) }
    /build_tag_tokens\(/ { view = max(view, count($1)) }
    /Tagger::Impl::sentence_features\(/ { feat = max(feat, count($1)) }
    /Tagger::Impl::find_matches\(/ { matching = max(matching, count($1)) }
    /Tagger::Impl::decide\(/ { dec = max(dec, count($1)) }
    END { printf "| %s | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM |\n", bin, total, tok, tag, view, feat, matching, dec }'
done
