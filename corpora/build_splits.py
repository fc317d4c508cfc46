#!/usr/bin/env python3
"""Validate the hand-written gold batches and build a deterministic train/dev/test split.

usage: python3 corpora/build_splits.py [--check]

Reads every corpora/raw/*.gold.jsonl (format of ../shared/annotation/GUIDELINES.md), validates each
record, and writes corpora/train.jsonl, corpora/dev.jsonl and corpora/test.jsonl next to this
script. An article goes to a split by the SHA-256 of its id (UTF-8), taken as a big-endian integer,
mod 10: 0 -> test, 1 -> dev, 2..9 -> train. The rule depends on the id alone, so adding batches never
moves an existing article to another split. Records are written sorted by id, one per line, as
json.dumps(record, ensure_ascii=False): re-running on the same input gives byte-identical files.

With --check nothing is written: the script only validates and prints the counts.

Exits non-zero, naming file, line and field, on any invalid record. Standard library only.
"""
import glob
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
SPLITS = ("train", "dev", "test")

ARTICLE_FIELDS = {  # field -> allowed types (None = JSON null)
    "id": (str,),
    "outlet": (str, type(None)),
    "url": (str, type(None)),
    "title": (str, type(None)),
    "date": (str, type(None)),
    "text": (str,),
    "quotes": (list,),
}
QUOTE_FIELDS = {
    "content": (str,),
    "content_start": (int,),
    "content_end": (int,),
    "type": (str,),
    "cue": (str, type(None)),
    "cue_start": (int, type(None)),
    "source": (str, type(None)),
    "source_start": (int, type(None)),
    "speaker": (str, type(None)),
    "speaker_type": (str,),
    "aliases": (list,),
    "optional": (bool,),
}
QUOTE_TYPES = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "group", "unnamed"}


def split_of(article_id):
    h = int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest(), "big") % 10
    return "test" if h == 0 else "dev" if h == 1 else "train"


class Utf16:
    """Slicing a Python str (code points) by UTF-16 code-unit offsets."""

    def __init__(self, text):
        self.units = text.encode("utf-16-le")
        self.length = len(self.units) // 2

    def slice(self, start, end):
        # decoding fails (surrogatepass keeps it lossless) only if an offset splits a surrogate pair
        return self.units[2 * start:2 * end].decode("utf-16-le", errors="surrogatepass")


class Invalid(Exception):
    pass


def type_name(types):
    names = {str: "string", int: "integer", bool: "boolean", list: "array", type(None): "null"}
    return " or ".join(names[t] for t in types)


def check_type(value, types, where):
    # bool is a subclass of int in Python: reject true/false where an offset is expected
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        raise Invalid(f"{where}: expected {type_name(types)}, got {json.dumps(value, ensure_ascii=False)[:60]}")


def check_span(u16, start, value, where):
    if not 0 <= start <= u16.length:
        raise Invalid(f"{where}: offset {start} outside text (length {u16.length} UTF-16 units)")
    end = start + len(value.encode("utf-16-le")) // 2
    if end > u16.length:
        raise Invalid(f"{where}: span {start}..{end} runs past the end of text ({u16.length})")
    got = u16.slice(start, end)
    if got != value:
        raise Invalid(f"{where}: text at {start} is {got!r}, expected {value!r}")


