#!/usr/bin/env bash
# The HTML summary in a real browser: headless Chromium loads the page from a file, the test checks the DOM
# it built (highlighted units, the SVG map, the analogy table, the script's details panel) and saves a
# screenshot beside it for people to look at.
# Usage: html_test.sh ARGMINE_BINARY SOURCE_DIR WORK_DIR
set -u
cli=$1; src=$2; work=$3
mkdir -p "$work"; cd "$work" || exit 1
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "FAIL: headless Chromium is needed for this test; scripts/install-deps.sh --tests installs it"
  exit 1
fi
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
count() { grep -o -- "$2" "$1" | wc -l; }
at_least() { [ "$(count "$1" "$2")" -ge "$3" ]; }

run_page() {  # run_page NAME INPUT: writes NAME.html, NAME.dom.html, NAME.png
  local name=$1 input=$2
  "$cli" summarize --format html -o "$name.html" "$input" 2> "$name.err" || return 1
  local flags=(--headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile"
               --no-first-run --disable-extensions --virtual-time-budget=3000)
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$work/$name.html" > "$name.dom.html" 2> "$name.browser.log" || return 1
  timeout 120 "$browser" "${flags[@]}" --window-size=1400,2400 --screenshot="$work/$name.png" \
    "file://$work/$name.html" >> "$name.browser.log" 2>&1 || return 1
}

# A bundled op-ed, always.
run_page corpus "$src/corpus/04-primary-unity.txt"; rc=$?
check "corpus page renders in Chromium" test "$rc" -eq 0
check "the script ran without errors" grep -q 'data-ready="1"' corpus.dom.html
check "units are highlighted by type" at_least corpus.dom.html 'class="unit main-' 15
check "counterclaims are highlighted" at_least corpus.dom.html 't-counterclaim' 2
check "the thesis is marked" grep -q 'class="unit main-[a-z]* [^"]*thesis"' corpus.dom.html
check "the argument map is an SVG with nodes" at_least corpus.dom.html '<g class="node ' 8
check "the map has the thesis node" grep -q '<g class="node t-thesis"' corpus.dom.html
check "the map draws attack and answer edges" grep -q 'class="edge attack"' corpus.dom.html
check "the analogy table has rows" at_least corpus.dom.html '<tr data-u=' 2
check "the stance chart has bars" at_least corpus.dom.html '<g class="bar ' 3
check "the details panel shows the thesis on load" grep -q 'Role model, this sentence' corpus.dom.html
check "the screenshot was saved" test -s corpus.png
check "no request leaves the file" bash -c "! grep -q 'ERR_\\|net::' corpus.browser.log"

# The reference op-ed, when ../shared is here.
seed="$src/../shared/seeds/oped-sanders-endorsement.txt"
if [ -f "$seed" ]; then
  run_page reference "$seed"; rc=$?
  check "reference page renders" test "$rc" -eq 0
  check "reference: four analogies in the table" test "$(count reference.dom.html '<tr data-u=')" -eq 4
  check "reference: two positions of others in the map" test "$(count reference.dom.html '<g class="node t-counterclaim"')" -ge 2
  check "reference: the restated thesis is in the map" grep -q 'restated thesis' reference.dom.html
  check "reference: lines set aside are listed" grep -q '<b>credit</b>: Credit: Scott Pelkey/Flickr' reference.dom.html
else
  echo "skip reference page: $seed is not here"
fi

# The corpus report page: batch over the bundled corpus, then the report, in the browser.
"$cli" batch --threads 2 -o corpus-batch.jsonl "$src/corpus" 2> batch.err
"$cli" report --format html --label "" -o report.html corpus-batch.jsonl 2> report.err; rc=$?
check "report page is written" test "$rc" -eq 0
flags=(--headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" --no-first-run
       --disable-extensions --virtual-time-budget=3000)
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$work/report.html" > report.dom.html 2> report.browser.log
check "report page loads in Chromium" grep -q '<svg id="analogy-chart"' report.dom.html
check "report: analogy bars" at_least report.dom.html '<g class="row">' 5
check "report: stance chart" grep -q '<svg id="stance-chart"' report.dom.html
check "report: events table has rows" at_least report.dom.html '<tr><td>' 5
timeout 120 "$browser" "${flags[@]}" --window-size=1400,1800 --screenshot="$work/report.png" "file://$work/report.html" \
  >> report.browser.log 2>&1
check "report screenshot saved" test -s report.png

echo "screenshots: $work/*.png"
[ "$fails" -eq 0 ] || { echo "$fails HTML checks failed"; exit 1; }
