#!/usr/bin/env python3
"""Sentence-level argument-role datasets from ../shared/data, as argmine TSV (label<TAB>text<TAB>context<TAB>id).

Written to OUT_DIR at run time (never committed; the data stays in ../shared):
  pe-train.tsv, pe-dev.tsv  persuasive essays (Essay_Level train/dev): MajorClaim / Claim / Premise / None
  ed-train.tsv, ed-dev.tsv  ElecDeb60to20 (brat train/dev): Claim / Premise / None
  mt.tsv                    arg-microtexts ADUs: pro / opp
A sentence takes the role of the component that covers most of its characters (None when none covers half).
Sentences come from argmine's own splitter. The context column holds the sentence's position in its text
(first, last or middle third), which the models conjoin with their features.

Usage: scripts/data/make_role_data.py OUT_DIR [--argmine build/bin/argmine]
"""
import argparse, glob, json, os, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(ROOT, '..', 'shared', 'data')


def sentences(argmine, texts):
    """Sentence spans (byte offsets) of each text, with one tokenizer run."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'all.txt')
        starts, data = [], b''
        for t in texts:
            starts.append(len(data))
            data += t.encode('utf-8') + b'\n\n\n'
        open(path, 'wb').write(data)
        out = subprocess.run([argmine, 'tokenize', '--format', 'jsonl', path], capture_output=True, text=True,
                             check=True).stdout
    spans = [[] for _ in texts]
    import bisect
    for line in out.splitlines():
        s = json.loads(line)
        k = bisect.bisect_right(starts, s['begin']) - 1
        spans[k].append((s['begin'] - starts[k], s['end'] - starts[k]))
    return spans


def position(i, n):
    return 'first' if i < n / 3 else ('last' if i >= 2 * n / 3 else 'middle')


def label_sentences(text, spans, components):
    """components: list of (begin, end, role) byte spans."""
    rows = []
    b = text.encode('utf-8')
    for i, (s, e) in enumerate(spans):
        best, cover = 'None', 0
        for cb, ce, role in components:
            ov = min(e, ce) - max(s, cb)
            if ov > cover:
                best, cover = role, ov
        if cover * 2 < (e - s):
            best = 'None'
        rows.append((best, b[s:e].decode('utf-8').replace('\t', ' ').replace('\n', ' '), position(i, len(spans))))
    return rows


def persuasive(argmine, split):
    path = os.path.join(SHARED, 'persuasive-essays', 'Essay_Level', f'{split}.dat')
    essays, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            if cur:
                essays.append(cur)
            cur = []
            continue
        cols = line.split('\t')
        cur.append((cols[1], cols[-1]))
    if cur:
        essays.append(cur)
    texts, comps = [], []
    for essay in essays:
        text, c, pos = '', [], 0
        cur_role, cur_b = None, 0
        for tok, lab in essay:
            if text:
                text += ' '
            b = len(text.encode('utf-8'))
            text += tok
            e = len(text.encode('utf-8'))
            role = None if lab == 'O' else lab[2:].split(':')[0]
            if lab.startswith('B-') or role != cur_role:
                if cur_role:
                    c.append((cur_b, prev_e, cur_role))
                cur_role, cur_b = role, b
            prev_e = e
        if cur_role:
            c.append((cur_b, prev_e, cur_role))
        texts.append(text)
        comps.append(c)
    rows = []
    for k, (t, spans) in enumerate(zip(texts, sentences(argmine, texts))):
        for j, r in enumerate(label_sentences(t, spans, comps[k])):
            rows.append(r + (f'pe-{split}-{k}-{j}',))
    return rows


def elecdeb(argmine, split):
    files = sorted(glob.glob(os.path.join(SHARED, 'elecdeb60to20', 'brat', split, '*.txt')))
    texts, comps = [], []
    for f in files:
        text = open(f, encoding='utf-8').read()
        cp2b = []
        acc = 0
        for ch in text:
            cp2b.append(acc)
            acc += len(ch.encode('utf-8'))
        cp2b.append(acc)
        c = []
        for line in open(f[:-4] + '.ann', encoding='utf-8'):
            cols = line.rstrip('\n').split('\t')
            if cols[0].startswith('T'):
                parts = cols[1].split()
                if parts[0] in ('Claim', 'Premise') and ';' not in cols[1]:
                    c.append((cp2b[int(parts[1])], cp2b[int(parts[2])], parts[0]))
        texts.append(text)
        comps.append(c)
    rows = []
    for k, (t, spans) in enumerate(zip(texts, sentences(argmine, texts))):
        for j, r in enumerate(label_sentences(t, spans, comps[k])):
            rows.append(r + (f'ed-{split}-{k}-{j}',))
    return rows


def microtexts():
    rows = []
    for f in sorted(glob.glob(os.path.join(SHARED, 'arg-microtexts', 'corpus', 'en', '*.xml'))):
        root = ET.parse(f).getroot()
        edus = {e.get('id'): (e.text or '').strip() for e in root.findall('edu')}
        types = {a.get('id'): a.get('type') for a in root.findall('adu')}
        segs = [(e.get('src'), e.get('trg')) for e in root.findall('edge') if e.get('type') == 'seg']
        order = list(edus)
        for n, (src, trg) in enumerate(sorted(segs, key=lambda p: order.index(p[0]))):
            rows.append((types[trg], edus[src].replace('\t', ' '), position(n, len(segs)),
                         f'{os.path.basename(f)[:-4]}-{src}'))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        print(f'skip: {SHARED} not found')
        return 0
    os.makedirs(a.out, exist_ok=True)
    sets = {'pe-train': persuasive(a.argmine, 'train'), 'pe-dev': persuasive(a.argmine, 'dev'),
            'ed-train': elecdeb(a.argmine, 'train'), 'ed-dev': elecdeb(a.argmine, 'dev'), 'mt': microtexts()}
    for name, rows in sets.items():
        with open(os.path.join(a.out, name + '.tsv'), 'w', encoding='utf-8') as f:
            for r in rows:
                f.write('\t'.join(r) + '\n')
        counts = {}
        for r in rows:
            counts[r[0]] = counts.get(r[0], 0) + 1
        print(f'{name}: {len(rows)} examples {dict(sorted(counts.items()))}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
