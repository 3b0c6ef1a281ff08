using System.Collections.Immutable;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis;

/// <summary>The whole analysis of a survey dataset: the §5 figures and gaps, and the node metrics of every layer —
/// what <c>report.json</c>, <c>metrics.csv</c>, <c>report.html</c>, GraphML and GEXF of a dataset show.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class DatasetAnalysis
{
    private DatasetAnalysis(
        string source,
        SurveyNetwork network,
        SurveyAnalysis survey,
        ImmutableArray<KeyValuePair<string, NodeMetricsTable>> layerMetrics,
        ImmutableArray<KeyValuePair<string, double>> timings)
    {
        Source = source;
        Network = network;
        Survey = survey;
        LayerMetrics = layerMetrics;
        Timings = timings;
    }

    /// <summary>Gets the dataset folder (or file) as given by the user.</summary>
    public string Source { get; }

    /// <summary>Gets the multiplex network built from the answers.</summary>
    public SurveyNetwork Network { get; }

    /// <summary>Gets the survey figures and gaps (CONTRACT §5).</summary>
    public SurveyAnalysis Survey { get; }

    /// <summary>Gets the node metrics per layer, in layer order (sending, receiving, exchange, referral, all).</summary>
    public ImmutableArray<KeyValuePair<string, NodeMetricsTable>> LayerMetrics { get; }

    /// <summary>Gets wall-clock seconds per stage: <c>load</c>, <c>survey</c>, each metric column (all layers), <c>components</c>.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Timings { get; }

    /// <summary>Analyses a survey network: the §5 figures, then the selected metrics on every layer.</summary>
    /// <param name="source">The dataset path, for the report.</param>
    /// <param name="network">The network built by <see cref="SurveyNetwork.Build"/>.</param>
    /// <param name="loadSeconds">Seconds spent reading the files and building the network.</param>
    /// <param name="options">Metric columns, seed, threads, progress; null for all defaults.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static DatasetAnalysis Analyze(string source, SurveyNetwork network, double loadSeconds, NodeMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(network);
        options ??= new NodeMetricsOptions();
        TimeProvider clock = options.TimeProvider;
        long start = clock.GetTimestamp();
        SurveyAnalysis survey = SurveyAnalyzer.Analyze(network, options.Seed, cancellationToken);
        double surveySeconds = clock.GetElapsedTime(start).TotalSeconds;

        var layers = ImmutableArray.CreateBuilder<KeyValuePair<string, NodeMetricsTable>>();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            string name = SurveyNetwork.LayerName(layer);
            NodeMetricsTable table = NodeMetrics.Compute(network[layer], options, cancellationToken);
            layers.Add(new(name, table));
            foreach ((string stage, double seconds) in table.Timings)
            {
                if (totals.TryAdd(stage, seconds))
                {
                    order.Add(stage);
                }
                else
                {
                    totals[stage] += seconds;
                }
            }
        }

        ImmutableArray<KeyValuePair<string, double>> timings =
            [new("load", loadSeconds), new("survey", surveySeconds), .. order.Select(s => new KeyValuePair<string, double>(s, totals[s]))];
        return new DatasetAnalysis(source, network, survey, layers.ToImmutable(), timings);
    }

    /// <summary>Gets the metrics of one layer by name.</summary>
    /// <exception cref="KeyNotFoundException">No such layer.</exception>
    public NodeMetricsTable Layer(string name) =>
        LayerMetrics.FirstOrDefault(l => l.Key == name).Value ?? throw new KeyNotFoundException($"Layer '{name}' does not exist.");
}
