using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NetworkGraph.Tests.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Docs;

/// <summary>Every key the tool writes into <c>report.json</c> and every <c>metrics.csv</c> column is named on the
/// output page, in English and in French, so a new key cannot ship undocumented.</summary>
public sealed partial class OutputsDocumentationTests
{
    public static TheoryData<string> Pages => new() { "docs/en/outputs.md", "docs/fr/outputs.md" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void OutputsPage_NamesEveryReportKeyAndColumn_OfASurveyAndAnEdgeListRun(string page)
    {
        HashSet<string> documented = Words(File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)));
        DirectoryInfo root = Directory.CreateTempSubdirectory("networkgraph-docs-");
        try
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            string survey = Run(root, "survey", "analyze", RepositoryPaths.Data("zone6"));
            string edges = Run(root, "edges", "analyze", "--edges", Path.Combine(RepositoryPaths.Root, "tests", "NetworkGraph.Tests", "Fixtures", "graphs", "karate.txt"));
            foreach (string folder in new[] { survey, edges })
            {
                CollectKeys(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))), names);
                names.UnionWith(File.ReadLines(Path.Combine(folder, "metrics.csv")).First().Split(','));
            }

            Assert.True(names.Count > 50, $"only {names.Count} names found: the runs wrote less than expected");
            string[] missing = names.Where(n => !documented.Contains(n)).ToArray();
            Assert.True(missing.Length == 0, $"{page} does not name: {string.Join(", ", missing)}");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string Run(DirectoryInfo root, string name, params string[] args)
    {
        string output = root.CreateSubdirectory(name).FullName;
        var (code, _, error) = CliRunner.Run([.. args, "--out", output, "--quiet"]);
        Assert.True(code == 0, error);
        return output;
    }

    private static void CollectKeys(JsonNode? node, ISet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    names.Add(key);
                    CollectKeys(value, names);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    CollectKeys(item, names);
                }

                break;
        }
    }

    private static HashSet<string> Words(string markdown) =>
        Word().Matches(markdown).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();
}
