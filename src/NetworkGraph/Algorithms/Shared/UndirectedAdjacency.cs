using System.Diagnostics;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// The undirected view of a graph as sorted rows (NetworkX's <c>all_neighbors</c> as a set), with the
/// number of arcs joining each pair: 1, or 2 when a directed tie is mutual.
/// </summary>
/// <remarks>For an undirected graph this wraps the graph's own rows (O(1)) and every multiplicity is 1;
/// for a directed graph the out- and in-rows are merged in O(n + m), in parallel. <see cref="Oriented"/> gives the
/// same ties oriented by rank, each once.</remarks>
internal sealed class UndirectedAdjacency
{
    private UndirectedAdjacency(int[] offsets, int[] targets, byte[]? multiplicity)
    {
        Offsets = offsets;
        Targets = targets;
        Multiplicity = multiplicity;
    }

    /// <summary>Gets the row offsets (length n + 1).</summary>
    public int[] Offsets { get; }

    /// <summary>Gets the neighbours, row by row, sorted, without repeats.</summary>
    public int[] Targets { get; }

    /// <summary>Gets the number of arcs between the row's node and each neighbour (1 or 2); null when the graph is undirected.</summary>
    public byte[]? Multiplicity { get; }

    public int NodeCount => Offsets.Length - 1;

    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Row(int v) => new(Targets, Offsets[v], Offsets[v + 1] - Offsets[v]);

    public static UndirectedAdjacency Of(CsrGraph graph, ParallelOptions parallel)
    {
        if (!graph.IsDirected)
        {
            return new UndirectedAdjacency(graph.OutOffsetArray, graph.OutTargetArray, null);
        }

        int n = graph.NodeCount;
        int[] oo = graph.OutOffsetArray, ot = graph.OutTargetArray, io = graph.InOffsetArray, it = graph.InTargetArray;
        int[] offsets = new int[n + 1];
        Chunked.For(n, 4096, parallel, (from, to) =>
        {
            for (int v = from; v < to; v++)
            {
                int a = oo[v], ae = oo[v + 1], b = io[v], be = io[v + 1];
                int common = 0;
                while (a < ae && b < be)
                {
                    int x = ot[a], y = it[b];
                    if (x == y)
                    {
                        common++;
                        a++;
                        b++;
                    }
                    else if (x < y)
                    {
                        a++;
                    }
                    else
                    {
                        b++;
                    }
                }

                offsets[v + 1] = (oo[v + 1] - oo[v]) + (io[v + 1] - io[v]) - common;
            }
        });
        for (int v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        int[] targets = new int[offsets[n]];
        byte[] mult = new byte[offsets[n]];
        Chunked.For(n, 4096, parallel, (from, to) =>
        {
            for (int v = from; v < to; v++)
            {
                int a = oo[v], ae = oo[v + 1], b = io[v], be = io[v + 1], w = offsets[v];
                while (a < ae || b < be)
                {
                    int x = a < ae ? ot[a] : int.MaxValue, y = b < be ? it[b] : int.MaxValue;
                    if (x == y)
                    {
                        targets[w] = x;
                        mult[w++] = 2;
                        a++;
                        b++;
                    }
                    else if (x < y)
                    {
                        targets[w] = x;
                        mult[w++] = 1;
                        a++;
                    }
                    else
                    {
                        targets[w] = y;
                        mult[w++] = 1;
                        b++;
                    }
                }

                Debug.Assert(w == offsets[v + 1], "merged row fills its slot");
            }
        });
        return new UndirectedAdjacency(offsets, targets, mult);
    }

    /// <summary>
    /// The ties oriented from lower to higher rank, rank being (degree, index): each tie appears once, in the row of its
    /// lower-ranked end; rows stay sorted by index and are at most √(2m) long, even for hubs.
    /// </summary>
    /// <remarks>The orientation of Schank and Wagner's forward triangle algorithm (see <see cref="Triangles"/>). O(n + m)
    /// time, in parallel; m ints plus m bytes of multiplicity for a directed graph.</remarks>
    public UndirectedAdjacency Oriented(ParallelOptions parallel)
    {
        int n = NodeCount;
        int[] offsets = Offsets, targets = Targets;
        byte[]? mult = Multiplicity;
        int[] fOff = new int[n + 1];
        Chunked.For(n, 4096, parallel, (from, to) =>
        {
            for (int u = from; u < to; u++)
            {
                int count = 0;
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    count += Higher(offsets, u, targets[a]) ? 1 : 0;
                }

                fOff[u + 1] = count;
            }
        });
        for (int u = 0; u < n; u++)
        {
            fOff[u + 1] += fOff[u];
        }

        int[] fTgt = new int[fOff[n]];
        byte[]? fMul = mult is null ? null : new byte[fOff[n]];
        Chunked.For(n, 4096, parallel, (from, to) =>
        {
            for (int u = from; u < to; u++)
            {
                int w = fOff[u];
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    int v = targets[a];
                    if (Higher(offsets, u, v))
                    {
                        fTgt[w] = v;
                        if (fMul is not null)
                        {
                            fMul[w] = mult![a];
                        }

                        w++;
                    }
                }
            }
        });
        return new UndirectedAdjacency(fOff, fTgt, fMul);
    }

    /// <summary>Whether v ranks above u: higher degree, or the same degree and a higher index.</summary>
    private static bool Higher(int[] offsets, int u, int v)
    {
        int du = offsets[u + 1] - offsets[u], dv = offsets[v + 1] - offsets[v];
        return dv > du || (dv == du && v > u);
    }
}
