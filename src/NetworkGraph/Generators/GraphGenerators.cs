using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Graphs;

namespace NetworkGraph.Generators;

/// <summary>
/// Seeded random-graph generators for tests, benchmarks and comparisons with other libraries.
/// </summary>
/// <remarks>
/// <para>Every generator is deterministic: the same arguments (including the seed) give the same graph on every
/// platform and runtime, because the random numbers come from a fully specified generator (xoshiro256**
/// seeded by SplitMix64), not from <see cref="Random"/>. The sequences are not those of NetworkX or igraph:
/// the models are the same, the samples are not; write the graph out as an edge list to share it.</para>
/// <para>Graphs are built with <see cref="CsrGraphBuilder"/>. Node keys are <c>"0"</c> … <c>"n-1"</c>
/// (invariant culture), added in that order, so node index <c>i</c> has key <c>i</c>, isolated nodes included.
/// As the builder does, repeated edges are merged (unweighted generators: kept once; weighted: the largest
/// weight) and self-loops are dropped.</para>
/// <para>Thread safety: all methods are pure and may be called concurrently.</para>
/// </remarks>
public static class GraphGenerators
{
    /// <summary>Generates an undirected Barabási–Albert preferential-attachment graph.</summary>
    /// <param name="n">Number of nodes (more than <paramref name="m"/>).</param>
    /// <param name="m">Edges from each new node to existing nodes (at least 1).</param>
    /// <param name="seed">Random seed.</param>
    /// <returns>An undirected, unweighted graph with n nodes and exactly m·(n − m) edges.</returns>
    /// <remarks>
    /// <para>The model of NetworkX's <c>barabasi_albert_graph(n, m)</c>: start from a star on nodes 0..m
    /// (centre 0); then each new node v = m+1, …, n−1 draws m distinct targets uniformly from the list of
    /// existing nodes in which each node appears once per incident edge (so with probability proportional to
    /// degree), and joins them. Nodes added after the star therefore have degree ≥ m; the star's leaves start at
    /// degree 1. Time O(n·m) expected; memory O(n·m) for the repeated-nodes list.</para>
    /// <para>Reference: A.-L. Barabási and R. Albert, "Emergence of scaling in random networks", Science
    /// 286(5439):509–512, 1999. <see href="https://doi.org/10.1126/science.286.5439.509"/></para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="m"/> is less than 1 or not less than <paramref name="n"/>.</exception>
    public static CsrGraph BarabasiAlbert(int n, int m, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(m, n);
        long edges = (long)m * (n - m);
        if (2 * edges > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"The graph would hold {edges} edges; at most {Array.MaxLength / 2} are supported.");
        }

        CsrGraphBuilder builder = NewBuilder(n, directed: false);
        var random = new Xoshiro256StarStar(seed);
        int[] repeated = new int[2 * edges];
        int count = 0;
        for (int leaf = 1; leaf <= m; leaf++)
        {
            builder.AddUnchecked(0, leaf, 1.0);
            repeated[count++] = 0;
            repeated[count++] = leaf;
        }

        int[] targets = new int[m];
        for (int source = m + 1; source < n; source++)
        {
            int chosen = 0;
            while (chosen < m)
            {
                int candidate = repeated[random.NextInt(count)];
                if (Array.IndexOf(targets, candidate, 0, chosen) < 0)
                {
                    targets[chosen++] = candidate;
                }
            }

            for (int i = 0; i < m; i++)
            {
                builder.AddUnchecked(source, targets[i], 1.0);
                repeated[count++] = targets[i];
                repeated[count++] = source;
            }
        }

