using System.Collections.Immutable;
using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

/// <summary>
/// Neighbourhood-based link prediction: scores for a pair of nodes that rise with the overlap of their
/// neighbourhoods, used to suggest missing ties.
/// </summary>
/// <remarks>
/// <para>Neighbourhoods are those of the undirected view (a directed graph's arcs count either way), as
/// NetworkX's <c>common_neighbors</c>, <c>jaccard_coefficient</c>, <c>adamic_adar_index</c> and
/// <c>resource_allocation_index</c> on <c>G.to_undirected()</c>. Weights are ignored.</para>
/// <para>Reference: D. Liben-Nowell, J. Kleinberg, "The link-prediction problem for social networks",
/// Journal of the American Society for Information Science and Technology 58(7):1019–1031, 2007,
/// <see href="https://doi.org/10.1002/asi.20591"/>.</para>
/// </remarks>
public static partial class LinkPrediction
{
    /// <summary>Counts the common neighbours of two nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="u">The first node.</param>
    /// <param name="v">The second node.</param>
    /// <returns>|N(u) ∩ N(v)|, neither u nor v counted.</returns>
    /// <remarks>O(d(u) + d(v)) time on an undirected graph (sorted-row merge); a directed graph's two rows are
    /// merged first, in the same order of time.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="u"/> or <paramref name="v"/> is not a node.</exception>
    public static int CommonNeighbors(CsrGraph graph, int u, int v) =>
        (int)Compute(graph, u, v, LinkPredictionScore.CommonNeighbors);

    /// <summary>Computes the Jaccard coefficient of two nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="u">The first node.</param>
    /// <param name="v">The second node.</param>
    /// <returns>|N(u) ∩ N(v)| / |N(u) ∪ N(v)|; 0 when both have no neighbour.</returns>
    /// <remarks>Equals NetworkX <c>jaccard_coefficient</c>. O(d(u) + d(v)) time.
    /// Reference: P. Jaccard, "Étude comparative de la distribution florale dans une portion des Alpes et du Jura",
    /// Bulletin de la Société Vaudoise des Sciences Naturelles 37:547–579, 1901.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="u"/> or <paramref name="v"/> is not a node.</exception>
    public static double Jaccard(CsrGraph graph, int u, int v) => Compute(graph, u, v, LinkPredictionScore.Jaccard);

    /// <summary>Computes the Adamic–Adar index of two nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="u">The first node.</param>
    /// <param name="v">The second node.</param>
    /// <returns>Σ over common neighbours w of 1 / ln d(w) (d in the undirected view); 0 with no common neighbour.</returns>
    /// <remarks>Equals NetworkX <c>adamic_adar_index</c>. A common neighbour of two distinct nodes has degree ≥ 2,
    /// so the terms are finite; for <paramref name="u"/> = <paramref name="v"/> a neighbour of degree 1 gives +∞
    /// (NetworkX divides by zero). O(d(u) + d(v)) time.
    /// Reference: L. A. Adamic, E. Adar, "Friends and neighbors on the Web", Social Networks 25(3):211–230, 2003,
    /// <see href="https://doi.org/10.1016/S0378-8733(03)00009-1"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="u"/> or <paramref name="v"/> is not a node.</exception>
    public static double AdamicAdar(CsrGraph graph, int u, int v) => Compute(graph, u, v, LinkPredictionScore.AdamicAdar);

    /// <summary>Computes the resource-allocation index of two nodes.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="u">The first node.</param>
    /// <param name="v">The second node.</param>
    /// <returns>Σ over common neighbours w of 1 / d(w) (d in the undirected view); 0 with no common neighbour.</returns>
    /// <remarks>Equals NetworkX <c>resource_allocation_index</c>. O(d(u) + d(v)) time.
    /// Reference: T. Zhou, L. Lü, Y.-C. Zhang, "Predicting missing links via local information", European
    /// Physical Journal B 71(4):623–630, 2009, <see href="https://doi.org/10.1140/epjb/e2009-00335-8"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="u"/> or <paramref name="v"/> is not a node.</exception>
    public static double ResourceAllocation(CsrGraph graph, int u, int v) =>
        Compute(graph, u, v, LinkPredictionScore.ResourceAllocation);

    /// <summary>Scores many pairs at once.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pairs">The node pairs to score.</param>
    /// <param name="score">The score to compute.</param>
    /// <param name="options">The thread count; null for every core.</param>
    /// <param name="cancellationToken">Stops the scoring.</param>
    /// <returns>One score per pair, in the order given (common-neighbour counts as whole numbers).</returns>
    /// <remarks>The undirected view of a directed graph is built once (O(n + m)); each pair then costs
    /// O(d(u) + d(v)). Pairs are scored in parallel.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A pair holds a node that is not in the graph, <paramref name="score"/> is not defined, or
    /// <see cref="AlgorithmOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ImmutableArray<double> Score(CsrGraph graph, IEnumerable<(int U, int V)> pairs, LinkPredictionScore score, AlgorithmOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pairs);
        CheckScore(score);
        ParallelOptions parallel = AlgorithmOptions.Parallel(options, cancellationToken);
        (int U, int V)[] list = [.. pairs];
        foreach ((int u, int v) in list)
        {
            CheckNode(graph, u, "pairs");
            CheckNode(graph, v, "pairs");
        }

