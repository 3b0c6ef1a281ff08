using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Waves;

/// <summary>The headline statistics of one wave's ties: density per layer, reciprocity per layer, E-I per setting,
/// hospital–ambulatory ties. Index layout: 0–4 density, 5–9 reciprocity, 10–13 E-I, 14 hospital–ambulatory.</summary>
internal sealed class Statistics
{
    public const int Count = 15;

    public const int HospitalAmbulatoryIndex = 14;

    public double?[] Values { get; } = new double?[Count];

    public double? HospitalAmbulatory => Values[HospitalAmbulatoryIndex];

    public static int DensityIndex(int layer) => layer;

    public static int ReciprocityIndex(int layer) => 5 + layer;

    public static int EIIndex(int setting) => 10 + setting;
}

/// <summary>Paired permutation test of the headline deltas between two waves (see <see cref="WaveComparer"/>).</summary>
internal sealed class PermutationTester(WaveTies a, WaveTies b, int actorsA, int actorsB, Dictionary<string, Setting> settings)
{
    private const double Tolerance = 1e-12;

    /// <summary>Measures the statistics of the union of some actors' ties, over <paramref name="nodes"/> actors.</summary>
    public Statistics Measure(IEnumerable<ActorTies> reports, int nodes)
    {
        var layers = SurveyNetwork.Layers.Select(_ => new HashSet<(string, string)>()).ToArray();
        foreach (ActorTies t in reports)
        {
            for (int l = 0; l < layers.Length; l++)
            {
                layers[l].UnionWith(t.Layers[l]);
            }
        }

        var s = new Statistics();
        foreach (SurveyLayer layer in SurveyNetwork.Layers)
        {
            HashSet<(string, string)> ties = layers[(int)layer];
            bool directed = SurveyNetwork.IsDirected(layer);
            double pairs = nodes <= 1 ? 0 : (double)nodes * (nodes - 1);
            s.Values[Statistics.DensityIndex((int)layer)] = pairs == 0 ? 0 : (directed ? ties.Count : 2.0 * ties.Count) / pairs;
            if (directed && ties.Count > 0)
            {
                int reciprocated = ties.Count(t => ties.Contains((t.Item2, t.Item1)));
                s.Values[Statistics.ReciprocityIndex((int)layer)] = (double)reciprocated / ties.Count;
            }
        }

        var external = new long[4];
        var internalTies = new long[4];
        long ha = 0;
        foreach ((string x, string y) in layers[(int)SurveyLayer.All])
        {
            Setting sx = settings.GetValueOrDefault(x, Setting.Other);
            Setting sy = settings.GetValueOrDefault(y, Setting.Other);
            if (sx == sy)
            {
                internalTies[(int)sx]++;
            }
            else
            {
                external[(int)sx]++;
                external[(int)sy]++;
            }

            if ((sx, sy) is (Setting.Hospital, Setting.Ambulatory) or (Setting.Ambulatory, Setting.Hospital))
            {
                ha++;
            }
        }

        for (int i = 0; i < 4; i++)
        {
            long total = external[i] + internalTies[i];
            s.Values[Statistics.EIIndex(i)] = total == 0 ? null : (double)(external[i] - internalTies[i]) / total;
        }

        s.Values[Statistics.HospitalAmbulatoryIndex] = ha;
        return s;
    }

    /// <summary>Runs <paramref name="rounds"/> permutation rounds; returns one p-value per statistic (null when a delta is undefined or no round ran).</summary>
    public double?[] PValues(int rounds, int seed, CancellationToken cancellationToken)
    {
        var result = new double?[Statistics.Count];
        if (rounds == 0)
        {
            return result;
        }

        double?[] observed = Deltas(Measure(a.ByActor.Values, actorsA), Measure(b.ByActor.Values, actorsB));
        string[] paired = [.. a.ByActor.Keys.Where(b.ByActor.ContainsKey).Order(StringComparer.Ordinal)];
        List<ActorTies> onlyA = [.. a.ByActor.Where(kv => !b.ByActor.ContainsKey(kv.Key)).Select(kv => kv.Value)];
        List<ActorTies> onlyB = [.. b.ByActor.Where(kv => !a.ByActor.ContainsKey(kv.Key)).Select(kv => kv.Value)];
        var exceed = new int[Statistics.Count];
        var random = new Random(seed);
        for (int round = 0; round < rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waveA = new List<ActorTies>(onlyA);
            var waveB = new List<ActorTies>(onlyB);
            foreach (string actor in paired)
            {
                bool swap = random.Next(2) == 1;
                waveA.Add(swap ? b.ByActor[actor] : a.ByActor[actor]);
                waveB.Add(swap ? a.ByActor[actor] : b.ByActor[actor]);
            }

            double?[] deltas = Deltas(Measure(waveA, actorsA), Measure(waveB, actorsB));
            for (int i = 0; i < Statistics.Count; i++)
            {
                if (observed[i] is { } o && deltas[i] is { } d && Math.Abs(d) >= Math.Abs(o) - Tolerance)
                {
                    exceed[i]++;
                }
            }
        }

        for (int i = 0; i < Statistics.Count; i++)
        {
            result[i] = observed[i] is null ? null : (1.0 + exceed[i]) / (rounds + 1.0);
        }

        return result;
    }

    private static double?[] Deltas(Statistics x, Statistics y)
    {
        var d = new double?[Statistics.Count];
        for (int i = 0; i < Statistics.Count; i++)
        {
            d[i] = x.Values[i] is { } vx && y.Values[i] is { } vy ? vy - vx : null;
        }

        return d;
    }
}
