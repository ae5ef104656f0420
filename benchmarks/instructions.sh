#!/usr/bin/env bash
# Instructions executed per stage, counted by callgrind on news-allsides articles. Unlike wall-clock time on a
# shared machine (which varies by a third between runs of one binary), the counts are the same on every run:
# they show what a change costs, not what the day allows.
#   instructions.sh BENCH_TAG...      bench_tag of each build, first 1,500 articles: tokenizer and tagger stages.
#                                     With one timed run, bench_tag tags each article four times (each stage
#                                     alone and end to end, each after a warm-up) and tokenizes it as often.
#   instructions.sh --batch ARGMINE...  `argmine batch` (one thread, default output), first 300 articles: reading
#                                     JSON, tokenize, tag, role scores, stance, output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
zst=$here/../../shared/data/news-allsides/allsides-12k.jsonl.zst
[ -f "$zst" ] || { echo "skip: $zst not found"; exit 0; }
command -v valgrind > /dev/null || { echo "skip: valgrind not installed (apt-get install valgrind)"; exit 0; }
batch=false
if [ "${1:-}" = "--batch" ]; then batch=true; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [--batch] BINARY..." >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
articles=1500
$batch && articles=300
{ zstd -q -dc "$zst" || true; } | head -n "$articles" > "$tmp/news.jsonl"  # (zstd stops early on purpose)

# Each function's count in callgrind's inclusive listing, in millions: the largest one, its inclusive total (the
# source annotation below repeats the names with the counts of single lines, such as the line that opens it).
counts() {  # counts CALLGRIND_OUT LABEL PATTERN... -> "| LABEL | total | one column per pattern |"
  local out=$1 label=$2
  shift 2
  callgrind_annotate --inclusive=yes "$out" 2> /dev/null | awk -v label="$label" -v patterns="$*" '
    BEGIN { n = split(patterns, pat, " ") }
    function count(s) { gsub(",", "", s); return s / 1e6 }
    /PROGRAM TOTALS/ { total = count($1) }
    { for (k = 1; k <= n; ++k) if (index($0, pat[k]) && count($1) > c[k]) c[k] = count($1) }
    END {
      printf "| %s | %.0fM |", label, total
      for (k = 1; k <= n; ++k) printf " %.0fM |", c[k]
      printf "\n"
    }'
}

if $batch; then
  echo "| binary | total | reading JSON | tokenize | tag | role scores | stance | output JSON |"
  echo "|---|---|---|---|---|---|---|---|"
  for bin in "$@"; do
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" batch "$tmp/news.jsonl" --threads 1 \
      --progress never -o /dev/null > /dev/null 2>&1
    counts "$tmp/cg.out" "$bin" "parse_jsonl_document(" "Tokenizer::tokenize(" "Tagger::tag(" "Scorer::predict(" \
      "compute_stance(" "batch_analysis_json"
  done
else
  echo "| binary | total | tokenizer | tagger | tagger: token view | tagger: sentence features | tagger: matching | tagger: decisions |"
  echo "|---|---|---|---|---|---|---|---|"
  for bin in "$@"; do
    ARGMINE_BENCH_RUNS=1 ARGMINE_NEWS=$tmp/news.jsonl \
      valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" > /dev/null 2>&1
    counts "$tmp/cg.out" "$bin" "Tokenizer::Impl::run(" "Tagger::Impl::run(" "build_tag_tokens(" \
      "Tagger::Impl::sentence_features(" "Tagger::Impl::find_matches(" "Tagger::Impl::decide("
  done
fi
