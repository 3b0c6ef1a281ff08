#!/usr/bin/python3
"""Writes an R-MAT edge list ("u v" per line, integer ids) for the edge-list loading benchmark.

Graph500 parameters a, b, c = 0.57, 0.19, 0.19 (d = 0.05), 2**scale nodes, edge_factor * 2**scale
directed edges (repeats and self-loops kept, as the generator draws them), node ids permuted by a
seeded permutation so that ids carry no locality. Not committed data: regenerate with

    /usr/bin/python3 benchmarks/NetworkGraph.Benchmarks/IO/make_rmat_edgelist.py 20 16 /tmp/rmat20.txt
"""
import sys

import numpy as np


def rmat(scale, edge_factor, seed=20):
    rng = np.random.default_rng(seed)
    m = edge_factor << scale
    a, b, c = 0.57, 0.19, 0.19
    u = np.zeros(m, dtype=np.int64)
    v = np.zeros(m, dtype=np.int64)
    for bit in range(scale):
        r = rng.random(m)
        right = (r >= a) & (r < a + b) | (r >= a + b + c)   # quadrants b and d: target bit set
        down = r >= a + b                                    # quadrants c and d: source bit set
        u |= down.astype(np.int64) << bit
        v |= right.astype(np.int64) << bit
    perm = rng.permutation(1 << scale)
    return perm[u], perm[v]


def main():
    scale, edge_factor, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    u, v = rmat(scale, edge_factor)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        step = 1 << 20
        for i in range(0, len(u), step):
            f.write("".join(f"{s} {t}\n" for s, t in zip(u[i:i + step].tolist(), v[i:i + step].tolist())))


if __name__ == "__main__":
    main()
