using System.Collections.Immutable;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis;

/// <summary>The whole analysis of a survey dataset: the report figures and gaps (docs/en/outputs.md), and the node metrics of every layer —
/// what <c>report.json</c>, <c>metrics.csv</c>, <c>report.html</c>, GraphML and GEXF of a dataset show.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class DatasetAnalysis
{
    private DatasetAnalysis(
        DatasetInput input,
        SurveyAnalysis survey,
        ImmutableArray<KeyValuePair<SurveyLayer, NodeMetricsTable>> layerMetrics,
        ImmutableArray<KeyValuePair<string, double>> timings)
    {
        Input = input;
        Survey = survey;
        LayerMetrics = layerMetrics;
        Timings = timings;
    }

    /// <summary>Gets the input: the dataset path, its network and the load time.</summary>
    public DatasetInput Input { get; }

    /// <summary>Gets the dataset folder (or file) as given by the user.</summary>
    public string Source => Input.Source;

    /// <summary>Gets the multiplex network built from the answers.</summary>
    public SurveyNetwork Network => Input.Network;

    /// <summary>Gets the survey figures and gaps (docs/en/outputs.md).</summary>
    public SurveyAnalysis Survey { get; }

    /// <summary>Gets the node metrics per layer, in layer order (sending, receiving, exchange, referral, all).</summary>
    public ImmutableArray<KeyValuePair<SurveyLayer, NodeMetricsTable>> LayerMetrics { get; }

    /// <summary>Gets wall-clock seconds per stage: <c>load</c>, <c>survey</c>, each metric column (all layers), <c>components</c>.</summary>
    public ImmutableArray<KeyValuePair<string, double>> Timings { get; }

    /// <summary>Analyses a survey network: the report figures (docs/en/outputs.md), then the selected metrics on every layer.</summary>
    /// <param name="input">The network, read by <see cref="DatasetInput.Read(string)"/> (which measures the load time) or wrapped by <see cref="DatasetInput.FromNetwork"/>.</param>
    /// <param name="options">Metric columns, seed, threads, progress; null for all defaults.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static DatasetAnalysis Analyze(DatasetInput input, NodeMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        SurveyNetwork network = input.Network;
        options ??= new NodeMetricsOptions();
        TimeProvider clock = options.TimeProvider;
        long start = clock.GetTimestamp();
        SurveyAnalysis survey = SurveyAnalyzer.Analyze(network, options.Seed, cancellationToken);
        double surveySeconds = clock.GetElapsedTime(start).TotalSeconds;

        var layers = ImmutableArray.CreateBuilder<KeyValuePair<SurveyLayer, NodeMetricsTable>>();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            NodeMetricsTable table = NodeMetrics.Compute(network[layer], options, cancellationToken);
            layers.Add(new(layer, table));
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
            [new("load", input.LoadSeconds), new("survey", surveySeconds), .. order.Select(s => new KeyValuePair<string, double>(s, totals[s]))];
        return new DatasetAnalysis(input, survey, layers.ToImmutable(), timings);
    }

    /// <summary>Gets the metrics of one layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public NodeMetricsTable Layer(SurveyLayer layer) =>
        LayerMetrics.FirstOrDefault(l => l.Key == layer).Value ?? throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer.");
}
