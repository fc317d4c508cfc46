#!/usr/bin/env python3
"""Validate the hand-written gold batches and build a deterministic train/dev/test split.

usage: python3 corpora/build_splits.py [--check] [--stats]

Reads every corpora/raw/*.gold.jsonl (format of ../shared/annotation/GUIDELINES.md), validates each
record, and writes corpora/train.jsonl, corpora/dev.jsonl and corpora/test.jsonl next to this
script. An article goes to a split by the SHA-256 of its id (UTF-8), taken as a big-endian integer,
mod 10: 0 -> test, 1 -> dev, 2..9 -> train. The rule depends on the id alone, so adding batches never
moves an existing article to another split. Records are written sorted by id, one per line, as
json.dumps(record, ensure_ascii=False): re-running on the same input gives byte-identical files.

With --check nothing is written: the script only validates and prints the counts.
With --stats it also prints the datasheet figures of corpora/README.md (cue forms, speaker types,
layout, quote marks, length, outlets, rough topics), computed from the split files' records.

Exits non-zero, naming file, line and field, on any invalid record. Standard library only.
"""
import glob
import hashlib
import json
import os
import re
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


# ---- datasheet figures (--stats) -----------------------------------------------------------------

# bare reporting verbs that follow the quote or stand inverted before the source: "..., kata dia."
SHORT_CUES = {"kata", "ujar", "tutur", "ucap", "tegas", "jelas", "terang", "imbuh", "tambah", "sebut",
              "papar", "ungkap", "lanjut", "sambung", "pungkas", "jawab", "tulis", "bilang", "cerita",
              "aku", "sindir", "tanya", "seru", "kenang", "katakan"}


def cue_form(cue):
    if cue is None:
        return "none"
    c = cue.strip().lower()
    first = c.split()[0]
    if first.startswith("menurut"):
        return "menurut"
    if first.endswith("nya"):
        return "-nya"
    if first in SHORT_CUES:
        return "short"
    if first.startswith("di") and (first.endswith("kan") or first.endswith("i") or " oleh" in c
                                   or first in ("dikatakan", "disampaikan", "diucapkan", "disebut")):
        return "passive"
    if first.startswith("me"):
        return "meN-"
    return "other"


CUE_FORM_LABELS = [
    ("-nya", "-nya forms (katanya, ujarnya, tegasnya, ...)"),
    ("meN-", "meN- verbs (mengatakan, menilai, meminta, ...)"),
    ("short", "short inverted forms (kata, ujar, tutur, ucap, ...)"),
    ("menurut", "menurut / menurutnya"),
    ("passive", "passive (disampaikan, dikatakan oleh, ...)"),
    ("other", "other (berharap, berjanji, khawatir, ...)"),
    ("none", "none (cue-less quote)"),
]

