using System.Collections.Immutable;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Surveys;

/// <summary>Computes the survey-level results of docs/en/outputs.md from a survey network.</summary>
public static class SurveyAnalyzer
{
    /// <summary>The number of partners listed per contact type, inside and outside the home zone.</summary>
    public const int TopPartnerCount = 10;

    /// <summary>The default seed of the community detection (the same as <see cref="NodeMetricsOptions.Seed"/>, so that the
    /// modularity matches the <c>community</c> column of the same layer).</summary>
    public const int DefaultSeed = 42;

    /// <summary>Analyses a survey network, with communities found from <see cref="DefaultSeed"/>.</summary>
    /// <param name="network">The network (see <see cref="SurveyNetwork.Build"/>).</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <returns>The analysis.</returns>
    /// <remarks>See <see cref="Analyze(SurveyNetwork, int, CancellationToken)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SurveyAnalysis Analyze(SurveyNetwork network, CancellationToken cancellationToken = default) =>
        Analyze(network, DefaultSeed, cancellationToken);

    /// <summary>Analyses a survey network.</summary>
    /// <param name="network">The network (see <see cref="SurveyNetwork.Build"/>).</param>
    /// <param name="seed">The seed of the Leiden community detection behind <see cref="LayerSummary.Modularity"/>.</param>
    /// <param name="cancellationToken">Cancels between stages (and inside community detection).</param>
    /// <returns>The analysis.</returns>
    /// <remarks>Definitions: docs/en/outputs.md and the docs of <see cref="SurveyAnalysis"/>. Time O(n + m·d_max) (brokerage and
    /// the scores of the H·A hospital–ambulatory pairs, O(H·A·d_max), dominate) plus Leiden's ~O(m) per level on each
    /// layer, where n = actors, m = ties, d_max = the largest degree.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SurveyAnalysis Analyze(SurveyNetwork network, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        SurveyDataset dataset = network.Dataset;
        NodeIndex nodes = network.Nodes;
        var actorById = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (Actor a in dataset.Actors)
        {
            actorById.TryAdd(a.Id, a);
        }

        int[] settings = new int[nodes.Count];
        for (int v = 0; v < nodes.Count; v++)
        {
            settings[v] = (int)actorById[nodes[v]].Setting;
        }

        string? homeZone = HomeZone(dataset, actorById);
        var layers = SurveyNetwork.Layers.Select(l => Layer(network, l, seed, cancellationToken)).ToImmutableArray();
        cancellationToken.ThrowIfCancellationRequested();
        var survey = SurveyLabels.ContactTypes.Select(t => Figures(dataset, actorById, homeZone, t)).ToImmutableArray();
        cancellationToken.ThrowIfCancellationRequested();

        CsrGraph all = network[SurveyLayer.All];
        var isolated = ImmutableArray.CreateBuilder<string>();
        var peripheral = ImmutableArray.CreateBuilder<string>();
        for (int v = 0; v < all.NodeCount; v++)
        {
            ReadOnlySpan<double> weights = all.OutWeights(v);
            if (weights.Length == 0)
            {
                isolated.Add(nodes[v]);
            }
            else if (!weights.ContainsAnyExcept(1.0))
            {
                peripheral.Add(nodes[v]);
            }
        }

        int settingCount = SurveyLabels.Settings.Length;
        MixingMatrix mixing = Mixing.SettingMatrix(all, settings, settingCount);
        var gaps = new SurveyGaps
        {
            SettingMixing = [.. Enumerable.Range(0, settingCount).Select(a => Enumerable.Range(0, settingCount).Select(b => mixing[a, b]).ToImmutableArray())],
            EIIndex = Mixing.EIIndex(all, settings, settingCount),
            MissingHospitalAmbulatory = MissingHospitalAmbulatory(all, nodes, settings),
            Asymmetric = Asymmetric(network),
            CutPoints = [.. Components.ArticulationPoints(all).Select(v => nodes[v])],
        };
        cancellationToken.ThrowIfCancellationRequested();

        ImmutableArray<BrokerageRoles> roles = Brokerage.GouldFernandez(network[SurveyLayer.Referral], settings);
        var brokers = roles
            .Select((r, v) => new BrokerSummary(nodes[v], r.Coordinator, r.Gatekeeper, r.Representative, r.Consultant, r.Liaison))
            .Where(b => b.Total > 0)
            .OrderByDescending(b => b.Total)
            .ThenBy(b => b.Actor, StringComparer.Ordinal)
            .ToImmutableArray();

