using System.Collections.Immutable;
using System.Globalization;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Analysis;

/// <summary>Computes the node metric columns of docs/en/metrics.md for one graph, timing each stage.</summary>
public static class NodeMetrics
{
    /// <summary>Computes the selected columns, plus weak and strong components.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Columns, approximation, seed, threads and progress; null for all defaults.</param>
    /// <param name="cancellationToken">Stops the computation between and inside stages.</param>
    /// <returns>The table, with timings per stage in seconds.</returns>
    /// <remarks>
    /// <para>Each column equals NetworkX's function named in docs/en/metrics.md (1e-9 relative; 1e-6 for eigenvector and
    /// PageRank). Costs: degree family O(n + m); betweenness, closeness and harmonic O(n·m) (Dijkstra for
    /// weighted betweenness: O(n·m + n²·log n)); PageRank and eigenvector O(m) per iteration; core O(m);
    /// clustering, constraint and effective size O(Σ deg²); community (Leiden) about O(m) per pass.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">A column name is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NodeMetricsOptions.MaxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodeMetricsTable Compute(CsrGraph graph, NodeMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new NodeMetricsOptions();

        var values = ImmutableDictionary.CreateBuilder<string, double[]>(StringComparer.Ordinal);
        var timings = ImmutableArray.CreateBuilder<KeyValuePair<string, double>>();
        TimeProvider clock = options.TimeProvider;
        Partition? partition = null;
        BetweennessMethod betweennessMethod = BetweennessMethod.None;
        ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));
        int threads = ParallelRanges.Threads(options.MaxDegreeOfParallelism);
        MetricsPlan plan = Plan(graph, options);
        ImmutableArray<string> columns = [.. MetricColumns.All.Where(options.Columns.Contains)];
        var warnings = ImmutableArray.CreateBuilder<string>();
        (double[] Closeness, double[] Harmonic)? sampledDistances = null;
        (double[] Closeness, double[] Harmonic) SampledDistanceColumns(IProgress<double>? progress)
        {
            ColumnPlan p = plan[MetricColumns.Closeness] is { Method: MetricMethod.SampledSources } c ? c : plan[MetricColumns.Harmonic]!;
            int[] sources = SampledDistances.SampleSources(graph.NodeCount, (int)p.Samples!.Value, options.Seed);
            return sampledDistances ??= SampledDistances.Estimate(graph, sources, threads, progress, cancellationToken);
        }

        var algorithmOptions = new AlgorithmOptions { MaxDegreeOfParallelism = threads };

        T Timed<T>(string stage, Func<IProgress<double>?, T> work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IProgress<double>? progress = options.Progress is null ? null : new StageProgress(options.Progress, stage);
            progress?.Report(0);
            long start = clock.GetTimestamp();
            T result = work(progress);
            timings.Add(new(stage, clock.GetElapsedTime(start).TotalSeconds));
            progress?.Report(1);
            return result;
        }

        foreach (string column in columns)
        {
            double[] column_values = Timed(column, progress => column switch
            {
                MetricColumns.Degree => Centrality.Degree(graph).ToArray(),
                MetricColumns.InDegree => Centrality.InDegree(graph).ToArray(),
                MetricColumns.OutDegree => Centrality.OutDegree(graph).ToArray(),
                MetricColumns.Strength => Centrality.Strength(graph).ToArray(),
                MetricColumns.Betweenness when plan[column]!.Method == MetricMethod.SampledPaths =>
                    Centrality.ApproximateBetweenness(graph, new ApproximateBetweennessOptions
                    {
                        Epsilon = PlannedEpsilon(options, plan),
                        Delta = options.ApproximateBetweennessDelta,
                        Seed = options.Seed,
                        MaxDegreeOfParallelism = threads,
                        Progress = progress,
                    }, cancellationToken).ToArray(),
                MetricColumns.Betweenness => Centrality.Betweenness(graph, new BetweennessOptions
                {
                    MaxDegreeOfParallelism = threads,
                    Progress = progress,
                }, cancellationToken).ToArray(),
                MetricColumns.BetweennessWeighted when plan[column]!.Method == MetricMethod.SampledSources =>
                    Centrality.SampledWeightedBetweenness(graph, (int)plan[column]!.Samples!.Value, options.Seed, threads, progress, cancellationToken),
                MetricColumns.Closeness when plan[column]!.Method == MetricMethod.SampledSources => SampledDistanceColumns(progress).Closeness,
                MetricColumns.Harmonic when plan[column]!.Method == MetricMethod.SampledSources => SampledDistanceColumns(progress).Harmonic,
                MetricColumns.BetweennessWeighted => Centrality.Betweenness(graph, new BetweennessOptions
                {
                    Weighted = true,
                    MaxDegreeOfParallelism = threads,
                    Progress = progress,
                }, cancellationToken).ToArray(),
                MetricColumns.Closeness => Centrality.Closeness(graph, new CentralityOptions { MaxDegreeOfParallelism = threads, Progress = progress }, cancellationToken).ToArray(),
                MetricColumns.Harmonic => Centrality.Harmonic(graph, new CentralityOptions { MaxDegreeOfParallelism = threads, Progress = progress }, cancellationToken).ToArray(),
                MetricColumns.Eigenvector => EigenvectorColumn(graph, threads, warnings, cancellationToken),
                MetricColumns.PageRank => Centrality.PageRank(graph, new PageRankOptions
                {
                    MaxDegreeOfParallelism = threads,
                    Tolerance = options.PageRankTolerance,
                    MaxIterations = options.PageRankTolerance >= 1e-6 ? 100 : 1000,
                }, cancellationToken).ToArray(),
                MetricColumns.Core => Cohesion.CoreNumber(graph).ToArray(),
                MetricColumns.Clustering => Cohesion.Clustering(graph, algorithmOptions, cancellationToken).ToArray(),
                MetricColumns.Constraint => StructuralHoles.Constraint(graph, algorithmOptions, cancellationToken).ToArray(),
                MetricColumns.EffectiveSize => StructuralHoles.EffectiveSize(graph, algorithmOptions, cancellationToken).ToArray(),
                MetricColumns.Community => Labels(partition = Communities.Leiden(graph, new CommunityOptions
                {
                    Seed = options.Seed,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken)),
                _ => throw new InvalidOperationException($"Column '{column}' has no computation."),
            });
            if (column == MetricColumns.Betweenness)
            {
                betweennessMethod = plan[column]!.Method == MetricMethod.Exact ? BetweennessMethod.Exact : BetweennessMethod.Approximate;
            }

            int nonFinite = column_values.Count(v => double.IsInfinity(v));
            if (nonFinite > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{column}: {nonFinite} node(s) have a value beyond the largest finite number (written as an empty cell); rescale the weights."));
            }

            if (column == MetricColumns.Eigenvector && graph.NodeCount > 0 && double.IsNaN(column_values[0]))
            {
                warnings.Add(graph.IsDirected
                    ? "eigenvector: the graph is not strongly connected, so eigenvector centrality is undefined; the column is empty."
                    : "eigenvector: the graph is not connected, so eigenvector centrality is undefined; the column is empty.");
            }

            values.Add(column, column_values);
        }

        (ComponentLabels weak, ComponentLabels strong) = Timed("components", _ => (Components.Weak(graph), Components.Strong(graph)));
        return new NodeMetricsTable(graph, columns, values.ToImmutable(), timings.ToImmutable(), partition, weak, strong, betweennessMethod, plan, warnings.ToImmutable());
    }

    /// <summary>Plans <see cref="Compute"/>: for each selected column, the method (exact, or estimated above
    /// <see cref="NodeMetricsOptions.ApproximationThreshold"/> arcs unless <see cref="NodeMetricsOptions.Exact"/>), the
    /// sample size, the error bound and a time estimate.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">The options <see cref="Compute"/> would get; null for all defaults.</param>
    /// <returns>The plan (see the remarks for its cost).</returns>
    /// <remarks>
    /// <para>Above the threshold: <c>betweenness</c> by Riondato–Kornaropoulos path sampling with ε = 0.01 (or
    /// <see cref="NodeMetricsOptions.ApproximateBetweennessEpsilon"/>); <c>betweenness_weighted</c> by Brandes' weighted
    /// dependencies from 𝑘 uniform sources scaled by n/𝑘, with η = 0.25 on NetworkX's normalised scale;
    /// <c>closeness</c> and <c>harmonic</c> from the same 𝑘 uniform breadth-first searches, with η = 0.1 on the reach share
    /// and on harmonic/(n − 1). Every bound holds for all nodes at once with probability 1 − δ
    /// (<see cref="NodeMetricsOptions.ApproximateBetweennessDelta"/>). Other columns are linear or near-linear and stay exact.</para>
    /// <para>The time estimates count the operations each column's implementation performs on this graph (the oriented
    /// wedges of the triangle search, one search per node over its component, a few batches of the bit-parallel
    /// closeness search run for real, the first sampled pairs, a short power-iteration probe) times a per-core cost
    /// calibrated on the Release build; how they were measured and how far they are from measured runs is in
    /// benchmarks/results/estimates.md. Planning costs O(n + m) plus, for the columns selected, four closeness batches
    /// (O((n + m)·L) for L levels), 256 sampled pairs and 12 PageRank or 40 eigenvector iterations.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">A column name is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or ε is so small that the sample size exceeds 2³¹ − 1.</exception>
    public static MetricsPlan Plan(CsrGraph graph, NodeMetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new NodeMetricsOptions();
        ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));
        if (options.ApproximateBetweennessEpsilon is double e && !(e >= MinimumEpsilon && e < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), e, string.Create(CultureInfo.InvariantCulture, $"The approximate betweenness ε must be in [{MinimumEpsilon}, 1); was {e}."));
        }

        if (!(options.ApproximateBetweennessDelta > 0 && options.ApproximateBetweennessDelta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ApproximateBetweennessDelta, $"The approximate betweenness δ must be in (0, 1); was {options.ApproximateBetweennessDelta}.");
        }

        if (options.ApproximationThreshold < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ApproximationThreshold, $"ApproximationThreshold must be 0 or more; was {options.ApproximationThreshold}.");
        }

        int n = graph.NodeCount;
        double arcs = graph.ArcCount;
        double cores = Math.Max(1, Math.Min(ParallelRanges.Threads(options.MaxDegreeOfParallelism), Environment.ProcessorCount));
        double delta = options.ApproximateBetweennessDelta;
        bool large = !options.Exact && arcs > options.ApproximationThreshold;
        var plans = ImmutableArray.CreateBuilder<ColumnPlan>();
        var model = new RunTimeModel(graph, cores);
        bool distancesPlanned = false;
        foreach (string column in MetricColumns.All.Where(options.Columns.Contains))
        {
            ColumnPlan Exact(double seconds) => new(column, MetricMethod.Exact, TimeSpan.FromSeconds(seconds), null, null, null, string.Empty);
            switch (column)
            {
                case MetricColumns.Betweenness:
                    double? epsilon = options.Exact ? null : options.ApproximateBetweennessEpsilon ?? (large ? DefaultBetweennessEpsilon : null);
                    if (epsilon is double eps)
                    {
                        int vd = n > 2 ? VertexDiameterBound.Compute(graph) : 0;
                        long samples = vd >= 3 ? RiondatoKornaropoulosSampler.SampleSize(vd, eps * (n - 2) / n, delta) : 0;
                        if (samples > int.MaxValue)
                        {
                            throw new ArgumentOutOfRangeException(nameof(options), eps, string.Create(CultureInfo.InvariantCulture, $"An approximate betweenness ε of {eps} needs {samples} samples; at most {int.MaxValue} are supported: use a larger ε."));
                        }

                        plans.Add(new(column, MetricMethod.SampledPaths, TimeSpan.FromSeconds(model.SampledBetweenness(samples, options.Seed)), samples, eps, delta,
                            "every node's normalised betweenness is within the error bound of the exact value"));
                    }
                    else
                    {
                        plans.Add(Exact(model.ExactBetweenness(weighted: false)));
                    }

                    break;
                case MetricColumns.BetweennessWeighted when large:
                    {
                        int k = Math.Max(1, SampledDistances.SourceCount(n, WeightedBetweennessEta * Math.Max(1, n - 1) / Math.Max(1, n), delta));
                        plans.Add(new(column, MetricMethod.SampledSources, TimeSpan.FromSeconds(model.SampledWeightedBetweenness(k)), k, SampledDistances.ErrorBound(n, k, delta) * n / Math.Max(1, n - 1), delta,
                            "every node's normalised weighted betweenness is within the error bound of the exact value"));
                        break;
                    }

                case MetricColumns.BetweennessWeighted:
                    plans.Add(Exact(model.ExactBetweenness(weighted: true)));
                    break;
                case MetricColumns.Closeness or MetricColumns.Harmonic when large:
                    {
                        int k = Math.Max(1, SampledDistances.SourceCount(n, DistanceEta, delta));
                        double seconds = distancesPlanned ? 0 : model.SampledSearches(k);
                        distancesPlanned = true;
                        plans.Add(new(column, MetricMethod.SampledSources, TimeSpan.FromSeconds(seconds), k, SampledDistances.ErrorBound(n, k, delta), delta,
                            column == MetricColumns.Harmonic
                                ? "every node's harmonic / (n - 1) is within the error bound of the exact value"
                                : "every node's reach share (r - 1)/(n - 1) is within the error bound of the exact value, and closeness is estimated as share squared over the sampled mean distance"));
                        break;
                    }

                case MetricColumns.Closeness or MetricColumns.Harmonic:
                    plans.Add(Exact(distancesPlanned ? 0 : model.ExactDistances()));
                    distancesPlanned = true;
                    break;
                case MetricColumns.PageRank:
                    plans.Add(Exact(model.PageRank(options.PageRankTolerance)));
                    break;
                case MetricColumns.Eigenvector:
                    plans.Add(Exact(model.Eigenvector()));
                    break;
                case MetricColumns.Core:
                    plans.Add(Exact(model.Core()));
                    break;
                case MetricColumns.Clustering:
                    plans.Add(Exact(model.Clustering()));
                    break;
                case MetricColumns.Constraint:
                    plans.Add(Exact(model.Constraint()));
                    break;
                case MetricColumns.EffectiveSize:
                    plans.Add(Exact(model.EffectiveSize()));
                    break;
                case MetricColumns.Community:
                    plans.Add(Exact(model.Community()));
                    break;
                default:
                    plans.Add(Exact(model.Linear(arcs: column == MetricColumns.Strength && graph.IsWeighted)));
                    break;
            }
        }

        return new MetricsPlan(plans.ToImmutable(), options.Seed);
    }

    /// <summary>The smallest ε accepted for approximate betweenness (below, the sample count overflows or runs for days).</summary>
    public const double MinimumEpsilon = 1e-4;

    private const double DefaultBetweennessEpsilon = 0.01;
    private const double WeightedBetweennessEta = 0.25;
    private const double DistanceEta = 0.1;

    private static double[] EigenvectorColumn(CsrGraph graph, int threads, ImmutableArray<string>.Builder warnings, CancellationToken cancellationToken)
    {
        try
        {
            return Centrality.Eigenvector(graph, new EigenvectorOptions { MaxDegreeOfParallelism = threads }, cancellationToken).ToArray();
        }
        catch (ConvergenceException e)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"eigenvector: the power iteration did not converge ({e.Message}) and the graph is too large for a direct solve ({graph.NodeCount} nodes, at most {Centrality.DenseEigenvectorLimit}); the column is empty."));
            double[] values = new double[graph.NodeCount];
            Array.Fill(values, double.NaN);
            return values;
        }
    }

    private static double PlannedEpsilon(NodeMetricsOptions options, MetricsPlan plan) =>
        options.ApproximateBetweennessEpsilon ?? plan[MetricColumns.Betweenness]!.ErrorBound!.Value;

    private static double[] Labels(Partition partition)
    {
        ReadOnlySpan<int> labels = partition.Labels;
        double[] values = new double[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            values[i] = labels[i];
        }

        return values;
    }

    private sealed class StageProgress(IProgress<MetricsProgress> sink, string stage) : IProgress<double>
    {
        public void Report(double value) => sink.Report(new MetricsProgress(stage, value));
    }
}