TOPICS = [  # first match wins; a keyword must start and end a word of the lower-cased title. A rough hint only.
    ("sport", ["juara", "timnas", "pelatih", "liga", "pelari", "maraton", "gol", "fc", "pebulu", "open",
               "proliga", "pesilat", "petinju", "pembalap", "basket", "striker", "persik", "ps kota", "lari"]),
    ("entertainment", ["konser", "film", "penyanyi", "aktris", "aktor", "komedian", "tur", "festival musik",
                       "premiere", "selebgram", "boy group", "penonton", "syuting"]),
    ("crime & courts", ["tangkap", "ditangkap", "korupsi", "divonis", "dituntut", "tersangka", "sidang",
                        "praperadilan", "sabu", "narkoba", "begal", "penipuan", "aniaya", "jambret",
                        "pencuri", "bodong", "penyelundupan", "sindikat", "gugat"]),
    ("technology", ["startup", "aplikasi", "bocor", "peretas", "jaringan", "dompet digital",
                    "kecerdasan artifisial", "model bahasa"]),
    ("economy & business", ["harga", "inflasi", "ihsg", "saham", "ipo", "laba"]),
    ("health", ["dbd", "stunting", "polio", "pin polio", "kesehatan", "tbc", "rsud", "keracunan", "dokter",
                "gizi", "diet", "kris", "psikolog", "puskesmas"]),
    ("religion", ["hilal", "ramadan", "ramadhan", "idul", "haji", "haul", "santri", "takbiran", "natal",
                  "imsakiyah", "kloter", "masjid"]),
    ("education", ["ppdb", "siswa", "mahasiswa", "ukt", "sekolah", "guru", "study tour", "pip", "sains",
                   "kelas", "pelajar", "disdik"]),
    ("politics & government", ["dprd", "dpr", "kpu", "pilkada", "pilwalkot", "debat", "paslon", "bupati",
                               "menteri", "pemkot", "pemkab", "pemprov", "apbd", "interpelasi", "fraksi",
                               "cagub", "pemerintah", "asean", "honorer", "pppk", "pejabat"]),
    ("disaster & weather", ["banjir", "gempa", "longsor", "puting beliung", "erupsi", "karhutla", "kabut asap",
                            "rob", "terendam", "tanggul", "cuaca", "gelombang", "meluap", "sar"]),
    ("transport", ["krl", "lrt", "tol", "bandara", "penyeberangan", "arus balik", "bus", "jalan", "sim keliling",
                   "kapal", "jembatan", "ojol", "tiket pesawat", "rute"]),
    ("economy & business", ["harga", "ihsg", "saham", "inflasi", "laba", "bank", "bi", "ekspor", "ipo",
                            "tarif", "pinjol", "ojk", "qris", "umkm", "ump", "phk", "pabrik", "emas",
                            "mobil listrik", "pendanaan", "penjualan", "pasar", "bansos", "zakat", "elpiji",
                            "pupuk", "listrik", "tambang", "uang", "pkl", "pedagang", "kopi", "batik"]),
]


def topic_of(title):
    t = (title or "").lower()
    for name, words in TOPICS:
        if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t) for w in words):
            return name
    return "other (human interest, lifestyle, ...)"


def quote_style(text):
    curly_open, right, straight = "\u201c" in text, "\u201d" in text, '"' in text
    if curly_open and straight:
        return "mixed"
    if curly_open:
        return "curly \u201c\u2026\u201d"
    if right:
        return "Kompas-style \u201d\u2026\u201d"
    if straight:
        return 'straight "\u2026"'
    return "no double quote marks"


def opening_mark(text, q):
    """The character right before a direct quote's content (its opening mark), by UTF-16 offset."""
    before = text.encode("utf-16-le")[:2 * q["content_start"]].decode("utf-16-le", errors="surrogatepass")
    return before[-1:] or "(start of text)"


def table(title, rows_by_split, keys, labels=None, share_of=None):
    labels = labels or {}
    print(f"\n{title}\n")
    print("| | " + " | ".join(list(SPLITS) + ["total"]) + " |" + (" share |" if share_of else ""))
    print("|---|" + "---:|" * (len(SPLITS) + 1 + (1 if share_of else 0)))
    total = rows_by_split["total"]
    denom = share_of if share_of else None
    for k in keys:
        cells = [str(rows_by_split[s][k]) for s in list(SPLITS) + ["total"]]
        share = f" {100 * total[k] / denom:.1f}% |" if denom else ""
        print(f"| {labels.get(k, k)} | " + " | ".join(cells) + " |" + share)


