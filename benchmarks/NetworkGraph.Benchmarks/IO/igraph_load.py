#!/usr/bin/python3
"""Times python-igraph's edge-list readers on a file, for comparison with EdgeListReader.

    /usr/bin/python3 benchmarks/NetworkGraph.Benchmarks/IO/igraph_load.py /tmp/rmat20.txt ncol|edgelist
"""
import sys
import time

import igraph

path, reader = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if reader == "ncol":
    g = igraph.Graph.Read_Ncol(path, names=True, weights=False, directed=True)
else:
    g = igraph.Graph.Read_Edgelist(path, directed=True)
print(f"igraph {reader}: {time.perf_counter() - t:.2f} s, {g.vcount()} nodes, {g.ecount()} edges")
