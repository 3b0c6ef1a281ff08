using NetworkGraph.Graphs;

namespace NetworkGraph.Algorithms;

public static partial class Centrality
{
    /// <summary>Estimates the normalised betweenness of every node by sampling shortest paths, with a uniform error guarantee.</summary>
    /// <remarks>
    /// <para><b>Guarantee.</b> Let <c>b(v)</c> be the exact value of <see cref="Betweenness"/> (hops, normalised as
    /// NetworkX: <c>Σ_{s≠v≠t} σ(s,t|v)/σ(s,t)</c> over ordered pairs, divided by <c>(n − 1)(n − 2)</c>). With probability
    /// at least <c>1 − δ</c> over the sampling, <c>|b̃(v) − b(v)| ≤ ε</c> holds for every node <c>v</c> simultaneously,
    /// where <c>ε</c> is <see cref="ApproximateBetweennessOptions.Epsilon"/> and <c>δ</c> is
    /// <see cref="ApproximateBetweennessOptions.Delta"/>. The bound is Riondato and Kornaropoulos' Theorem 1 applied
    /// with <c>ε' = ε·(n − 2)/n</c> (their estimate is normalised by <c>n(n − 1)</c>; ours is rescaled by
    /// <c>n/(n − 2)</c>), with the universal constant <c>c = 0.5</c> that the paper adopts from Löffler and Phillips.</para>
    /// <para><b>Algorithm.</b> Riondato–Kornaropoulos sampling: <c>r = ⌈(c/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉</c>
    /// ordered pairs <c>(s, t)</c>, <c>s ≠ t</c>, are drawn uniformly; for each, one shortest <c>s</c>–<c>t</c> path is drawn
    /// uniformly among all of them, and every inner node's estimate grows by <c>n / (r·(n − 2))</c> (unreachable pairs
    /// add nothing). <c>VD</c> is an upper bound on the vertex diameter computed in O(n + m) from the strongly
    /// connected components (<c>ecc⁺ + ecc⁻ + 1</c> nodes per component, summed along the heaviest path of the
    /// condensation; <c>2·ecc + 1</c> per component when undirected). Shortest paths come from a balanced
    /// bidirectional breadth-first search (expanding the side whose frontier has the smaller degree sum), as in
    /// KADABRA, which on complex networks touches far fewer than <c>m</c> arcs per sample. Time
    /// O(n + m + r·(arcs touched per sample)); worst case O(r·m); memory O(n) per thread.</para>
    /// <para><b>Determinism.</b> Sample <c>i</c> uses a generator seeded by (<see cref="ApproximateBetweennessOptions.Seed"/>,
    /// <c>i</c>) only and counts are integers, so for a given seed, graph, ε and δ the result is identical bit for bit
    /// whatever <see cref="ApproximateBetweennessOptions.MaxDegreeOfParallelism"/> or thread scheduling.</para>
    /// <para><b>Edge cases.</b> Directed graphs follow arcs; weights are ignored (hops); graphs with <c>n ≤ 2</c> or
    /// without any path of two arcs give all zeros.</para>
    /// <para>References: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
    /// sampling", Data Mining and Knowledge Discovery 30(2):438–475, 2016,
    /// <see href="https://doi.org/10.1007/s10618-015-0423-0"/>; M. Borassi, E. Natale, "KADABRA is an ADaptive
    /// Algorithm for Betweenness via Random Approximation", ACM Journal of Experimental Algorithmics 24, 2019,
    /// <see href="https://doi.org/10.1145/3284359"/>.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The accuracy, confidence, seed and threads.</param>
    /// <param name="ct">Cancels the computation (checked every 256 samples).</param>
    /// <returns>One estimate per node, on NetworkX's normalised scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Epsilon or Delta is not in (0, 1), MaxDegreeOfParallelism is
    /// less than 1, or the sample size would exceed <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static NodeScores ApproximateBetweenness(CsrGraph graph, ApproximateBetweennessOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Epsilon > 0 && options.Epsilon < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Epsilon, $"Epsilon must be in (0, 1); was {options.Epsilon}.");
        }

        if (!(options.Delta > 0 && options.Delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Delta, $"Delta must be in (0, 1); was {options.Delta}.");
        }

        ValidateThreads(options.MaxDegreeOfParallelism, nameof(options));
        int n = graph.NodeCount;
        double[] result = new double[n];
        if (n <= 2)
        {
            return new NodeScores(graph.Nodes, result);
        }

        int vd = VertexDiameterBound.Compute(graph);
        if (vd < 3)
        {
            return new NodeScores(graph.Nodes, result);
        }

        double epsilonPrime = options.Epsilon * (n - 2) / n;
        long samples = RiondatoKornaropoulosSampler.SampleSize(vd, epsilonPrime, options.Delta);
        if (samples > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Epsilon, $"Epsilon {options.Epsilon} needs {samples} samples; at most {int.MaxValue} are supported. Use a larger Epsilon.");
        }

        var sampler = new RiondatoKornaropoulosSampler(graph, samples, options.Seed);
        long[] counts = sampler.Run(options.MaxDegreeOfParallelism, options.Progress, ct);
        double scale = (double)n / ((double)samples * (n - 2));
        for (int v = 0; v < n; v++)
        {
            result[v] = counts[v] * scale;
        }

        return new NodeScores(graph.Nodes, result);
    }
}
