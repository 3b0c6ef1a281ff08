using System.Collections.Immutable;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>An <c>(:Actor {id, name, kind, setting, zone})</c> node of the Neo4j graph model.</summary>
/// <param name="Id">The actor id, unique across waves.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">The free-text kind.</param>
/// <param name="Setting"><c>hospital</c>, <c>ambulatory</c>, <c>social</c> or <c>other</c>.</param>
/// <param name="Zone">The zone, empty when unknown.</param>
public sealed record Neo4jActorRow(string Id, string Name, string Kind, string Setting, string Zone);

/// <summary>
/// A tie relationship of the Neo4j graph model:
/// <c>(:Actor {id: From})-[:Type {wave, weight, frequency, channels, reports, formal}]->(:Actor {id: To})</c>.
/// </summary>
/// <param name="Type"><c>SENDING</c>, <c>RECEIVING</c> or <c>EXCHANGE</c>.</param>
/// <param name="From">The start actor: the sender, the partner a person comes from, or the lower id of an exchange.</param>
/// <param name="To">The end actor.</param>
/// <param name="Weight">The highest reported frequency code + 1 (very rarely 1 … systematically 4).</param>
/// <param name="Frequency">The label of that frequency, e.g. <c>regularly</c>.</param>
/// <param name="Channels">The union of the reported channels, <c>;</c>-separated in report order (empty for none).</param>
/// <param name="Reports">How many partner rows reported the tie.</param>
/// <param name="Formal">Whether any report mentions a written partnership agreement.</param>
public sealed record Neo4jTieRow(string Type, string From, string To, int Weight, string Frequency, string Channels, int Reports, bool Formal);

/// <summary>
/// The rows a survey wave contributes to the Neo4j graph model (docs/en/neo4j.md), built once for both ways
/// of getting there: the service's transactional sync and <c>networkgraph export --neo4j-import</c>.
/// </summary>
/// <remarks>
/// The model: <c>(:Actor {id, name, kind, setting, zone})</c> unique on <c>id</c>; <c>(:Wave {id, ingestedAt, actors,
/// respondents})</c> unique on <c>id</c>; <c>(:Actor)-[:IN_WAVE {&lt;layer&gt;_&lt;metric&gt;}]->(:Wave)</c> with one property per
/// layer and metric column of <c>metrics.csv</c> (<see cref="InWaveProperty"/>); and the reported ties of the three survey
/// layers, oriented as the layers are (receiving: from the partner to the respondent's actor; exchange: from the lower id
/// to the higher).
/// </remarks>
public static class Neo4jGraphModel
{
    /// <summary>The label of actor nodes.</summary>
    public const string ActorLabel = "Actor";

    /// <summary>The label of the wave node.</summary>
    public const string WaveLabel = "Wave";

    /// <summary>The type of the relationship from an actor to its wave, carrying the actor's metrics in the wave.</summary>
    public const string InWaveType = "IN_WAVE";

    /// <summary>Gets the tie relationship types, in the order their rows come.</summary>
    public static ImmutableArray<string> TieTypes { get; } = ["EXCHANGE", "RECEIVING", "SENDING"];

    /// <summary>The <c>IN_WAVE</c> property holding one metric column of one layer: <c>&lt;layer&gt;_&lt;column&gt;</c>, e.g. <c>referral_betweenness</c>.</summary>
    /// <param name="layer">The survey layer.</param>
    /// <param name="column">A metric column of <c>metrics.csv</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public static string InWaveProperty(SurveyLayer layer, string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return SurveyNetwork.LayerName(layer) + "_" + column;
    }

    /// <summary>One row per actor of the dataset, in dataset order. O(actors).</summary>
    /// <param name="dataset">The dataset (unmatched partners already added as actors).</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ImmutableArray<Neo4jActorRow> Actors(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return [.. dataset.Actors.Select(a => new Neo4jActorRow(a.Id, a.Name, a.Kind, SurveyLabels.Format(a.Setting), a.Zone))];
    }

    /// <summary>
    /// One row per tie and survey layer, sorted by type, start and end id (ordinal). A tie reported several times keeps the
    /// highest frequency (weight = frequency code + 1), the union of the channels, the number of reports, and is formal when
    /// any report says so. Self-ties and <c>none</c> frequencies are dropped, as in the analysed network.
    /// O(p log p) for p partner rows.
    /// </summary>
    /// <param name="network">The survey network.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static ImmutableArray<Neo4jTieRow> Ties(SurveyNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        SurveyDataset dataset = network.Dataset;
        var actorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Respondent r in dataset.Respondents)
        {
            actorOf.TryAdd(r.Id, r.ActorId);
        }

        var answers = new Dictionary<(string, ContactType), Answer>();
        foreach (Answer a in dataset.Answers)
        {
            answers.TryAdd((a.RespondentId, a.Type), a);
        }

        var ties = new SortedDictionary<(string Type, string From, string To), (Frequency Frequency, Channel Channels, int Reports, bool Formal)>(
            Comparer<(string Type, string From, string To)>.Create((x, y) =>
            {
                int c = string.CompareOrdinal(x.Type, y.Type);
                c = c != 0 ? c : string.CompareOrdinal(x.From, y.From);
                return c != 0 ? c : string.CompareOrdinal(x.To, y.To);
            }));
        foreach (PartnerMention m in dataset.Partners)
        {
            if (!actorOf.TryGetValue(m.RespondentId, out string? own) || own == m.ActorId)
            {
                continue;
            }

            answers.TryGetValue((m.RespondentId, m.Type), out Answer? answer);
            Frequency frequency = m.Frequency ?? answer?.Frequency ?? Frequency.None;
            if (frequency == Frequency.None)
            {
                continue;
            }

            Channel channels = m.Channels ?? answer?.Channels ?? Channel.None;
            (string type, string from, string to) = m.Type switch
            {
                ContactType.Sending => ("SENDING", own, m.ActorId),
                ContactType.Receiving => ("RECEIVING", m.ActorId, own),
                _ => string.CompareOrdinal(own, m.ActorId) < 0 ? ("EXCHANGE", own, m.ActorId) : ("EXCHANGE", m.ActorId, own),
            };
            var key = (type, from, to);
            ties[key] = ties.TryGetValue(key, out var t)
                ? (t.Frequency > frequency ? t.Frequency : frequency, t.Channels | channels, t.Reports + 1, t.Formal || m.Formal == true)
                : (frequency, channels, 1, m.Formal == true);
        }

        return [.. ties.Select(kv => new Neo4jTieRow(
            kv.Key.Type,
            kv.Key.From,
            kv.Key.To,
            (int)kv.Value.Frequency,
            SurveyLabels.Format(kv.Value.Frequency),
            SurveyLabels.Format(kv.Value.Channels),
            kv.Value.Reports,
            kv.Value.Formal))];
    }
}
