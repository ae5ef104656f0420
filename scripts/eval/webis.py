#!/usr/bin/env python3
"""Evidence typing on Webis-Editorials-16 (../shared/data/webis-editorials: Al Jazeera and Guardian).

Every argumentative unit of the corpus (labels anecdote, testimony, statistics, assumption, common-ground, other)
is one item. argmine's type for it is the evidence type of the argmine evidence unit that overlaps it most
(statistic, testimony, anecdote, historical), or none. Gold statistics = statistic, testimony = testimony,
anecdote = anecdote or historical (the corpus's "anecdote" covers reported events). Prints per-type precision,
recall and F1, their macro average, and the same for a majority-class baseline.

Usage: scripts/eval/webis.py [--argmine build/bin/argmine] [--split all|dev|test] [--errors TYPE]
"""
import argparse, glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'webis-editorials')
GOLD = {'statistics': 'statistic', 'testimony': 'testimony', 'anecdote': 'anecdote'}
SYS = {'statistic': 'statistic', 'testimony': 'testimony', 'anecdote': 'anecdote', 'historical': 'anecdote'}
TYPES = ['statistic', 'testimony', 'anecdote']


def rebuild(doc):
    """Text of an editorial and its units with byte offsets."""
    text, items = b'', []
    for p_i, para in enumerate(doc['paragraphs']):
        if p_i:
            text += b'\n\n'
        first = True
        for u in para:
            t = u['text'].strip().encode('utf-8')
            if not first and t and chr(t[0]) not in '.,;:!?)' and not text.endswith(b' '):
                text += b' '
            b = len(text)
            text += t
            first = False
            if u['label'] not in ('title', 'no-unit'):
                items.append({'begin': b, 'end': len(text), 'label': u['label']})
    return text, items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--split', default='all', choices=['all', 'dev', 'test'])
    ap.add_argument('--errors', choices=TYPES, help='print the units misclassified as or from this type')
    a = ap.parse_args()
    if not os.path.isdir(DATA):
        print(f'skip: {DATA} not found')
        return 0
    files = sorted(glob.glob(os.path.join(DATA, '*', '*.json')))
    if a.split != 'all':
        files = files[0 if a.split == 'dev' else 1::2]
    pairs = []  # (gold type or None, system type or None)
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            text, items = rebuild(json.load(open(f, encoding='utf-8')))
            path = os.path.join(tmp, 'e.txt')
            open(path, 'wb').write(text)
            units = json.loads(subprocess.run([a.argmine, 'tag', path], capture_output=True, text=True,
                                              check=True).stdout)['units']
            ev = [u for u in units if u['type'] == 'evidence']
            for it in items:
                best, best_ov = None, 0
                for u in ev:
                    ov = min(u['end'], it['end']) - max(u['begin'], it['begin'])
                    if ov > best_ov:
                        best, best_ov = SYS.get(u['fields'].get('evidence')), ov
                pairs.append((GOLD.get(it['label']), best))
                if a.errors and (best == a.errors) != (GOLD.get(it['label']) == a.errors):
                    kind = 'FP' if best == a.errors else 'FN'
                    print(f"{kind} gold={it['label']} sys={best}: {text[it['begin']:it['end']].decode()[:200]}")
    golds = [g for g, _ in pairs]
    majority = max(TYPES, key=golds.count)

    def scores(pred_of):
        out = {}
        for t in TYPES:
            tp = sum(1 for (g, s), p in zip(pairs, pred_of) if p == t and g == t)
            fp = sum(1 for (g, s), p in zip(pairs, pred_of) if p == t and g != t)
            fn = sum(1 for (g, s), p in zip(pairs, pred_of) if p != t and g == t)
            pr = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            out[t] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, golds.count(t))
        return out

    ours = scores([s for _, s in pairs])
    base = scores([majority] * len(pairs))
    print(f'webis-editorials ({a.split}): {len(files)} editorials, {len(pairs)} units '
          f'({sum(1 for g in golds if g)} evidence of the three types)')
    print(f'{"type":<12} {"gold":>5}   {"P":>6} {"R":>6} {"F1":>6}   {"baseline F1":>11}')
    for t in TYPES:
        p, r, f1, n = ours[t]
        print(f'{t:<12} {n:5d}   {p:6.3f} {r:6.3f} {f1:6.3f}   {base[t][2]:11.3f}')
    macro = sum(ours[t][2] for t in TYPES) / len(TYPES)
    bmacro = sum(base[t][2] for t in TYPES) / len(TYPES)
    print(f'{"macro F1":<12} {"":5}   {"":6} {"":6} {macro:6.3f}   {bmacro:11.3f}  (baseline: every unit "{majority}")')
    return 0


if __name__ == '__main__':
    sys.exit(main())
