#!/usr/bin/python3
"""Regenerates the NetworkX oracle fixtures used by NetworkGraph's tests.

Run with Debian's NetworkX 2.8.8:  /usr/bin/python3 tests/NetworkGraph.Tests/Fixtures/make_fixtures.py
For every graph it writes, under Fixtures/graphs/:
  <name>.txt          the graph as an edge list, docs/en/edge-list-format.md (all nodes declared first, in order)
  <name>.metrics.csv  NetworkX's value of every metrics.csv column but `community` (empty = undefined)
  <name>.graph.json   graph-level values (density, components, articulation points, bridges, …)
"""
import csv
import json
import math
import os
import random

import networkx as nx
from networkx.algorithms import bipartite
from networkx.algorithms.community import louvain_communities, modularity

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "graphs")
COLUMNS = ["id", "degree", "in_degree", "out_degree", "strength", "betweenness", "betweenness_weighted",
           "closeness", "harmonic", "eigenvector", "pagerank", "core", "clustering", "constraint", "effective_size"]


def token(node):
    return str(node).replace(" ", "_")


def relabel(g):
    return nx.relabel_nodes(g, {v: token(v) for v in g.nodes}, copy=True)


def with_weights(g, rng, values=(1, 2, 3, 4)):
    for u, v in g.edges:
        g[u][v]["weight"] = rng.choice(values)
    return g


def graphs():
    rng = random.Random(20261123)
    karate = nx.karate_club_graph()  # weighted: Zachary's interaction counts
    yield "karate", relabel(karate), True

    flo = nx.florentine_families_graph()
    flo.add_node("Pucci")  # Padgett's isolated family: isolated nodes count in every normalisation
    yield "florentine", flo, False

    yield "lesmis", relabel(nx.les_miserables_graph()), True

    davis = nx.davis_southern_women_graph()
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    yield "davis_women", relabel(bipartite.weighted_projected_graph(davis, women)), True

    d = nx.gnp_random_graph(80, 0.04, seed=1, directed=True)
    with_weights(d, rng)
    d.add_nodes_from([80, 81, 82])
    yield "random_directed_weighted", relabel(d), True

    u = nx.disjoint_union(nx.gnp_random_graph(40, 0.1, seed=2), nx.gnp_random_graph(25, 0.15, seed=3))
    with_weights(u, rng)
    u.add_nodes_from(["iso_a", "iso_b"])
    yield "random_undirected_disconnected", relabel(u), True

    s = nx.DiGraph()
    n = 50
    nx.add_cycle(s, range(n))
    for _ in range(70):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            s.add_edge(a, b)
    yield "random_directed_strong", relabel(s), False

    dd = nx.gnp_random_graph(30, 0.08, seed=4, directed=True)
    with_weights(dd, rng, (0.5, 1, 1.5, 2, 4))
    yield "random_directed_dangling", relabel(dd), True

    yield "ba_300", relabel(nx.barabasi_albert_graph(300, 3, seed=5)), False

    sizes = [40, 30, 30, 20, 30]
    probs = [[0.15 if i == j else 0.01 for j in range(5)] for i in range(5)]
    sbm = nx.stochastic_block_model(sizes, probs, seed=6, directed=True)
    sbm = nx.DiGraph(sbm)
    with_weights(sbm, rng)
    yield "sbm_directed", relabel(sbm), True

    yield "star_path", relabel(nx.union(nx.star_graph(5), nx.path_graph(range(10, 16)))), False


def fmt(x):
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return ""
    return repr(float(x))


def write_edges(name, g, weighted):
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("# directed\n" if g.is_directed() else "# undirected\n")
        for v in g.nodes:
            f.write(f"{v}\n")
        for a, b, w in g.edges(data="weight", default=1):
            f.write(f"{a} {b} {w!r}\n" if weighted else f"{a} {b}\n")


def connected(g):
    if g.number_of_nodes() == 0:
        return False
    return nx.is_strongly_connected(g) if g.is_directed() else nx.is_connected(g)


