#!/usr/bin/env bash
# Tokenizer and sentence-splitter accuracy on the UD English dev files in ../shared/data/ud-english.
# Usage: scripts/eval-ud.sh [BUILD_DIR] [ENGINE]    (prints a markdown table; skips when the data is absent)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
engine=${2:-fast}
data=$here/../shared/data/ud-english
if [ ! -d "$data" ]; then echo "skip: $data not found"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "| treebank (dev) | tokens F1 | words F1 | sentences F1 |"
echo "|---|---|---|---|"
for tb in en_ewt en_gum; do
  gold=$data/$tb-ud-dev.conllu
  "$build/bin/argmine" ud-text "$gold" > "$tmp/$tb.txt"
  "$build/bin/argmine" tokenize --engine "$engine" --format conllu "$tmp/$tb.txt" > "$tmp/$tb.conllu"
  "$build/bin/argmine" ud-score --json "$tmp/$tb.conllu" "$gold" > "$tmp/$tb.json"
  python3 -c "
import json,sys; d=json.load(open('$tmp/$tb.json'))
print('| $tb | %.4f | %.4f | %.4f |' % (d['tokens']['f1'], d['words']['f1'], d['sentences']['f1']))"
done
