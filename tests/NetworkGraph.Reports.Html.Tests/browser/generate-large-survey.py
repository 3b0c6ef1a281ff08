#!/usr/bin/python3
"""Writes a synthetic survey dataset of N actors (all respondents) and about 10 N ties, to measure report.html.

Usage: /usr/bin/python3 generate-large-survey.py OUT_DIR [N]   (default N = 5000: 50,000 ties)
Deterministic (own seed); standard library only. Each respondent names 5 partners for sending and 5 for receiving,
mostly within its own group of 50 actors, so the map has visible structure.
"""
import csv, os, random, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
rng = random.Random(20260101)
os.makedirs(out, exist_ok=True)
settings = ["hospital", "ambulatory", "social", "other"]
with open(os.path.join(out, "actors.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "kind", "setting", "zone"])
    for i in range(n):
        w.writerow([f"a{i}", f"Service {i}", "service", settings[i % 4], str(1 + (i // 50) % 10)])
with open(os.path.join(out, "respondents.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["respondent", "actor", "function", "years", "date", "role_has", "role_wants", "role_should"])
    for i in range(n):
        w.writerow([f"R{i}", f"a{i}", "coordinateur", 5, "2026-01-15", rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 5)])
with open(os.path.join(out, "answers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["respondent", "type", "frequency", "channels", "reason"])
    for i in range(n):
        for t in ("sending", "receiving", "exchange"):
            w.writerow([f"R{i}", t, "regularly", "phone;mail", ""])
with open(os.path.join(out, "partners.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["respondent", "type", "partner", "frequency", "channels", "formal"])
    for i in range(n):
        for t in ("sending", "receiving"):
            chosen = set()
            while len(chosen) < 5:
                j = (i // 50) * 50 + rng.randrange(50) if rng.random() < 0.8 else rng.randrange(n)
                if j != i:
                    chosen.add(j)
            for j in sorted(chosen):
                w.writerow([f"R{i}", t, f"Service {j}", "", "", ""])
