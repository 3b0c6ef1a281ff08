namespace NetworkGraph.Algorithms;

/// <summary>Triangle counting on the undirected view, with the arc multiplicities of a directed graph.</summary>
internal static class Triangles
{
    /// <summary>
    /// For each node i, Σ over the triangles {i, j, k} of the undirected view of c(i,j)·c(i,k)·c(j,k), where
    /// c is the number of arcs joining two nodes (always 1 when undirected, 1 or 2 when directed).
    /// </summary>
    /// <remarks>
    /// Forward algorithm: edges are oriented from lower to higher (degree, index) rank, and every triangle is
    /// found once, from its lowest-ranked node u: u's forward row is marked, then each forward neighbour's forward row
    /// is checked against the marks (one look-up per entry instead of a merge of both rows). O(m^1.5) time, O(m)
    /// extra memory plus a count and a mark per node per worker; parallel over nodes.
    /// Reference: T. Schank, D. Wagner, "Finding, counting and listing all triangles in large graphs",
    /// WEA 2005, LNCS 3503:606–609. <see href="https://doi.org/10.1007/11427186_54"/>
    /// </remarks>
    public static long[] Weighted(UndirectedAdjacency view, ParallelOptions parallel)
    {
        int n = view.NodeCount;
        var forward = view.Oriented(parallel);
        int[] fOff = forward.Offsets, fTgt = forward.Targets;
        byte[]? fMul = forward.Multiplicity;
        Counts[] parts = Chunked.ForWorkers(n, 256, parallel, () => new Counts(n), (from, to, counts) =>
        {
            long[] t = counts.Triangles;
            byte[] mark = counts.Mark;
            for (int u = from; u < to; u++)
            {
                int us = fOff[u], ue = fOff[u + 1];
                for (int p = us; p < ue; p++)
                {
                    mark[fTgt[p]] = fMul is null ? (byte)1 : fMul[p];
                }

                for (int p = us; p < ue; p++)
                {
                    int v = fTgt[p];
                    int cuv = fMul is null ? 1 : fMul[p];
                    for (int q = fOff[v], qe = fOff[v + 1]; q < qe; q++)
                    {
                        int x = fTgt[q];
                        int cux = mark[x];
                        if (cux != 0)
                        {
                            long prod = fMul is null ? 1 : cuv * cux * fMul[q];
                            t[u] += prod;
                            t[v] += prod;
                            t[x] += prod;
                        }
                    }
                }

                for (int p = us; p < ue; p++)
                {
                    mark[fTgt[p]] = 0;
                }
            }
        });
        long[] t = parts[0].Triangles;
        for (int k = 1; k < parts.Length; k++)
        {
            long[] part = parts[k].Triangles;
            for (int v = 0; v < n; v++)
            {
                t[v] += part[v];
            }
        }

        return t;
    }

    /// <summary>One worker's triangle sums and forward-row marks.</summary>
    private sealed class Counts(int n)
    {
        public long[] Triangles { get; } = new long[n];

        public byte[] Mark { get; } = new byte[n];
    }

    /// <summary>Counts the common elements of two sorted, repeat-free rows (galloping when one is much shorter).</summary>
    public static int CountCommon(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length > b.Length)
        {
            ReadOnlySpan<int> tmp = a;
            a = b;
            b = tmp;
        }

        int count = 0;
        if (a.Length * 16 < b.Length)
        {
            foreach (int x in a)
            {
                int k = b.BinarySearch(x);
                if (k >= 0)
                {
                    count++;
                    b = b[(k + 1)..];
                }
                else
                {
                    b = b[~k..];
                }
            }

            return count;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int x = a[i], y = b[j];
            if (x < y)
            {
                i++;
            }
            else if (x > y)
            {
                j++;
            }
            else
            {
                count++;
                i++;
                j++;
            }
        }

        return count;
    }
}