def metrics(g):
    directed = g.is_directed()
    dist = g.copy()
    for a, b, w in dist.edges(data="weight", default=1):
        dist[a][b]["distance"] = 1.0 / w
    cols = {
        "degree": dict(g.degree()),
        "in_degree": dict(g.in_degree()) if directed else dict(g.degree()),
        "out_degree": dict(g.out_degree()) if directed else dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "betweenness_weighted": nx.betweenness_centrality(dist, normalized=True, weight="distance"),
        "closeness": nx.closeness_centrality(g),
        "harmonic": nx.harmonic_centrality(g),
        "eigenvector": nx.eigenvector_centrality_numpy(g) if connected(g) else {},
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000),
        "core": nx.core_number(g),
        "clustering": nx.clustering(g),
        "constraint": nx.constraint(g),
        "effective_size": nx.effective_size(g),
    }
    return cols, dist


def graph_level(g, dist):
    directed = g.is_directed()
    und = g.to_undirected(as_view=False)
    nodes = list(g.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    result = {
        "directed": directed,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "density": nx.density(g),
        "reciprocity": nx.overall_reciprocity(g) if directed else None,
        "weak_components": nx.number_weakly_connected_components(g) if directed else nx.number_connected_components(g),
        "strong_components": nx.number_strongly_connected_components(g) if directed else nx.number_connected_components(g),
        "articulation_points": sorted((str(v) for v in nx.articulation_points(und)), key=lambda v: index[v]),
        "bridges": sorted(([str(a), str(b)] if index[a] < index[b] else [str(b), str(a)] for a, b in nx.bridges(und)),
                          key=lambda e: (index[e[0]], index[e[1]])),
        "transitivity": nx.transitivity(g) if not directed else None,
        "average_clustering": nx.average_clustering(g),
    }
    eb = nx.edge_betweenness_centrality(g, normalized=True)
    ebw = nx.edge_betweenness_centrality(dist, normalized=True, weight="distance")
    result["edge_betweenness"] = [[str(a), str(b), eb[(a, b)], ebw[(a, b)]] for a, b in g.edges]
    parts = louvain_communities(g, weight="weight", seed=42)
    label = {}
    for k, part in enumerate(sorted(parts, key=lambda p: min(index[v] for v in p))):
        for v in part:
            label[v] = k
    result["reference_partition"] = [label[v] for v in nodes]
    result["reference_modularity"] = modularity(g, parts, weight="weight")
    result["reference_modularity_resolution_0_5"] = modularity(g, parts, weight="weight", resolution=0.5)
    singletons = [{v} for v in nodes]
    result["singleton_modularity"] = modularity(g, singletons, weight="weight")
    # Link prediction on the undirected view: the first non-edges and edges in node order.
    pairs = []
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if a != b and len(pairs) < 40 and (und.degree(a) > 0 and und.degree(b) > 0):
                pairs.append((a, b))
    lp = []
    jac = {(a, b): s for a, b, s in nx.jaccard_coefficient(und, pairs)}
    aa = {(a, b): s for a, b, s in nx.adamic_adar_index(und, pairs)}
    ra = {(a, b): s for a, b, s in nx.resource_allocation_index(und, pairs)}
    for a, b in pairs:
        cn = len(list(nx.common_neighbors(und, a, b)))
        lp.append([str(a), str(b), cn, jac[(a, b)], aa[(a, b)], ra[(a, b)]])
    result["link_prediction"] = lp
    return result


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, g, weighted in graphs():
        write_edges(name, g, weighted)
        cols, dist = metrics(g)
        with open(os.path.join(OUT, name + ".metrics.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            for v in g.nodes:
                w.writerow([str(v)] + [fmt(cols[c].get(v)) for c in COLUMNS[1:]])
        with open(os.path.join(OUT, name + ".graph.json"), "w", encoding="utf-8") as f:
            json.dump(graph_level(g, dist), f, indent=1)
        print(f"{name}: n={g.number_of_nodes()} m={g.number_of_edges()} directed={g.is_directed()}")
    print("networkx", nx.__version__)


if __name__ == "__main__":
    main()