def stats(split):
    groups = dict(split)
    groups["total"] = [r for s in SPLITS for r in split[s]]
    quotes = {g: Counter() for g in groups}
    cues = {g: Counter() for g in groups}
    spk = {g: Counter() for g in groups}
    layout = {g: Counter() for g in groups}
    style = {g: Counter() for g in groups}
    marks = {g: Counter() for g in groups}
    topics = {g: Counter() for g in groups}
    words, outlets, writers, cue_words = [], Counter(), Counter(), Counter()
    for g, recs in groups.items():
        for r in recs:
            text = r["text"]
            layout[g]["glued (no \\n in text)" if "\n" not in text else
                      "paragraphs separated by \\n\\n" if "\n\n" in text else
                      "lines separated by single \\n"] += 1
            style[g][quote_style(text)] += 1
            topics[g][topic_of(r["title"])] += 1
            if g == "total":
                words.append(len(text.split()))
                outlets[r["outlet"]] += 1
                writers[r["id"].split("-")[0]] += 1
            for q in r["quotes"]:
                quotes[g]["quotes"] += 1
                quotes[g]["optional" if q["optional"] else "required"] += 1
                quotes[g][q["type"]] += 1
                form = cue_form(q["cue"])
                cues[g][form] += 1
                if not q["optional"]:
                    cues[g][form + " (required)"] += 1
                spk[g][q["speaker_type"]] += 1
                if q["speaker"] is None:
                    spk[g]["speaker null"] += 1
                if q["type"] == "direct":
                    marks[g][opening_mark(text, q)] += 1
                if g == "total":
                    cue_words[(form, (q["cue"] or "").lower())] += 1
        quotes[g]["articles"] = len(recs)
    n = quotes["total"]["quotes"]
    table("Articles and quotes", quotes, ["articles", "quotes", "required", "optional", "direct",
                                            "indirect", "mixed"])
    print(f"\noptional share: {100 * quotes['total']['optional'] / n:.1f}% of {n} quotes")
    table("Speaker types (all quotes)", spk, ["person", "organization", "group", "unnamed", "speaker null"],
          share_of=n)
    forms = [k for k, _ in CUE_FORM_LABELS]
    table("Cue forms (all quotes)", cues, forms, dict(CUE_FORM_LABELS), share_of=n)
    req = quotes["total"]["required"]
    table("Cue forms (required quotes only)", cues, [f + " (required)" for f in forms],
          {f + " (required)": lbl for f, lbl in CUE_FORM_LABELS}, share_of=req)
    with_cue = n - cues["total"]["none"]
    nya = cues["total"]["-nya"] + cue_words[("menurut", "menurutnya")]
    print(f"\n-nya share of quotes with a cue: {100 * cues['total']['-nya'] / with_cue:.1f}% "
          f"({cues['total']['-nya']}/{with_cue}); counting menurutnya too: {100 * nya / with_cue:.1f}%")
    for form in forms[:-1]:
        top = [(w, c) for (f, w), c in cue_words.most_common() if f == form][:8]
        print(f"  {form}: " + ", ".join(f"{w} {c}" for w, c in top))
    lay_keys = ["glued (no \\n in text)", "paragraphs separated by \\n\\n", "lines separated by single \\n"]
    table("Layout (articles)", layout, lay_keys, share_of=quotes["total"]["articles"])
    st_keys = sorted(style["total"], key=lambda k: -style["total"][k])
    table("Quote-mark style (articles, by the double marks in the text)", style, st_keys,
          share_of=quotes["total"]["articles"])
    mk_keys = sorted(marks["total"], key=lambda k: -marks["total"][k])
    table("Opening mark of direct quotes", marks, mk_keys, {k: repr(k) for k in mk_keys},
          share_of=quotes["total"]["direct"])
    tp_keys = sorted(topics["total"], key=lambda k: -topics["total"][k])
    table("Topics (rough keyword hint from the title)", topics, tp_keys, share_of=quotes["total"]["articles"])
    words.sort()
    print(f"\nwords per article (whitespace tokens of text): min {words[0]}, median "
          f"{words[len(words) // 2]}, mean {sum(words) / len(words):.0f}, max {words[-1]}; "
          f"{sum(1 for w in words if w < 200)} under 200, {sum(1 for w in words if w > 300)} over 300")
    print("\nwriters (id prefix): " + ", ".join(f"{k} {v}" for k, v in sorted(writers.items())))
    print(f"\noutlet labels ({len(outlets)}): " + ", ".join(f"{k} {v}" for k, v in outlets.most_common()))


def main(argv):
    check_only = "--check" in argv[1:]
    want_stats = "--stats" in argv[1:]
    unknown = [a for a in argv[1:] if a not in ("--check", "--stats")]
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
    if want_stats:
        stats(split)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
