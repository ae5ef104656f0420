#!/usr/bin/env python3
"""Train the news analogy model: a sentence model (labels analogy, precedent, none) for `--analogy-model`.

The labelled rows (data/eval/news-analogies-{train,model}.tsv by default) hold article ids and byte offsets into
the AllSides news corpus, which is not the project's to ship; so the model is built here, on a machine that has
../shared, and never committed. Each row becomes an example in context (its sentence inside the whole article,
tagged with the article's publication year) and `argmine train` fits the model: word unigrams and the
tagger's units and rules, the words and units of three sentences each side, the sentence's mentions of the past
(kind, how far back, the word before), no character n-grams (docs/models.md has the cross-validation behind the
choice).

Usage: scripts/train_analogy_model.py --out analogies.model [--labels FILE ...] [--train-options "--char-max 0 ..."]
"""
import argparse, csv, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import sample_news_sentences as sampler  # noqa: E402  (the corpus reader)
NEWS = os.path.join(ROOT, '..', 'shared', 'data', 'news-allsides', 'allsides-12k.jsonl.zst')
DEFAULT_LABELS = [os.path.join(ROOT, 'data', 'eval', f'news-analogies-{n}.tsv') for n in ('train', 'model')]
TRAIN_OPTIONS = ['--char-max', '0', '--word-ngrams', '1', '--context-sentences', '3', '--past-features']


def read_rows(path):
    with open(path, encoding='utf-8') as f:
        rows = list(csv.reader((l for l in f if not l.startswith('#')), delimiter='\t'))
    col = {k: i for i, k in enumerate(rows[0])}
    return [(r[col['article_id']], int(r[col['sent_begin']]), int(r[col['sent_end']]), r[col['label']], r[col['stratum']])
            for r in rows[1:]]


def write_examples(rows, corpus, out, articles=None):
    """JSONL examples in context, one a row, grouped by article (one copy of each article's text in memory).
    `articles` (id -> corpus object), when given, holds the rows' articles already read from the corpus."""
    wanted = {a for a, _, _, _, _ in rows}
    if articles is None:
        articles = {j['id']: j for j in sampler.articles(corpus) if j['id'] in wanted}
    missing = wanted - articles.keys()
    if missing:
        sys.exit(f'train_analogy_model: {len(missing)} labelled articles not in {corpus} (first: {sorted(missing)[0]})')
    with open(out, 'w', encoding='utf-8') as f:
        for a, b, e, label, _ in sorted(rows):
            art = articles[a]
            ex = {'label': label, 'document': art['text'], 'begin': b, 'end': e, 'id': f'{a}:{b}'}
            year = (art.get('date') or '')[:4]
            if year.isdigit():
                ex['year'] = int(year)
            f.write(json.dumps(ex) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True, help='model file to write')
    ap.add_argument('--labels', nargs='+', default=DEFAULT_LABELS, help='labelled TSV files (the data/eval format)')
    ap.add_argument('--strata', default='S1,S2',
                    help='train on the rows of these strata (default: %(default)s; the recent-past rows, S4, measure '
                         'the model: training on them too did not help, docs/models.md)')
    ap.add_argument('--corpus', default=NEWS, help='the news corpus (.jsonl.zst)')
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--train-options', default=' '.join(TRAIN_OPTIONS),
                    help='options of `argmine train` (default: %(default)s)')
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f'skip: {a.corpus} not found')
        return 0
    strata = set(a.strata.split(','))
    rows = [r for p in a.labels for r in read_rows(p) if r[4] in strata]
    with tempfile.TemporaryDirectory() as tmp:
        examples = os.path.join(tmp, 'examples.jsonl')
        write_examples(rows, a.corpus, examples)
        subprocess.run([a.argmine, 'train', '--format', 'jsonl', '--out', a.out] + a.train_options.split() + [examples], check=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
