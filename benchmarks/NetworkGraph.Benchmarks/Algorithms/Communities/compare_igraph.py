#!/usr/bin/python3
"""igraph 0.10 side of the community benchmarks: multilevel (Louvain) and Leiden on an edge list written by
CommunitiesBenchmarks.WriteEdgeList (one "u v" line per edge, node indices).

Usage: /usr/bin/python3 compare_igraph.py EDGES.txt [RUNS] [leiden]
"""
import random
import sys
import time

import igraph as ig

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
t = time.time()
g = ig.Graph.Read_Edgelist(path, directed=False)
print("load", round(time.time() - t, 2), "s", g.vcount(), "nodes", g.ecount(), "edges")
for s in range(runs):
    random.seed(s)
    t = time.time()
    c = g.community_multilevel()
    print("multilevel Q", round(c.modularity, 5), "communities", len(c), "time", round(time.time() - t, 3), "s")
if len(sys.argv) > 3:
    for s in range(runs):
        random.seed(s)
        t = time.time()
        c = g.community_leiden(objective_function="modularity", n_iterations=2)
        print("leiden Q", round(g.modularity(c.membership), 5), "communities", len(c), "time", round(time.time() - t, 3), "s")
