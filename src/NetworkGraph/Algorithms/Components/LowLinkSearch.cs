namespace NetworkGraph.Algorithms;

/// <summary>Iterative Hopcroft–Tarjan depth-first search with discovery times and low-links on a simple undirected graph.</summary>
internal sealed class LowLinkSearch(UndirectedAdjacency graph)
{
    /// <summary>Reports each articulation point once, and each bridge (tree parent, child) once.</summary>
    public void Run(Action<int>? onCut, Action<int, int>? onBridge)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.Offsets;
        int[] targets = graph.Targets;
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] stackNode = new int[n];
        int[] stackArc = new int[n];
        bool[] isCut = onCut is null ? [] : new bool[n];
        int time = 0;
        for (int root = 0; root < n; root++)
        {
            if (disc[root] != 0)
            {
                continue;
            }

            disc[root] = low[root] = ++time;
            int rootChildren = 0;
            int top = 0;
            stackNode[0] = root;
            stackArc[0] = offsets[root];
            while (top >= 0)
            {
                int v = stackNode[top];
                int parent = top > 0 ? stackNode[top - 1] : -1;
                int a = stackArc[top];
                int end = offsets[v + 1];
                bool descended = false;
                for (; a < end; a++)
                {
                    int w = targets[a];
                    if (disc[w] == 0)
                    {
                        stackArc[top] = a + 1;
                        disc[w] = low[w] = ++time;
                        top++;
                        stackNode[top] = w;
                        stackArc[top] = offsets[w];
                        descended = true;
                        break;
                    }

                    // Simple graph: the only arc back to the parent is the tree edge itself.
                    if (w != parent && disc[w] < low[v])
                    {
                        low[v] = disc[w];
                    }
                }

                if (descended)
                {
                    continue;
                }

                top--;
                if (top < 0)
                {
                    break;
                }

                // Return along the tree edge parent → v.
                if (low[v] < low[parent])
                {
                    low[parent] = low[v];
                }

                if (top == 0)
                {
                    rootChildren++;
                }
                else if (low[v] >= disc[parent] && onCut is not null && !isCut[parent])
                {
                    isCut[parent] = true;
                    onCut(parent);
                }

                if (low[v] > disc[parent])
                {
                    onBridge?.Invoke(parent, v);
                }
            }

            if (rootChildren > 1)
            {
                onCut?.Invoke(root);
            }
        }
    }
}
