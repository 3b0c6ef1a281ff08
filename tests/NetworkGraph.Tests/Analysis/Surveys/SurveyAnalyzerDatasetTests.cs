using System.Text.Json;
using NetworkGraph.Algorithms;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Analysis.Surveys;

/// <summary>The bundled datasets read without issues, and the zone-6 analysis equals the figures of <c>data/zone6/expected.json</c>
/// (computed independently by the dataset's generator).</summary>
public sealed class SurveyAnalyzerDatasetTests
{
    private static string DatasetDirectory(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
            {
                return Path.Combine(dir.FullName, "data", name);
            }
        }

        throw new DirectoryNotFoundException("repository root (NetworkGraph.sln) not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("zone6")]
    [InlineData("anderlecht")]
    [InlineData("bernay")]
    public void Read_BundledDataset_IsValid(string name)
    {
        IngestionResult result = SurveyReader.Read(DatasetDirectory(name));
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
    }

    [Fact]
    public void Analyze_Zone6_MatchesExpectedFigures()
    {
        string folder = DatasetDirectory("zone6");
        SurveyAnalysis analysis = SurveyAnalyzer.Analyze(SurveyNetwork.Build(SurveyReader.Read(folder).ThrowIfInvalid()), TestContext.Current.CancellationToken);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            SurveyReportJsonWriter.Write(analysis, writer);
        }

        using JsonDocument actual = JsonDocument.Parse(stream.ToArray());
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        foreach (string key in new[] { "dataset", "survey" })
        {
            Assert.Equal(Normalize(expected.RootElement.GetProperty(key)), Normalize(actual.RootElement.GetProperty(key)));
        }

        // validation also carries the computed suggestions; expected.json states what was published (the unresolved names).
        foreach (JsonProperty published in expected.RootElement.GetProperty("validation").EnumerateObject())
        {
            Assert.Equal(Normalize(published.Value), Normalize(actual.RootElement.GetProperty("validation").GetProperty(published.Name)));
        }
    }

    [Theory]
    [InlineData("zone6")]
    [InlineData("anderlecht")]
    [InlineData("bernay")]
    public void Analyze_BundledDataset_LayerFiguresAndGapsMatchObviousReferences(string name)
    {
        SurveyNetwork net = SurveyNetwork.Build(SurveyReader.Read(DatasetDirectory(name)).ThrowIfInvalid());
        SurveyAnalysis a = SurveyAnalyzer.Analyze(net, TestContext.Current.CancellationToken);
        int n = net.Dataset.Actors.Length;
        foreach (LayerSummary layer in a.Layers)
        {
            CsrGraph g = net[layer.Layer];
            long m = g.EdgeCount;
            Assert.Equal((g.IsDirected ? m : 2 * m) / (double)(n * (n - 1)), layer.Density, 12);
            if (g.IsDirected && m > 0)
            {
                long reciprocated = g.Edges().Count(e => g.HasEdge(e.Target, e.Source));
                Assert.Equal(reciprocated / (double)m, layer.Reciprocity!.Value, 12);
            }
            else
            {
                Assert.Null(layer.Reciprocity);
            }

            Assert.Equal(ComponentCount(Neighbours(g), removed: -1), layer.Components);

            // The modularity is that of the seeded Leiden partition (the one behind the community column).
            Partition partition = Communities.Leiden(g, new CommunityOptions { Seed = SurveyAnalyzer.DefaultSeed }, TestContext.Current.CancellationToken);
            Assert.Equal(Communities.Modularity(g, partition.Labels), layer.Modularity!.Value, 12);
            Assert.InRange(layer.Modularity!.Value, -0.5, 1.0);
        }

        CsrGraph all = net[SurveyLayer.All];
        HashSet<int>[] adjacency = Neighbours(all);
        Setting[] settings = [.. net.Nodes.Keys.Select(id => net.Dataset.Actors.First(x => x.Id == id).Setting)];

        // Cut points: non-isolated actors whose removal leaves more components than there were.
        int components = ComponentCount(adjacency, removed: -1);
        string[] cuts = [.. Enumerable.Range(0, n).Where(v => adjacency[v].Count > 0 && ComponentCount(adjacency, v) > components).Select(v => net.Nodes[v])];
        Assert.Equal(cuts, a.Gaps.CutPoints);

        // Missing ties: every untied hospital × ambulatory pair once, scored Σ 1/d(w) over common neighbours, best first.
        var expected = new Dictionary<(string, string), double>();
        for (int h = 0; h < n; h++)
        {
            for (int v = 0; v < n; v++)
            {
                if (settings[h] == Setting.Hospital && settings[v] == Setting.Ambulatory && !adjacency[h].Contains(v))
                {
                    expected[(net.Nodes[h], net.Nodes[v])] = adjacency[h].Intersect(adjacency[v]).Sum(w => 1.0 / adjacency[w].Count);
                }
            }
        }

        Assert.Equal(expected.Count, a.Gaps.MissingHospitalAmbulatory.Length);
        Assert.NotEmpty(a.Gaps.MissingHospitalAmbulatory);
        foreach (SuggestedTie t in a.Gaps.MissingHospitalAmbulatory)
        {
            Assert.Equal(expected[(t.Hospital, t.Ambulatory)], t.Score, 12);
        }

        for (int i = 1; i < a.Gaps.MissingHospitalAmbulatory.Length; i++)
        {
            SuggestedTie previous = a.Gaps.MissingHospitalAmbulatory[i - 1], current = a.Gaps.MissingHospitalAmbulatory[i];
            Assert.True(
                previous.Score > current.Score + 1e-12 ||
                (Math.Abs(previous.Score - current.Score) <= 1e-12 &&
                 string.CompareOrdinal(previous.Hospital + "\0" + previous.Ambulatory, current.Hospital + "\0" + current.Ambulatory) < 0),
                $"{previous} then {current}");
        }
    }

    private static HashSet<int>[] Neighbours(CsrGraph g)
    {
        HashSet<int>[] result = [.. Enumerable.Range(0, g.NodeCount).Select(_ => new HashSet<int>())];
        foreach (Edge e in g.Edges())
        {
            result[e.Source].Add(e.Target);
            result[e.Target].Add(e.Source);
        }

        return result;
    }

    private static int ComponentCount(HashSet<int>[] adjacency, int removed)
    {
        bool[] seen = new bool[adjacency.Length];
        int count = 0;
        for (int s = 0; s < adjacency.Length; s++)
        {
            if (s == removed || seen[s])
            {
                continue;
            }

            count++;
            var stack = new Stack<int>([s]);
            seen[s] = true;
            while (stack.TryPop(out int u))
            {
                foreach (int w in adjacency[u].Where(w => w != removed && !seen[w]))
                {
                    seen[w] = true;
                    stack.Push(w);
                }
            }
        }

        return count;
    }

    private static string Normalize(JsonElement element) =>
        JsonSerializer.Serialize(element).Replace(" ", string.Empty, StringComparison.Ordinal);
}
