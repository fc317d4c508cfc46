#!/usr/bin/env python3
"""Measures `kutip who-said` on reworded quotes of an annotated corpus.

For every quote of GOLD (a JSON Lines file with "quotes", e.g. ../shared/data/dev/gold.jsonl) that has a
speaker, the quote's content is reworded deterministically (a few words dropped or replaced by synonyms, see
reword()), `kutip who-said` is asked against a store built from the same file, and the answer counts as right
when the first speaker it returns is the gold speaker or one of its aliases (compared like score.py: lower case,
diacritics and punctuation removed). No corpus text is kept in the repository: it is read at run time.

    dotnet build src/QuoteAttribution.Cli -c Release
    kutip index ../shared/data/dev/gold.jsonl --db /tmp/dev.db
    python3 scripts/who-said-eval.py ../shared/data/dev/gold.jsonl /tmp/dev.db
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

KUTIP = os.environ.get("KUTIP", "src/QuoteAttribution.Cli/bin/Release/net10.0/kutip.dll")

# Everyday near-synonyms a reporter or reader might swap in.
SYNONYMS = {
    "tidak": "tak", "tak": "tidak", "akan": "bakal", "sudah": "telah", "telah": "sudah", "karena": "sebab",
    "bisa": "dapat", "dapat": "bisa", "sangat": "amat", "juga": "pun", "hanya": "cuma", "kepada": "pada",
    "untuk": "bagi", "dengan": "bersama", "jika": "kalau", "kalau": "jika", "namun": "tetapi", "tetapi": "namun",
    "saat": "ketika", "ketika": "saat", "harus": "mesti", "belum": "tidak", "lebih": "makin", "agar": "supaya",
    "supaya": "agar", "seperti": "bagai", "banyak": "sejumlah", "kami": "kita", "masih": "tetap",
}


def reword(content: str) -> str:
    """Drops about one word in seven (never leaving fewer than three) and swaps known synonyms."""
    words = content.split()
    seed = int(hashlib.sha256(content.encode("utf-8")).hexdigest(), 16)
    out = []
    for i, word in enumerate(words):
        bare = re.sub(r"\W", "", word).lower()
        if len(words) >= 6 and (seed >> i) % 7 == 0 and len(out) + (len(words) - i) > 3:
            continue
        out.append(SYNONYMS.get(bare, word) if bare in SYNONYMS else word)
    return " ".join(out)


def norm(name):
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def main():
    gold_path, db = sys.argv[1], sys.argv[2]
    total = right = changed = 0
    misses = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for quote in article.get("quotes") or []:
                if not quote.get("speaker"):
                    continue
                query = reword(quote["content"])
                changed += query != quote["content"]
                out = subprocess.run(["dotnet", KUTIP, "who-said", query, "--db", db, "--format", "json", "--limit", "1"],
                                     capture_output=True, text=True)
                hits = json.loads(out.stdout) if out.stdout.strip() else []
                names = {norm(quote["speaker"])} | {norm(a) for a in quote.get("aliases") or []}
                total += 1
                if hits and norm(hits[0]["speaker"]) in names:
                    right += 1
                else:
                    misses.append((article["id"], quote["speaker"], hits[0]["speaker"] if hits else None))
    print(f"quotes {total}  reworded {changed}  gold speaker first {right}  ({right / total:.3f})")
    for miss in misses:
        print("  miss", *miss, sep="\t")


if __name__ == "__main__":
    main()
