#!/usr/bin/env python3
"""Draw the stratified sentence samples behind data/eval/news-analogies-{dev,test}.tsv.

Deterministic: the same corpus, gazetteer and tokenizer give the same sample (seed SEED below,
Python 3.11 `random.Random.sample`). Nothing from the article texts is written anywhere except
the optional --cache directory and --show output, which belong outside the repository.

Procedure
---------
1. Corpus: the AllSides news JSONL (`/work/shared/data/news-allsides/allsides-12k.jsonl.zst`,
   decompressed with `zstd -dc`). Each article's `text` is tokenized with the project's own
   `argmine tokenize --format jsonl` (fed the text exactly, UTF-8, nothing appended); each output
   line is a sentence with byte offsets `begin`/`end` into the text.
2. Halves: sha1(article id as UTF-8), first byte even -> "dev", odd -> "test".
3. Strata. A sentence is *historical* when it contains
   - a past year: a 4-digit number 1900..2014 standing alone (not inside a longer number or word,
     not right after "$" or before "%"), and earlier than the article's own year (the year of its
     `date` field; undated articles count every year 1900..2014 as past), so a date in the
     article's present ("Nov. 6, 2012" in a 2012 article) does not count; or
   - a decade 1900s..2000s written "1960s" or "'60s" / "’60s"; or
   - an alias of a gazetteer entry (data/gazetteer.tsv), matched case-insensitively on word
     boundaries, except entries of kind `figure`, and only entries whose first year is past by the
     same rule (<= 2014 and earlier than the article's year), so e.g. "Covid" in a 2020 article
     is not historical.
   A sentence is *comparative* when it contains, case-insensitively as a whole word, one of
   COMPARISON_WORDS (the brief's list; "déjà" is accepted for "deja").
   S1 = historical and comparative, S2 = historical only, S3 = everything else.
4. Sample per half: 260 sentences from S1, 140 from S2, 100 from S3, uniformly without
   replacement (population sorted by article id and offset, then random.Random(seed).sample with
   seed = SEED + 10 * half_index + stratum_index). The full stratum sizes per half are written to
   strata.json so estimates can be weighted.

Usage
-----
    scripts/sample_news_sentences.py --out /tmp/news-sample [--cache /tmp/news-tok]
    scripts/sample_news_sentences.py --out /tmp/news-sample --show dev   # items with context

Writes OUT/sample-dev.tsv and OUT/sample-test.tsv (article_id, sent_begin, sent_end, stratum,
item number), and OUT/strata.json.

    scripts/sample_news_sentences.py --out /tmp/news-sample --train

The rule-writing sample behind data/eval/news-analogies-train.tsv (drawn after the dev and test
samples, and kept apart from them): the dev-half articles in random.Random(TRAIN_SEED) order, the
first TRAIN_ARTICLES of them, every S1 sentence that is not a row of the dev or test files, in
random.Random(TRAIN_SEED_ORDER) order. Writes OUT/sample-train.tsv (article_id, sent_begin, sent_end,
stratum, item number in that order).

    scripts/sample_news_sentences.py --out /tmp/news-sample --model --part N
    scripts/sample_news_sentences.py --out /tmp/news-sample --recent --part N

The model-training samples behind data/eval/news-analogies-model.tsv: see build_model_train (S1 and S2 rows of
part N's 1,000 articles) and build_recent (S4: the sentences of the same articles whose past is recent, after
YEAR_CAP, which the strata above leave out).
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys

SEED = 20240611
CORPUS = "/work/shared/data/news-allsides/allsides-12k.jsonl.zst"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GAZETTEER = os.path.join(ROOT, "data", "gazetteer.tsv")
ARGMINE = os.path.join(ROOT, "build", "bin", "argmine")
SAMPLE_SIZES = {"S1": 260, "S2": 140, "S3": 100}
HALVES = ("dev", "test")
TRAIN_SEED, TRAIN_SEED_ORDER, TRAIN_ARTICLES = 777, 5, 700
# The model-training sample: the next MODEL_ARTICLES of the same article order, S1 and S2 sentences.
MODEL_ARTICLES, MODEL_SEED_ORDER, MODEL_S2_SHARE = 1000, 6, 0.4
RECENT_SEED_ORDER = 40  # the recent-past sample (see build_recent)
YEAR_CAP = 2014  # last year that can count as "past"

COMPARISON_WORDS = [
    "like", "as", "similar", "same", "again", "reminiscent", "remind", "echo", "echoes", "recall",
    "recalls", "replay", "repeat", "parallel", "compare", "compared", "comparison", "mirror",
    "mirrors", "model", "modeled", "mold", "lesson", "history", "historic", "since", "before",
    "generation", "modern-day", "new", "another", "evokes", "harks", "throwback", "deja", "déjà",
    "redux", "shades",
]
COMP_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in
                     sorted(COMPARISON_WORDS, key=len, reverse=True)) + r")(?![\w-])", re.I)
YEAR_RE = re.compile(r"(?<![\w$])(19\d\d|20[01]\d)(?![\w%])")
DECADE_RE = re.compile(r"(?<![\w$])(?:(19\d0|2000)s|['’‘](\d)0s)(?!\w)")
NUMBER_GLUE_RE = re.compile(r"\d[.,]$")  # "1.2014", "3,1999": part of a longer number


def half_of(article_id):
    return "dev" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def article_year(date):
    m = re.match(r"^(\d{4})-\d\d-\d\d$", date or "")
    if m and 1990 <= int(m.group(1)) <= 2030:
        return int(m.group(1))
    return None  # undated: every year up to YEAR_CAP is past


def past_limit(year):
    """Largest year that counts as past for an article of this year."""
    return YEAR_CAP if year is None else min(YEAR_CAP, year - 1)


def load_gazetteer(path=GAZETTEER):
    entries = []  # (first_year, [aliases])
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 6 or cols[1] == "figure":
                continue
            entries.append((int(cols[2]), [a for a in cols[5].split("|") if a]))
    return entries


_alias_re_cache = {}


def alias_re(entries, limit, after=None):
    """The aliases of the entries whose first year is at most `limit` (and after `after`), or None for none."""
    key = (after, limit)
    if key not in _alias_re_cache:
        aliases = sorted({a for y, al in entries if y <= limit and (after is None or y > after) for a in al},
                         key=len, reverse=True)
        _alias_re_cache[key] = aliases and re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)", re.I) or None
    return _alias_re_cache[key]


def is_historical(sent, limit, entries):
    for m in YEAR_RE.finditer(sent):
        if 1900 <= int(m.group(1)) <= limit and not NUMBER_GLUE_RE.search(sent[:m.start()]):
            return True
    if DECADE_RE.search(sent):
        return True
    names = alias_re(entries, limit)
    return names is not None and names.search(sent) is not None


def stratum_of(sent, limit, entries):
    if not is_historical(sent, limit, entries):
        return "S3"
    return "S1" if COMP_RE.search(sent) else "S2"


def articles(corpus=CORPUS):
    """The corpus's articles (JSON objects), streamed."""
    p = subprocess.Popen(["zstd", "-dc", corpus], stdout=subprocess.PIPE)
    for line in p.stdout:
        yield json.loads(line)
    p.wait()


