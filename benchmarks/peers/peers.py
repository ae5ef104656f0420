#!/usr/bin/python3
"""argmine against its peers, on the same text and machine, in one run.

  benchmarks/peers/peers.py [--argmine build/bin/argmine] [--runs 3] [--articles 3000]

1. Tokenization: NLTK (Debian python3-nltk; Punkt with its default parameters plus the Treebank word
   tokenizer, as NLTK's trained Punkt data is not a Debian package) against `argmine tokenize`, on the texts of
   news-allsides articles.
2. Stance (SemEval-2016 Task 6, train + trial): 5-fold cross-validation F_avg on the folds of
   `argmine stance cv --folds-out`, training time on all of it, and prediction speed on news paragraphs
   (every paragraph scored toward "Hillary Clinton"), for argmine, fastText (Debian fasttext, supervised,
   word bigrams) and scikit-learn (Debian python3-sklearn, the organisers' baseline: LinearSVC per target on
   word 1-3-grams and character 2-5-grams).

Needs ../shared/data. Prints a markdown table (benchmarks/README.md keeps the last one). Timings are the
median of --runs runs.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(ROOT, '..', 'shared', 'data')
sys.path.insert(0, os.path.join(ROOT, 'scripts', 'baselines'))
from sklearn_stance import favg, read as read_semeval  # noqa: E402  the same reader and metric as the baseline


def median_time(fn, runs):
    times = []
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def news_texts(n):
    out = subprocess.run(['zstd', '-dc', os.path.join(SHARED, 'news-allsides', 'allsides-12k.jsonl.zst')],
                         check=True, capture_output=True).stdout.decode('utf-8')
    texts = []
    for line in out.splitlines():
        if len(texts) == n:
            break
        texts.append(json.loads(line)['text'])
    return texts


def tokenization(args, texts, tmp):
    from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer
    punkt, words = PunktSentenceTokenizer(), TreebankWordTokenizer()
    data = '\n\n'.join(texts)
    mb = len(data.encode('utf-8')) / 1e6

    def nltk_run():
        n = 0
        for t in texts:
            for s in punkt.tokenize(t):
                n += len(words.tokenize(s))
        return n

    t_nltk, n_tokens = median_time(nltk_run, args.runs)
    path = os.path.join(tmp, 'news.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(data)
    t_argmine, _ = median_time(lambda: subprocess.run([args.argmine, 'tokenize', '--format', 'text', path],
                                                      check=True, stdout=subprocess.DEVNULL), args.runs)
    return [('tokenize + split sentences', 'argmine tokenize (CLI, text output)', mb / t_argmine, ''),
            ('tokenize + split sentences', 'NLTK Punkt + Treebank', mb / t_nltk, f'{n_tokens / t_nltk / 1e3:.0f}k tokens/s')]


def fasttext_line(target, text, label=None):
    clean = ' '.join(text.replace('\t', ' ').split()).lower()
    tgt = '_'.join(target.lower().split())
    return (f'__label__{label} ' if label else '') + f'target_{tgt} {clean}\n'


def fasttext_train(rows, model, tmp):
    train = os.path.join(tmp, 'ft-train.txt')
    with open(train, 'w', encoding='utf-8') as f:
        for _, target, text, label in rows:
            f.write(fasttext_line(target, text, label))
    run(['fasttext', 'supervised', '-input', train, '-output', model, '-wordNgrams', '2', '-epoch', '25',
         '-lr', '0.5', '-thread', '1', '-seed', '1', '-verbose', '0'])


def fasttext_predict(model, rows, tmp):
    test = os.path.join(tmp, 'ft-test.txt')
    with open(test, 'w', encoding='utf-8') as f:
        for _, target, text, _ in rows:
            f.write(fasttext_line(target, text))
    out = run(['fasttext', 'predict', model + '.bin', test]).stdout.split()
    return [o.replace('__label__', '') for o in out]


def sklearn_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC
    return make_pipeline(make_union(TfidfVectorizer(ngram_range=(1, 3)), TfidfVectorizer(analyzer='char', ngram_range=(2, 5))),
                         LinearSVC())


def sklearn_train(rows):
    models = {}
    for target in sorted({r[1] for r in rows}):
        sub = [r for r in rows if r[1] == target]
        m = sklearn_model()
        m.fit([r[2] for r in sub], [r[3] for r in sub])
        models[target] = m
    return models


def sklearn_predict(models, rows):
    out = [None] * len(rows)
    for target, m in models.items():
        idx = [i for i, r in enumerate(rows) if r[1] == target]
        if idx:
            for i, p in zip(idx, m.predict([rows[i][2] for i in idx])):
                out[i] = p
    return out


def stance(args, texts, tmp):
    train_path = os.path.join(SHARED, 'semeval2016-stance', 'trainingdata-all-annotations.txt')
    trial_path = os.path.join(SHARED, 'semeval2016-stance', 'trialdata-all-annotations.txt')
    rows = read_semeval(train_path) + read_semeval(trial_path)
    folds_path = os.path.join(tmp, 'folds.tsv')
    cv = run([args.argmine, 'stance', 'cv', '--folds-out', folds_path, train_path, trial_path]).stdout
    argmine_favg = float([l for l in cv.splitlines() if l.startswith('F_avg')][0].split()[-1])
    folds = dict(l.split('\t') for l in open(folds_path).read().splitlines())
    gold = [r[3] for r in rows]
    ft_pred, sk_pred = [None] * len(rows), [None] * len(rows)
    for k in sorted(set(folds.values())):
        tr = [r for r in rows if folds[r[0]] != k]
        te_idx = [i for i, r in enumerate(rows) if folds[r[0]] == k]
        te = [rows[i] for i in te_idx]
        model = os.path.join(tmp, f'ft-{k}')
        fasttext_train(tr, model, tmp)
        for i, p in zip(te_idx, fasttext_predict(model, te, tmp)):
            ft_pred[i] = p
        for i, p in zip(te_idx, sklearn_predict(sklearn_train(tr), te)):
            sk_pred[i] = p

    # Training on everything.
    t_argmine_train, _ = median_time(lambda: run([args.argmine, 'stance', 'train', '--out', os.path.join(tmp, 'a.model'),
                                                  train_path, trial_path]), args.runs)
    t_ft_train, _ = median_time(lambda: fasttext_train(rows, os.path.join(tmp, 'ft-all'), tmp), args.runs)
    t_sk_train, sk_all = median_time(lambda: sklearn_train(rows), args.runs)

    # Prediction on news paragraphs, toward one target.
    paras = [p for t in texts for p in t.split('\n') if len(p.split()) >= 5]
    para_rows = [(str(i), 'Hillary Clinton', p, 'NONE') for i, p in enumerate(paras)]
    mb = sum(len(p.encode('utf-8')) for p in paras) / 1e6
    tsv = os.path.join(tmp, 'paras.tsv')
    with open(tsv, 'w', encoding='utf-8') as f:
        for r in para_rows:
            f.write(f'{r[3]}\t{r[2]}\t{r[1]}\t{r[0]}\n')
    t_argmine_pred, _ = median_time(lambda: subprocess.run([args.argmine, 'predict', '--model', os.path.join(tmp, 'a.model'),
                                                            '--format', 'tsv', tsv], check=True, stdout=subprocess.DEVNULL),
                                    args.runs)
    t_ft_pred, _ = median_time(lambda: fasttext_predict(os.path.join(tmp, 'ft-all'), para_rows, tmp), args.runs)
    t_sk_pred, _ = median_time(lambda: sklearn_predict(sk_all, para_rows), args.runs)
    n = len(paras)
    return [
        ('stance: SemEval 5-fold F_avg', 'argmine logistic (defaults)', argmine_favg, f'train {t_argmine_train:.1f} s; predict {mb / t_argmine_pred:.1f} MB/s, {n / t_argmine_pred:.0f} paragraphs/s'),
        ('stance: SemEval 5-fold F_avg', 'fastText supervised (bigrams, 25 epochs)', favg(gold, ft_pred), f'train {t_ft_train:.1f} s; predict {mb / t_ft_pred:.1f} MB/s, {n / t_ft_pred:.0f} paragraphs/s'),
        ('stance: SemEval 5-fold F_avg', 'scikit-learn LinearSVC per target', favg(gold, sk_pred), f'train {t_sk_train:.1f} s; predict {mb / t_sk_pred:.1f} MB/s, {n / t_sk_pred:.0f} paragraphs/s'),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--articles', type=int, default=3000)
    args = ap.parse_args()
    if not os.path.exists(os.path.join(SHARED, 'news-allsides')):
        print('skip: ../shared/data is not here')
        return
    texts = news_texts(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        rows = tokenization(args, texts, tmp) + stance(args, texts, tmp)
    print(f'peers on this machine, {args.articles} news-allsides articles, median of {args.runs} runs, 1 thread each\n')
    print('| task | system | result | notes |\n|---|---|---|---|')
    for task, system, value, note in rows:
        unit = 'MB/s' if 'tokenize' in task else ''
        print(f'| {task} | {system} | {value:.2f} {unit} | {note} |')


if __name__ == '__main__':
    main()
