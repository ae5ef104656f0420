#!/usr/bin/env bash
# End-to-end tests of the argmine command-line tool: exit codes, messages and outputs.
# Usage: cli_test.sh ARGMINE_BINARY SOURCE_DIR WORK_DIR
set -u
cli=$1; src=$2; work=$3
mkdir -p "$work"; cd "$work" || exit 1
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
contains() { grep -q -F -- "$2" "$1"; }

# A missing file: a clear message naming it, exit code 1.
"$cli" tokenize no-such-file.txt > out.txt 2> err.txt; rc=$?
check "missing file exits 1" test "$rc" -eq 1
check "missing file is named" contains err.txt "no-such-file.txt"

# Invalid UTF-8: the byte offset, exit 1; or replacement on request.
printf 'ok \xff bytes' > bad.txt
"$cli" tokenize bad.txt > out.txt 2> err.txt; rc=$?
check "invalid UTF-8 exits 1" test "$rc" -eq 1
check "invalid UTF-8 names the byte" contains err.txt "bad.txt: byte 3: invalid UTF-8 sequence"
"$cli" tokenize --invalid-utf8 replace --format jsonl bad.txt > out.txt 2> err.txt; rc=$?
check "replace policy succeeds" test "$rc" -eq 0
check "replace policy keeps the bytes as a token" contains out.txt '"kind":"invalid"'

# Empty input and standard input.
: > empty.txt
"$cli" tokenize empty.txt > out.txt 2> err.txt; rc=$?
check "empty file exits 0" test "$rc" -eq 0
check "empty file gives no output" test ! -s out.txt
printf 'Hello, world. Bye.\n' | "$cli" tokenize - > out.txt; rc=$?
check "stdin" test "$rc" -eq 0
check "text format: a sentence a line" test "$(cat out.txt)" = "$(printf 'Hello , world .\nBye .')"

# JSONL offsets are byte offsets into the input.
printf 'Caf\xc3\xa9 it\xe2\x80\x99s.' > offs.txt
"$cli" tokenize --format jsonl offs.txt > out.txt
check "jsonl byte offsets" contains out.txt '{"begin":8,"end":12,"kind":"word","text":"’s","clitic":true}'

# CoNLL-U output scores perfectly against itself through ud-score.
"$cli" tokenize --format conllu "$src/corpus/01-transit-fare-cuts.txt" > sys.conllu; rc=$?
check "conllu exits 0" test "$rc" -eq 0
check "conllu has newdoc" contains sys.conllu "# newdoc id = "
"$cli" ud-score sys.conllu sys.conllu > score.txt; rc=$?
check "ud-score exits 0" test "$rc" -eq 0
check "ud-score self is perfect" contains score.txt "sentences     1.0000    1.0000    1.0000"

# Wrong usage is CLI11's exit code 106 (argument errors), with help on stderr.
"$cli" tokenize --format nope x > out.txt 2> err.txt; rc=$?
check "bad option value is a usage error" test "$rc" -ne 0 -a "$rc" -ne 1

# tag --lines: exactly one output line per input line, errors included.
printf 'Critics say the plan fails. But this ignores the data.\n\377 broken\n\nThe vote is reminiscent of Watergate.\n' > lines.txt
"$cli" tag --lines lines.txt > out.txt 2> err.txt; rc=$?
check "tag --lines exits 0" test "$rc" -eq 0
check "tag --lines: one line per input line" test "$(wc -l < out.txt)" -eq 4
check "tag --lines: counterclaim found" contains out.txt '"type":"counterclaim"'
check "tag --lines: invalid line is an error record" contains out.txt '{"line":2,"error":"line 2: byte 0: invalid UTF-8 sequence"}'
check "tag --lines: empty line has no units" contains out.txt '{"line":3,"units":[]}'
check "tag --lines: analogy with its event" contains out.txt '"event":"Watergate scandal"'

# eval on the bundled corpus prints a table.
"$cli" eval "$src/corpus" > out.txt 2> err.txt; rc=$?
check "eval exits 0" test "$rc" -eq 0
check "eval prints counterclaims" contains out.txt "Counterclaim"

# The text format shortens long units at a character boundary, never inside one.
{ printf 'Critics say that the new policy is a mistake because x'; for i in $(seq 60); do printf '\xc3\xa9'; done; printf '.\n'; } > long.txt
"$cli" tag --format text long.txt > out.txt 2> err.txt
check "tag text output stays valid UTF-8" iconv -f UTF-8 -t UTF-8 out.txt -o /dev/null

