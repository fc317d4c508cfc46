"""How the 240 articles of eval-standoff.jsonl were drawn (two rounds of six batches of 20, batches 24-35),
from the unlabeled articles not already in standoff.jsonl, weighted towards the outlets where speakers were
worst on held-out news. Run from an empty working folder; writes batch-NN.jsonl."""
import collections
import json
import random
import re

ARTICLES = '/work/shared/data/unlabeled/articles.jsonl'
STANDOFF = '/work/main/corpora/real/standoff.jsonl'
ROUNDS = [
    (20261208, 24, {'Detik': 20, 'Liputan6': 10, 'Tribunnews': 24, 'Okezone': 20, 'Kompas': 8, 'JPNN': 8, 'Sindonews': 10, 'CNN Indonesia': 20}),
    (20261209, 30, {'Detik': 20, 'Liputan6': 14, 'Tribunnews': 24, 'Okezone': 20, 'Kompas': 12, 'JPNN': 10, 'Sindonews': 10, 'CNN Indonesia': 10}),
]

arts = [json.loads(line) for line in open(ARTICLES, encoding='utf-8')]
taken = set(json.loads(line)['id'] for line in open(STANDOFF, encoding='utf-8'))
for seed, first, quota in ROUNDS:
    rng = random.Random(seed)
    by = collections.defaultdict(list)
    for a in arts:
        t = a['text']
        if a['id'] in taken or not (600 <= len(t) <= 4500):
            continue
        if not re.search(r'["“”]|\b(kata|ujar|mengatakan|menurut|katanya|ujarnya)\b', t):
            continue
        by[a.get('outlet')].append(a)
    chosen = []
    for outlet, n in quota.items():
        pool = by[outlet][:]
        rng.shuffle(pool)
        chosen += pool[:n]
    rng.shuffle(chosen)
    for b in range(6):
        with open(f'batch-{b + first:02d}.jsonl', 'w', encoding='utf-8') as f:
            for a in chosen[b::6]:
                f.write(json.dumps(a, ensure_ascii=False) + '\n')
                taken.add(a['id'])
