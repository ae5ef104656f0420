#!/usr/bin/env python3
"""Counterclaim (opponent) and rebuttal detection on arg-microtexts (../shared/data/arg-microtexts).

Each elementary discourse unit (EDU) of the gold argument graphs is one item: it is an opponent unit when its
ADU has type "opp", a rebuttal when it is a proponent ADU that rebuts or undercuts an opponent ADU (edges "reb"
and "und"). argmine predicts an EDU opponent when it overlaps a counterclaim unit (variant "counterclaim") or a
counterclaim or concession unit (variant "+concession": the scheme's opponent role covers objections the author
concedes), and rebuttal when it overlaps a rebuttal unit. Prints precision, recall and F1 of the positive class
for the texts in --split (all, dev: even positions in sorted order, test: odd positions).

Usage: scripts/eval/microtexts.py [--argmine build/bin/argmine] [--split all|dev|test]
"""
import argparse, glob, json, os, subprocess, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'arg-microtexts', 'corpus', 'en')


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_items(xml_path, text):
    root = ET.parse(xml_path).getroot()
    edus = [(e.get('id'), e.text or '') for e in root.findall('edu')]
    adu_type = {a.get('id'): a.get('type') for a in root.findall('adu')}
    edges = [(e.get('src'), e.get('trg'), e.get('type')) for e in root.findall('edge')]
    seg = {s: t for s, t, k in edges if k == 'seg'}
    edge_by_id = {e.get('id'): (e.get('src'), e.get('trg'), e.get('type')) for e in root.findall('edge')}
    rebutters = set()
    for s, t, k in edges:
        if k in ('reb', 'und') and adu_type.get(s) == 'pro':
            target = t
            if target in edge_by_id:  # undercut of an edge: the edge's source is the attacked ADU
                target = edge_by_id[target][0]
            if adu_type.get(target) == 'opp':
                rebutters.add(s)
    items, pos = [], 0
    data = text.encode('utf-8')
    for eid, etext in edus:
        needle = etext.strip().encode('utf-8')
        at = data.find(needle, pos)
        if at < 0:
            at = data.find(needle)
        if at < 0:
            raise SystemExit(f'{xml_path}: EDU {eid} not found in the text')
        pos = at + len(needle)
        adu = seg.get(eid)
        items.append({'begin': at, 'end': at + len(needle), 'opp': adu_type.get(adu) == 'opp',
                      'rebuttal': adu in rebutters})
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--split', default='all', choices=['all', 'dev', 'test'])
    ap.add_argument('--errors', action='store_true', help='print the misclassified EDUs')
    a = ap.parse_args()
    if not os.path.isdir(DATA):
        print(f'skip: {DATA} not found')
        return 0
    files = sorted(glob.glob(os.path.join(DATA, '*.txt')))
    if a.split != 'all':
        files = files[0 if a.split == 'dev' else 1::2]
    counts = {k: [0, 0, 0] for k in ('counterclaim', '+concession', 'rebuttal')}
    n_items = 0
    for f in files:
        text = open(f, encoding='utf-8').read()
        items = gold_items(f[:-4] + '.xml', text)
        out = subprocess.run([a.argmine, 'tag', f], capture_output=True, text=True, check=True).stdout
        units = json.loads(out)['units']
        def overlaps(item, types):
            # A unit's clause, when it has one, is the part of its sentence that carries the role.
            for u in units:
                if u['type'] not in types:
                    continue
                c = u['fields'].get('clause', u)
                if c['begin'] < item['end'] and item['begin'] < c['end']:
                    return True
            return False
        for it in items:
            n_items += 1
            for key, types, gold in (('counterclaim', {'counterclaim'}, it['opp']),
                                     ('+concession', {'counterclaim', 'concession'}, it['opp']),
                                     ('rebuttal', {'rebuttal'}, it['rebuttal'])):
                pred = overlaps(it, types)
                c = counts[key]
                if pred and gold: c[0] += 1
                elif pred: c[1] += 1
                elif gold: c[2] += 1
                if a.errors and pred != gold and key != 'counterclaim':
                    print(f'{"FN" if gold else "FP"} {key:12} {os.path.basename(f)}: {text.encode()[it["begin"]:it["end"]].decode()}')
    print(f'arg-microtexts ({a.split}): {len(files)} texts, {n_items} EDUs')
    print(f'{"task":<28} {"P":>6} {"R":>6} {"F1":>6}   tp/fp/fn')
    for key, label in (('counterclaim', 'opponent = counterclaim'), ('+concession', 'opponent = cc + concession'),
                       ('rebuttal', 'rebuttal')):
        p, r, f1 = prf(*counts[key])
        print(f'{label:<28} {p:6.3f} {r:6.3f} {f1:6.3f}   {counts[key][0]}/{counts[key][1]}/{counts[key][2]}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