# Models end to end on a tiny team-written dataset: train -> predict -> eval.
data="$src/tests/data"
"$cli" train --format tsv --out tiny.model "$data/tiny-stance-train.tsv" > out.txt 2> err.txt; rc=$?
check "train exits 0" test "$rc" -eq 0
check "train reports what it did" contains err.txt "trained logistic on 28 examples (3 labels)"
"$cli" predict --model tiny.model --format tsv "$data/tiny-stance-test.tsv" > pred.tsv 2> err.txt; rc=$?
check "predict exits 0" test "$rc" -eq 0
check "predict writes one line per example" test "$(wc -l < pred.tsv)" -eq 6
check "predict labels a held-out sentence" contains pred.tsv "$(printf 'AGAINST\tI oppose the library levy.\tlibrary levy')"
# Probabilities: one column per label in the model's order, summing to 1; JSONL gets an object.
"$cli" predict --probabilities --model tiny.model --format tsv "$data/tiny-stance-test.tsv" > prob.tsv 2> err.txt
check "predict --probabilities: label, text, target, id, then a column per label" \
  grep -q -P '^AGAINST\tI oppose the library levy\.\tlibrary levy\t7\tAGAINST=0\.[0-9]{4}\tFAVOR=0\.[0-9]{4}\tNONE=0\.[0-9]{4}$' prob.tsv
check "predict --probabilities: the best label has the highest probability, each row sums to 1" \
  awk -F'\t' '{ best = 0; sum = 0; for (i = 5; i <= 7; ++i) { split($i, kv, "="); sum += kv[2];
                  if (kv[2] > best) { best = kv[2]; arg = kv[1] } }
                if (arg != $1 || sum < 0.999 || sum > 1.001) bad = 1 } END { exit bad || NR != 6 }' prob.tsv
printf '{"text":"I oppose the library levy.","target":"library levy","label":"AGAINST","id":"x"}\n' > one.jsonl
"$cli" predict --probabilities --model tiny.model --format jsonl one.jsonl > prob.jsonl 2> err.txt
check "predict --probabilities jsonl" grep -q -P '^\{"id":"x",.*"label":"AGAINST","probabilities":\{"AGAINST":0\.[0-9]{4},"FAVOR":0\.[0-9]{4},"NONE":0\.[0-9]{4}\}\}$' prob.jsonl
"$cli" cv --folds 2 --format tsv --predictions-out oof.tsv "$data/tiny-stance-train.tsv" > out.txt 2> err.txt; rc=$?
check "cv --predictions-out exits 0" test "$rc" -eq 0
check "cv --predictions-out: every example once, in input order, with probabilities" \
  test "$(cut -f2 oof.tsv)" = "$(grep -v '^#' "$data/tiny-stance-train.tsv" | tail -n +2 | cut -f2)" -a "$(grep -c 'NONE=0\.' oof.tsv)" -eq 28
"$cli" stance eval --format tsv "$data/tiny-stance-test.tsv" pred.tsv > out.txt 2> err.txt; rc=$?
check "stance eval exits 0" test "$rc" -eq 0
check "stance eval: every held-out sentence right" contains out.txt "F_avg (mean F1 of FAVOR and AGAINST, all tweets): 100.00"
"$cli" eval --model tiny.model "$data/tiny-stance-test.tsv" > out.txt 2> err.txt; rc=$?
check "eval --model exits 0" test "$rc" -eq 0
check "eval --model prints macro F1" contains out.txt "macro F1 1.0000, accuracy 1.0000, 6 examples"
# An analogy model beside the rules (docs/models.md): a tiny one that has learnt "zebra" marks an analogy.
for i in $(seq 40); do printf 'analogy\tthe vote was a zebra of old %s\nnone\tthe vote was a plan of old %s\n' "$i" "$i"; done > zebra.tsv
"$cli" train --format tsv --char-max 0 --out zebra.model zebra.tsv > out.txt 2> err.txt
printf 'The vote was a zebra of the 1968 convention chaos. The vote was a zebra of tomorrow.\n' > zebra.txt
"$cli" tag --year 2016 --analogy-model zebra.model zebra.txt > out.txt 2> err.txt; rc=$?
check "tag --analogy-model exits 0" test "$rc" -eq 0
check "tag --analogy-model: the model's analogy, its past year as source, its probability" \
  grep -q -P '\{"type":"analogy","begin":0,"end":50,"text":"The vote was a zebra of the 1968 convention chaos\.","rule":"sentence_model","fields":\{"source":\{"begin":28,"end":32,"text":"1968"\},"year":"1968","probability":0\.[5-9][0-9]{3}\},"links":\[\]\}' out.txt
