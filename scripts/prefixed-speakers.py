#!/usr/bin/env python3
"""Person speakers of a claim store whose name is another person speaker's name with words in front.

usage: prefixed-speakers.py STORE.db [--list]

"Capres Anies Baswedan" beside "Anies Baswedan", "Perjuangan Hasto Kristiyanto" beside "Hasto
Kristiyanto": the front words are a role, a party's tail or a glued word taken into the name. The count
is the figure issue 9 asks to bring to 5 or fewer on the unlabeled articles' store.
"""
import sqlite3
import sys


def main(path, show):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    names = [r[0] for r in db.execute("SELECT name FROM speakers WHERE type = 'person'")]
    known = {n.lower() for n in names}
    hits = []
    for name in names:
        words = name.split()
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:]).lower()
            if tail in known and len(words) - k >= 2:
                hits.append((name, " ".join(words[k:])))
                break
    if show:
        for name, tail in sorted(hits):
            print(f"{name}  <-  {tail}")
    print(f"{len(hits)} of {len(names)} person speakers are another's name with words in front")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        raise SystemExit(__doc__)
    main(args[0], "--list" in sys.argv)
