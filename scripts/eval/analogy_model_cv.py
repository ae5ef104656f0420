#!/usr/bin/env python3
"""Cross-validate the news analogy model as docs/models.md measures it: rules plus the model's analogies.

The model file's rows (data/eval/news-analogies-model.tsv) are split into 5 folds by article: an article's fold is
a byte of sha1(article id) modulo 5 (--fold-byte 0 by default; 1 is "another split of the folds"). For each fold,
scripts/train_analogy_model.py's examples of the train file and of the other folds' S1 and S2 rows train a model
(`argmine train` with --train-options), and every article of the fold is tagged with it (`argmine tag
--analogy-model M --analogy-threshold T`, the article's publication year as --year), as scripts/eval/news_analogies.py
does. A row counts as found when an analogy unit (a rule's or the model's) overlaps it. Prints P/R/F1 of the
label analogy for the rules alone and with the model at each threshold (0.5, argmine's default, and 0, the model's
best label): over the S1 and S2 rows, the same weighted to the S1+S2 population (S2 rows x2.54, data/eval/README.md)
and over the recent-past rows (S4), which no model trains on.

No article text is written anywhere but a temporary directory. Never reads the test file.

Usage: scripts/eval/analogy_model_cv.py [--train-options "..."] [--fold-byte 0] [--thresholds 0.5,0] [--jobs 1]
                                       [--rows-out FILE]
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import sample_news_sentences as sampler  # noqa: E402  (the corpus reader)
import train_analogy_model as tam  # noqa: E402  (the labelled rows, the examples, the default options)

LABELS = os.path.join(ROOT, 'data', 'eval', 'news-analogies-{}.tsv')
S2_WEIGHT = 2.54  # S2 rows stand for 2.54 times as many sentences as S1 rows (the model file's sampling)


def fold_of(article_id, byte, k):
    return hashlib.sha1(article_id.encode('utf-8')).digest()[byte] % k


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tag(argmine, model, threshold, article, tmp):
    path = os.path.join(tmp, article['id'] + '.txt')
    with open(path, 'wb') as f:
        f.write(article['text'].encode('utf-8'))
    cmd = [argmine, 'tag', path, '--analogy-model', model, '--analogy-threshold', threshold]
    if article.get('date', '')[:4].isdigit():
        cmd += ['--year', article['date'][:4]]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    os.remove(path)
    return [(u['begin'], u['end'], u.get('rule', '')) for u in json.loads(out)['units'] if u['type'] == 'analogy']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--train-options', default=' '.join(tam.TRAIN_OPTIONS))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--fold-byte', type=int, default=0, help='byte of sha1(article id) that picks the fold')
    ap.add_argument('--thresholds', default='0.5,0')
    ap.add_argument('--strata', default='S1,S2', help='strata the models train on')
    ap.add_argument('--jobs', type=int, default=1, help='argmine tag processes at once')
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--rows-out', help='write each row\'s outcome here (article, begin, stratum, label, found by the '
                                       'rules, by the model at each threshold) to compare runs row by row')
    a = ap.parse_args()
    if not os.path.exists(tam.NEWS):
        print(f'skip: {tam.NEWS} not found')
        return 0
    strata = set(a.strata.split(','))
    train_rows = [r for r in tam.read_rows(LABELS.format('train')) if r[4] in strata]
    model_rows = tam.read_rows(LABELS.format('model'))
    wanted = {r[0] for r in train_rows + model_rows}
    articles = {j['id']: j for j in sampler.articles(tam.NEWS) if j['id'] in wanted}
    thresholds = a.thresholds.split(',')
    found = {t: {} for t in thresholds}  # threshold -> (article, begin) -> (rule found, model found)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(a.folds):
            fold_articles = sorted({r[0] for r in model_rows if fold_of(r[0], a.fold_byte, a.folds) == k})
            rows = train_rows + [r for r in model_rows if r[4] in strata and fold_of(r[0], a.fold_byte, a.folds) != k]
            examples, model = os.path.join(tmp, 'examples.jsonl'), os.path.join(tmp, f'fold{k}.model')
            tam.write_examples(rows, tam.NEWS, examples, articles)
            subprocess.run([a.argmine, 'train', '--format', 'jsonl', '--out', model] + a.train_options.split() +
                           [examples], check=True, capture_output=True)
            for t in thresholds:
                with ThreadPoolExecutor(a.jobs) as pool:
                    units = dict(zip(fold_articles, pool.map(lambda i: tag(a.argmine, model, t, articles[i], tmp),
                                                             fold_articles)))
                for r in model_rows:
                    if r[0] in units:
                        us = [u for u in units[r[0]] if u[0] < r[2] and r[1] < u[1]]
                        found[t][(r[0], r[1])] = (any(u[2] != 'sentence_model' for u in us),
                                                  any(u[2] == 'sentence_model' for u in us))
            print(f'fold {k + 1}: {len(fold_articles)} articles', file=sys.stderr)
    if a.rows_out:
        with open(a.rows_out, 'w', encoding='utf-8') as f:
            for r in model_rows:
                got = [found[t][(r[0], r[1])] for t in thresholds]
                f.write('\t'.join([r[0], str(r[1]), r[4], r[3], str(int(got[0][0]))] +
                                   [str(int(g[1])) for g in got]) + '\n')
    groups = {'S1+S2': lambda r: r[4] in ('S1', 'S2'), 'S4': lambda r: r[4] == 'S4'}
    print(f'5-fold by article (sha1 byte {a.fold_byte}), train options: {a.train_options}')
    print(f'{"system":<16} {"rows":<15} {"P":>6} {"R":>6} {"F1":>6}   tp/fp/fn')
    for name, pick in groups.items():
        for weighted in ((False, True) if name == 'S1+S2' else (False,)):
            for system in ['rules'] + [f'model {t}' for t in thresholds]:
                c = [0.0, 0.0, 0.0]
                for r in model_rows:
                    if not pick(r):
                        continue
                    w = S2_WEIGHT if weighted and r[4] == 'S2' else 1.0
                    rule, mod = found[thresholds[0]][(r[0], r[1])] if system == 'rules' else \
                        found[system.split()[1]][(r[0], r[1])]
                    pred = rule or (mod and system != 'rules')
                    gold = r[3] == 'analogy'
                    if pred or gold:
                        c[0 if pred and gold else 1 if pred else 2] += w
                p, rr, f = prf(*c)
                label = name + (' weighted' if weighted else '')
                print(f'{system:<16} {label:<15} {p:6.3f} {rr:6.3f} {f:6.3f}   {c[0]:.0f}/{c[1]:.0f}/{c[2]:.0f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