check "tag --analogy-model: none where the sentence mentions no past" test "$(grep -o '"rule":"sentence_model"' out.txt | wc -l)" -eq 1
"$cli" summarize --year 2016 --format json --analogy-model zebra.model zebra.txt > out.txt 2> err.txt; rc=$?
check "summarize --analogy-model lists the model's analogy" grep -q '"analogies":\[{"unit":0,"marker":null,"source":{"begin":28,"end":32' out.txt
"$cli" tag --analogy-model tiny.model zebra.txt > out.txt 2> err.txt; rc=$?
check "an analogy model without the label analogy exits 1" test "$rc" -eq 1
check "an analogy model without the label analogy is named" contains err.txt 'tiny.model: an analogy model needs the label "analogy"'
head -c 40 zebra.model > zebra-cut.model
printf '{"id":"a","text":"The vote was a zebra of 1968."}\n' > zebra.jsonl
"$cli" batch --progress never --analogy-model zebra-cut.model zebra.jsonl > out.txt 2> err.txt; rc=$?
check "batch: a damaged analogy model exits 1" test "$rc" -eq 1
check "batch: a damaged analogy model is named" contains err.txt "zebra-cut.model: byte"

# Context and past features reach the model file (the flags byte after magic, version, 4 sizes, 3 switches:
# normalize 1 + unit rules 4 + two context sentences 2<<3 + past features 64 = 85).
"$cli" train --format tsv --char-max 0 --context-sentences 2 --past-features --out ctx.model zebra.tsv > out.txt 2> err.txt; rc=$?
check "train --context-sentences --past-features exits 0" test "$rc" -eq 0
check "train --context-sentences --past-features: both in the model file" test "$(od -An -tu1 -j31 -N1 ctx.model | tr -d ' ')" = 85
"$cli" train --format tsv --context-sentences 8 --out ctx8.model zebra.tsv > out.txt 2> err.txt; rc=$?
check "train --context-sentences 8 exits 1" test "$rc" -eq 1
check "train --context-sentences 8 says the range" contains err.txt "context_sentences 8 is outside 0..7"

# Damaged model files and malformed data: clear errors, exit 1.
head -c 40 tiny.model > cut.model
"$cli" predict --model cut.model --format tsv "$data/tiny-stance-test.tsv" > out.txt 2> err.txt; rc=$?
check "truncated model exits 1" test "$rc" -eq 1
check "truncated model is named" contains err.txt "cut.model: byte"
printf 'FAVOR\tfine\nno tab on this line\n' > bad.tsv
"$cli" train --format tsv --out never.model bad.tsv > out.txt 2> err.txt; rc=$?
check "malformed training data exits 1" test "$rc" -eq 1
check "malformed training data names the line" contains err.txt "bad.tsv: line 2"
check "no model written from malformed data" test ! -e never.model

# summarize: the quick-start command, each format, colour only on request (not into a pipe), bad input.
"$cli" summarize "$src/corpus/04-primary-unity.txt" > sum.txt 2> err.txt; rc=$?
check "summarize exits 0" test "$rc" -eq 0
check "summarize text has the thesis" contains sum.txt "THESIS"
check "summarize text: no colour into a pipe" bash -c "! grep -q $'\x1b' sum.txt"
"$cli" summarize --color always "$src/corpus/04-primary-unity.txt" > sum.txt 2> err.txt
check "summarize --color always colours" grep -q $'\x1b\[1m' sum.txt
"$cli" summarize --format json "$src/corpus/04-primary-unity.txt" > sum.json 2> err.txt; rc=$?
check "summarize json exits 0" test "$rc" -eq 0
check "summarize json names its schema" contains sum.json '{"schema":"argmine-summary","version":1,'
"$cli" summarize --format markdown "$src/corpus/04-primary-unity.txt" > sum.md 2> err.txt
check "summarize markdown has sections" contains sum.md "## Positions of others, and the author's answers"
"$cli" summarize --format html -o sum.html "$src/corpus/04-primary-unity.txt" 2> err.txt; rc=$?
check "summarize html writes the file" test "$rc" -eq 0 -a -s sum.html
check "summarize html is one page with its map" contains sum.html '<svg id="map"'
: > empty.txt
"$cli" summarize empty.txt > sum.txt 2> err.txt; rc=$?
check "summarize empty input exits 0" test "$rc" -eq 0
check "summarize empty input says so" contains err.txt "empty.txt: the input has no words: there is nothing to summarize"
printf 'Critics say \377 no.\n' > bad.txt
"$cli" summarize bad.txt > sum.txt 2> err.txt; rc=$?
check "summarize invalid UTF-8 exits 1" test "$rc" -eq 1
check "summarize invalid UTF-8 names the byte" contains err.txt "bad.txt: byte 12: invalid UTF-8 sequence"
"$cli" summarize --model cut.model "$src/corpus/04-primary-unity.txt" > sum.txt 2> err.txt; rc=$?
check "summarize with a damaged model exits 1" test "$rc" -eq 1
check "summarize names the damaged model" contains err.txt "cut.model: byte"