        return new SurveyAnalysis
        {
            Dataset = new DatasetSummary(dataset.Actors.Length, dataset.Respondents.Length, homeZone),
            Layers = layers,
            Survey = survey,
            Isolated = isolated.ToImmutable(),
            Peripheral = peripheral.ToImmutable(),
            Gaps = gaps,
            Brokers = brokers,
            SelfPositioning = SelfPositions(dataset, actorById),
            Unresolved = [.. dataset.Unresolved.Order(StringComparer.Ordinal)],
            Suggestions = [.. PartnerMatcher.SuggestUnresolved(dataset).OrderBy(kv => kv.Key, StringComparer.Ordinal)],
            Accepted = dataset.AcceptedSuggestions,
        };
    }

    private static string? HomeZone(SurveyDataset dataset, Dictionary<string, Actor> actors)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Respondent r in dataset.Respondents)
        {
            if (actors.TryGetValue(r.ActorId, out Actor? actor) && actor.Zone.Length > 0)
            {
                counts[actor.Zone] = counts.GetValueOrDefault(actor.Zone) + 1;
            }
        }

        return counts.Count == 0
            ? null
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    private static LayerSummary Layer(SurveyNetwork network, SurveyLayer layer, int seed, CancellationToken cancellationToken)
    {
        CsrGraph g = network[layer];
        int isolated = g.IsolatedCount();

        double modularity = Communities.Leiden(g, new CommunityOptions { Seed = seed }, cancellationToken).Modularity;
        return new LayerSummary(
            layer,
            g.NodeCount,
            g.EdgeCount,
            Cohesion.Density(g),
            Cohesion.Reciprocity(g),
            Components.Weak(g).Count,
            isolated,
            double.IsFinite(modularity) ? modularity : null);
    }

    private static ImmutableArray<SuggestedTie> MissingHospitalAmbulatory(CsrGraph all, NodeIndex nodes, int[] settings)
    {
        var pairs = new List<(int U, int V)>();
        for (int h = 0; h < settings.Length; h++)
        {
            if (settings[h] != (int)Setting.Hospital)
            {
                continue;
            }

            for (int a = 0; a < settings.Length; a++)
            {
                if (settings[a] == (int)Setting.Ambulatory && !all.HasEdge(h, a))
                {
                    pairs.Add((h, a));
                }
            }
        }

        ImmutableArray<double> scores = LinkPrediction.Score(all, pairs, LinkPredictionScore.ResourceAllocation);
        return
        [
            .. pairs
                .Select((p, i) => new SuggestedTie(nodes[p.U], nodes[p.V], scores[i]))
                .OrderByDescending(t => Math.Round(t.Score, 12))
                .ThenBy(t => t.Hospital, StringComparer.Ordinal)
                .ThenBy(t => t.Ambulatory, StringComparer.Ordinal),
        ];
    }

    private static ContactTypeFigures Figures(SurveyDataset dataset, Dictionary<string, Actor> actors, string? homeZone, ContactType type)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (Answer a in dataset.Answers)
        {
            if (a.Type == type)
            {
                answers.TryAdd(a.RespondentId, a);
            }
        }

        int[] frequency = new int[SurveyLabels.Frequencies.Length];
        int[] channels = new int[SurveyLabels.Channels.Length];
        int[] channelCount = new int[SurveyLabels.Channels.Length];
        foreach (Respondent r in dataset.Respondents)
        {
            Answer? answer = answers.GetValueOrDefault(r.Id);
            Frequency f = answer?.Frequency ?? Model.Frequency.None;
            frequency[(int)f]++;
            if (f == Model.Frequency.None)
            {
                continue;
            }

            int cited = 0;
            for (int c = 0; c < SurveyLabels.Channels.Length; c++)
            {
                if ((answer!.Channels & SurveyLabels.Channels[c]) != 0)
                {
                    channels[c]++;
                    cited++;
                }
            }

            if (cited > 0)
            {
                channelCount[cited - 1]++;
            }
        }

        var named = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (PartnerMention m in dataset.Partners)
        {
            if (m.Type == type)
            {
                if (!named.TryGetValue(m.ActorId, out HashSet<string>? who))
                {
                    named[m.ActorId] = who = new HashSet<string>(StringComparer.Ordinal);
                }

                who.Add(m.RespondentId);
            }
        }

        var ranked = named
            .Select(kv => new PartnerCount(kv.Key, kv.Value.Count))
            .OrderByDescending(p => p.Mentions)
            .ThenBy(p => p.Actor, StringComparer.Ordinal)
            .ToList();
        bool InZone(PartnerCount p) =>
            homeZone is not null && actors.TryGetValue(p.Actor, out Actor? a) && string.Equals(a.Zone, homeZone, StringComparison.Ordinal);

        return new ContactTypeFigures
        {
            Type = type,
            Frequency = [.. frequency],
            Channels = [.. channels],
            ChannelCount = [.. channelCount],
            TopInZone = [.. ranked.Where(InZone).Take(TopPartnerCount)],
            TopOutOfZone = [.. ranked.Where(p => !InZone(p)).Take(TopPartnerCount)],
        };
    }

    private static ImmutableArray<ActorPair> Asymmetric(SurveyNetwork network)
    {
        CsrGraph referral = network[SurveyLayer.Referral];
        CsrGraph exchange = network[SurveyLayer.Exchange];
        NodeIndex nodes = network.Nodes;
        var pairs = new List<ActorPair>();
        foreach (Edge e in referral.Edges())
        {
            if (!referral.HasEdge(e.Target, e.Source) && !exchange.HasEdge(e.Source, e.Target))
            {
                pairs.Add(new ActorPair(nodes[e.Source], nodes[e.Target]));
            }
        }

        return [.. pairs.OrderBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.To, StringComparer.Ordinal)];
    }

    private static ImmutableArray<SelfPositioning> SelfPositions(SurveyDataset dataset, Dictionary<string, Actor> actors)
    {
        var result = ImmutableArray.CreateBuilder<SelfPositioning>();
        foreach (Setting setting in SurveyLabels.Settings)
        {
            Respondent[] group = [.. dataset.Respondents.Where(r => actors.TryGetValue(r.ActorId, out Actor? a) && a.Setting == setting)];
            result.Add(new SelfPositioning(
                setting,
                group.Length,
                Statistic(group.Select(r => r.RoleHas)),
                Statistic(group.Select(r => r.RoleWants)),
                Statistic(group.Select(r => r.RoleShould)),
                Statistic(group.Select(r => r.RoleWants - r.RoleHas)).Mean,
                Statistic(group.Select(r => r.RoleShould - r.RoleHas)).Mean));
        }

        return result.ToImmutable();
    }

    private static RoleStatistic Statistic(IEnumerable<int?> values)
    {
        int[] given = [.. values.Where(v => v.HasValue).Select(v => v!.Value)];
        return new RoleStatistic(given.Length, given.Length == 0 ? null : given.Average());
    }
}
