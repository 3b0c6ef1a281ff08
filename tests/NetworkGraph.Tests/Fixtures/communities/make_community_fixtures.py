#!/usr/bin/python3
"""Modularity oracle values for the community tests (NetworkX 2.8.8).

Run with /usr/bin/python3 from this folder; writes modularity.json and the extra edge lists below.
For every graph of ../graphs plus the extra graphs written here, and for several seeded random partitions
(labels given in node first-appearance order), records networkx.algorithms.community.modularity at several
resolutions, and the modularity NetworkX's own louvain_communities reaches for seeds 0..9.
"""
import json
import os
import random

import networkx as nx
from networkx.algorithms.community import louvain_communities, modularity

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "graphs")


def load(path):
    """Reads an edge list (docs/en/edge-list-format.md; first line '# directed' or '# undirected'); repeated ties keep the last weight."""
    with open(path) as f:
        lines = f.read().splitlines()
    directed = lines[0].strip() == "# directed"
    g = nx.DiGraph() if directed else nx.Graph()
    order = []
    for raw in lines[1:]:
        parts = raw.split()
        if not parts:
            continue
        for v in parts[:2]:
            if v not in g:
                g.add_node(v)
                order.append(v)
        if len(parts) >= 2 and parts[0] != parts[1]:
            w = float(parts[2]) if len(parts) == 3 else 1.0
            g.add_edge(parts[0], parts[1], weight=w)
    return g, order


def write_extra():
    """Small hand-made graphs: weighted undirected with isolated nodes, and weighted directed with an isolated node."""
    rng = random.Random(7)
    with open(os.path.join(HERE, "weighted_isolated.txt"), "w") as f:
        f.write("# undirected\n")
        f.write("iso1\n")
        for i in range(40):
            a, b = rng.randrange(25), rng.randrange(25)
            if a != b:
                f.write(f"n{a} n{b} {rng.choice([1, 2, 3, 4, 0.5, 2.25])}\n")
        f.write("iso2\n")
    with open(os.path.join(HERE, "directed_weighted_isolated.txt"), "w") as f:
        f.write("# directed\n")
        for i in range(70):
            a, b = rng.randrange(30), rng.randrange(30)
            if a != b:
                f.write(f"d{a} d{b} {rng.choice([1, 2, 3, 4, 0.25])}\n")
        f.write("lonely\n")


def main():
    write_extra()
    sources = [(n[:-4], os.path.join(GRAPHS, n)) for n in sorted(os.listdir(GRAPHS)) if n.endswith(".txt")]
    sources += [(n[:-4], os.path.join(HERE, n)) for n in sorted(os.listdir(HERE)) if n.endswith(".txt")]
    out = {}
    for name, path in sources:
        g, order = load(path)
        rng = random.Random(sum(map(ord, name)))
        cases = []
        for k in (1, 2, 3, 5, len(order)):
            labels = [rng.randrange(k) for _ in order] if k < len(order) else list(range(len(order)))
            parts = {}
            for v, l in zip(order, labels):
                parts.setdefault(l, set()).add(v)
            for res in (1.0, 0.5, 2.0):
                cases.append({"labels": labels, "resolution": res,
                              "modularity": modularity(g, list(parts.values()), weight="weight", resolution=res)})
        louvain = [modularity(g, louvain_communities(g, weight="weight", seed=s), weight="weight") for s in range(10)]
        out[name] = {"path": os.path.relpath(path, HERE), "directed": g.is_directed(), "cases": cases,
                     "networkx_louvain": louvain}
    with open(os.path.join(HERE, "modularity.json"), "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
