#!/usr/bin/env python3
"""Derives the illustrative second wave data/zone6-2017 from data/zone6 and writes expected_changes.json,
the changes the comparison must find, computed here independently of NetworkGraph.

Usage: python3 data/zone6-2017/tools/derive.py   (from the repository root)
"""
import csv, json, os, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SRC = os.path.join(ROOT, "data", "zone6")
DST = os.path.join(ROOT, "data", "zone6-2017")

# Gaps closed: (surveyed actor, contact type, partner actor id).
ADDED = [
    ("cpfa", "exchange", "mm_mosaique"),
    ("chr_verviers", "sending", "ssm_cfe"),
    ("hautes_fagnes", "receiving", "glem_herve"),
    ("pcs_malmedy", "exchange", "relais_sante"),
]
# Ties lost: every mention between the two actors, by any respondent, in any type, is removed.
REMOVED = [("avat", "glem_herve"), ("chsa", "mg")]

LAYERS = ["sending", "receiving", "exchange", "referral", "all"]

def norm(text):
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))

def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))

actors = read("actors.csv")
respondents = read("respondents.csv")
answers = read("answers.csv")
partners = read("partners.csv")
setting = {a["id"]: a["setting"] for a in actors}
lookup = {}
for a in actors:
    for key in [a["id"], a["name"]] + [x for x in a["aliases"].split(";") if x.strip()]:
        lookup.setdefault(norm(key), a["id"])
own = {r["respondent"]: r["actor"] for r in respondents}
answer = {(a["respondent"], a["type"]): a["frequency"] for a in answers}

def ties_of(rows):
    t = {l: set() for l in LAYERS}
    for row in rows:
        r = own[row["respondent"]]
        p = lookup.get(norm(row["partner"]), "?" + row["partner"].strip())
        freq = row.get("frequency") or answer.get((row["respondent"], row["type"]), "none")
        if freq in ("none", "") or r == p:
            continue
        pair = tuple(sorted((r, p)))
        if row["type"] == "sending":
            t["sending"].add((r, p)); t["referral"].add((r, p))
        elif row["type"] == "receiving":
            t["receiving"].add((p, r)); t["referral"].add((p, r))
        else:
            t["exchange"].add(pair)
        t["all"].add(pair)
    return t

def pair_of(row):
    return tuple(sorted((own[row["respondent"]], lookup.get(norm(row["partner"]), "?"))))

before = ties_of(partners)
removed_pairs = {tuple(sorted(p)) for p in REMOVED}
for x, y in removed_pairs:
    assert (x, y) in before["all"], f"{x}-{y} is not tied in zone6"
kept = [row for row in partners if pair_of(row) not in removed_pairs]
first_respondent = {}
for r in respondents:
    first_respondent.setdefault(r["actor"], r["respondent"])
added_rows = []
for actor, kind, partner in ADDED:
    assert tuple(sorted((actor, partner))) not in before["all"], f"{actor}-{partner} already tied in zone6"
    added_rows.append({"respondent": first_respondent[actor], "type": kind, "partner": partner,
                       "frequency": "occasionally", "channels": "phone", "formal": ""})
after_rows = kept + added_rows
after = ties_of(after_rows)

os.makedirs(DST, exist_ok=True)
def write(name, rows, fields):
    with open(os.path.join(DST, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader(); w.writerows(rows)
write("actors.csv", actors, list(actors[0].keys()))
write("respondents.csv", [dict(r, date=r["date"].replace("2015", "2017")) for r in respondents], list(respondents[0].keys()))
write("answers.csv", answers, list(answers[0].keys()))
write("partners.csv", after_rows, list(partners[0].keys()))

def pairs(s):
    return [{"from": a, "to": b} for a, b in sorted(s)]
ids = [a["id"] for a in actors]
def isolated(t):
    tied = {x for e in t["all"] for x in e}
    return {i for i in ids if i not in tied}
def ha(s):
    out = []
    for a, b in s:
        if {setting.get(a), setting.get(b)} == {"hospital", "ambulatory"}:
            out.append((a, b) if setting.get(a) == "hospital" else (b, a))
    return [{"hospital": h, "ambulatory": m} for h, m in sorted(out)]
expected = {
    "layers": {l: {"gained": pairs(after[l] - before[l]), "lost": pairs(before[l] - after[l])} for l in LAYERS},
    "isolated": {"resolved": sorted(isolated(before) - isolated(after)), "new": sorted(isolated(after) - isolated(before))},
    "hospital_ambulatory": {"linked": ha(after["all"] - before["all"]), "lost": ha(before["all"] - after["all"])},
}
with open(os.path.join(DST, "expected_changes.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, indent=2, ensure_ascii=False); f.write("\n")
print(json.dumps(expected["hospital_ambulatory"]), len(partners), "->", len(after_rows))
