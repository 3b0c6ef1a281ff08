"""Builds misspelled-partners.csv: partner names as respondents might type them, from the actors of the three bundled
datasets (data/zone6, data/anderlecht, data/bernay). Deterministic (fixed seed). Run from the repository root:
    python3 tests/NetworkGraph.Tests/Fixtures/partners/make_misspellings.py
Each row: dataset, the intended actor id, the kind of damage, the text."""
import csv, random, unicodedata, os

STOP = {"le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "the", "of"}
rng = random.Random(13)

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def words(s):
    return s.replace("'", " ").replace("-", " ").split()

def typo(s):
    ws = s.split()
    cands = [i for i, w in enumerate(ws) if len(w) >= 6 and w.isalpha()]
    if not cands:
        return None
    i = rng.choice(cands)
    w = ws[i]
    k = rng.randrange(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == "drop":
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    ws[i] = w
    return " ".join(ws)

def acronym(s):
    ws = [w for w in words(strip_accents(s)) if w.lower() not in STOP and w[0].isalpha()]
    return "".join(w[0].upper() for w in ws) if 3 <= len(ws) <= 5 else None

def reorder(s):
    ws = s.split()
    return " ".join(ws[1:] + ws[:1]) if 3 <= len(ws) <= 5 else None

rows = []
for ds in ["zone6", "anderlecht", "bernay"]:
    with open(os.path.join("data", ds, "actors.csv"), encoding="utf-8-sig") as f:
        text = f.read()
    delimiter = ";" if text.split("\n")[0].count(";") > text.split("\n")[0].count(",") else ","
    actors = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    for a in actors:
        name = a["name"]
        variants = [
            ("accents", strip_accents(name).lower()),
            ("article", ("le " if not name.lower().startswith(("l'", "le ", "la ")) else "") + name.upper()),
            ("typo", typo(name)),
            ("typo", typo(strip_accents(name))),
            ("word_order", reorder(name)),
            ("acronym", acronym(name)),
            ("title", "service de " + name.lower() if a["setting"] != "ambulatory" else "Dr " + name),
        ]
        seen = set()
        for kind, text in variants:
            if text and text != name and text not in seen:
                seen.add(text)
                rows.append((ds, a["id"], kind, text))

out = os.path.join(os.path.dirname(__file__), "misspelled-partners.csv")
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["dataset", "actor", "kind", "partner"])
    w.writerows(rows)
print(len(rows), "rows")