        Debug.Assert(count == repeated.Length);
        return builder.Build();
    }

    /// <summary>Generates an Erdős–Rényi (Gilbert) G(n, p) random graph.</summary>
    /// <param name="n">Number of nodes.</param>
    /// <param name="p">Probability of each possible edge, in [0, 1].</param>
    /// <param name="directed">Whether to generate a directed graph (each ordered pair u ≠ v independently).</param>
    /// <param name="seed">Random seed.</param>
    /// <returns>An unweighted graph without self-loops; expected edges p·n(n−1)/2 (undirected) or p·n(n−1) (directed).</returns>
    /// <remarks>
    /// <para>Each of the n(n−1)/2 unordered (or n(n−1) ordered) pairs is an edge independently with probability p.
    /// Sampled with the skipping method: the gaps between chosen pairs are drawn from the geometric distribution,
    /// so the time is O(n + m) rather than O(n²) (NetworkX's <c>fast_gnp_random_graph</c>).</para>
    /// <para>References: E. N. Gilbert, "Random graphs", Annals of Mathematical Statistics 30(4):1141–1144, 1959,
    /// <see href="https://doi.org/10.1214/aoms/1177706098"/>; V. Batagelj and U. Brandes, "Efficient generation of
    /// large random networks", Physical Review E 71:036113, 2005. <see href="https://doi.org/10.1103/PhysRevE.71.036113"/></para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, or <paramref name="p"/> is not in [0, 1].</exception>
    public static CsrGraph ErdosRenyi(int n, double p, bool directed, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"Edge probability must be in [0, 1]; was {p}.");
        }

        CsrGraphBuilder builder = NewBuilder(n, directed);
        var random = new Xoshiro256StarStar(seed);
        AddRandomBlock(builder, ref random, 0, n, 0, n, sameBlock: true, directed, p, 1);
        return builder.Build();
    }

    /// <summary>Generates a stochastic block model graph (planted groups with given densities).</summary>
    /// <param name="blockSizes">Size of each block; block b holds the next <c>blockSizes[b]</c> node indices.</param>
    /// <param name="probabilities">k×k matrix: <c>probabilities[a, b]</c> is the probability of an edge from a node of
    /// block a to a node of block b; symmetric when undirected.</param>
    /// <param name="directed">Whether to generate a directed graph.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="maxWeight">When greater than 1, each edge gets an integer weight drawn uniformly from 1..maxWeight.</param>
    /// <returns>A graph with Σ blockSizes nodes, no self-loops.</returns>
    /// <remarks>
    /// <para>Each pair of distinct nodes u (block a), v (block b) is an edge independently with probability
    /// <c>probabilities[a, b]</c>: unordered pairs when undirected (as NetworkX's <c>stochastic_block_model</c>),
    /// ordered pairs when directed. Each block pair is sampled with the geometric skipping method of Batagelj and
    /// Brandes (2005), O(n + k² + m) time.</para>
    /// <para>Reference: P. W. Holland, K. B. Laskey and S. Leinhardt, "Stochastic blockmodels: first steps", Social
    /// Networks 5(2):109–137, 1983. <see href="https://doi.org/10.1016/0378-8733(83)90021-7"/></para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="blockSizes"/> or <paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is not k×k, holds a value outside [0, 1], is not symmetric for an undirected graph, or a block size is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeight"/> is less than 1.</exception>
    public static CsrGraph StochasticBlockModel(int[] blockSizes, double[,] probabilities, bool directed, int seed, int maxWeight = 1)
    {
        ArgumentNullException.ThrowIfNull(blockSizes);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeight, 1);
        int k = blockSizes.Length;
        if (probabilities.GetLength(0) != k || probabilities.GetLength(1) != k)
        {
            throw new ArgumentException($"The probability matrix must be {k}×{k} (one row and column per block); was {probabilities.GetLength(0)}×{probabilities.GetLength(1)}.", nameof(probabilities));
        }

        long total = 0;
        for (int a = 0; a < k; a++)
        {
            if (blockSizes[a] < 0)
            {
                throw new ArgumentException($"Block sizes must be non-negative; block {a} has {blockSizes[a]}.", nameof(blockSizes));
            }

            total += blockSizes[a];
            for (int b = 0; b < k; b++)
            {
                double p = probabilities[a, b];
                if (!(p is >= 0 and <= 1))
                {
                    throw new ArgumentException($"Probabilities must be in [0, 1]; entry [{a}, {b}] is {p}.", nameof(probabilities));
                }

                if (!directed && p != probabilities[b, a])
                {
                    throw new ArgumentException($"An undirected block model needs a symmetric matrix; entries [{a}, {b}] and [{b}, {a}] differ.", nameof(probabilities));
                }
            }
        }

        if (total > Array.MaxLength)
        {
            throw new ArgumentException($"The blocks hold {total} nodes; at most {Array.MaxLength} are supported.", nameof(blockSizes));
        }

        CsrGraphBuilder builder = NewBuilder((int)total, directed);
        var random = new Xoshiro256StarStar(seed);
        int startA = 0;
        for (int a = 0; a < k; a++)
        {
            int startB = directed ? 0 : startA;
            for (int b = directed ? 0 : a; b < k; b++)
            {
                AddRandomBlock(builder, ref random, startA, blockSizes[a], startB, blockSizes[b], a == b, directed, probabilities[a, b], maxWeight);
                startB += blockSizes[b];
            }

            startA += blockSizes[a];
        }

        return builder.Build();
    }

    /// <summary>Generates a recursive-matrix (R-MAT) graph with a skewed, community-like degree distribution.</summary>
    /// <param name="scale">log₂ of the number of nodes (0 to 30).</param>
    /// <param name="edgeFactor">Edges drawn per node: edgeFactor · 2^scale draws in all.</param>
    /// <param name="a">Probability of the top-left quadrant (Graph500: 0.57).</param>
    /// <param name="b">Probability of the top-right quadrant (Graph500: 0.19).</param>
    /// <param name="c">Probability of the bottom-left quadrant (Graph500: 0.19); d = 1 − a − b − c.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="directed">Whether to generate a directed graph (default true).</param>
    /// <returns>An unweighted graph with 2^scale nodes (isolated ones included) and at most edgeFactor·2^scale edges.</returns>
    /// <remarks>
    /// <para>Each edge is drawn by descending <paramref name="scale"/> levels of the adjacency matrix, choosing a
    /// quadrant with probabilities a, b, c, d at each level (bit i of the source is set for quadrants c and d, bit i
    /// of the target for b and d). No noise and no vertex permutation are applied (unlike the Graph500 kernel), so
    /// low indices are the hubs. Draws that repeat an edge are merged and self-loops dropped, as
    /// <see cref="CsrGraphBuilder"/> does, so the graph holds fewer than edgeFactor·2^scale edges (at scale 20 with
    /// the Graph500 parameters and edge factor 16, about 4% of the draws are duplicates or loops: 16 085 812 edges remain of 16 777 216 with seed 42).
    /// Time O(edgeFactor·2^scale·scale) draws plus the build; memory that of the builder.</para>
    /// <para>Reference: D. Chakrabarti, Y. Zhan and C. Faloutsos, "R-MAT: A recursive model for graph mining",
    /// Proceedings of the 2004 SIAM International Conference on Data Mining, 442–446.
    /// <see href="https://doi.org/10.1137/1.9781611972740.43"/></para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is outside 0..30, <paramref name="edgeFactor"/> is less than 1 or too large, or a probability is outside [0, 1] or a + b + c exceeds 1.</exception>
    public static CsrGraph Rmat(int scale, int edgeFactor, double a, double b, double c, int seed, bool directed = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeFactor, 1);
        long draws = (long)edgeFactor << scale;
        if ((directed ? draws : 2 * draws) > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(edgeFactor), edgeFactor, $"edgeFactor·2^scale = {draws} edges is too many for one graph.");
        }

        ThrowIfNotProbability(a, nameof(a));
        ThrowIfNotProbability(b, nameof(b));
        ThrowIfNotProbability(c, nameof(c));
        if (a + b + c > 1 + 1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, $"a + b + c must be at most 1; was {a + b + c}.");
        }

        int n = 1 << scale;
        CsrGraphBuilder builder = NewBuilder(n, directed);
        var random = new Xoshiro256StarStar(seed);
        double ab = a + b, abc = a + b + c;
        for (long e = 0; e < draws; e++)
        {
            int source = 0, target = 0;
            for (int bit = scale - 1; bit >= 0; bit--)
            {
                double r = random.NextDouble();
                if (r >= ab)
                {
                    source |= 1 << bit; // quadrant c or d
                    if (r >= abc)
                    {
                        target |= 1 << bit; // quadrant d
                    }
                }
                else if (r >= a)
                {
                    target |= 1 << bit; // quadrant b
                }
            }

            builder.AddUnchecked(source, target, 1.0);
        }

        return builder.Build();
    }

    private static CsrGraphBuilder NewBuilder(int n, bool directed)
    {
        var builder = new CsrGraphBuilder(directed, EdgeMerge.Max);
        for (int i = 0; i < n; i++)
        {
            builder.AddNode(i.ToString(CultureInfo.InvariantCulture));
        }

        return builder;
    }

    private static void ThrowIfNotProbability(double value, string name)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a probability in [0, 1]; was {value}.");
        }
    }

    /// <summary>
    /// Adds Bernoulli(p) edges between the node ranges [startA, startA + sizeA) and [startB, startB + sizeB).
    /// Same block: unordered pairs u &gt; v when undirected, ordered pairs u ≠ v when directed.
    /// </summary>
    private static void AddRandomBlock(CsrGraphBuilder builder, ref Xoshiro256StarStar random, int startA, int sizeA, int startB, int sizeB, bool sameBlock, bool directed, double p, int maxWeight)
    {
        long count = !sameBlock ? (long)sizeA * sizeB
            : directed ? (long)sizeA * (sizeA - 1)
            : (long)sizeA * (sizeA - 1) / 2;
        if (count <= 0 || p <= 0)
        {
            return;
        }

        var skipper = new GeometricSkipper(count, p);
        while (skipper.TryNext(ref random, out long k))
        {
            int u, v;
            if (!sameBlock)
            {
                u = (int)(k / sizeB);
                v = (int)(k % sizeB);
            }
            else if (directed)
            {
                // Row u holds the sizeA − 1 targets other than u.
                u = (int)(k / (sizeA - 1));
                v = (int)(k % (sizeA - 1));
                if (v >= u)
                {
                    v++;
                }
            }
            else
            {
                // Lower triangle: k = u(u − 1)/2 + v with v < u.
                u = (int)((1 + Math.Sqrt(1 + (8.0 * k))) / 2);
                while ((long)u * (u - 1) / 2 > k)
                {
                    u--;
                }

                while ((long)(u + 1) * u / 2 <= k)
                {
                    u++;
                }

                v = (int)(k - ((long)u * (u - 1) / 2));
            }

            Debug.Assert(u != v || !sameBlock);
            double weight = maxWeight > 1 ? 1 + random.NextInt(maxWeight) : 1.0;
            builder.AddUnchecked(startA + u, startB + v, weight);
        }
    }
}
