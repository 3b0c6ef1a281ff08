using System.Text.Json;
using NetworkGraph.Analysis.Surveys;
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
            SurveyReportJson.Write(analysis, writer);
        }

        using JsonDocument actual = JsonDocument.Parse(stream.ToArray());
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        foreach (string key in new[] { "dataset", "survey", "validation" })
        {
            Assert.Equal(Normalize(expected.RootElement.GetProperty(key)), Normalize(actual.RootElement.GetProperty(key)));
        }
    }

    private static string Normalize(JsonElement element) =>
        JsonSerializer.Serialize(element).Replace(" ", string.Empty, StringComparison.Ordinal);
}
