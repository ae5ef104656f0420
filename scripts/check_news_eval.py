#!/usr/bin/env python3
"""Validate data/eval/news-analogies-{dev,test,train,model}.tsv against the news corpus.

Checks, for every row: the article exists; 0 <= sent_begin < sent_end <= len(text) in UTF-8 bytes and both offsets
fall on character boundaries; the span is a sentence of `argmine tokenize` (when build/bin/argmine exists; a span the
tokenizer now splits differently is a note, not a problem: the tokenizer changed after some samples were drawn, and
scripts/eval/news_analogies.py matches units to rows by overlap); the
stratum recomputed with scripts/sample_news_sentences.py matches; label is analogy|precedent|none; year is empty
for none and a year (1968) or decade (1960s) otherwise; a source span, when given, lies inside its sentence.
Per measured file (dev, test): the stratum counts are 260/140/100. The train file (rule writing) holds labels only:
its rows are all S1 and carry no year, source or reason. The model file (training the sentence model) holds
S1, S2 and S4 rows (S4: an S3 sentence whose past is recent, after the strata's cap; sample_news_sentences.py
--recent) with labels, years and reasons but no source spans. Leakage: no 40-character window of any labelled sentence occurs in
any file under data/eval/ (the files hold ids and offsets only, never article text).

Usage: scripts/check_news_eval.py   (exit status 1 on any problem)
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import sample_news_sentences as S  # noqa: E402

EVAL = os.path.join(ROOT, "data", "eval")
FILES = [os.path.join(EVAL, f"news-analogies-{h}.tsv") for h in S.HALVES + ("train", "model")]
WINDOW = 40


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    header = lines[0].split("\t")
    for l in lines[1:]:
        rows.append(dict(zip(header, l.split("\t"))))
    return header, rows


def main():
    problems = []
    drift = []
    data = {p: read_rows(p) for p in FILES}
    want = {r["article_id"] for _, rows in data.values() for r in rows}
    arts = {a["id"]: a for a in S.articles() if a["id"] in want}
    entries = S.load_gazetteer()
    have_tok = os.path.exists(S.ARGMINE)
    spans_cache = {}
    sentences = []
    for path, (header, rows) in data.items():
        name = os.path.basename(path)
        train = name.endswith("-train.tsv")
        model = name.endswith("-model.tsv")
        counts = {}
        for n, r in enumerate(rows, 1):
            where = f"{name} row {n}"
            a = arts.get(r["article_id"])
            if a is None:
                problems.append(f"{where}: unknown article {r['article_id']}")
                continue
            text = a["text"].encode("utf-8")
            b, e = int(r["sent_begin"]), int(r["sent_end"])
            if not (0 <= b < e <= len(text)):
                problems.append(f"{where}: sentence span {b}-{e} outside text of {len(text)} bytes")
                continue
            try:
                sent = text[b:e].decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{where}: sentence span not on character boundaries")
                continue
            sentences.append(sent)
            if have_tok:
                if a["id"] not in spans_cache:
                    spans_cache[a["id"]] = set(S.sentences(a, None))
                if (b, e) not in spans_cache[a["id"]]:
                    # The tokenizer has changed since some samples were drawn; the scorer matches by overlap.
                    drift.append(f"{where}: {b}-{e} is no longer exactly a tokenizer sentence")
            limit = S.past_limit(S.article_year(a.get("date")))
            st = S.stratum_of(sent, limit, entries)
            if st == "S3" and r["stratum"] == "S4" and S.is_recent_past(sent, S.article_year(a.get("date")), entries):
                st = "S4"
            if st != r["stratum"]:
                problems.append(f"{where}: stratum {r['stratum']} but recomputed {st}")
            counts[r["stratum"]] = counts.get(r["stratum"], 0) + 1
            lab, year = r["label"], r["year"]
            if lab not in ("analogy", "precedent", "none"):
                problems.append(f"{where}: bad label {lab}")
            if lab == "none" and (year or r["source_begin"]):
                problems.append(f"{where}: none with a year or source")
            if train:
                if year or r["source_begin"] or r["reason"] or r["stratum"] != "S1":
                    problems.append(f"{where}: train rows are S1 and hold labels only")
                continue
            if model and (r["source_begin"] or r["stratum"] not in ("S1", "S2", "S4")):
                problems.append(f"{where}: model rows are S1, S2 or S4 and hold no source span")
            if lab != "none" and not re.fullmatch(r"\d{3,4}|\d{2,3}0s", year):
                problems.append(f"{where}: bad year {year!r}")
            if lab != "none" and not r["reason"]:
                problems.append(f"{where}: {lab} without reason")
            if r["source_begin"] or r["source_end"]:
                sb, se = int(r["source_begin"]), int(r["source_end"])
                if not (b <= sb < se <= e):
                    problems.append(f"{where}: source {sb}-{se} outside sentence {b}-{e}")
        if not train and not model and counts != S.SAMPLE_SIZES:
            problems.append(f"{name}: stratum counts {counts} != {S.SAMPLE_SIZES}")
    # leakage: any 40-char window of a sentence inside any file of data/eval
    blobs = {p: open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(EVAL, "*")) if os.path.isfile(p)}
    for sent in sentences:
        for i in range(0, max(1, len(sent) - WINDOW + 1)):
            w = sent[i:i + WINDOW]
            if len(w) < WINDOW:
                break
            for p, blob in blobs.items():
                if w in blob:
                    problems.append(f"{os.path.basename(p)}: contains article text {w!r}")
                    break
    for p in drift:
        print("note:", p)
    for p in problems:
        print(p)
    n = sum(len(rows) for _, rows in data.values())
    print(f"{n} rows checked, {len(problems)} problems, {len(drift)} spans the tokenizer now splits differently")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
