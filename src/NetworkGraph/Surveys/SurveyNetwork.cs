using System.Collections.Immutable;
using NetworkGraph.Graphs;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>The multiplex graph of a survey: one <see cref="CsrGraph"/> per <see cref="SurveyLayer"/> over all actors,
/// with the number of reports of each tie.</summary>
/// <remarks>
/// <para>Nodes are the actors of <see cref="SurveyDataset.Actors"/> in that order (actors.csv order, then unresolved
/// partners in first-mention order), shared by every layer. Each partner mention of a respondent whose actor is r, naming
/// actor p, adds a tie r → p to <c>sending</c>, p → r to <c>receiving</c>, r — p to <c>exchange</c> (by its type), and the
/// same tie to <c>referral</c> (sending and receiving, directed) and <c>all</c> (every type, undirected).</para>
/// <para>Weight = frequency code + 1 (very rarely 1 … systematically 4), from the mention's per-tie frequency when given,
/// else the respondent's answer for that type. A tie reported several times in a layer keeps the maximum weight
/// (<see cref="EdgeMerge.Max"/>); <see cref="Reports"/> counts its reports (partner rows). Self-ties are dropped. Mentions
/// whose respondent, actor or weight is unknown (invalid datasets) are skipped.</para>
/// <para>Build time O(n + m log m) for n actors and m mentions.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class SurveyNetwork
{
    private readonly CsrGraph[] _layers;
    private readonly Dictionary<(int, int), int>[] _reports;

    private SurveyNetwork(SurveyDataset dataset, NodeIndex nodes, CsrGraph[] layers, Dictionary<(int, int), int>[] reports)
    {
        Dataset = dataset;
        Nodes = nodes;
        _layers = layers;
        _reports = reports;
        Graph = MultiplexGraph.Create(nodes, Layers.Select(l => KeyValuePair.Create(LayerName(l), layers[(int)l])));
    }

    /// <summary>Gets the layers in report order: sending, receiving, exchange, referral, all.</summary>
    public static ImmutableArray<SurveyLayer> Layers { get; } =
        [SurveyLayer.Sending, SurveyLayer.Receiving, SurveyLayer.Exchange, SurveyLayer.Referral, SurveyLayer.All];

    /// <summary>Gets the dataset the network was built from.</summary>
    public SurveyDataset Dataset { get; }

    /// <summary>Gets the node set shared by every layer (actor ids).</summary>
    public NodeIndex Nodes { get; }

    /// <summary>Gets the layers as a multiplex graph, by name (<c>sending</c> … <c>all</c>).</summary>
    public MultiplexGraph Graph { get; }

    /// <summary>Gets one layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public CsrGraph this[SurveyLayer layer] => _layers[CheckLayer(layer)];

    /// <summary>Gets the name of a layer: <c>sending</c>, <c>receiving</c>, <c>exchange</c>, <c>referral</c> or <c>all</c>.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public static string LayerName(SurveyLayer layer) => layer switch
    {
        SurveyLayer.Sending => "sending",
        SurveyLayer.Receiving => "receiving",
        SurveyLayer.Exchange => "exchange",
        SurveyLayer.Referral => "referral",
        SurveyLayer.All => "all",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer."),
    };

    /// <summary>Builds the multiplex graph of a dataset.</summary>
    /// <param name="dataset">The dataset (normally valid: see <see cref="IngestionResult.IsValid"/>).</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static SurveyNetwork Build(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        NodeIndex nodes = NodeIndex.Create(dataset.Actors.Select(a => a.Id).Where(seen.Add));
        var respondentActor = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Respondent r in dataset.Respondents)
        {
            if (nodes.TryGetIndex(r.ActorId, out int node))
            {
                respondentActor.TryAdd(r.Id, node);
            }
        }

        var answers = new Dictionary<(string, ContactType), Frequency>();
        foreach (Answer a in dataset.Answers)
        {
            answers.TryAdd((a.RespondentId, a.Type), a.Frequency);
        }

        var builders = Layers.Select(l => new CsrGraphBuilder(nodes, IsDirected(l), EdgeMerge.Max)).ToArray();
        var reports = Layers.Select(_ => new Dictionary<(int, int), int>()).ToArray();
        foreach (PartnerMention m in dataset.Partners)
        {
            if (!respondentActor.TryGetValue(m.RespondentId, out int r) || !nodes.TryGetIndex(m.ActorId, out int p) || r == p)
            {
                continue;
            }

            Frequency frequency = m.Frequency ?? answers.GetValueOrDefault((m.RespondentId, m.Type), Frequency.None);
            if (frequency == Frequency.None)
            {
                continue;
            }

            double weight = (int)frequency;
            (int from, int to) = m.Type == ContactType.Receiving ? (p, r) : (r, p);
            SurveyLayer own = m.Type switch
            {
                ContactType.Sending => SurveyLayer.Sending,
                ContactType.Receiving => SurveyLayer.Receiving,
                _ => SurveyLayer.Exchange,
            };
            AddTie(own, from, to);
            if (m.Type != ContactType.Exchange)
            {
                AddTie(SurveyLayer.Referral, from, to);
            }

            AddTie(SurveyLayer.All, from, to);

            void AddTie(SurveyLayer layer, int s, int t)
            {
                builders[(int)layer].AddEdge(s, t, weight);
                (int, int) key = IsDirected(layer) || s < t ? (s, t) : (t, s);
                reports[(int)layer][key] = reports[(int)layer].GetValueOrDefault(key) + 1;
            }
        }

        return new SurveyNetwork(dataset, nodes, [.. builders.Select(b => b.Build())], reports);
    }

    /// <summary>Gets whether a layer is directed (<c>sending</c>, <c>receiving</c>, <c>referral</c>).</summary>
    /// <param name="layer">The layer.</param>
    /// <returns><see langword="true"/> for directed layers.</returns>
    public static bool IsDirected(SurveyLayer layer) => layer is SurveyLayer.Sending or SurveyLayer.Receiving or SurveyLayer.Referral;

    /// <summary>Gets how many partner rows reported a tie in a layer (0 when there is no tie).</summary>
    /// <param name="layer">The layer.</param>
    /// <param name="source">The source node (either end when the layer is undirected).</param>
    /// <param name="target">The target node.</param>
    /// <returns>The number of reports.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined, or a node is not in the graph.</exception>
    public int Reports(SurveyLayer layer, int source, int target)
    {
        int l = CheckLayer(layer);
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, Nodes.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, Nodes.Count);
        (int, int) key = IsDirected(layer) || source < target ? (source, target) : (target, source);
        return _reports[l].GetValueOrDefault(key);
    }

    private static int CheckLayer(SurveyLayer layer) =>
        layer is >= SurveyLayer.Sending and <= SurveyLayer.All
            ? (int)layer
            : throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer.");
}