def validate(rec, where):
    if not isinstance(rec, dict):
        raise Invalid(f"{where}: record is not a JSON object")
    for field, types in ARTICLE_FIELDS.items():
        if field not in rec:
            raise Invalid(f"{where}: field '{field}': missing")
        check_type(rec[field], types, f"{where}: field '{field}'")
    if not rec["id"].strip():
        raise Invalid(f"{where}: field 'id': empty")
    u16 = Utf16(rec["text"])
    for i, q in enumerate(rec["quotes"]):
        qw = f"{where} (id {rec['id']}): quotes[{i}]"
        if not isinstance(q, dict):
            raise Invalid(f"{qw}: not a JSON object")
        for field, types in QUOTE_FIELDS.items():
            if field not in q:
                raise Invalid(f"{qw}: field '{field}': missing")
            check_type(q[field], types, f"{qw}: field '{field}'")
        if not q["content"]:
            raise Invalid(f"{qw}: field 'content': empty")
        if q["type"] not in QUOTE_TYPES:
            raise Invalid(f"{qw}: field 'type': {q['type']!r} not one of {sorted(QUOTE_TYPES)}")
        if q["speaker_type"] not in SPEAKER_TYPES:
            raise Invalid(f"{qw}: field 'speaker_type': {q['speaker_type']!r} not one of {sorted(SPEAKER_TYPES)}")
        for j, a in enumerate(q["aliases"]):
            check_type(a, (str,), f"{qw}: field 'aliases[{j}]'")
        s, e = q["content_start"], q["content_end"]
        if not 0 <= s <= e <= u16.length:
            raise Invalid(f"{qw}: field 'content_start'/'content_end': {s}..{e} not within text "
                          f"(length {u16.length} UTF-16 units)")
        got = u16.slice(s, e)
        if got != q["content"]:
            raise Invalid(f"{qw}: field 'content': text[{s}:{e}] (UTF-16) is {got[:70]!r}, "
                          f"content is {q['content'][:70]!r}")
        for field in ("cue", "source"):
            value, start = q[field], q[f"{field}_start"]
            if value is None:
                if start is not None:
                    raise Invalid(f"{qw}: field '{field}_start': {start} given but '{field}' is null")
            elif start is None:
                raise Invalid(f"{qw}: field '{field}_start': null but '{field}' is {value!r}")
            else:
                check_span(u16, start, value, f"{qw}: field '{field}_start'")


def load(paths):
    records, seen = [], {}
    for path in paths:
        name = os.path.relpath(path, os.path.dirname(HERE))
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{name}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise Invalid(f"{where}: not valid JSON ({exc})")
                validate(rec, where)
                if rec["id"] in seen:
                    raise Invalid(f"{where}: field 'id': {rec['id']!r} duplicates {seen[rec['id']]}")
                seen[rec["id"]] = where
                records.append(rec)
    return records


def counts(records):
    c = Counter()
    for r in records:
        c["articles"] += 1
        for q in r["quotes"]:
            kind = "optional" if q["optional"] else "required"
            c[kind] += 1
            c[q["type"]] += 1
            c[f"{q['type']}/{kind}"] += 1
    return c


def main(argv):
    check_only = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        raise SystemExit(__doc__)
    paths = sorted(glob.glob(os.path.join(RAW, "*.gold.jsonl")))
    if not paths:
        print(f"error: no *.gold.jsonl files in {RAW}", file=sys.stderr)
        return 2
    try:
        records = load(paths)
    except Invalid as exc:
        print(f"error: invalid record: {exc}", file=sys.stderr)
        return 1

    split = {s: [] for s in SPLITS}
    for r in records:
        split[split_of(r["id"])].append(r)
    for s in SPLITS:
        split[s].sort(key=lambda r: r["id"])
        if not check_only:
            path = os.path.join(HERE, f"{s}.jsonl")
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                for r in split[s]:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            os.replace(tmp, path)

    print(f"{len(paths)} gold files: {', '.join(os.path.basename(p).split('.')[0] for p in paths)}")
    header = f"{'split':<6} {'articles':>8} {'quotes':>7} {'required':>8} {'optional':>8} " \
             f"{'direct':>7} {'indirect':>8} {'mixed':>6}"
    print(header)
    rows = [(s, counts(split[s])) for s in SPLITS] + [("total", counts(records))]
    for name, c in rows:
        print(f"{name:<6} {c['articles']:>8} {c['required'] + c['optional']:>7} {c['required']:>8} "
              f"{c['optional']:>8} {c['direct']:>7} {c['indirect']:>8} {c['mixed']:>6}")
    if not check_only:
        print("wrote " + ", ".join(f"corpora/{s}.jsonl" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
