using System.Diagnostics;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// An upper bound on the vertex diameter (the most nodes on any shortest path) of a graph, in O(n + m):
/// the sample-size parameter of Riondato–Kornaropoulos betweenness sampling.
/// </summary>
/// <remarks>
/// A shortest path between two nodes of one strongly connected component stays inside it, and its length is at
/// most <c>ecc⁺(r) + ecc⁻(r)</c> for any root <c>r</c> of the component (out- and in-eccentricity within it).
/// Any shortest path crosses components along a path of the condensation DAG, using at most
/// <c>ecc⁺(r) + ecc⁻(r) + 1</c> nodes in each, so the heaviest path of the condensation weighted that way bounds
/// the vertex diameter. Undirected graphs are the special case of one component per connected component
/// (bound <c>2·ecc(r) + 1</c>).
/// </remarks>
internal static class VertexDiameterBound
{
    public static int Compute(CsrGraph graph)
    {
        int n = graph.NodeCount;
        if (n == 0)
        {
            return 0;
        }

        int[] off = graph.OutOffsetArray, tgt = graph.OutTargetArray;
        int[] inOff = graph.InOffsetArray, inTgt = graph.InTargetArray;
        (int[] comp, int count) = StrongComponents(n, off, tgt);

        // Eccentricities from the first node of each component, within the component.
        int[] root = new int[count];
        Array.Fill(root, -1);
        for (int v = 0; v < n; v++)
        {
            if (root[comp[v]] < 0)
            {
                root[comp[v]] = v;
            }
        }

        int[] dist = new int[n];
        Array.Fill(dist, -1);
        int[] queue = new int[n];
        long[] weight = new long[count];
        for (int c = 0; c < count; c++)
        {
            int ecc = Eccentricity(root[c], off, tgt, comp, dist, queue);
            int eccIn = graph.IsDirected ? Eccentricity(root[c], inOff, inTgt, comp, dist, queue) : ecc;
            weight[c] = ecc + eccIn + 1L;
        }

        // Tarjan numbers components in reverse topological order: arcs go from higher to lower (or equal) ids.
        long[] best = new long[count];
        long result = 0;
        for (int c = 0; c < count; c++)
        {
            best[c] = weight[c];
        }

        // Nodes grouped by component, components in increasing id (a counting sort).
        int[] start = new int[count + 1];
        foreach (int c in comp)
        {
            start[c + 1]++;
        }

        for (int c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        int[] byComp = new int[n];
        for (int v = 0; v < n; v++)
        {
            byComp[start[comp[v]]++] = v;
        }

        foreach (int v in byComp)
        {
            int cv = comp[v];
            for (int a = off[v]; a < off[v + 1]; a++)
            {
                int cw = comp[tgt[a]];
                if (cw != cv)
                {
                    Debug.Assert(cw < cv, "reverse topological numbering");
                    best[cv] = Math.Max(best[cv], weight[cv] + best[cw]);
                }
            }

            result = Math.Max(result, best[cv]);
        }

        return (int)Math.Min(result, n);
    }

    private static int Eccentricity(int r, int[] off, int[] tgt, int[] comp, int[] dist, int[] queue)
    {
        int head = 0, tail = 0, ecc = 0;
        dist[r] = 0;
        queue[tail++] = r;
        while (head < tail)
        {
            int v = queue[head++];
            ecc = dist[v];
            for (int a = off[v]; a < off[v + 1]; a++)
            {
                int w = tgt[a];
                if (dist[w] < 0 && comp[w] == comp[r])
                {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }

        for (int i = 0; i < tail; i++)
        {
            dist[queue[i]] = -1;
        }

        return ecc;
    }

    /// <summary>Tarjan's strongly connected components, iterative; components numbered in reverse topological order.</summary>
    private static (int[] Comp, int Count) StrongComponents(int n, int[] off, int[] tgt)
    {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        Array.Fill(index, -1);
        int[] stack = new int[n];
        bool[] onStack = new bool[n];
        int[] callV = new int[n];
        int[] callArc = new int[n];
        int sp = 0, next = 0, count = 0;
        for (int start = 0; start < n; start++)
        {
            if (index[start] >= 0)
            {
                continue;
            }

            int depth = 0;
            callV[0] = start;
            callArc[0] = off[start];
            index[start] = low[start] = next++;
            stack[sp++] = start;
            onStack[start] = true;
            while (depth >= 0)
            {
                int v = callV[depth];
                if (callArc[depth] < off[v + 1])
                {
                    int w = tgt[callArc[depth]++];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callV[depth] = w;
                        callArc[depth] = off[w];
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = count;
                    }
                    while (w != v);
                    count++;
                }

                depth--;
                if (depth >= 0)
                {
                    int parent = callV[depth];
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        return (comp, count);
    }
}