def sentences(article, cache):
    """[(begin, end)] byte offsets from `argmine tokenize` on the article text."""
    data = article["text"].encode("utf-8")
    cached = os.path.join(cache, article["id"] + ".json") if cache else None
    if cached and os.path.exists(cached):
        with open(cached) as f:
            return [tuple(x) for x in json.load(f)]
    out = subprocess.run([ARGMINE, "tokenize", "--format", "jsonl", "-"], input=data,
                         stdout=subprocess.PIPE, check=True).stdout
    spans = [(s["begin"], s["end"]) for s in map(json.loads, out.splitlines()) if s]
    if cached:
        with open(cached, "w") as f:
            json.dump(spans, f)
    return spans


def build(out, cache):
    entries = load_gazetteer()
    pop = {h: {s: [] for s in SAMPLE_SIZES} for h in HALVES}
    for art in articles():
        data = art["text"].encode("utf-8")
        limit = past_limit(article_year(art.get("date")))
        for b, e in sentences(art, cache):
            st = stratum_of(data[b:e].decode("utf-8"), limit, entries)
            pop[half_of(art["id"])][st].append((art["id"], b, e))
    sizes = {h: {s: len(pop[h][s]) for s in SAMPLE_SIZES} for h in HALVES}
    for hi, h in enumerate(HALVES):
        rows = []
        for si, s in enumerate(sorted(SAMPLE_SIZES)):
            population = sorted(pop[h][s])
            rows += [(a, b, e, s) for a, b, e in
                     random.Random(SEED + 10 * hi + si).sample(population, SAMPLE_SIZES[s])]
        rows.sort()
        with open(os.path.join(out, f"sample-{h}.tsv"), "w") as f:
            f.write("article_id\tsent_begin\tsent_end\tstratum\titem\n")
            for i, (a, b, e, s) in enumerate(rows):
                f.write(f"{a}\t{b}\t{e}\t{s}\t{i}\n")
    n_articles = {h: len({a for s in pop[h] for a, _, _ in pop[h][s]}) for h in HALVES}
    with open(os.path.join(out, "strata.json"), "w") as f:
        json.dump({"seed": SEED, "sample_sizes": SAMPLE_SIZES, "population": sizes,
                   "articles_with_sentences": n_articles}, f, indent=1)
    print(json.dumps(sizes))


