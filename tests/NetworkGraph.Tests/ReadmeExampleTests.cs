using System.Globalization;
using NetworkGraph.Algorithms;
using NetworkGraph.Graphs;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests;

/// <summary>The library example of README.md is this code: the test runs it and checks the README still shows it verbatim.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_AndReadmeShowsThisCode()
    {
        string folder = RepositoryPaths.Data("zone6");
        using var console = new StringWriter(CultureInfo.InvariantCulture);

        // README example begins
        // A survey wave (four CSV files, docs/en/survey-format.md) becomes a multiplex network of actors.
        IngestionResult ingestion = SurveyReader.Read(folder);
        SurveyNetwork network = SurveyNetwork.Build(ingestion.ThrowIfInvalid());
        CsrGraph referral = network[SurveyLayer.Referral];

        // Who brokers the referrals? Brandes betweenness on all cores, normalised as NetworkX does.
        NodeScores betweenness = Centrality.Betweenness(referral);
        int top = Enumerable.Range(0, referral.NodeCount).MaxBy(v => betweenness[v]);
        console.WriteLine($"{referral.Nodes[top]}: {betweenness[top]:0.000}");

        // Any graph of your own: nodes by key, an immutable compact graph, Leiden communities.
        var builder = new CsrGraphBuilder(directed: false);
        builder.AddEdge("gp-verviers", "psy-ward", weight: 3.0);
        builder.AddEdge("psy-ward", "day-hospital");
        builder.AddEdge("gp-verviers", "social-service");
        CsrGraph graph = builder.Build();
        Partition communities = Communities.Leiden(graph, new CommunityOptions { Seed = 7 });
        console.WriteLine($"{communities.Count} communities, modularity {communities.Modularity:0.000}");
        // README example ends

        Assert.Equal("cpfa", referral.Nodes[top]);
        Assert.True(communities.Count >= 1);

        string[] code = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "NetworkGraph.Tests", "ReadmeExampleTests.cs"))
            .SkipWhile(l => !l.Contains("// README example begins", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.Contains("// README example ends", StringComparison.Ordinal))
            .Select(l => l.Trim().Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal))
            .ToArray();
        string[] readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).Select(l => l.Trim()).ToArray();
        int start = Array.IndexOf(readme, code[0]);
        Assert.True(start >= 0, "README.md does not show the library example");
        Assert.Equal(code, readme.Skip(start).Take(code.Length));
    }
}
