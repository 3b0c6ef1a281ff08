using NetworkGraph.Graphs;
using NetworkGraph.Internal;

namespace NetworkGraph.Algorithms;

public static partial class Communities
{
    /// <summary>Finds communities by the Louvain method: greedy local moving of nodes, then aggregation, repeated.</summary>
    /// <remarks>
    /// <para>Each level visits the nodes in a random order drawn from <see cref="CommunityOptions.Seed"/> and moves each
    /// to the neighbouring community with the largest modularity gain (strictly positive over staying), sweeping until
    /// a sweep moves nothing or gains ≤ <see cref="CommunityOptions.Tolerance"/> (a sweep skips the nodes none of whose
    /// neighbours changed community since their last visit: the pruning of Ozaki, Tezuka &amp; Inaba 2016, which cuts the
    /// long tail of sweeps with almost no loss of modularity); the communities then become the nodes
    /// of a weighted aggregate graph (CSR, with self-weights). Levels repeat until one moves nothing, gains ≤ the
    /// tolerance (NetworkX's <c>threshold</c> rule: the last level is kept), or <see cref="CommunityOptions.MaxLevels"/>
    /// is reached. Same algorithm as NetworkX 2.8's <c>louvain_communities</c> and igraph's <c>community_multilevel</c>.</para>
    /// <para>Directed graphs: the directed modularity of Leicht &amp; Newman is optimised, as NetworkX does for a
    /// <c>DiGraph</c> (the gain uses both arc directions and the out/in strengths). Isolated nodes stay alone.</para>
    /// <para>Time: ~O(m) per sweep, with few sweeps per level and levels shrinking fast in practice (O(m log n)
    /// observed); memory O(n + m) for the first aggregate. Parallel (<see cref="CommunityOptions.MaxDegreeOfParallelism"/>):
    /// building the aggregate graphs (per block of communities). Local moving is sequential, so the labels depend on the
    /// seed only, never on the number of threads.</para>
    /// <para>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of communities in
    /// large networks", J. Stat. Mech. (2008) P10008. <see href="https://doi.org/10.1088/1742-5468/2008/10/P10008"/></para>
    /// </remarks>
    /// <param name="graph">The graph (weights are used when present).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked once per sweep and per level.</param>
    /// <returns>The partition, with its modularity on <paramref name="graph"/> at the chosen resolution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Partition Louvain(CsrGraph graph, CommunityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CommunityOptions();
        Validate(options);
        int n = graph.NodeCount;
        int[] map = Identity(n);
        var g = LevelGraph.FromGraph(graph);
        var rng = SplitMix64.ForStream(options.Seed, -1, 0);
        int levels = 0;
        double quality = g.SingletonModularity(options.Resolution);
        while (levels < options.MaxLevels && g.TotalWeight > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int[] comm = Identity(g.NodeCount);
            ModularityOptimizer.MoveBySweeps(g, comm, options.Resolution, ref rng, options.Tolerance, cancellationToken);
            int count = ModularityOptimizer.Renumber(comm);
            if (count == g.NodeCount)
            {
                break;
            }

            for (int v = 0; v < n; v++)
            {
                map[v] = comm[map[v]];
            }

            g = ModularityOptimizer.Aggregate(g, comm, count, options.MaxDegreeOfParallelism, cancellationToken);
            levels++;
            options.Progress?.Report(1.0 - ((double)count / n));
            double next = g.SingletonModularity(options.Resolution);
            if (next - quality <= options.Tolerance)
            {
                break;
            }

            quality = next;
        }

        return Finish(graph, map, levels, options);
    }

    private static Partition Finish(CsrGraph graph, int[] labels, int levels, CommunityOptions options)
    {
        int count = graph.NodeCount == 0 ? 0 : ModularityOptimizer.Renumber(labels);
        double modularity = Modularity(graph, labels, options.Resolution);
        options.Progress?.Report(1.0);
        return new Partition(labels, count, modularity, levels);
    }

    private static int[] Identity(int n)
    {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = i;
        }

        return ids;
    }

    private static void Validate(CommunityOptions options)
    {
        if (!double.IsFinite(options.Resolution) || options.Resolution < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Resolution, $"Resolution must be a finite number ≥ 0; was {options.Resolution}.");
        }

        if (options.MaxLevels < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxLevels, $"MaxLevels must be ≥ 1; was {options.MaxLevels}.");
        }

        if (options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxIterations, $"MaxIterations must be ≥ 1; was {options.MaxIterations}.");
        }

        if (!double.IsFinite(options.Tolerance) || options.Tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Tolerance, $"Tolerance must be a finite number ≥ 0; was {options.Tolerance}.");
        }

        if (!double.IsFinite(options.Randomness) || options.Randomness < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Randomness, $"Randomness must be a finite number ≥ 0; was {options.Randomness}.");
        }

        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, $"MaxDegreeOfParallelism must be -1 or ≥ 1; was {options.MaxDegreeOfParallelism}.");
        }
    }
}