# batch: a corpus with bad lines; resume after an interrupted run; compressed input; report.
{
  for f in "$src"/corpus/0*.txt; do
    printf '{"id":"%s","bias":"left","date":"2016-05-01","source":"Ledger","text":' "$(basename "$f")"
    # JSON-escape the text with the tool itself: argmine examples is not needed, sed is enough for these files.
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' "$f" | awk 'BEGIN{ORS="\\n"} {print}' | sed 's/^/"/; s/$/"}/'
    echo
  done
  echo '{"id":"broken","text":'
  echo '{"id":"notext"}'
} > corpus.jsonl
n_in=$(grep -c . corpus.jsonl)
"$cli" batch --threads 2 -o full.jsonl corpus.jsonl > out.txt 2> err.txt; rc=$?
check "batch exits 0 with bad lines in the input" test "$rc" -eq 0
check "batch: one output line per input document" test "$(wc -l < full.jsonl)" -eq "$n_in"
check "batch reports its counts" contains err.txt "argmine batch: read $n_in, analysed $((n_in - 2)), errors 2, skipped 0"
check "batch: no progress bar when stderr is not a terminal" bash -c "! grep -q $'\r' err.txt"
check "batch: error record names the line" contains full.jsonl '"id":"notext","error":"line'
# An interrupted run: the first lines and half of the next one, then --resume.
head -c "$(( $(head -n 3 full.jsonl | wc -c) + 40 ))" full.jsonl > resumed.jsonl
"$cli" batch --threads 2 --resume -o resumed.jsonl corpus.jsonl > out.txt 2> err.txt; rc=$?
check "batch --resume exits 0" test "$rc" -eq 0
check "batch --resume skips what was done" contains err.txt "skipped 3 (already done)"
check "batch --resume completes the output exactly" cmp -s full.jsonl resumed.jsonl
# Compressed input, read directly.
zstd -q -f corpus.jsonl -o corpus.jsonl.zst && gzip -c corpus.jsonl > corpus.jsonl.gz
"$cli" batch --threads 1 -o zst.jsonl corpus.jsonl.zst 2> err.txt
check "batch reads .zst" cmp -s full.jsonl zst.jsonl
"$cli" batch --threads 1 -o gz.jsonl corpus.jsonl.gz 2> err.txt
check "batch reads .gz" cmp -s full.jsonl gz.jsonl
head -c 300 corpus.jsonl.zst > cut.jsonl.zst
"$cli" batch -o cut.jsonl cut.jsonl.zst > out.txt 2> err.txt; rc=$?
check "batch: a damaged compressed file is a run failure" test "$rc" -eq 1
check "batch: ... named" contains err.txt "cut.jsonl.zst"
"$cli" batch -o x.jsonl no-such.jsonl > out.txt 2> err.txt; rc=$?
check "batch: a missing input exits 1" test "$rc" -eq 1
"$cli" report full.jsonl > report.md 2> err.txt; rc=$?
check "report exits 0" test "$rc" -eq 0
check "report has its sections" contains report.md "## Historical analogies"
"$cli" report --format json full.jsonl > report.json 2> err.txt
check "report json names its schema" contains report.json '"schema": "argmine-corpus-report"'
"$cli" report --format html -o report.html full.jsonl 2> err.txt
check "report html has charts" contains report.html '<svg id="analogy-chart"'
"$cli" report corpus.jsonl > out.txt 2> err.txt; rc=$?
check "report rejects what is not batch output" test "$rc" -eq 1

[ "$fails" -eq 0 ] || { echo "$fails CLI checks failed"; exit 1; }
