#!/usr/bin/env python3
"""Opponent units on arg-microtexts with a model trained in argmine (grammar cues + words), next to the rules.

Every EDU of the gold graphs is an example in the context of its text (JSONL with "document", "begin", "end";
docs/models.md): label "opp" when its ADU has type "opp", else "other". argmine's features are the words of
the EDU, the tagger's units and the rules that fired, found by tagging the whole text (a concession, a
counterclaim, a rebuttal whose clause overlaps the EDU), and the EDU's position in the text as the target. Training options are chosen by
5-fold cross-validation by document on the dev half (even positions in sorted order), the model is trained on
all of dev and scored once on the test half (odd positions). Prints P/R/F1 of "opp".

Usage: scripts/eval/microtexts_model.py [--argmine build/bin/argmine]
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import microtexts  # noqa: E402  (gold_items, DATA, ROOT)

# Candidate options: words 1-2, no character n-grams, the tagger's units and rules; the grid varies whether
# the position (the target) is conjoined with every feature, the regularization and the training length.
GRID = [t + ['--l2', l2, '--epochs', ep] for t in ([], ['--no-target']) for l2 in ('1e-5', '1e-3')
        for ep in ('5', '15')]
BASE = ['--format', 'jsonl', '--word-ngrams', '2', '--char-max', '0', '--hash-bits', '18']


def position(k, n):
    return 'first' if 3 * k < n else ('last' if 3 * k >= 2 * n else 'middle')


def write_split(files, path):
    with open(path, 'w', encoding='utf-8') as out:
        for f in files:
            text = open(f, encoding='utf-8').read()
            items = microtexts.gold_items(f[:-4] + '.xml', text)
            for k, it in enumerate(items):
                out.write(json.dumps({'id': f'{os.path.basename(f)}:{it["begin"]}', 'document': text,
                                      'begin': it['begin'], 'end': it['end'], 'target': position(k, len(items)),
                                      'label': 'opp' if it['opp'] else 'other'}) + '\n')


def opp_scores(output):
    m = re.search(r'^opp\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)', output, re.M)
    if not m:
        raise SystemExit('no "opp" row in argmine output:\n' + output)
    return tuple(float(x) for x in m.groups())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--argmine', default=os.path.join(microtexts.ROOT, 'build', 'bin', 'argmine'))
    a = ap.parse_args()
    if not os.path.isdir(microtexts.DATA):
        print(f'skip: {microtexts.DATA} not found')
        return 0
    files = sorted(glob.glob(os.path.join(microtexts.DATA, '*.txt')))
    with tempfile.TemporaryDirectory() as tmp:
        dev, test, model = (os.path.join(tmp, n) for n in ('dev.jsonl', 'test.jsonl', 'opp.model'))
        write_split(files[0::2], dev)
        write_split(files[1::2], test)
        best = None
        for opts in GRID:
            out = subprocess.run([a.argmine, 'cv', '--by-document', '--folds', '5'] + BASE + opts + [dev],
                                 capture_output=True, text=True, check=True).stdout
            f1 = opp_scores(out)[2]
            print(f'dev 5-fold CV  {" ".join(opts):28}  opp F1 {f1:.3f}')
            if best is None or f1 > best[0]:
                best = (f1, opts)
        subprocess.run([a.argmine, 'train', '--out', model] + BASE + best[1] + [dev], capture_output=True, check=True)
        out = subprocess.run([a.argmine, 'eval', '--format', 'jsonl', '--model', model, test],
                             capture_output=True, text=True, check=True).stdout
        p, r, f1 = opp_scores(out)
        print(f'chosen {" ".join(best[1])}; test (56 texts): opponent units P {p:.3f} R {r:.3f} F1 {f1:.3f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
