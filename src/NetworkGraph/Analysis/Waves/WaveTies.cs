using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Waves;

/// <summary>The ties of one wave per layer, in translated ids, grouped by the surveyed actor whose respondents reported them.</summary>
internal sealed class WaveTies
{
    private readonly HashSet<(string, string)>[] _layers;

    private WaveTies(Dictionary<string, ActorTies> byActor)
    {
        ByActor = byActor;
        _layers = [.. SurveyNetwork.Layers.Select(_ => new HashSet<(string, string)>())];
        foreach (ActorTies ties in byActor.Values)
        {
            for (int l = 0; l < _layers.Length; l++)
            {
                _layers[l].UnionWith(ties.Layers[l]);
            }
        }
    }

    /// <summary>Gets the ties reported by each surveyed actor's respondents, by translated actor id.</summary>
    public Dictionary<string, ActorTies> ByActor { get; }

    /// <summary>Gets the ties of a layer (undirected layers: from &lt; to, ordinal).</summary>
    public HashSet<(string, string)> Layer(SurveyLayer layer) => _layers[(int)layer];

    /// <summary>Collects the ties as <see cref="SurveyNetwork.Build"/> builds them (weight &gt; 0, no self-tie).</summary>
    public static WaveTies From(SurveyNetwork network, Func<string, string> map)
    {
        SurveyDataset dataset = network.Dataset;
        var respondentActor = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Respondent r in dataset.Respondents)
        {
            respondentActor.TryAdd(r.Id, r.ActorId);
        }

        var answers = new Dictionary<(string, ContactType), Frequency>();
        foreach (Answer answer in dataset.Answers)
        {
            answers.TryAdd((answer.RespondentId, answer.Type), answer.Frequency);
        }

        var byActor = new Dictionary<string, ActorTies>(StringComparer.Ordinal);
        foreach (PartnerMention m in dataset.Partners)
        {
            if (!respondentActor.TryGetValue(m.RespondentId, out string? own) || own == m.ActorId)
            {
                continue;
            }

            Frequency frequency = m.Frequency ?? answers.GetValueOrDefault((m.RespondentId, m.Type), Frequency.None);
            string r = map(own);
            string p = map(m.ActorId);
            if (frequency == Frequency.None || r == p)
            {
                continue;
            }

            if (!byActor.TryGetValue(r, out ActorTies? ties))
            {
                ties = new ActorTies();
                byActor.Add(r, ties);
            }

            (string from, string to) = m.Type == ContactType.Receiving ? (p, r) : (r, p);
            (string, string) undirected = string.CompareOrdinal(r, p) < 0 ? (r, p) : (p, r);
            switch (m.Type)
            {
                case ContactType.Sending:
                    ties.Layers[(int)SurveyLayer.Sending].Add((from, to));
                    ties.Layers[(int)SurveyLayer.Referral].Add((from, to));
                    break;
                case ContactType.Receiving:
                    ties.Layers[(int)SurveyLayer.Receiving].Add((from, to));
                    ties.Layers[(int)SurveyLayer.Referral].Add((from, to));
                    break;
                default:
                    ties.Layers[(int)SurveyLayer.Exchange].Add(undirected);
                    break;
            }

            ties.Layers[(int)SurveyLayer.All].Add(undirected);
        }

        return new WaveTies(byActor);
    }
}

/// <summary>The ties one surveyed actor's respondents reported, per layer.</summary>
internal sealed class ActorTies
{
    /// <summary>Gets the ties per layer, indexed by <see cref="SurveyLayer"/>.</summary>
    public HashSet<(string, string)>[] Layers { get; } = [.. SurveyNetwork.Layers.Select(_ => new HashSet<(string, string)>())];
}