def labelled_rows(names=("dev", "test", "train")):
    """(article id, sent_begin) of every row of these labelled files in data/eval."""
    rows = set()
    for name in names:
        with open(os.path.join(ROOT, "data", "eval", f"news-analogies-{name}.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("article_id"):
                    continue
                c = line.split("\t")
                rows.add((c[0], int(c[1])))
    return rows


def dev_articles_in_train_order():
    """The dev-half articles in the order the --train and --model samples take them."""
    arts = [a for a in articles() if half_of(a["id"]) == "dev"]
    random.Random(TRAIN_SEED).shuffle(arts)
    return arts


def build_train(out, cache):
    entries = load_gazetteer()
    labelled = labelled_rows(HALVES)
    arts = dev_articles_in_train_order()
    rows = []
    for art in arts[:TRAIN_ARTICLES]:
        data = art["text"].encode("utf-8")
        limit = past_limit(article_year(art.get("date")))
        for b, e in sentences(art, cache):
            if (art["id"], b) in labelled:
                continue
            if stratum_of(data[b:e].decode("utf-8"), limit, entries) == "S1":
                rows.append((art["id"], b, e))
    random.Random(TRAIN_SEED_ORDER).shuffle(rows)
    with open(os.path.join(out, "sample-train.tsv"), "w") as f:
        f.write("article_id\tsent_begin\tsent_end\tstratum\titem\n")
        for i, (a, b, e) in enumerate(rows):
            f.write(f"{a}\t{b}\t{e}\tS1\t{i}\n")
    print(len(rows))


def build_model_train(out, cache, part=1):
    """The sample behind data/eval/news-analogies-model.tsv, in parts of MODEL_ARTICLES dev-half articles
    each: part 1 takes articles TRAIN_ARTICLES to TRAIN_ARTICLES + MODEL_ARTICLES in the --train order
    (so none of the --train articles), part 2 the next MODEL_ARTICLES, and so on; from each, every S1
    sentence that is no row of the labelled files, and S2 sentences drawn to MODEL_S2_SHARE of the
    whole, in random.Random(MODEL_SEED_ORDER + part - 1) order. Writes OUT/sample-model.tsv (part 1)
    or OUT/sample-model-PART.tsv."""
    entries = load_gazetteer()
    labelled = labelled_rows()
    arts = dev_articles_in_train_order()
    pop = {"S1": [], "S2": []}
    first = TRAIN_ARTICLES + (part - 1) * MODEL_ARTICLES
    for art in arts[first:first + MODEL_ARTICLES]:
        data = art["text"].encode("utf-8")
        limit = past_limit(article_year(art.get("date")))
        for b, e in sentences(art, cache):
            if (art["id"], b) in labelled:
                continue
            st = stratum_of(data[b:e].decode("utf-8"), limit, entries)
            if st in pop:
                pop[st].append((art["id"], b, e, st))
    n2 = min(len(pop["S2"]), round(len(pop["S1"]) * MODEL_S2_SHARE / (1 - MODEL_S2_SHARE)))
    seed = MODEL_SEED_ORDER + part - 1
    rows = pop["S1"] + random.Random(seed).sample(pop["S2"], n2)
    random.Random(seed).shuffle(rows)
    with open(os.path.join(out, "sample-model.tsv" if part == 1 else f"sample-model-{part}.tsv"), "w") as f:
        f.write("article_id\tsent_begin\tsent_end\tstratum\titem\n")
        for i, (a, b, e, st) in enumerate(rows):
            f.write(f"{a}\t{b}\t{e}\t{st}\t{i}\n")
    print(len(pop["S1"]), len(pop["S2"]), n2)


RECENT_YEAR_RE = re.compile(r"(?<![\w$])(20[1-3]\d)(?![\w%])")


def is_recent_past(sent, year, entries):
    """A year after YEAR_CAP and at least two years before the article's year (what the tagger takes for the
    past), or a gazetteer entry begun then: the past the capped strata leave out."""
    if year is None:
        return False
    for m in RECENT_YEAR_RE.finditer(sent):
        if YEAR_CAP < int(m.group(1)) <= year - 2 and not NUMBER_GLUE_RE.search(sent[:m.start()]):
            return True
    names = alias_re(entries, year - 2, after=YEAR_CAP)
    return names is not None and names.search(sent) is not None


def build_recent(out, cache, part):
    """The recent-past sample (stratum S4): from the articles of model part PART (taken as build_model_train
    takes them), every sentence that is in neither S1 nor S2 and mentions a recent past (is_recent_past), in
    random.Random(RECENT_SEED_ORDER + part) order. Writes OUT/sample-recent-PART.tsv."""
    entries = load_gazetteer()
    labelled = labelled_rows()  # (the model file's own rows are S1, S2 or these S4 ones)
    arts = dev_articles_in_train_order()
    first = TRAIN_ARTICLES + (part - 1) * MODEL_ARTICLES
    rows = []
    for art in arts[first:first + MODEL_ARTICLES]:
        data = art["text"].encode("utf-8")
        year = article_year(art.get("date"))
        for b, e in sentences(art, cache):
            sent = data[b:e].decode("utf-8")
            if (art["id"], b) in labelled or stratum_of(sent, past_limit(year), entries) != "S3":
                continue
            if is_recent_past(sent, year, entries):
                rows.append((art["id"], b, e))
    random.Random(RECENT_SEED_ORDER + part).shuffle(rows)
    with open(os.path.join(out, f"sample-recent-{part}.tsv"), "w") as f:
        f.write("article_id\tsent_begin\tsent_end\tstratum\titem\n")
        for i, (a, b, e) in enumerate(rows):
            f.write(f"{a}\t{b}\t{e}\tS4\t{i}\n")
    print(len(rows))


def show(out, half, cache):
    """Print each sampled sentence with its neighbours (for the annotator's eyes only)."""
    with open(os.path.join(out, f"sample-{half}.tsv")) as f:
        next(f)
        rows = [l.rstrip("\n").split("\t") for l in f]
    want = {r[0] for r in rows}
    arts = {a["id"]: a for a in articles() if a["id"] in want}
    for a, b, e, s, i in rows:
        art = arts[a]
        data = art["text"].encode("utf-8")
        spans = sentences(art, cache)
        k = spans.index((int(b), int(e)))
        get = lambda j: data[spans[j][0]:spans[j][1]].decode("utf-8") if 0 <= j < len(spans) else ""
        print(f"=== {half} #{i} {s} {a} {b}-{e} date={art.get('date')} src={art['source']}")
        print("  PREV:", get(k - 1)[-400:])
        print("  >>>>:", get(k))
        print("  NEXT:", get(k + 1)[:400])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="output directory (outside the repo)")
    ap.add_argument("--cache", help="directory to cache sentence offsets per article")
    ap.add_argument("--show", choices=HALVES + ("train", "model"), help="print the sampled items of a half with context")
    ap.add_argument("--train", action="store_true", help="draw the rule-writing sample (see the docstring)")
    ap.add_argument("--model", action="store_true", help="draw the model-training sample (see build_model_train)")
    ap.add_argument("--part", type=int, default=1, help="which part of the model-training sample (from 1)")
    ap.add_argument("--recent", action="store_true",
                    help="draw the recent-past sample from the articles of --part (see build_recent)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.cache:
        os.makedirs(args.cache, exist_ok=True)
    if args.recent:
        build_recent(args.out, args.cache, args.part)
    elif args.model:
        build_model_train(args.out, args.cache, args.part)
    elif args.train:
        build_train(args.out, args.cache)
    elif args.show:
        show(args.out, args.show, args.cache)
    else:
        build(args.out, args.cache)


if __name__ == "__main__":
    sys.exit(main())