        var view = UndirectedAdjacency.Of(graph, parallel);
        double[] result = new double[list.Length];
        Chunked.For(list.Length, 1024, parallel, (from, to) =>
        {
            for (int i = from; i < to; i++)
            {
                result[i] = Evaluate(view.Row(list[i].U), view.Row(list[i].V), view.Offsets, score);
            }
        });
        return ImmutableArray.Create(result);
    }

    private static double Compute(CsrGraph graph, int u, int v, LinkPredictionScore score)
    {
        ArgumentNullException.ThrowIfNull(graph);
        CheckNode(graph, u, nameof(u));
        CheckNode(graph, v, nameof(v));
        if (!graph.IsDirected)
        {
            return Evaluate(graph.OutNeighbors(u), graph.OutNeighbors(v), graph.OutOffsetArray, score);
        }

        int[] rowU = UnionRow(graph, u), rowV = UnionRow(graph, v);
        var common = new List<int>();
        var collector = new CommonCollector { Row = rowU, Found = common };
        SortedIntersection.ForEach<CommonCollector>(rowU, rowV, ref collector);
        double sum = 0;
        switch (score)
        {
            case LinkPredictionScore.CommonNeighbors:
                return common.Count;
            case LinkPredictionScore.Jaccard:
                int union = rowU.Length + rowV.Length - common.Count;
                return union == 0 ? 0 : common.Count / (double)union;
            case LinkPredictionScore.AdamicAdar:
                foreach (int w in common)
                {
                    sum += 1 / Math.Log(UnionRow(graph, w).Length);
                }

                return sum;
            default:
                foreach (int w in common)
                {
                    sum += 1.0 / UnionRow(graph, w).Length;
                }

                return sum;
        }
    }

    /// <summary>Scores one pair from its two sorted rows; <paramref name="offsets"/> gives neighbours' degrees.</summary>
    private static double Evaluate(ReadOnlySpan<int> rowU, ReadOnlySpan<int> rowV, int[] offsets, LinkPredictionScore score)
    {
        var visitor = new ScoreVisitor { Row = rowU, Offsets = offsets, Score = score };
        SortedIntersection.ForEach(rowU, rowV, ref visitor);
        if (score == LinkPredictionScore.Jaccard)
        {
            int union = rowU.Length + rowV.Length - visitor.Count;
            return union == 0 ? 0 : visitor.Count / (double)union;
        }

        return score == LinkPredictionScore.CommonNeighbors ? visitor.Count : visitor.Sum;
    }

    private static int[] UnionRow(CsrGraph graph, int v)
    {
        ReadOnlySpan<int> a = graph.OutNeighbors(v), b = graph.InNeighbors(v);
        int[] row = new int[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length || j < b.Length)
        {
            int x = i < a.Length ? a[i] : int.MaxValue, y = j < b.Length ? b[j] : int.MaxValue;
            row[k++] = Math.Min(x, y);
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return row.AsSpan(0, k).ToArray();
    }

    private static void CheckNode(CsrGraph graph, int node, string name)
    {
        if (unchecked((uint)node >= (uint)graph.NodeCount))
        {
            throw new ArgumentOutOfRangeException(name, node, $"Node {node} is not in the graph ({graph.NodeCount} nodes).");
        }
    }

    private static void CheckScore(LinkPredictionScore score)
    {
        if (score is < LinkPredictionScore.CommonNeighbors or > LinkPredictionScore.ResourceAllocation)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"Unknown link-prediction score {(int)score}.");
        }
    }

    private ref struct ScoreVisitor : SortedIntersection.IVisitor
    {
        public ReadOnlySpan<int> Row;
        public int[] Offsets;
        public LinkPredictionScore Score;
        public int Count;
        public double Sum;

        public void Common(int indexInA, int indexInB)
        {
            Count++;
            int w = Row[indexInA];
            int d = Offsets[w + 1] - Offsets[w];
            if (Score == LinkPredictionScore.AdamicAdar)
            {
                Sum += 1 / Math.Log(d);
            }
            else if (Score == LinkPredictionScore.ResourceAllocation)
            {
                Sum += 1.0 / d;
            }
        }
    }

    private struct CommonCollector : SortedIntersection.IVisitor
    {
        public int[] Row;
        public List<int> Found;

        public readonly void Common(int indexInA, int indexInB) => Found.Add(Row[indexInA]);
    }
}
