#!/usr/bin/env python3
"""Opponent units and rebuttals on the persuasive essays (../shared/data/persuasive-essays, Stab & Gurevych 2017).

A second, larger check of counterclaim detection beside arg-microtexts, on student essays of the same genre (a
thesis argued against objections). Each argument component of the gold essays is one item. Its side follows the
gold graph: the major claim and "For" claims are the author's, "Against" claims the other side's, a premise takes
the side of the component it supports and the opposite side of the one it attacks. An item is an opponent unit when
its side is the other side's, and a rebuttal when it is the author's and attacks an opponent unit. argmine predicts
opponent when a counterclaim or concession unit (its clause when it has one) overlaps the item, and rebuttal when
a rebuttal unit does, as scripts/eval/microtexts.py does. Text outside components (attribution phrases such as
"some people believe that", connectives) is not an item, so units there count neither way; their number is printed.

The corpus comes tokenized (CoNLL form of Eger et al. 2017); the text is rebuilt with the usual spacing rules and
the paragraph breaks of the paragraph-level file.
--split train is for reading errors and writing rules; dev is for measuring.

Usage: scripts/eval/essays.py [--split train|dev] [--argmine build/bin/argmine] [--errors]
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'persuasive-essays', 'Essay_Level')
NO_SPACE_BEFORE = {'.', ',', ';', ':', '!', '?', ')', ']', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", '%'}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_essays(path):
    essays, cur = [], []
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) < 2:
            if cur:
                essays.append(cur)
            cur = []
            continue
        cur.append((cols[1], cols[-1]))
    if cur:
        essays.append(cur)
    return essays


def paragraph_starts(essays, paragraphs):
    """Per essay, the indices of its tokens that begin a paragraph. The paragraph-level file holds the same tokens
    with a blank line between paragraphs; a few words are split differently in the two files, so the walk
    resynchronises on the next matching token."""
    flat, starts = [], set()
    for p in paragraphs:
        starts.add(len(flat))
        flat += [t for t, _ in p]
    out, j = [], 0
    for essay in essays:
        mine = set()
        for i, (tok, _) in enumerate(essay):
            for d in range(4):
                if j + d < len(flat) and flat[j + d] == tok:
                    if j + d in starts and i:
                        mine.add(i)
                    j += d + 1
                    break
        out.append(mine)
    return out


def rebuild(essay, para_starts):
    """Text with byte offsets per token, and the components as (begin, end, label) in order. The title and the
    paragraphs are separated by blank lines."""
    text, comps, prev = b'', [], ''
    for n, (tok, lab) in enumerate(essay):
        nxt = essay[n + 1][0] if n + 1 < len(essay) else ''
        glue = (not text or tok in NO_SPACE_BEFORE or prev in ('(', '[') or (tok == "'" and nxt in ('s', 't'))
                or (tok in ('s', 't') and prev == "'"))
        if n in para_starts:
            text += b'\n\n'
        elif not glue:
            text += b' '
        b = len(text)
        text += tok.encode('utf-8')
        if lab.startswith('B-'):
            comps.append([b, len(text), lab[2:]])
        elif lab.startswith('I-') and comps:
            comps[-1][1] = len(text)
        prev = tok
    return text, comps


def sides(comps):
    """'pro' or 'opp' per component, and which components attack an opponent one."""
    side = [None] * len(comps)
    target = [None] * len(comps)
    for i, (_, _, lab) in enumerate(comps):
        parts = lab.split(':')
        if parts[0] == 'MajorClaim':
            side[i] = 'pro'
        elif parts[0] == 'Claim':
            side[i] = 'pro' if parts[1] == 'For' else 'opp'
        else:
            target[i] = (i + int(parts[1]), parts[2])
    for _ in range(len(comps)):
        for i, t in enumerate(target):
            if t and side[i] is None and 0 <= t[0] < len(comps) and side[t[0]]:
                same = t[1] == 'Support'
                side[i] = side[t[0]] if same else ('opp' if side[t[0]] == 'pro' else 'pro')
    attacks_opp = [bool(t and t[1] == 'Attack' and 0 <= t[0] < len(comps) and side[t[0]] == 'opp')
                   for t in target]
    return side, attacks_opp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--argmine', default=os.path.join(ROOT, 'build', 'bin', 'argmine'))
    ap.add_argument('--split', default='dev', choices=['train', 'dev'])
    ap.add_argument('--errors', action='store_true', help='print the misclassified components')
    a = ap.parse_args()
    path = os.path.join(DATA, f'{a.split}.dat')
    if not os.path.exists(path):
        print(f'skip: {path} not found')
        return 0
    counts = {k: [0, 0, 0] for k in ('+concession', 'rebuttal')}
    n_items = n_outside = 0
    essays = read_essays(path)
    starts = paragraph_starts(essays, read_essays(os.path.join(DATA, '..', 'Paragraph_Level', f'{a.split}.dat')))
    with tempfile.TemporaryDirectory() as tmp:
        for k, essay in enumerate(essays):
            text, comps = rebuild(essay, starts[k])
            f = os.path.join(tmp, f'essay{k}.txt')
            open(f, 'wb').write(text)
            units = json.loads(subprocess.run([a.argmine, 'tag', f], capture_output=True, text=True,
                                              check=True).stdout)['units']
            side, attacks_opp = sides(comps)
            spans = {'+concession': [], 'rebuttal': []}
            for u in units:
                key = '+concession' if u['type'] in ('counterclaim', 'concession') else (
                    'rebuttal' if u['type'] == 'rebuttal' else None)
                if key:
                    c = u['fields'].get('clause', u)
                    spans[key].append((c['begin'], c['end'], f"{u['type']}/{u['rule']}"))
                    if not any(c['begin'] < e and b < c['end'] for b, e, _ in comps):
                        n_outside += 1
            for i, (b, e, lab) in enumerate(comps):
                n_items += 1
                for key, gold in (('+concession', side[i] == 'opp'), ('rebuttal', side[i] == 'pro' and attacks_opp[i])):
                    hits = [(sb, se, r) for sb, se, r in spans[key] if sb < e and b < se]
                    pred = bool(hits)
                    c = counts[key]
                    if pred and gold: c[0] += 1
                    elif pred: c[1] += 1
                    elif gold: c[2] += 1
                    if a.errors and pred != gold:
                        lead = text[max(0, b - 160):b].decode(errors='ignore').split('\n')[-1]
                        tail = text[e:e + 120].decode(errors='ignore').split('\n')[0]
                        print(f'{"FN" if gold else "FP"} {key:12} essay{k} {lab}: ...{lead}[[{text[b:e].decode()}]]{tail}...')
                        for sb, se, r in hits:
                            print(f'      by {r}: {text[sb:se].decode()}')
    print(f'persuasive essays ({a.split}): {len(essays)} essays, {n_items} components; '
          f'{n_outside} units outside every component (not counted)')
    print(f'{"task":<28} {"P":>6} {"R":>6} {"F1":>6}   tp/fp/fn')
    for key, label in (('+concession', 'opponent = cc + concession'), ('rebuttal', 'rebuttal')):
        p, r, f1 = prf(*counts[key])
        print(f'{label:<28} {p:6.3f} {r:6.3f} {f1:6.3f}   {counts[key][0]}/{counts[key][1]}/{counts[key][2]}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
