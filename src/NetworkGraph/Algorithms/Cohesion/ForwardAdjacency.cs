namespace NetworkGraph.Algorithms;

/// <summary>
/// The undirected view oriented from lower to higher rank, rank being (degree, index): each tie appears once, in the
/// row of its lower-ranked end. Rows stay sorted by index and are short (at most √(2m) long).
/// </summary>
/// <remarks>The orientation of Schank and Wagner's forward triangle algorithm (see <see cref="Triangles"/>). Built
/// in O(n + m) time, in parallel; m ints plus m bytes of multiplicity for a directed graph.</remarks>
internal sealed class ForwardAdjacency
{
    private ForwardAdjacency(int[] offsets, int[] targets, byte[]? multiplicity)
    {
        Offsets = offsets;
        Targets = targets;
        Multiplicity = multiplicity;
    }

    /// <summary>Gets the row offsets (length n + 1).</summary>
    public int[] Offsets { get; }

    /// <summary>Gets the higher-ranked neighbours, row by row, sorted by index.</summary>
    public int[] Targets { get; }

    /// <summary>Gets the number of arcs of each tie (1 or 2); null when the graph is undirected.</summary>
    public byte[]? Multiplicity { get; }

    /// <summary>Orients <paramref name="view"/>.</summary>
    public static ForwardAdjacency Of(UndirectedAdjacency view)
    {
        int n = view.NodeCount;
        int[] offsets = view.Offsets, targets = view.Targets;
        byte[]? mult = view.Multiplicity;
        int[] fOff = new int[n + 1];
        Chunked.For(n, 4096, (from, to) =>
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
        Chunked.For(n, 4096, (from, to) =>
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
        return new ForwardAdjacency(fOff, fTgt, fMul);
    }

    /// <summary>Whether v ranks above u: higher degree, or the same degree and a higher index.</summary>
    private static bool Higher(int[] offsets, int u, int v)
    {
        int du = offsets[u + 1] - offsets[u], dv = offsets[v + 1] - offsets[v];
        return dv > du || (dv == du && v > u);
    }
}
