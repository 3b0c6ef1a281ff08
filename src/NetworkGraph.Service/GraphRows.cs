using System.Text.Json.Nodes;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>
/// The rows a wave contributes to the Neo4j graph model: actors, their <c>IN_WAVE</c> metric
/// properties, and the reported ties of the three survey layers (<c>SENDING</c>, <c>RECEIVING</c>,
/// <c>EXCHANGE</c>), oriented as the layers are (receiving: partner to the respondent's actor;
/// exchange: lower id to higher id).
/// </summary>
internal static class GraphRows
{
    /// <summary>The metric columns of <c>metrics.csv</c> that become <c>&lt;layer&gt;_&lt;metric&gt;</c> properties of <c>IN_WAVE</c>.</summary>
    public static readonly string[] MetricColumns =
    [
        "degree", "in_degree", "out_degree", "strength", "betweenness", "betweenness_weighted", "closeness", "harmonic",
        "eigenvector", "pagerank", "core", "clustering", "constraint", "effective_size", "community",
    ];

    /// <summary>
    /// One JSON object per tie and survey layer: <c>{type, from, to, weight, frequency, channels, reports, formal}</c>.
    /// A tie reported several times keeps the highest frequency (weight = frequency code + 1), the union of
    /// the channels, the number of reports, and is formal when any report says so. Self-ties and
    /// <c>none</c> frequencies are dropped, as in the analysed network. O(partner rows).
    /// </summary>
    public static string TiesJson(SurveyNetwork network)
    {
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

        var rows = new JsonArray();
        foreach (var ((type, from, to), t) in ties)
        {
            rows.Add(new JsonObject
            {
                ["type"] = type,
                ["from"] = from,
                ["to"] = to,
                ["weight"] = (int)t.Frequency,
                ["frequency"] = SurveyLabels.Format(t.Frequency),
                ["channels"] = SurveyLabels.Format(t.Channels),
                ["reports"] = t.Reports,
                ["formal"] = t.Formal,
            });
        }

        return rows.ToJsonString();
    }
}
