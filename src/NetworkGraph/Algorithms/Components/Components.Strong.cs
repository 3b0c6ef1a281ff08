using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Components
{
    /// <summary>Finds the strongly connected components (the connected components when undirected).</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>One label per node, numbered in order of each component's first node.</returns>
    /// <remarks>
    /// <para>Two nodes are in the same strong component when each is reachable from the other along arcs
    /// (NetworkX <c>strongly_connected_components</c>). A node on no cycle, isolated or not, is a component of
    /// its own. An undirected graph's strong components are its connected components.</para>
    /// <para>Pearce's space-efficient variant of Tarjan's algorithm, with an explicit stack (no recursion):
    /// one array holds both the DFS index and the low-link and is reused for the component id. O(n + m) time,
    /// 4 ints per node of memory.</para>
    /// <para>References: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on
    /// Computing 1(2):146–160, 1972, <see href="https://doi.org/10.1137/0201010"/>; D. J. Pearce, "A
    /// space-efficient algorithm for finding strongly connected components", Information Processing Letters
    /// 116(1):47–52, 2016, <see href="https://doi.org/10.1016/j.ipl.2015.08.010"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static ComponentLabels Strong(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected)
        {
            return Weak(graph);
        }

        int n = graph.NodeCount;
        int[] offsets = graph.OutOffsetArray;
        int[] targets = graph.OutTargetArray;

        // rindex: 0 = unvisited; 1 … = DFS index / low-link while active; ≥ c + 1 once assigned to component c.
        int[] rindex = new int[n];
        bool[] isRoot = new bool[n];
        int[] callNode = new int[n];
        int[] callArc = new int[n];
        int[] sccStack = new int[n];
        int sp = 0;
        int index = 1;
        int c = n - 1;
        for (int s = 0; s < n; s++)
        {
            if (rindex[s] != 0)
            {
                continue;
            }

            int top = 0;
            callNode[0] = s;
            callArc[0] = offsets[s];
            rindex[s] = index++;
            isRoot[s] = true;
            while (top >= 0)
            {
                int v = callNode[top];
                int a = callArc[top];
                int end = offsets[v + 1];
                int rv = rindex[v];
                bool descended = false;
                for (; a < end; a++)
                {
                    int w = targets[a];
                    int rw = rindex[w];
                    if (rw == 0)
                    {
                        callArc[top] = a;
                        top++;
                        callNode[top] = w;
                        callArc[top] = offsets[w];
                        rindex[w] = index++;
                        isRoot[w] = true;
                        descended = true;
                        break;
                    }

                    if (rw < rv)
                    {
                        rv = rw;
                        isRoot[v] = false;
                    }
                }

                rindex[v] = rv;
                if (descended)
                {
                    continue;
                }

                // v is finished.
                top--;
                if (isRoot[v])
                {
                    index--;
                    while (sp > 0 && rv <= rindex[sccStack[sp - 1]])
                    {
                        rindex[sccStack[--sp]] = c;
                        index--;
                    }

                    rindex[v] = c;
                    c--;
                }
                else
                {
                    sccStack[sp++] = v;
                }

                if (top >= 0)
                {
                    // Finish the tree arc parent → v, then resume the parent after it.
                    int p = callNode[top];
                    if (rindex[v] < rindex[p])
                    {
                        rindex[p] = rindex[v];
                        isRoot[p] = false;
                    }

                    callArc[top]++;
                }
            }
        }

        // Component ids are n − 1, n − 2, … in completion order; map them to 0 … in first-node order.
        int count = n - 1 - c;
        for (int v = 0; v < n; v++)
        {
            rindex[v] = n - 1 - rindex[v];
        }

        return ComponentLabels.FromIds(rindex, count);
    }
}
