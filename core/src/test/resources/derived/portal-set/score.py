#!/usr/bin/env python3
"""usage: [JOPTS=...] [ONLY=noblank|blank] python3 score.py JAR FILE...
Each FILE is DIR/SEED.{html,pdf,layout.txt,plain.txt,raw.txt,...} (made by make_portal_set.sh); its truth is
SEED.truth.json beside it.
Runs `java $JOPTS -jar JAR extract FILE` (2 at a time) and scores the JSON's cells against the truth:
right = a value read equal (numerically) to the truth; misfiled = a value read under a key not in the
truth, or not the truth's value; null (blank printed cell) counts as nothing read."""
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

def split_name(path):
    base = os.path.basename(path)
    m = re.match(r'^(\d+)\.(.+)$', base)
    if not m:
        sys.exit('not a SEED.kind file: ' + path)
    return m.group(1), m.group(2)

def truth_of(path):
    seed, _ = split_name(path)
    with open(os.path.join(os.path.dirname(path) or '.', seed + '.truth.json'), encoding='utf-8') as f:
        t = json.load(f)
    t['cells'] = {k: Decimal(v) for k, v in t['cells'].items()}
    return t

def extract(jar, path):
    cmd = ['java'] + os.environ.get('JOPTS', '').split() + ['-jar', jar, 'extract', path]
    p = subprocess.run(cmd, capture_output=True, text=True, encoding='utf-8')
    try:
        doc = json.loads(p.stdout, parse_float=Decimal, parse_int=Decimal)
    except ValueError:
        return None, 'rc=%d %s' % (p.returncode, p.stderr.strip()[-300:])
    return doc.get('cells') or {}, None

def score(jar, path):
    """(right, total, misfiled list [(key, read, truth)], error)"""
    truth = truth_of(path)['cells']
    cells, err = extract(jar, path)
    if cells is None:
        return 0, len(truth), [], err
    right, mis = 0, []
    for k, v in cells.items():
        if v is None:
            continue
        want = truth.get(k)
        if want is not None and want == Decimal(v):
            right += 1
        else:
            mis.append((k, v, want))
    return right, len(truth), mis, None

def selected(files):
    only = os.environ.get('ONLY', '')
    if only not in ('', 'noblank', 'blank'):
        sys.exit('ONLY must be noblank or blank')
    if not only:
        return files
    want = only == 'blank'
    return [f for f in files if truth_of(f)['blank'] == want]

def run(jar, files):
    with ThreadPoolExecutor(2) as ex:
        return list(zip(files, ex.map(lambda f: score(jar, f), files)))

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    jar, files = sys.argv[1], selected(sys.argv[2:])
    R = T = M = MF = 0
    for f, (right, total, mis, err) in run(jar, files):
        R += right; T += total; M += len(mis); MF += bool(mis)
        if mis or right < total or err:
            print('%s %d/%d misfiled %d%s' % (os.path.basename(f), right, total, len(mis),
                                              ' ERROR ' + err if err else ''))
    pct = 100.0 * R / T if T else 0.0
    print('TOTAL %d/%d = %.2f%% misfiled %d files %d' % (R, T, pct, M, MF))

if __name__ == '__main__':
    main()
