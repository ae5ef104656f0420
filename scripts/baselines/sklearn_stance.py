#!/usr/bin/python3
"""scikit-learn baseline for SemEval-2016 Task 6 on the same folds as `argmine stance cv --folds-out`.

The organisers' baseline: one LinearSVC per target on word 1-3-grams and character 2-5-grams (tf-idf).
Needs Debian's python3-sklearn. Usage:
  build/bin/argmine stance cv --folds-out /tmp/folds.tsv TRAIN TRIAL
  scripts/baselines/sklearn_stance.py /tmp/folds.tsv TRAIN TRIAL
"""
import sys
from collections import defaultdict

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC


def read(path):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    rows = []
    for i, line in enumerate(text.splitlines()):
        cols = line.split('\t')
        if i == 0 and cols[0] == 'ID':
            continue
        if len(cols) >= 4:
            rows.append((cols[0], cols[1], cols[2], cols[3]))
    return rows


def favg(gold, pred):
    def f1(lab):
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0
        rc = tp / (tp + fn) if tp + fn else 0
        return 2 * pr * rc / (pr + rc) if pr + rc else 0
    return 100 * (f1('FAVOR') + f1('AGAINST')) / 2


def main():
    folds = dict(line.rstrip('\n').split('\t') for line in open(sys.argv[1]))
    rows = [r for path in sys.argv[2:] for r in read(path)]
    k = max(int(v) for v in folds.values()) + 1
    pred = {}
    for fold in range(k):
        train = [r for r in rows if int(folds[r[0]]) != fold]
        test = [r for r in rows if int(folds[r[0]]) == fold]
        by_target = defaultdict(list)
        for r in train:
            by_target[r[1]].append(r)
        models = {}
        for target, rs in by_target.items():
            clf = make_pipeline(
                make_union(TfidfVectorizer(ngram_range=(1, 3), lowercase=True),
                           TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), lowercase=True)),
                LinearSVC(C=1.0))
            clf.fit([r[2] for r in rs], [r[3] for r in rs])
            models[target] = clf
        for r in test:
            pred[r[0]] = models[r[1]].predict([r[2]])[0]
        g = [r[3] for r in test]
        p = [pred[r[0]] for r in test]
        print(f'fold {fold + 1}: F_avg {favg(g, p):.2f}')
    g = [r[3] for r in rows]
    p = [pred[r[0]] for r in rows]
    print(f'scikit-learn LinearSVC per target (word 1-3 + char 2-5 tf-idf), {k}-fold: F_avg {favg(g, p):.2f}')


if __name__ == '__main__':
    main()
