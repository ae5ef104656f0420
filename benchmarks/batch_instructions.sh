#!/usr/bin/env bash
# Instructions executed by `argmine batch` (one thread, default output) over the first 300 news-allsides
# articles, per part, counted by callgrind: the same on every run, unlike wall-clock time on a shared machine.
# Usage: benchmarks/batch_instructions.sh ARGMINE_A [ARGMINE_B ...]   (build/bin/argmine of each build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
zst=$here/../../shared/data/news-allsides/allsides-12k.jsonl.zst
[ -f "$zst" ] || { echo "skip: $zst not found"; exit 0; }
command -v valgrind > /dev/null || { echo "skip: valgrind not installed (apt-get install valgrind)"; exit 0; }
[ $# -ge 1 ] || { echo "usage: $0 ARGMINE_A [ARGMINE_B ...]" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{ zstd -q -dc "$zst" || true; } | head -n 300 > "$tmp/news.jsonl"  # (zstd stops early on purpose)

echo "| binary | total | reading JSON | tokenize | tag | role scores | stance | output JSON |"
echo "|---|---|---|---|---|---|---|---|"
for bin in "$@"; do
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" batch "$tmp/news.jsonl" --threads 1 \
    --progress never -o /dev/null > /dev/null 2>&1
  callgrind_annotate --inclusive=yes "$tmp/cg.out" 2> /dev/null | awk -v bin="$bin" '
    function count(s) { gsub(",", "", s); return s / 1e6 }
    function max(a, b) { return a > b ? a : b }  # the largest count of a function is its inclusive total
    /PROGRAM TOTALS/ { total = count($1) }
    /parse_jsonl_document\(/ { json = max(json, count($1)) }
    /Tokenizer::tokenize\(/ { tok = max(tok, count($1)) }
    /Tagger::tag\(/ { tag = max(tag, count($1)) }
    /Scorer::predict\(/ { role = max(role, count($1)) }
    /compute_stance\(/ { stance = max(stance, count($1)) }
    /batch_analysis_json/ { out = max(out, count($1)) }
    END { printf "| %s | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM | %.0fM |\n", bin, total, json, tok, tag, role, stance, out }'
done
