#!/usr/bin/env python3
"""Sweeps for missed quotes. usage: sweep.py BATCH.jsonl ANN.jsonl
Sweep 1: quoted spans (3+ words between quotation marks) that no annotated quote overlaps.
Sweep 2: reporting cues in sentences that no annotated quote overlaps.
Each hit must be either annotated or consciously dismissed (scare quotes, titles, not speech)."""
import json, re, sys
CUES = r"""kata|ujar|tutur|ucap|imbuh|jelas|tegas|sambung|lanjut|papar|terang|ungkap|sebut|tambah|katanya|ujarnya|tuturnya|ucapnya|imbuhnya|jelasnya|tegasnya|sambungnya|lanjutnya|paparnya|terangnya|ungkapnya|sebutnya|tambahnya|pungkasnya|tandasnya|bebernya|akunya|kilahnya|menurut(nya)?|mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menyebutkan|menyebut|menambahkan|menuturkan|memaparkan|menerangkan|mengakui|menilai|meminta|mengimbau|membantah|menyampaikan|membeberkan|mengklaim|menekankan|mengingatkan|menduga|memastikan|mengaku|berharap|menandaskan|mengujarkan|dikatakan|disampaikan|diungkapkan|dijelaskan|ditegaskan|disebutkan|diakui|dituturkan|bahwa"""
cue_re = re.compile(r"(?<!\w)(" + CUES + r")(?!\w)", re.I)
qre = re.compile(r'"([^"\n]{3,}?)"|“([^”\n]{3,}?)”|”([^”\n]{3,}?)”')
arts = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()}
anns = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
seen = set()
total = 0
for ann in anns:
    seen.add(ann["id"])
    text = arts[ann["id"]]["text"]
    spans = []
    for q in ann.get("quotes", []):
        c = q["content"]; k = q.get("occurrence", 1); pos = -1
        for _ in range(k):
            pos = text.find(c, pos + 1)
            if pos < 0: break
        if pos < 0:
            print(f"{ann['id']}: CONTENT NOT FOUND {c[:60]!r}"); continue
        spans.append((pos, pos + len(c)))
    cov = lambda s, e: any(a < e and s < b for a, b in spans)
    hits = []
    for m in qre.finditer(text):
        s, e = m.span()
        if len(m.group(0).split()) >= 3 and not cov(s, e):
            hits.append(("quote", s, m.group(0)[:100]))
    for m in cue_re.finditer(text):
        s = m.start()
        a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
        b = [x for x in (text.find(". ", s), text.find("\n", s)) if x >= 0]
        b = min(b) if b else len(text)
        if not cov(a, b):
            hits.append(("cue", s, text[a:b][:140].replace("\n", " ")))
    for kind, s, snippet in sorted(hits, key=lambda h: h[1]):
        total += 1
        print(f"{ann['id']} @{s} [{kind}] {snippet}")
missing = [i for i in arts if i not in seen]
if missing: print("ARTICLES WITHOUT A LINE:", missing)
print(f"{total} hits to check")
