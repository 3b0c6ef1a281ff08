using System.Collections.Immutable;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Waves;

/// <summary>Compares two survey waves of the same care network: ties gained and lost per layer, isolated actors
/// resolved or new, hospital–ambulatory pairs linked or lost, density, reciprocity and modularity changes, rank movers,
/// one-way referrals that became reciprocal, the questionnaire figures side by side, and whether the headline changes
/// are beyond chance.</summary>
/// <remarks>
/// <para><b>Matching.</b> Actors are matched by id; first-wave ids go through <see cref="WaveComparisonOptions.Mapping"/>
/// first (renamed or merged actors). Ties whose two ends map to one actor are dropped.</para>
/// <para><b>Is the change real?</b> Each headline delta (density of every layer, reciprocity of the directed layers,
/// E-I index of every setting on layer <c>all</c>, number of hospital–ambulatory ties on layer <c>all</c>) gets a
/// paired permutation test. The unit is the surveyed actor: the ties its respondents reported in each wave. Under the
/// null hypothesis that nothing changed, an actor surveyed in both waves is as likely to have given its first-wave
/// answers in the second wave and the reverse, so each round swaps the two waves' reports of every such actor with
/// probability ½ (actors surveyed in one wave only keep theirs), rebuilds both tie sets and recomputes the delta. The
/// two-sided p-value is (1 + e) / (R + 1), e = rounds whose |delta| reaches the observed |delta| (Phipson &amp; Smyth,
/// "Permutation p-values should never be zero", Statistical Applications in Genetics and Molecular Biology 9(1):39,
/// 2010, <see href="https://doi.org/10.2202/1544-6115.1585"/>; paired exchangeability as in Good, <i>Permutation,
/// Parametric and Bootstrap Tests of Hypotheses</i>, 3rd ed., Springer, 2005, ch. 3). Densities are taken over each
/// wave's own actors, as in <c>report.json</c>. The generator is seeded (<see cref="WaveComparisonOptions.Seed"/>), so
/// a comparison is reproducible.</para>
/// <para>Complexity: O(n + m) for the tie differences, O(R (n + m)) for the tests, m = partner mentions of both waves.</para>
/// </remarks>
public static class WaveComparer
{
    private static readonly Setting[] Settings = [Setting.Hospital, Setting.Ambulatory, Setting.Social, Setting.Other];

    /// <summary>Compares two analysed waves.</summary>
    /// <param name="a">The first (earlier) wave.</param>
    /// <param name="b">The second (later) wave.</param>
    /// <param name="options">Mapping, permutations, seed; null for defaults.</param>
    /// <param name="cancellationToken">Stops the comparison.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The permutations or rank movers count is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static WaveComparison Compare(DatasetAnalysis a, DatasetAnalysis b, WaveComparisonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        options ??= new WaveComparisonOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RankMovers);
        Func<string, string> mapA = options.Mapping is { } m ? m.Map : static id => id;
        Func<string, string> mapB = static id => id;

        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        foreach (Actor actor in a.Network.Dataset.Actors)
        {
            settings[mapA(actor.Id)] = actor.Setting;
        }

        foreach (Actor actor in b.Network.Dataset.Actors)
        {
            settings[actor.Id] = actor.Setting;
        }

        WaveTies tiesA = WaveTies.From(a.Network, mapA);
        WaveTies tiesB = WaveTies.From(b.Network, mapB);
        cancellationToken.ThrowIfCancellationRequested();

