import json, random, re, collections, sys
arts=[json.loads(l) for l in open('/work/shared/data/unlabeled/articles.jsonl')]
quota={'Detik':20,'Liputan6':18,'Tribunnews':22,'Okezone':20,'Kompas':16,'JPNN':16,'Sindonews':16,'CNN Indonesia':18,'Kontan':7,'Bisnis.com':7,'Tempo':2}
rng=random.Random(20261204)
by=collections.defaultdict(list)
for a in arts:
    t=a['text']
    if not (600<=len(t)<=5000): continue
    if not re.search(r'["“”]|\b(kata|ujar|mengatakan|menurut|katanya|ujarnya)\b', t): continue
    by[a.get('outlet')].append(a)
chosen=[]
for o,n in quota.items():
    pool=by[o][:]; rng.shuffle(pool); chosen+=pool[:n]
rng.shuffle(chosen)
print(len(chosen), file=sys.stderr)
nb=7
for b in range(nb):
    with open(f'batch-{b+1:02d}.jsonl','w') as f:
        for a in chosen[b::nb]:
            f.write(json.dumps(a,ensure_ascii=False)+'\n')
# --- then: select2.py
# import json, random, re, collections
# arts=[json.loads(l) for l in open('/work/shared/data/unlabeled/articles.jsonl')]
# taken=set()
# for b in range(1,8):
#     for l in open(f'batch-{b:02d}.jsonl'): taken.add(json.loads(l)['id'])
# quota={'Detik':12,'Liputan6':8,'Tribunnews':14,'Okezone':12,'Kompas':6,'JPNN':8,'Sindonews':8,'CNN Indonesia':12}
# rng=random.Random(20261205)
# by=collections.defaultdict(list)
# for a in arts:
#     t=a['text']
#     if a['id'] in taken or not (600<=len(t)<=4500): continue
#     if not re.search(r'["“”]|\b(kata|ujar|mengatakan|menurut|katanya|ujarnya)\b', t): continue
#     by[a.get('outlet')].append(a)
# chosen=[]
# for o,n in quota.items():
#     pool=by[o][:]; rng.shuffle(pool); chosen+=pool[:n]
# rng.shuffle(chosen)
# for b in range(4):
#     with open(f'batch-{b+8:02d}.jsonl','w') as f:
#         for a in chosen[b::4]: f.write(json.dumps(a,ensure_ascii=False)+'\n')
# print(len(chosen))
# --- then: select3.py
# import json, random, re, collections
# arts=[json.loads(l) for l in open('/work/shared/data/unlabeled/articles.jsonl')]
# taken=set()
# for b in range(1,12):
#     for l in open(f'batch-{b:02d}.jsonl'): taken.add(json.loads(l)['id'])
# quota={'Detik':12,'Liputan6':8,'Tribunnews':14,'Okezone':10,'Kompas':8,'JPNN':8,'Sindonews':8,'CNN Indonesia':12}
# rng=random.Random(20261206)
# by=collections.defaultdict(list)
# for a in arts:
#     t=a['text']
#     if a['id'] in taken or not (600<=len(t)<=4500): continue
#     if not re.search(r'["“”]|\b(kata|ujar|mengatakan|menurut|katanya|ujarnya)\b', t): continue
#     by[a.get('outlet')].append(a)
# chosen=[]
# for o,n in quota.items():
#     pool=by[o][:]; rng.shuffle(pool); chosen+=pool[:n]
# rng.shuffle(chosen)
# for b in range(4):
#     with open(f'batch-{b+12:02d}.jsonl','w') as f:
#         for a in chosen[b::4]: f.write(json.dumps(a,ensure_ascii=False)+'\n')
# print(len(chosen))
# --- then: select4.py
# import json, random, re, collections
# arts=[json.loads(l) for l in open('/work/shared/data/unlabeled/articles.jsonl')]
# taken=set()
# for b in range(1,16):
#     for l in open(f'batch-{b:02d}.jsonl'): taken.add(json.loads(l)['id'])
# quota={'Detik':12,'Liputan6':8,'Tribunnews':14,'Okezone':10,'Kompas':8,'JPNN':8,'Sindonews':8,'CNN Indonesia':12}
# rng=random.Random(20261207)
# by=collections.defaultdict(list)
# for a in arts:
#     t=a['text']
#     if a['id'] in taken or not (600<=len(t)<=4500): continue
#     if not re.search(r'["“”]|\b(kata|ujar|mengatakan|menurut|katanya|ujarnya)\b', t): continue
#     by[a.get('outlet')].append(a)
# chosen=[]
# for o,n in quota.items():
#     pool=by[o][:]; rng.shuffle(pool); chosen+=pool[:n]
# rng.shuffle(chosen)
# for b in range(4):
#     with open(f'batch-{b+16:02d}.jsonl','w') as f:
#         for a in chosen[b::4]: f.write(json.dumps(a,ensure_ascii=False)+'\n')
# print(len(chosen))
