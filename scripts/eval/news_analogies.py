#!/usr/bin/env python3
"""Historical analogies and precedents on hand-labelled news sentences (data/eval/news-analogies-*.tsv).

The labels (made by the team from ../shared/data/news-allsides; see data/eval/README.md) give article ids and
byte offsets only. Each article is tagged whole with its publication year as the document year, and a labelled
sentence counts as found when an analogy (precedent) unit of argmine overlaps it. Prints precision, recall and
F1 per label, per stratum and pooled, and two keyword baselines on the same rows for context:
  markers  - the sentence contains an analogy marker word (reminiscent, echo, replay, recall, harks back,
             modeled after, this generation's, all over again, deja vu, cautionary tale, lesson of, redux);
  S1       - the sampling stratum itself: a past year or gazetteer name plus any comparison word.
Strata: S1 as above, S2 a past without a comparison word, S3 neither (dev and test); the model file also holds S4,
sentences whose past is recent (2015 or later; scripts/sample_news_sentences.py --recent).
Where the labels give the past thing's span and year (dev, test), the sentences found with the right label are
also scored on the unit's `source` field (exact span, and overlapping) and its year.

With --analogy-model (a model from scripts/train_analogy_model.py), argmine tags with it: the model adds the
analogies it finds beside the rules' (`argmine tag --analogy-model`).

Usage: scripts/eval/news_analogies.py [--split dev|test|train|model] [--argmine build/bin/argmine]
                                      [--analogy-model FILE] [--errors [--errors-for precedent]]
"""
import argparse, csv, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import sample_news_sentences as sampler  # noqa: E402  (the corpus reader)
NEWS = os.path.join(ROOT, '..', 'shared', 'data', 'news-allsides', 'allsides-12k.jsonl.zst')
MARKERS = re.compile(r"\b(reminiscent|echo(es|ed|ing)?|replay|rerun|recall(s|ed)?|harks? back|hearkens? back|"
                     r"modell?ed (after|on)|generation'?s|all over again|d[eé]j[aà] vu|cautionary tale|lessons? of|redux)\b",
                     re.I)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--split', default='test', choices=['dev', 'test', 'train', 'model'])
    ap.add_argument('--analogy-model', help='tag with this sentence model besides the rules')
    ap.add_argument('--analogy-threshold', help='least probability of the model\'s analogies (argmine\'s default if unset)')
    ap.add_argument('--labels', help='score these labelled rows instead of the split\'s file (same format)')
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--errors', action='store_true', help='print the misclassified sentences')
    ap.add_argument('--errors-for', default='analogy', choices=['analogy', 'precedent'],
                    help='which label --errors prints')
    a = ap.parse_args()
    labels = a.labels or os.path.join(ROOT, 'data', 'eval', f'news-analogies-{a.split}.tsv')
    if not os.path.exists(NEWS):
        print(f'skip: {NEWS} not found')
        return 0
    rows = [r for r in csv.reader((l for l in open(labels, encoding='utf-8') if not l.startswith('#')),
                                  delimiter='\t')]
    header, rows = rows[0], rows[1:]
    col = {k: i for i, k in enumerate(header)}
    wanted = {r[col['article_id']] for r in rows}
    articles = {j['id']: j for j in sampler.articles(NEWS) if j['id'] in wanted}
    units = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'a.txt')
        for aid, j in articles.items():
            open(path, 'wb').write(j['text'].encode('utf-8'))
            cmd = [a.argmine, 'tag', path] + (['--analogy-model', a.analogy_model] if a.analogy_model else []) + \
                (['--analogy-threshold', a.analogy_threshold] if a.analogy_model and a.analogy_threshold else [])
            if j.get('date', '')[:4].isdigit():
                cmd += ['--year', j['date'][:4]]
            units[aid] = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)['units']
    stats = {}
    fields = {}  # label -> [found with a gold source, exact source, overlapping source, gold year, year right]
    for r in rows:
        aid, b, e, stratum, label = r[col['article_id']], int(r[col['sent_begin']]), int(r[col['sent_end']]), \
            r[col['stratum']], r[col['label']]
        text = articles[aid]['text'].encode('utf-8')[b:e].decode('utf-8')
        found = {t: any(u['type'] == t and u['begin'] < e and b < u['end'] for u in units[aid])
                 for t in ('analogy', 'precedent')}
        if found.get(label) and r[col['source_begin']]:
            gb, ge = int(r[col['source_begin']]), int(r[col['source_end']])
            # The unit of that type in this sentence (the first, as a reader of the output would take it).
            u = next(u for u in units[aid] if u['type'] == label and u['begin'] < e and b < u['end'])
            src = u.get('fields', {}).get('source')
            c = fields.setdefault(label, [0, 0, 0, 0, 0])
            c[0] += 1
            if src and (src['begin'], src['end']) == (gb, ge): c[1] += 1
            if src and src['begin'] < ge and gb < src['end']: c[2] += 1
            if a.errors and a.errors_for == label and not (src and (src['begin'], src['end']) == (gb, ge)):
                whole = articles[aid]['text'].encode('utf-8')
                print(f'SRC {aid}: gold [{whole[gb:ge].decode()}] argmine [{src["text"] if src else ""}]')
            if r[col['year']]:
                c[3] += 1
                c[4] += u.get('fields', {}).get('year', '') == r[col['year']]
        preds = {'argmine': found, 'markers': {'analogy': bool(MARKERS.search(text)), 'precedent': False},
                 'S1': {'analogy': stratum == 'S1', 'precedent': False}}
        for system, pred in preds.items():
            for t in ('analogy', 'precedent'):
                for key in ((system, t, stratum), (system, t, 'all')):
                    c = stats.setdefault(key, [0, 0, 0])
                    if pred[t] and label == t: c[0] += 1
                    elif pred[t]: c[1] += 1
                    elif label == t: c[2] += 1
        if a.errors and found[a.errors_for] != (label == a.errors_for):
            print(f'{"FN" if label == a.errors_for else "FP"} {aid} {stratum}: {text[:200]}')
    print(f'news-allsides hand-labelled sentences ({a.split}): {len(rows)} rows, {len(articles)} articles')
    print(f'{"system":<9} {"label":<10} {"stratum":<8} {"P":>6} {"R":>6} {"F1":>6}   tp/fp/fn')
    for system in ('argmine', 'markers', 'S1'):
        for t in ('analogy', 'precedent'):
            if system != 'argmine' and t == 'precedent':
                continue
            for stratum in ('all', 'S1', 'S2', 'S3', 'S4'):
                if stratum == 'S4' and not any(k[2] == 'S4' for k in stats):
                    continue  # only the model file has recent-past rows
                c = stats.get((system, t, stratum), [0, 0, 0])
                if stratum != 'all' and system != 'argmine':
                    continue
                p, rr, f = prf(*c)
                print(f'{system:<9} {t:<10} {stratum:<8} {p:6.3f} {rr:6.3f} {f:6.3f}   {c[0]}/{c[1]}/{c[2]}')
    for t, c in fields.items():
        print(f'{t} source spans, sentences found with a gold source: {c[0]}; exact {c[1]} ({c[1] / c[0]:.3f}), '
              f'overlapping {c[2]} ({c[2] / c[0]:.3f}); years right {c[4]} of {c[3]}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
