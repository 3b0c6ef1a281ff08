using System.Collections.Immutable;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;

namespace NetworkGraph.Analysis;

/// <summary>Computes the node metric columns of CONTRACT §4 for one graph, timing each stage.</summary>
public static class NodeMetrics
{
    /// <summary>Computes the selected columns, plus weak and strong components.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Columns, approximation, seed, threads and progress; null for all defaults.</param>
    /// <param name="cancellationToken">Stops the computation between and inside stages.</param>
    /// <returns>The table, with timings per stage in seconds.</returns>
    /// <remarks>
    /// <para>Each column equals NetworkX's function named in CONTRACT §4 (1e-9 relative; 1e-6 for eigenvector and
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
        foreach (string column in options.Columns)
        {
            if (!MetricColumns.All.Contains(column))
            {
                throw new ArgumentException($"Unknown metric column '{column}'; columns are {string.Join(",", MetricColumns.All)}.", nameof(options));
            }
        }

        ImmutableArray<string> columns = [.. MetricColumns.All.Where(options.Columns.Contains)];
        var values = ImmutableDictionary.CreateBuilder<string, double[]>(StringComparer.Ordinal);
        var timings = ImmutableArray.CreateBuilder<KeyValuePair<string, double>>();
        TimeProvider clock = options.TimeProvider;
        Partition? partition = null;
        string betweennessMethod = "none";
        ParallelRanges.ValidateDegreeOfParallelism(options.MaxDegreeOfParallelism, nameof(options));
        int threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
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
                MetricColumns.Betweenness when options.ApproximateBetweennessEpsilon is double epsilon =>
                    Centrality.ApproximateBetweenness(graph, new ApproximateBetweennessOptions
                    {
                        Epsilon = epsilon,
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
                MetricColumns.BetweennessWeighted => Centrality.Betweenness(graph, new BetweennessOptions
                {
                    Weighted = true,
                    MaxDegreeOfParallelism = threads,
                    Progress = progress,
                }, cancellationToken).ToArray(),
                MetricColumns.Closeness => Centrality.Closeness(graph, new CentralityOptions { MaxDegreeOfParallelism = threads, Progress = progress }, cancellationToken).ToArray(),
                MetricColumns.Harmonic => Centrality.Harmonic(graph, new CentralityOptions { MaxDegreeOfParallelism = threads, Progress = progress }, cancellationToken).ToArray(),
                MetricColumns.Eigenvector => Centrality.Eigenvector(graph, null, cancellationToken)?.ToArray() ?? Undefined(graph.NodeCount),
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
                betweennessMethod = options.ApproximateBetweennessEpsilon is null ? "exact" : "approximate";
            }

            values.Add(column, column_values);
        }

        (ComponentLabels weak, ComponentLabels strong) = Timed("components", _ => (Components.Weak(graph), Components.Strong(graph)));
        return new NodeMetricsTable(graph, columns, values.ToImmutable(), timings.ToImmutable(), partition, weak, strong, betweennessMethod);
    }

    private static double[] Undefined(int n)
    {
        double[] values = new double[n];
        Array.Fill(values, double.NaN);
        return values;
    }

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
