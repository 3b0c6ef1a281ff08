#!/usr/bin/python3
"""Writes a random edge list like EdgeListReaderBenchmarks': E lines, ids uniform in [0, E/8), seed 42.

    /usr/bin/python3 benchmarks/edgelist-load/make_random_edgelist.py 4300000 u|w|d|e OUT

u: no weight; w: six decimals of U(0, 10) (7.415505); d: up to three decimals (0.734); e: scientific (95e-3).
"""
import random
import sys

E = int(sys.argv[1]); mode = sys.argv[2]; out = sys.argv[3]
rng = random.Random(42); n = E // 8
with open(out, 'w') as f:
    buf = []
    for i in range(E):
        u = rng.randrange(n); v = rng.randrange(n)
        if mode == 'u': buf.append(f"{u} {v}\n")
        elif mode == 'w': buf.append(f"{u} {v} {rng.random()*10:.6f}\n")
        elif mode == 'd': buf.append(f"{u} {v} {rng.randrange(1,1000)/1000:g}\n")
        elif mode == 'e': buf.append(f"{u} {v} {rng.randrange(1,100)}e-{rng.randrange(1,6)}\n")
        if len(buf) >= 100000: f.write(''.join(buf)); buf = []
    f.write(''.join(buf))