        var layers = ImmutableArray.CreateBuilder<LayerChange>();
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            HashSet<(string, string)> ta = tiesA.Layer(layer);
            HashSet<(string, string)> tb = tiesB.Layer(layer);
            LayerSummary sa = a.Survey.Layers[(int)layer];
            LayerSummary sb = b.Survey.Layers[(int)layer];
            layers.Add(new LayerChange(
                layer,
                Sorted(tb.Where(t => !ta.Contains(t))),
                Sorted(ta.Where(t => !tb.Contains(t))),
                new HeadlineDelta(sa.Density, sb.Density, null),
                new HeadlineDelta(sa.Reciprocity, sb.Reciprocity, null),
                new HeadlineDelta(sa.Modularity, sb.Modularity, null)));
        }

        var actorsA = new HashSet<string>(a.Network.Dataset.Actors.Select(x => mapA(x.Id)), StringComparer.Ordinal);
        var actorsB = new HashSet<string>(b.Network.Dataset.Actors.Select(x => x.Id), StringComparer.Ordinal);
        var isolatedA = new HashSet<string>(a.Survey.Isolated.Select(mapA), StringComparer.Ordinal);
        var isolatedB = new HashSet<string>(b.Survey.Isolated, StringComparer.Ordinal);
        ImmutableArray<string> resolved = [.. isolatedA.Where(x => actorsB.Contains(x) && !isolatedB.Contains(x)).Order(StringComparer.Ordinal)];
        ImmutableArray<string> newlyIsolated = [.. isolatedB.Where(x => actorsA.Contains(x) && !isolatedA.Contains(x)).Order(StringComparer.Ordinal)];

        HashSet<(string, string)> allA = tiesA.Layer(SurveyLayer.All);
        HashSet<(string, string)> allB = tiesB.Layer(SurveyLayer.All);
        ImmutableArray<HospitalAmbulatoryPair> linked = HospitalAmbulatory(allB.Where(t => !allA.Contains(t)), settings);
        ImmutableArray<HospitalAmbulatoryPair> lost = HospitalAmbulatory(allA.Where(t => !allB.Contains(t)), settings);

        HashSet<(string, string)> refA = tiesA.Layer(SurveyLayer.Referral);
        HashSet<(string, string)> refB = tiesB.Layer(SurveyLayer.Referral);
        ImmutableArray<ActorPair> reciprocal = Sorted(refA.Where(t => !refA.Contains((t.Item2, t.Item1)) && refB.Contains(t) && refB.Contains((t.Item2, t.Item1))));

        ImmutableArray<SurveyFiguresPair> survey = [.. a.Survey.Survey.Zip(b.Survey.Survey, (x, y) => new SurveyFiguresPair(x, y))];

        var tester = new PermutationTester(tiesA, tiesB, a.Survey.Dataset.Actors, b.Survey.Dataset.Actors, settings);
        Statistics observedA = tester.Measure(tiesA.ByActor.Values, a.Survey.Dataset.Actors);
        Statistics observedB = tester.Measure(tiesB.ByActor.Values, b.Survey.Dataset.Actors);
        double?[] pValues = tester.PValues(options.Permutations, options.Seed, cancellationToken);
        for (int l = 0; l < layers.Count; l++)
        {
            LayerChange change = layers[l];
            layers[l] = change with
            {
                Density = change.Density with { PValue = pValues[Statistics.DensityIndex(l)] },
                Reciprocity = change.Reciprocity with { PValue = SurveyNetwork.IsDirected(change.Layer) ? pValues[Statistics.ReciprocityIndex(l)] : null },
            };
        }

        ImmutableArray<SettingChange> ei = [.. Settings.Select(s => new SettingChange(s, new HeadlineDelta(
            a.Survey.Gaps.EIIndex[(int)s], b.Survey.Gaps.EIIndex[(int)s], pValues[Statistics.EIIndex((int)s)])))];
        var ha = new HeadlineDelta(observedA.HospitalAmbulatory, observedB.HospitalAmbulatory, pValues[Statistics.HospitalAmbulatoryIndex]);

        return new WaveComparison
        {
            SourceA = a.Source,
            SourceB = b.Source,
            Layers = layers.ToImmutable(),
            IsolatedResolved = resolved,
            IsolatedNew = newlyIsolated,
            HospitalAmbulatoryLinked = linked,
            HospitalAmbulatoryLost = lost,
            BecameReciprocal = reciprocal,
            RankMovers = RankMovers(a, b, mapA, options.RankMovers),
            Survey = survey,
            EIIndex = ei,
            HospitalAmbulatoryTies = ha,
            Permutations = options.Permutations,
            Seed = options.Seed,
        };
    }

    private static ImmutableArray<ActorPair> Sorted(IEnumerable<(string From, string To)> ties) =>
        [.. ties.OrderBy(t => t.From, StringComparer.Ordinal).ThenBy(t => t.To, StringComparer.Ordinal).Select(t => new ActorPair(t.From, t.To))];

    private static ImmutableArray<HospitalAmbulatoryPair> HospitalAmbulatory(IEnumerable<(string, string)> ties, Dictionary<string, Setting> settings)
    {
        var pairs = new List<HospitalAmbulatoryPair>();
        foreach ((string x, string y) in ties)
        {
            Setting sx = settings.GetValueOrDefault(x, Setting.Other);
            Setting sy = settings.GetValueOrDefault(y, Setting.Other);
            if (sx == Setting.Hospital && sy == Setting.Ambulatory)
            {
                pairs.Add(new(x, y));
            }
            else if (sy == Setting.Hospital && sx == Setting.Ambulatory)
            {
                pairs.Add(new(y, x));
            }
        }

        return [.. pairs.OrderBy(p => p.Hospital, StringComparer.Ordinal).ThenBy(p => p.Ambulatory, StringComparer.Ordinal)];
    }

    private static ImmutableArray<RankMove> RankMovers(DatasetAnalysis a, DatasetAnalysis b, Func<string, string> mapA, int count)
    {
        Dictionary<string, int>? ra = Ranks(a, mapA);
        Dictionary<string, int>? rb = Ranks(b, static id => id);
        if (ra is null || rb is null || count == 0)
        {
            return [];
        }

        return [.. rb.Where(kv => ra.ContainsKey(kv.Key))
            .Select(kv => new RankMove(kv.Key, ra[kv.Key], kv.Value))
            .Where(r => r.Change != 0)
            .OrderByDescending(r => Math.Abs(r.Change)).ThenBy(r => r.Actor, StringComparer.Ordinal)
            .Take(count)];
    }

    private static Dictionary<string, int>? Ranks(DatasetAnalysis analysis, Func<string, string> map)
    {
        NodeMetricsTable table = analysis.Layer(SurveyLayer.All);
        if (!table.Has(MetricColumns.PageRank))
        {
            return null;
        }

        double[] pagerank = table.Column(MetricColumns.PageRank).ToArray();
        NodeIndex nodes = analysis.Network.Nodes;
        var order = Enumerable.Range(0, nodes.Count).Select(i => (Id: map(nodes[i]), Score: pagerank[i])).ToList();
        order.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Id, y.Id));
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < order.Count; i++)
        {
            ranks.TryAdd(order[i].Id, i + 1);
        }

        return ranks;
    }
}
