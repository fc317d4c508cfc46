#!/usr/bin/env python3
"""Turn gold files of real articles into stand-off annotations that hold no article text.

usage: make_standoff.py OUT.jsonl GOLD.jsonl [GOLD.jsonl ...]

Each output line: id, outlet, batch (the gold file's name), text_sha256 (of the UTF-8 text), text_length
(UTF-16 units) and the quotes with offsets only: content [start, end), cue [start, end) or null, source
[start, end) or null, plus speaker, speaker_type, aliases and optional (names are kept: they are what the
models learn). `kutip train` rebuilds the full records from ../shared/data/unlabeled/articles.jsonl and
refuses an article whose text hash differs.

finalize.py places the cue at the occurrence nearest the content's start, which for a long quote with a
trailing cue can be the previous paragraph's cue; here the cue is the whole-word occurrence nearest the
content span (before or after it), and the source the occurrence nearest the cue.
"""
import hashlib
import json
import os
import re
import sys


def utf16_index(text):
    """Python index -> UTF-16 index, and back."""
    to16, from16 = [], {}
    n = 0
    for i, c in enumerate(text):
        to16.append(n)
        from16[n] = i
        n += 2 if ord(c) > 0xFFFF else 1
    to16.append(n)
    from16[n] = len(text)
    return to16, from16


def occurrences(text, needle):
    whole = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]
    return whole or [m.start() for m in re.finditer(re.escape(needle), text)]


def nearest_to_span(found, start, end, length):
    def distance(p):
        if p + length <= start:
            return start - (p + length)
        if p >= end:
            return p - end
        return 0
    return min(found, key=lambda p: (distance(p), p)) if found else None


def main(out, golds):
    lines = []
    for gold in golds:
        batch = os.path.basename(gold).split(".")[0]
        for raw in open(gold, encoding="utf-8"):
            if not raw.strip():
                continue
            art = json.loads(raw)
            text = art["text"]
            to16, from16 = utf16_index(text)
            quotes = []
            for q in art["quotes"]:
                s, e = from16[q["content_start"]], from16[q["content_end"]]
                assert text[s:e] == q["content"], (art["id"], q["content"][:40])
                rec = {"content": [to16[s], to16[e]], "type": q.get("type", "direct")}
                cue = q.get("cue")
                cue_at = nearest_to_span(occurrences(text, cue), s, e, len(cue)) if cue else None
                rec["cue"] = [to16[cue_at], to16[cue_at + len(cue)]] if cue_at is not None else None
                src = q.get("source")
                anchor = cue_at if cue_at is not None else s
                src_at = nearest_to_span(occurrences(text, src), anchor, anchor, len(src)) if src else None
                rec["source"] = [to16[src_at], to16[src_at + len(src)]] if src_at is not None else None
                for key in ("speaker", "speaker_type", "aliases", "optional"):
                    rec[key] = q.get(key)
                quotes.append(rec)
            lines.append({
                "id": art["id"], "outlet": art.get("outlet"), "batch": batch,
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "text_length": to16[-1], "quotes": quotes,
            })
    lines.sort(key=lambda r: r["id"])
    with open(out, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} articles, {sum(len(r['quotes']) for r in lines)} quotes to {out}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
