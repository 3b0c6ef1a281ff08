using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.Algorithms;

public static partial class Communities
{
    /// <summary>Finds communities by the Leiden algorithm: fast local moving, refinement, aggregation on the refined partition.</summary>
    /// <remarks>
    /// <para>Each level (1) moves nodes with a queue: all nodes in a seeded random order, then only the neighbours of moved
    /// nodes, to the community (possibly a new, empty one) with the largest modularity gain; (2) refines each community:
    /// starting from singletons, each node well connected to its community (W(v, C − v) ≥ γ·k_v·(K_C − k_v)/2m) joins a
    /// well-connected sub-community S of C with ΔQ ≥ 0, chosen with probability ∝ exp(ΔH/θ) (θ =
    /// <see cref="CommunityOptions.Randomness"/>, ΔH in units of edge weight; staying alone is one of the choices);
    /// (3) aggregates the refined partition, the aggregate's initial partition being the unrefined one. Levels repeat
    /// until local moving leaves every aggregate node in its own community. An iteration is one such run; iterations
    /// restart from the previous partition, up to <see cref="CommunityOptions.MaxIterations"/> times or until one gains
    /// ≤ <see cref="CommunityOptions.Tolerance"/> modularity.</para>
    /// <para>Guarantee: every community induces a connected subgraph (weakly connected when directed). Refined
    /// communities are connected by construction; as a safety net (e.g. when <see cref="CommunityOptions.MaxLevels"/>
    /// stops a run early) communities are finally split into their connected components, which never lowers modularity.</para>
    /// <para>Directed graphs: the directed modularity of Leicht &amp; Newman is optimised, as in <see cref="Louvain"/>.</para>
    /// <para>Time: ~O(m) per level in practice (the queue visits far fewer nodes than full sweeps); memory O(n + m).
    /// Parallel (<see cref="CommunityOptions.MaxDegreeOfParallelism"/>): the refinement (per block of communities, each
    /// with its own random stream derived from the seed, level and community) and building the aggregate graphs. Local
    /// moving is sequential, so the labels depend on the seed only, never on the number of threads.</para>
    /// <para>Reference: V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    /// communities", Scientific Reports 9:5233, 2019. <see href="https://doi.org/10.1038/s41598-019-41695-z"/></para>
    /// </remarks>
    /// <param name="graph">The graph (weights are used when present).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked once per level (and every 65 536 node visits while moving).</param>
    /// <returns>The partition, with its modularity on <paramref name="graph"/> at the chosen resolution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Partition Leiden(CsrGraph graph, CommunityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CommunityOptions();
        Validate(options);
        int n = graph.NodeCount;
        var level0 = LevelGraph.FromGraph(graph);
        int[] labels = Identity(n);
        int levels = 0;
        double quality = double.NegativeInfinity;
        var rng = SplitMix64.ForStream(options.Seed, -2, 0);
        for (int iteration = 0; iteration < options.MaxIterations && level0.TotalWeight > 0; iteration++)
        {
            int[] next = LeidenIteration(level0, labels, options, ref rng, ref levels, iteration, cancellationToken);
            ModularityOptimizer.Renumber(next);
            double q = Modularity(graph, next, options.Resolution);
            if (q < quality)
            {
                break; // keep the better partition (the randomised refinement may rarely lose a little)
            }

            labels = next;
            if (q - quality <= options.Tolerance)
            {
                break;
            }

            quality = q;
        }

        labels = SplitDisconnected(graph, labels);
        return Finish(graph, labels, levels, options);
    }

    private static int[] LeidenIteration(LevelGraph level0, int[] initial, CommunityOptions options, ref SplitMix64 rng, ref int levels, int iteration, CancellationToken ct)
    {
        int n = level0.NodeCount;
        int[] map = Identity(n);
        int[] partition = (int[])initial.Clone();
        LevelGraph g = level0;
        int depth = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            ModularityOptimizer.MoveByQueue(g, partition, options.Resolution, ref rng, ct);
            int count = ModularityOptimizer.Renumber(partition);
            if (count == g.NodeCount || depth >= options.MaxLevels)
            {
                break;
            }

            int[] refined = ModularityOptimizer.Refine(
                g, partition, count, options.Resolution, options.Randomness, options.Seed, (iteration * 1024) + depth, options.MaxDegreeOfParallelism, ct);
            int refinedCount = ModularityOptimizer.Renumber(refined);
            if (refinedCount == g.NodeCount)
            {
                refined = (int[])partition.Clone(); // nothing merged: aggregate the partition itself so that levels shrink
                refinedCount = count;
            }

            int[] aggregatePartition = new int[refinedCount];
            for (int v = 0; v < g.NodeCount; v++)
            {
                aggregatePartition[refined[v]] = partition[v];
            }

            for (int v = 0; v < n; v++)
            {
                map[v] = refined[map[v]];
            }

            g = ModularityOptimizer.Aggregate(g, refined, refinedCount, options.MaxDegreeOfParallelism, ct);
            partition = aggregatePartition;
            depth++;
            levels++;
            options.Progress?.Report(Math.Min(0.99, ((iteration + 1.0 - ((double)refinedCount / n)) / options.MaxIterations)));
        }

        int[] labels = new int[n];
        for (int v = 0; v < n; v++)
        {
            labels[v] = partition[map[v]];
        }

        return labels;
    }

    /// <summary>Splits every community into its connected components (weak, when directed); labels in first-node order.</summary>
    private static int[] SplitDisconnected(CsrGraph graph, int[] labels)
    {
        int n = graph.NodeCount;
        int[] result = new int[n];
        Array.Fill(result, -1);
        int[] stack = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++)
        {
            if (result[s] >= 0)
            {
                continue;
            }

            int label = labels[s], top = 0;
            result[s] = count;
            stack[top++] = s;
            while (top > 0)
            {
                int u = stack[--top];
                top = Visit(graph.OutOffsetArray, graph.OutTargetArray, u, label, count, labels, result, stack, top);
                if (graph.IsDirected)
                {
                    top = Visit(graph.InOffsetArray, graph.InTargetArray, u, label, count, labels, result, stack, top);
                }
            }

            count++;
        }

        return result;
    }

    private static int Visit(int[] offsets, int[] targets, int u, int label, int component, int[] labels, int[] result, int[] stack, int top)
    {
        for (int a = offsets[u]; a < offsets[u + 1]; a++)
        {
            int v = targets[a];
            if (result[v] < 0 && labels[v] == label)
            {
                result[v] = component;
                stack[top++] = v;
            }
        }

        return top;
    }
}
