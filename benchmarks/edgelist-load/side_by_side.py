#!/usr/bin/python3
"""Loads the same edge-list files with NetworkGraph, python-igraph and NetworkX, and prints the medians and ratios.

    dotnet build -c Release benchmarks/edgelist-load/LoadEdgeList.cs
    /usr/bin/python3 benchmarks/edgelist-load/side_by_side.py --ours PATH/TO/LoadEdgeList [--repeat 3] [--no-networkx] FILE...

Each tool runs in its own process, REPEAT times, undirected, ids read as text: NetworkGraph's
`EdgeListReader.ReadWithStatistics` (whole load: parse, interning, CSR build), igraph's `Graph.Read_Ncol`
(names=True, weights when the file has a third column) and NetworkX's `read_weighted_edgelist` (`read_edgelist`
for two columns). The table gives the median wall time, MB/s and each peer's time over NetworkGraph's.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

PEER = r"""
import sys, time
tool, path, weighted = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
t = time.perf_counter()
if tool == "igraph":
    import igraph
    t = time.perf_counter()
    g = igraph.Graph.Read_Ncol(path, names=True, weights=weighted, directed=False)
    n, m = g.vcount(), g.ecount()
else:
    import networkx as nx
    t = time.perf_counter()
    g = nx.read_weighted_edgelist(path) if weighted else nx.read_edgelist(path)
    n, m = g.number_of_nodes(), g.number_of_edges()
print(f"{time.perf_counter() - t:.3f} {n} {m}")
"""


def weighted(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            tokens = line.split("#")[0].split()
            if len(tokens) >= 2:
                return len(tokens) == 3
    return False


def ours(exe, path, repeat):
    out = subprocess.run([exe, path, "--repeat", str(repeat)], check=True, capture_output=True, text=True).stdout
    times = [float(x) for x in re.search(r"loads: ([0-9. ]+) s", out).group(1).split()]
    return times, out.strip().splitlines()[-1]


def peer(tool, path, repeat):
    times, shape = [], ""
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", PEER, tool, path, "1" if weighted(path) else "0"],
                             check=True, capture_output=True, text=True).stdout.split()
        times.append(float(out[0]))
        shape = f"n={out[1]}, m={out[2]}"
    return times, shape


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", required=True, help="the built LoadEdgeList executable")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-networkx", action="store_true")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print("| file | MB | tool | runs (s) | median (s) | MB/s | time / NetworkGraph's |")
    print("|---|---|---|---|---|---|---|")
    for path in a.files:
        mb = os.path.getsize(path) / 1e6
        rows = [("NetworkGraph", *ours(a.ours, path, a.repeat))]
        rows.append(("igraph Read_Ncol", *peer("igraph", path, a.repeat)))
        if not a.no_networkx:
            rows.append(("NetworkX read_" + ("weighted_" if weighted(path) else "") + "edgelist", *peer("networkx", path, a.repeat)))
        base = statistics.median(rows[0][1])
        for tool, times, _ in rows:
            med = statistics.median(times)
            runs = " ".join(f"{t:.2f}" for t in times)
            print(f"| {os.path.basename(path)} | {mb:.0f} | {tool} | {runs} | {med:.2f} | {mb / med:.0f} | {med / base:.1f} |", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
