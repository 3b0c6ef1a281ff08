#!/usr/bin/python3
"""Side-by-side comparison of the NetworkGraph CLI with igraph, graph-tool and NetworkX.

Every tool runs in its own process on the same edge-list file (written once by our seeded generators), so
load time, algorithm time and peak memory are measured separately and fairly. See benchmarks/README.md.

    /usr/bin/python3 benchmarks/compare/compare.py                       # default plan
    /usr/bin/python3 benchmarks/compare/compare.py --works pagerank,components --graphs rmat_18
    /usr/bin/python3 benchmarks/compare/compare.py --list                # works, graphs, default plan

Run with Debian's python3 (python3-networkx, python3-igraph, python3-graph-tool, numpy).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CLI = REPO / "src/NetworkGraph.Cli/bin/Release/net10.0/NetworkGraph.Cli.dll"
DEFAULT_BENCH = REPO / "benchmarks/NetworkGraph.Benchmarks/bin/Release/net10.0/NetworkGraph.Benchmarks.dll"

# work -> (metric column of our CLI passed to --metrics, key of report.json timings)
WORKS = {
    "betweenness": ("betweenness", "betweenness"),
    "closeness": ("closeness", "closeness"),
    "pagerank": ("pagerank", "pagerank"),
    "components": ("degree", "components"),  # weak + strong components are always computed
    "kcore": ("core", "core"),
    "louvain": ("community", "community"),
    "load": ("degree", "load"),  # reading the text into a graph; peers use their own fastest native reader
}
GRAPHS = ["ba_10k", "ba_100k", "sbm_5k", "rmat_18", "rmat_20"]
# The default plan: the measurements the performance targets are stated on.
DEFAULT_PLAN = [
    ("betweenness", "ba_10k"), ("betweenness", "sbm_5k"), ("betweenness", "ba_100k"),
    ("closeness", "ba_10k"),
    ("pagerank", "rmat_18"), ("pagerank", "rmat_20"),
    ("components", "rmat_18"), ("components", "rmat_20"),
    ("kcore", "rmat_18"), ("kcore", "rmat_20"),
    ("louvain", "ba_100k"),
    ("load", "rmat_20"),
]
PEERS = ["igraph", "gt1", "gt2", "networkx"]
PEER_LABEL = {"igraph": "igraph [1 thread]", "gt1": "graph-tool [1 thread]", "gt2": "graph-tool [2 threads]",
              "networkx": "networkx"}
PAGERANK_TOL = 1e-10


# --------------------------------------------------------------------------------------------- input files

@dataclass
class GraphFile:
    path: Path
    directed: bool
    n: int
    m: int
    weighted: bool


def read_header(path: Path) -> GraphFile:
    directed, n, m, weighted = None, None, None, False
    with open(path, "r", encoding="utf-8") as f:
        for _ in range(5):
            line = f.readline().strip()
            if line == "# directed":
                directed = True
            elif line == "# undirected":
                directed = False
            elif line.startswith("# nodes "):
                parts = line.split()
                n, m, weighted = int(parts[2]), int(parts[4]), parts[6] == "true"
    if directed is None or n is None:
        raise SystemExit(f"error: {path} was not written by the NetworkGraph generator (missing '# directed|undirected' "
                         "and '# nodes N edges M weighted B' header lines); delete it to regenerate")
    return GraphFile(path, directed, n, m, weighted)


def load_arrays(gf: GraphFile):
    """Edges as numpy arrays (sources, targets, weights or None); node i has id str(i)."""
    import numpy as np
    data = open(gf.path, "rb").read()
    at = data.find(b"\n# edges\n")
    if at < 0:
        raise SystemExit(f"error: {gf.path}: no '# edges' line")
    body = data[at + len(b"\n# edges\n"):]
    del data
    cols = 3 if gf.weighted else 2
    values = np.fromstring(body, dtype=np.float64 if gf.weighted else np.int64, sep=" ")
    del body
    values = values.reshape(-1, cols)
    if len(values) != gf.m:
        raise SystemExit(f"error: {gf.path}: header says {gf.m} edges, found {len(values)}")
    src = values[:, 0].astype(np.int64)
    dst = values[:, 1].astype(np.int64)
    w = values[:, 2].copy() if gf.weighted else None
    return src, dst, w


def edges_only(gf: GraphFile) -> Path:
    """The edge lines of a generated file alone (no comment or node lines), written once next to it."""
    body = gf.path.with_suffix(".edges")
    if not body.exists() or body.stat().st_mtime < gf.path.stat().st_mtime:
        tmp = body.with_suffix(".edges.tmp")
        with open(gf.path, "rb") as src, open(tmp, "wb") as dst:
            for line in src:
                if line[:1] != b"#" and line.count(b" ") >= 1:
                    dst.write(line)
        tmp.replace(body)
    return body


def ensure_graph(name: str, data_dir: Path, bench_dll: Path) -> GraphFile:
    path = data_dir / f"{name}.txt"
    if not path.exists():
        if not bench_dll.exists():
            raise SystemExit(f"error: graph generator not found at {bench_dll}\n"
                             "  build it: dotnet build benchmarks/NetworkGraph.Benchmarks -c Release")
        data_dir.mkdir(parents=True, exist_ok=True)
        print(f"generating {name} -> {path}", file=sys.stderr, flush=True)
        subprocess.run(["dotnet", str(bench_dll), "generate", name, str(path)], check=True,
                       stdout=sys.stderr)
    return read_header(path)


# --------------------------------------------------------------------------------------------- peer worker

def worker(args) -> None:
    """Runs one peer on one work in this process; writes timings and results to args.result (JSON + .npy)."""
    import numpy as np
    gf = read_header(Path(args.graph))
    peer, work = args.peer, args.work
    threads = 2 if peer == "gt2" else 1
    sources = np.load(args.sources) if args.sources else None
    result: dict = {"peer": peer, "work": work}

    if work == "load":
        # Each library's own text reader on the same edges without the header and node lines (none of them
        # accepts '#' comments): igraph Read_Edgelist (C), graph-tool load_graph_from_csv, NetworkX read_edgelist.
        body = edges_only(gf)
        t0 = time.perf_counter()
        if peer == "igraph":
            import igraph as ig
            g = (ig.Graph.Read_Ncol(str(body), weights=True, directed=gf.directed) if gf.weighted
                 else ig.Graph.Read_Edgelist(str(body), directed=gf.directed))
            edges = g.ecount()
        elif peer in ("gt1", "gt2"):
            import graph_tool.all as gt
            gt.openmp_set_num_threads(threads)
            g = gt.load_graph_from_csv(str(body), directed=gf.directed, hashed=False,
                                       eprop_types=["double"] if gf.weighted else None,
                                       csv_options={"delimiter": " "})
            edges = g.num_edges()
        else:
            import networkx as nx
            g = nx.read_edgelist(str(body), create_using=nx.DiGraph if gf.directed else nx.Graph, nodetype=int,
                                 data=(("weight", float),) if gf.weighted else False)
            edges = g.number_of_edges()
        result["load"] = result["time"] = time.perf_counter() - t0
        result["edges"] = edges
        Path(args.result).write_text(json.dumps(result))
        return

    t0 = time.perf_counter()
    src, dst, w = load_arrays(gf)
    if peer == "igraph":
        import igraph as ig
        g = ig.Graph(n=gf.n, edges=np.column_stack((src, dst)), directed=gf.directed)
        if w is not None:
            g.es["weight"] = w
    elif peer in ("gt1", "gt2"):
        import graph_tool.all as gt
        gt.openmp_set_num_threads(threads)
        g = gt.Graph(directed=gf.directed)
        g.add_vertex(gf.n)
        if w is not None:
            weight = g.new_edge_property("double")
            g.add_edge_list(np.column_stack((src, dst, w)), eprops=[weight])
        else:
            weight = None
            g.add_edge_list(np.column_stack((src, dst)))
    else:
        import networkx as nx
        g = nx.DiGraph() if gf.directed else nx.Graph()
        g.add_nodes_from(range(gf.n))
        if w is not None:
            g.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), w.tolist()))
        else:
            g.add_edges_from(zip(src.tolist(), dst.tolist()))
    del src, dst, w
    result["load"] = time.perf_counter() - t0

    n = gf.n
    values = None
    t0 = time.perf_counter()
    if work == "betweenness":
        # Hops (unweighted), NetworkX normalisation; sampled: the given sources only (extrapolated by the parent).
        pair_scale = (2.0 if not gf.directed else 1.0) / ((n - 1) * (n - 2))
        if peer == "igraph":
            if sources is not None:
                raise SystemExit("python-igraph 0.10 has no source-subset betweenness")
            values = np.array(g.betweenness(directed=gf.directed)) * pair_scale
        elif peer in ("gt1", "gt2"):
            vb, _ = gt.betweenness(g, pivots=sources, norm=False)
            values = vb.a.copy() * pair_scale
            if not gf.directed:
                pass  # graph-tool counts undirected pairs once, as igraph (checked against NetworkX on G(n,p))
        else:
            if sources is not None:
                d = nx.betweenness_centrality_subset(g, sources.tolist(), list(g), normalized=False)
                values = np.array([d[i] for i in range(n)]) * pair_scale
            else:
                d = nx.betweenness_centrality(g, normalized=True)
                values = np.array([d[i] for i in range(n)])
    elif work == "closeness":
        # NetworkX convention: distances *to* v, Wasserman-Faust; checked only on connected graphs (see README).
        if peer == "igraph":
            values = np.array(g.closeness(mode="in" if gf.directed else "all", normalized=True), dtype=float)
        elif peer in ("gt1", "gt2"):
            view = gt.GraphView(g, reversed=True) if gf.directed else g
            values = gt.closeness(view, norm=True).a.copy()
        else:
            d = nx.closeness_centrality(g)
            values = np.array([d[i] for i in range(n)])
    elif work == "pagerank":
        if peer == "igraph":
            values = np.array(g.pagerank(damping=0.85, directed=gf.directed,
                                         weights="weight" if gf.weighted else None))
        elif peer in ("gt1", "gt2"):
            values = gt.pagerank(g, damping=0.85, epsilon=PAGERANK_TOL, weight=weight).a.copy()
        else:
            d = nx.pagerank(g, alpha=0.85, weight="weight", tol=PAGERANK_TOL / n, max_iter=1000)
            values = np.array([d[i] for i in range(n)])
    elif work == "components":
        if peer == "igraph":
            weak = len(g.connected_components(mode="weak"))
            strong = len(g.connected_components(mode="strong")) if gf.directed else weak
        elif peer in ("gt1", "gt2"):
            weak = len(gt.label_components(g, directed=False)[1])
            strong = len(gt.label_components(g, directed=True)[1]) if gf.directed else weak
        else:
            if gf.directed:
                weak = nx.number_weakly_connected_components(g)
                strong = nx.number_strongly_connected_components(g)
            else:
                weak = strong = nx.number_connected_components(g)
        result["weak"], result["strong"] = weak, strong
    elif work == "kcore":
        if peer == "igraph":
            values = np.array(g.coreness(mode="all"), dtype=float)
        elif peer in ("gt1", "gt2"):
            values = gt.kcore_decomposition(g).a.astype(float)
        else:
            d = nx.core_number(g)
            values = np.array([d[i] for i in range(n)], dtype=float)
    elif work == "louvain":
        if peer == "igraph":
            u = g.as_undirected(combine_edges="max") if gf.directed else g
            membership = u.community_multilevel(weights="weight" if gf.weighted else None).membership
            values = np.array(membership, dtype=float)
        elif peer in ("gt1", "gt2"):
            raise SystemExit("graph-tool has no Louvain")
        else:
            u = g.to_undirected() if gf.directed else g
            parts = nx.community.louvain_communities(u, weight="weight", seed=42)
            values = np.zeros(n)
            for label, members in enumerate(parts):
                for v in members:
                    values[v] = label
    result["time"] = time.perf_counter() - t0
    if values is not None:
        np.save(args.result + ".npy", np.asarray(values, dtype=float))
        result["values"] = args.result + ".npy"
    Path(args.result).write_text(json.dumps(result))


# --------------------------------------------------------------------------------------------- runs

@dataclass
class Run:
    tool: str
    status: str = "ok"           # ok | skipped | failed | timeout
    note: str = ""
    load: float | None = None
    time: float | None = None
    peak_mb: float | None = None
    extrapolated: float | None = None  # factor n/k when sampled
    values: object = None
    extra: dict = field(default_factory=dict)

    @property
    def effective_time(self) -> float | None:
        if self.time is None:
            return None
        return self.time * (self.extrapolated or 1.0)


def timed_process(cmd: list[str], timeout: float, env: dict | None = None) -> tuple[int | None, float | None, str]:
    """Runs cmd under /usr/bin/time; returns (exit code or None on timeout, peak RSS in MB, stderr tail)."""
    with tempfile.NamedTemporaryFile(suffix=".mem", delete=False) as mem:
        mem_path = mem.name
    full = ["/usr/bin/time", "-f", "%M", "-o", mem_path] + cmd
    # Own process group, killed whole on timeout: killing /usr/bin/time alone would leave the tool running and
    # competing for the cores with every later measurement.
    p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
                         start_new_session=True)
    try:
        _, err = p.communicate(timeout=timeout)
        code = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        _, err = p.communicate()
        code = None
        err = err or ""
    peak = None
    try:
        lines = [ln for ln in Path(mem_path).read_text().splitlines() if ln.strip().isdigit()]
        if lines:
            peak = int(lines[-1]) / 1024.0
    except OSError:
        pass
    finally:
        try:
            os.unlink(mem_path)
        except OSError:
            pass
    return code, peak, "\n".join(err.strip().splitlines()[-3:])


def run_peer(peer: str, work: str, gf: GraphFile, sources_file: str | None, timeout: float, cache: Path,
             reuse: bool) -> Run:
    """Runs (or, with reuse, reloads from the cache) one peer; results are kept in the cache for --reuse-peers."""
    import numpy as np
    run = Run(PEER_LABEL[peer])
    cache.mkdir(parents=True, exist_ok=True)
    suffix = f"-k{len(np.load(sources_file))}" if sources_file else ""
    result = cache / f"{peer}-{work}-{gf.path.stem}{suffix}.json"
    meta = result.with_suffix(".run.json")
    if reuse and meta.exists() and result.exists() and meta.stat().st_mtime >= gf.path.stat().st_mtime:
        data = json.loads(result.read_text())
        run.peak_mb = json.loads(meta.read_text()).get("peak_mb")
        run.load, run.time = data["load"], data["time"]
        run.extra = {k: data[k] for k in ("weak", "strong", "edges") if k in data}
        if "values" in data:
            run.values = np.load(data["values"])
        run.note = "reused from " + time.strftime("%H:%M", time.localtime(meta.stat().st_mtime))
        return run
    result.unlink(missing_ok=True)
    meta.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "--peer", peer, "--work", work,
           "--graph", str(gf.path), "--result", str(result)]
    if sources_file:
        cmd += ["--sources", sources_file]
    env = dict(os.environ, OMP_NUM_THREADS="2" if peer == "gt2" else "1")
    code, peak, err = timed_process(cmd, timeout, env)
    run.peak_mb = peak
    if code is None:
        run.status, run.note = "timeout", f"> {timeout:.0f} s"
        return run
    if code != 0 or not result.exists():
        run.status, run.note = "failed", err.splitlines()[-1] if err else f"exit {code}"
        return run
    data = json.loads(result.read_text())
    meta.write_text(json.dumps({"peak_mb": peak}))
    run.load, run.time = data["load"], data["time"]
    run.extra = {k: data[k] for k in ("weak", "strong", "edges") if k in data}
    if "values" in data:
        run.values = np.load(data["values"])
    return run


def run_ours(cli: Path, work: str, gf: GraphFile, timeout: float, tmp: Path) -> Run:
    import numpy as np
    run = Run("ours")
    column, timing_key = WORKS[work]
    out = tmp / f"ours-{work}-{gf.path.stem}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = ["dotnet", str(cli), "analyze", "--edges", str(gf.path), "--out", str(out), "--metrics", column]
    if work == "pagerank":
        # Same stopping rule as the peers: an L1 change below PAGERANK_TOL (NetworkX's tol is per node).
        cmd += ["--pagerank-tol", repr(PAGERANK_TOL / max(gf.n, 1))]
    if gf.directed:
        cmd.append("--directed")
    code, peak, err = timed_process(cmd, timeout)
    run.peak_mb = peak
    if code is None:
        run.status, run.note = "timeout", f"> {timeout:.0f} s"
        return run
    if code != 0:
        run.status, run.note = "failed", err.splitlines()[-1] if err else f"exit {code}"
        return run
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    timings = report.get("timings", {})
    run.load = timings.get("load")
    run.time = timings.get(timing_key)
    if run.time is None:
        run.status, run.note = "failed", f"report.json has no timings.{timing_key}"
    if work == "load":
        run.extra["edges"] = report.get("edges")
    elif work == "components":
        for key in ("weak", "strong"):
            found = find_key(report, [f"{key}_components", f"components_{key}", key])
            if isinstance(found, (int, float)):
                run.extra[key] = int(found)
        if "weak" not in run.extra:
            found = find_key(report, ["components"])
            if isinstance(found, (int, float)):
                run.extra["weak"] = int(found)
    else:
        values = np.full(gf.n, np.nan)
        with open(out / "metrics.csv", newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader)
            i_id, i_col = header.index("id"), header.index(column)
            for row in reader:
                cell = row[i_col]
                values[int(row[i_id])] = float(cell) if cell else np.nan
        run.values = values
    return run


def find_key(obj, names):
    """First value found under any of names, searching nested objects breadth-first (timings excluded)."""
    queue = [obj]
    while queue:
        cur = queue.pop(0)
        if isinstance(cur, dict):
            for name in names:
                if name in cur and not isinstance(cur[name], (dict, list)):
                    return cur[name]
            queue.extend(v for k, v in cur.items() if k != "timings")
    return None


# --------------------------------------------------------------------------------------------- agreement

def modularity(gf: GraphFile, membership) -> float:
    """Modularity of a partition on the undirected view (max weight), computed by igraph for every tool alike."""
    import igraph as ig
    import numpy as np
    src, dst, w = load_arrays(gf)
    g = ig.Graph(n=gf.n, edges=np.column_stack((src, dst)), directed=gf.directed)
    if w is not None:
        g.es["weight"] = w
    if gf.directed:
        g = g.as_undirected(combine_edges="max")
    labels = np.asarray(membership)
    if np.isnan(labels).any():
        return float("nan")
    _, dense = np.unique(labels.astype(np.int64), return_inverse=True)
    return g.modularity(dense.tolist(), weights="weight" if gf.weighted else None)


def agreement(work: str, gf: GraphFile, ours: Run, peers: list[Run], connected: bool | None) -> str:
    """Checks results against ours (or the first peer): max |a − b| / max |b| ≤ 1e-9, PageRank L1 ≤ 1e-6."""
    import numpy as np
    done = [r for r in peers if r.status == "ok" and (r.values is not None or r.extra)]
    sampled = [r for r in done if r.extrapolated]
    done = [r for r in done if not r.extrapolated]
    if work == "load":
        want = ours.extra.get("edges") if ours.status == "ok" else None
        got = {r.tool.split()[0]: r.extra.get("edges") for r in done}
        if want is None:
            return "edges: " + ", ".join(f"{k} {v}" for k, v in got.items())
        same = all(v == want for v in got.values())
        return f"{'equal' if same else 'DIFFER'}: {want} edges" + ("" if same else f" ({got})")
    if work == "louvain":
        parts = []
        for r in ([ours] if ours.status == "ok" else []) + done:
            parts.append(f"Q {r.tool.split()[0]} {modularity(gf, r.values):.4f}")
        return "; ".join(parts)
    if work == "components":
        ref = next((r for r in done if r.extra), None)
        if ours.status != "ok":
            if ref is None:
                return ""
            same = all(r.extra == ref.extra for r in done if r.extra)
            return f"peers {'equal' if same else 'DIFFER'}: weak {ref.extra['weak']} / strong {ref.extra['strong']}"
        if ref is None:
            return "no peer"
        w_ok = ours.extra.get("weak") == ref.extra["weak"]
        s_ok = (not gf.directed) or ours.extra.get("strong") == ref.extra["strong"]
        got = f"weak {ours.extra.get('weak', '?')} / strong {ours.extra.get('strong', '?')}"
        want = f"{ref.extra['weak']} / {ref.extra['strong']}"
        return ("equal: " + got) if w_ok and s_ok else f"DIFFER: ours {got}, {ref.tool.split()[0]} {want}"
    if work == "closeness" and connected is False:
        return "not checked (graph not connected: igraph/graph-tool ignore unreachable nodes, NetworkX rescales)"
    notes = []
    tol = 1e-6 if work == "pagerank" else 1e-9
    if sampled and len(sampled) > 1:
        err = rel_err(sampled[0].values, sampled[1].values)
        notes.append(f"sampled peers {'agree' if err <= tol else 'DIFFER'} ({err:.1e}); ours exact, not compared")
    if ours.status == "ok" and ours.values is not None:
        reference, others, label = ours.values, done, "ours"
    elif done:
        reference, others, label = done[0].values, done[1:], done[0].tool.split()[0]
    else:
        return "; ".join(notes)
    for r in others:
        if work == "pagerank":
            # A probability vector: L1 distance, to 1e-6 (NetworkX stops once the L1 change is below n·tol).
            err = float(np.nansum(np.abs(np.asarray(reference) - np.asarray(r.values))))
            measure = "L1 "
        else:
            err, measure = rel_err(reference, r.values), ""
        verdict = "ok" if err <= tol else "DIFFER"
        notes.append(f"{label} {verdict} vs {r.tool.split()[0]} ({measure}{err:.1e})")
    return "; ".join(dict.fromkeys(notes))


def rel_err(a, b) -> float:
    """max |a - b| / max |b| (NaN-aware: both NaN counts as equal)."""
    import numpy as np
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    both_nan = np.isnan(a) & np.isnan(b)
    if (np.isnan(a) ^ np.isnan(b)).any():
        return float("inf")
    scale = np.nanmax(np.abs(b)) if b.size else 1.0
    diff = np.where(both_nan, 0.0, np.abs(a - b))
    return float(np.nanmax(diff) / scale) if scale > 0 else float(np.nanmax(diff))


def is_connected(gf: GraphFile) -> bool:
    import igraph as ig
    import numpy as np
    src, dst, _ = load_arrays(gf)
    g = ig.Graph(n=gf.n, edges=np.column_stack((src, dst)), directed=gf.directed)
    return g.is_connected(mode="strong" if gf.directed else "weak")


# --------------------------------------------------------------------------------------------- report

def fmt_time(r: Run) -> str:
    if r.status == "skipped":
        return "skipped"
    if r.status == "timeout":
        return r.note
    if r.status != "ok" or r.time is None:
        return "failed"
    t = r.effective_time
    text = f"{t:.3g} s" if t < 100 else f"{t:,.0f} s"
    if r.extrapolated:
        text = "~" + text
    if r.peak_mb is not None:
        text += f" · {r.peak_mb:,.0f} MB"
    return text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--works", help=f"comma-separated subset of {','.join(WORKS)}")
    ap.add_argument("--graphs", help=f"comma-separated subset of {','.join(GRAPHS)} (or any generator name)")
    ap.add_argument("--all-pairs", action="store_true",
                    help="run every selected work on every selected graph (default: the pairs of the default plan)")
    ap.add_argument("--pairs", help="explicit plan: comma-separated work@graph (overrides --works/--graphs)")
    ap.add_argument("--peers", default="igraph,gt1,gt2,networkx", help="comma-separated subset of " + ",".join(PEERS))
    ap.add_argument("--cli", type=Path, default=DEFAULT_CLI, help="NetworkGraph.Cli.dll (Release build)")
    ap.add_argument("--skip-ours", action="store_true", help="run the peers only (no NetworkGraph CLI needed)")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="NetworkGraph.Benchmarks.dll (generator)")
    ap.add_argument("--data", type=Path, default=HERE / "data", help="where generated edge lists are cached")
    ap.add_argument("--bc-sources", type=int, default=200,
                    help="sampled betweenness: sources per peer on graphs above --bc-sample-above nodes (default 200)")
    ap.add_argument("--bc-sample-above", type=int, default=50_000,
                    help="node count above which peers' betweenness is sampled and extrapolated (default 50000)")
    ap.add_argument("--timeout", type=float, default=3600, help="per-run timeout in seconds (default 3600)")
    ap.add_argument("--nx-timeout", type=float, default=300, help="per-run timeout for NetworkX (default 300)")
    ap.add_argument("--nx-max-edges", type=int, default=2_000_000,
                    help="skip NetworkX on graphs with more edges (load alone: ~100 s, 6 GB at 16.8M)")
    ap.add_argument("--reuse-peers", action="store_true",
                    help="reuse peer results kept in DATA/results by an earlier run on the same files (marked in the notes)")
    ap.add_argument("--out", type=Path, help="write the markdown table here as well (e.g. benchmarks/results/compare-latest.md)")
    ap.add_argument("--list", action="store_true", help="print works, graphs and the default plan, then exit")
    args = ap.parse_args(argv)

    if args.list:
        print("works: ", ", ".join(WORKS))
        print("graphs:", ", ".join(GRAPHS))
        print("default plan:", ", ".join(f"{w}@{g}" for w, g in DEFAULT_PLAN))
        return 0

    works = args.works.split(",") if args.works else list(WORKS)
    for w in works:
        if w not in WORKS:
            raise SystemExit(f"error: unknown work '{w}'; choose from {', '.join(WORKS)}")
    graphs = args.graphs.split(",") if args.graphs else GRAPHS
    peers = args.peers.split(",")
    for p in peers:
        if p not in PEERS:
            raise SystemExit(f"error: unknown peer '{p}'; choose from {', '.join(PEERS)}")
    if args.pairs:
        plan = [tuple(pair.split("@", 1)) for pair in args.pairs.split(",")]
        for w, _ in plan:
            if w not in WORKS:
                raise SystemExit(f"error: unknown work '{w}' in --pairs; choose from {', '.join(WORKS)}")
    elif args.all_pairs:
        plan = [(w, g) for w in works for g in graphs]
    else:
        plan = [(w, g) for w, g in DEFAULT_PLAN if w in works and g in graphs]
        if args.graphs and args.works and not plan:
            plan = [(w, g) for w in works for g in graphs]
    if not plan:
        raise SystemExit("error: nothing to run (use --all-pairs to cross the selected works and graphs)")

    if not args.skip_ours and not args.cli.exists():
        raise SystemExit(f"error: NetworkGraph CLI not found at {args.cli}\n"
                         "  build it: dotnet build src/NetworkGraph.Cli -c Release   (or pass --cli PATH, or --skip-ours)")

    import numpy as np
    tmp = Path(tempfile.mkdtemp(prefix="ng-compare-"))
    rows, loads, raw = [], {}, []
    files = {}
    try:
        for work, name in plan:
            gf = files.get(name) or ensure_graph(name, args.data, args.bench)
            files[name] = gf
            print(f"== {work} on {name} ({gf.n:,} nodes, {gf.m:,} edges, "
                  f"{'directed' if gf.directed else 'undirected'})", file=sys.stderr, flush=True)
            sampled = work == "betweenness" and gf.n > args.bc_sample_above
            sources_file = None
            if sampled:
                k = min(args.bc_sources, gf.n)
                src = np.sort(np.random.default_rng(42).choice(gf.n, size=k, replace=False))
                sources_file = str(tmp / f"sources-{name}.npy")
                np.save(sources_file, src)

            ours = Run("ours", status="skipped", note="--skip-ours")
            if not args.skip_ours:
                ours = run_ours(args.cli, work, gf, args.timeout, tmp)
                print(f"   ours: {fmt_time(ours)} {ours.note}", file=sys.stderr, flush=True)
            peer_runs = []
            for peer in peers:
                run = Run(PEER_LABEL[peer])
                if work == "louvain" and peer in ("gt1", "gt2"):
                    run.status, run.note = "skipped", "no Louvain in graph-tool"
                elif sampled and peer == "igraph":
                    run.status, run.note = "skipped", "python-igraph 0.10 has no source-subset betweenness"
                elif peer == "networkx" and gf.m > args.nx_max_edges:
                    run.status, run.note = "skipped", f"NetworkX skipped above {args.nx_max_edges:,} edges"
                else:
                    timeout = args.nx_timeout if peer == "networkx" else args.timeout
                    run = run_peer(peer, work, gf, sources_file, timeout, args.data / "results", args.reuse_peers)
                    if sampled and run.status == "ok":
                        run.extrapolated = gf.n / args.bc_sources
                print(f"   {run.tool}: {fmt_time(run)} {run.note}", file=sys.stderr, flush=True)
                peer_runs.append(run)

            connected = is_connected(gf) if work == "closeness" else None
            agree = agreement(work, gf, ours, peer_runs, connected)
            ok_peers = [r for r in peer_runs if r.status == "ok" and r.time is not None]
            fastest = min(ok_peers, key=lambda r: r.effective_time) if ok_peers else None
            ratio = ""
            if fastest and ours.status == "ok" and ours.time is not None and fastest.effective_time > 0:
                ratio = f"{ours.time / fastest.effective_time:.2f} (vs {fastest.tool})"
            rows.append((work, name, gf, ours, peer_runs, ratio, agree, sampled))
            for r in [ours] + peer_runs:
                if r.status == "ok" and r.load is not None:
                    prev = loads.setdefault(name, {}).get(r.tool)
                    if prev is None or r.load < prev[0]:
                        loads[name][r.tool] = (r.load, r.peak_mb)
                raw.append({"work": work, "graph": name, "tool": r.tool, "status": r.status, "note": r.note,
                            "load_s": r.load, "time_s": r.time, "extrapolation": r.extrapolated,
                            "peak_mb": r.peak_mb, **r.extra})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    text = render(rows, loads, peers, args)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        args.out.with_suffix(".json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


def render(rows, loads, peers, args) -> str:
    head_tools = ["ours [2 cores]"] + [PEER_LABEL[p] for p in peers]
    out = []
    cpu = platform.processor() or platform.machine()
    out.append(f"# NetworkGraph vs peers — {time.strftime('%Y-%m-%d %H:%M')}\n")
    load1, load5, _ = os.getloadavg()
    out.append(f"Machine: {os.cpu_count()} cores ({cpu}), load average at the end {load1:.1f} (5 min: {load5:.1f}), "
               f"Python {platform.python_version()}; "
               "each cell: algorithm time (load excluded) · peak RSS of the whole process (load included). "
               "`~` = sampled betweenness: time for k sources × n/k. See benchmarks/README.md for the conventions.\n")
    out.append("| work | graph | " + " | ".join(head_tools) + " | ours / fastest peer | agreement |")
    out.append("|---|---|" + "---|" * len(head_tools) + "---|---|")
    notes = []
    for work, name, gf, ours, peer_runs, ratio, agree, sampled in rows:
        cells = [fmt_time(ours)] + [fmt_time(r) for r in peer_runs]
        graph = f"{name} ({gf.n:,} / {gf.m:,}{' dir.' if gf.directed else ''})"
        w = work + (f" (peers: k={args.bc_sources} sources)" if sampled else "")
        out.append(f"| {w} | {graph} | " + " | ".join(cells) + f" | {ratio} | {agree} |")
        for r in [ours] + peer_runs:
            if r.note and (r.status in ("skipped", "failed") or r.note.startswith("reused")):
                notes.append(f"{work} on {name}, {r.tool}: {r.status} — {r.note}")
    out.append("")
    out.append("Load (read the text file and build the graph; fastest run per tool) · peak RSS:\n")
    tools = head_tools
    out.append("| graph | " + " | ".join(tools) + " |")
    out.append("|---|" + "---|" * len(tools))
    for name, per_tool in loads.items():
        cells = []
        for t in tools:
            key = "ours" if t.startswith("ours") else t
            v = per_tool.get(key)
            cells.append("" if v is None else f"{v[0]:.3g} s" + (f" · {v[1]:,.0f} MB" if v[1] else ""))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if notes:
        out.append("")
        out.append("Notes:")
        out.extend(f"- {n}" for n in dict.fromkeys(notes))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_worker":
        wp = argparse.ArgumentParser()
        wp.add_argument("_worker")
        wp.add_argument("--peer", required=True)
        wp.add_argument("--work", required=True)
        wp.add_argument("--graph", required=True)
        wp.add_argument("--result", required=True)
        wp.add_argument("--sources")
        worker(wp.parse_args())
        sys.exit(0)
    sys.exit(main())
