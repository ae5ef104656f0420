#!/usr/bin/python3
"""scikit-learn n-gram baseline on argmine TSV data (label<TAB>text<TAB>context<TAB>id): LinearSVC over
word 1-3-gram and character 2-5-gram tf-idf (the context column is not used). Prints macro-F1 and per-label F1.

  scripts/baselines/sklearn_tsv.py TRAIN.tsv TEST.tsv          # train/test split
  scripts/baselines/sklearn_tsv.py --folds FOLDS.tsv DATA.tsv  # the folds of `argmine cv --folds-out`
"""
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import classification_report, f1_score
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC


def read(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) >= 2 and not line.startswith('#'):
            rows.append((cols[0], cols[1], cols[3] if len(cols) > 3 else str(len(rows) + 1)))
    return rows


def model():
    return make_pipeline(make_union(TfidfVectorizer(ngram_range=(1, 3)),
                                    TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5))),
                         LinearSVC(C=1.0, class_weight='balanced'))


def main():
    if sys.argv[1] == '--folds':
        folds = dict(l.rstrip('\n').split('\t') for l in open(sys.argv[2]))
        rows = read(sys.argv[3])
        gold, pred = [], []
        for k in sorted(set(folds.values())):
            tr = [r for r in rows if folds[r[2]] != k]
            te = [r for r in rows if folds[r[2]] == k]
            m = model().fit([r[1] for r in tr], [r[0] for r in tr])
            gold += [r[0] for r in te]
            pred += list(m.predict([r[1] for r in te]))
    else:
        tr, te = read(sys.argv[1]), read(sys.argv[2])
        m = model().fit([r[1] for r in tr], [r[0] for r in tr])
        gold, pred = [r[0] for r in te], list(m.predict([r[1] for r in te]))
    print(classification_report(gold, pred, digits=3))
    print(f'macro F1 {f1_score(gold, pred, average="macro"):.4f}')


if __name__ == '__main__':
    main()
