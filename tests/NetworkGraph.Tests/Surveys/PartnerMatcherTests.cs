using System.Globalization;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

/// <summary>Fuzzy partner matching: accents, case, word order, articles and titles, acronyms and small typos; measured on
/// the committed set of misspelled partners built from the three bundled datasets.</summary>
public sealed class PartnerMatcherTests
{
    private static readonly Actor[] Actors =
    [
        new() { Id = "cpfa", Name = "Clinique Psychiatrique des Frères Alexiens", Aliases = ["CPFA", "Frères Alexiens"] },
        new() { Id = "avat", Name = "Aide et Vie Active Thérapeutique" },
        new() { Id = "chr", Name = "Centre Hospitalier Régional de Verviers" },
        new() { Id = "cpas", Name = "CPAS Verviers" },
    ];

    [Theory]
    [InlineData("freres alexiens", "cpfa")]
    [InlineData("les Frères Alexiens", "cpfa")]
    [InlineData("Alexiens Frères", "cpfa")]
    [InlineData("Clinique psychiatrique des Freres Alexeins", "cpfa")]
    [InlineData("A.V.A.T.", "avat")]
    [InlineData("l'AVAT", "avat")]
    [InlineData("CHRV", "chr")]
    [InlineData("service de Centre hospitalier régional Verviers", "chr")]
    [InlineData("le CPAS de Verviers", "cpas")]
    public void IntendedActorComesFirst(string partner, string actor)
    {
        var matcher = new PartnerMatcher(Actors);
        PartnerSuggestion first = matcher.Suggest(partner)[0];
        Assert.Equal(actor, first.Actor);
        Assert.InRange(first.Score, double.Epsilon, 1);
    }

    [Fact]
    public void UnrelatedNameGetsNoSuggestion()
    {
        var matcher = new PartnerMatcher(Actors);
        Assert.Empty(matcher.Suggest("Police de Liège"));
    }

    [Fact]
    public void ScoreIsOneForTheSameWordsAndLowerForATypo()
    {
        Assert.Equal(1, PartnerMatcher.Score("Le Dr Dupont", "dupont"));
        double typo = PartnerMatcher.Score("Clinique Alexeins", "Clinique Alexiens");
        Assert.InRange(typo, 0.5, 0.99);
        Assert.Equal(0, PartnerMatcher.Score("Police", "Clinique"));
    }

    [Fact]
    public void MisspelledPartnersFromTheBundledDatasetsAreFound()
    {
        string root = WorkbookReaderTests.RepositoryDirectory();
        string[] lines = File.ReadAllLines(Path.Combine(root, "tests", "NetworkGraph.Tests", "Fixtures", "partners", "misspelled-partners.csv"));
        var matchers = new Dictionary<string, PartnerMatcher>();
        int total = 0, top1 = 0, top3 = 0;
        var misses = new List<string>();
        foreach (string line in lines.Skip(1))
        {
            string[] f = SplitCsv(line);
            if (!matchers.TryGetValue(f[0], out PartnerMatcher? matcher))
            {
                IngestionResult read = SurveyReader.Read(Path.Combine(root, "data", f[0]));
                matcher = matchers[f[0]] = new PartnerMatcher(read.Dataset.Actors);
            }

            var suggestions = matcher.Suggest(f[3]);
            total++;
            if (suggestions.Length > 0 && suggestions[0].Actor == f[1])
            {
                top1++;
            }
            else
            {
                misses.Add($"{f[2]} '{f[3]}' → {string.Join(", ", suggestions.Select(s => s.Actor + " " + s.Score.ToString(CultureInfo.InvariantCulture)))} (wanted {f[1]})");
            }

            if (suggestions.Any(s => s.Actor == f[1]))
            {
                top3++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"top-1 {top1}/{total}, top-3 {top3}/{total}\n" + string.Join("\n", misses));
        Assert.True(total > 300, "the fixture should hold the misspellings of every bundled actor");
        Assert.True(top1 >= 0.90 * total, $"top-1 {top1}/{total}:\n" + string.Join("\n", misses));
        Assert.True(top3 >= 0.98 * total, $"top-3 {top3}/{total}:\n" + string.Join("\n", misses));
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                sb.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return [.. fields];
    }
}

/// <summary>Suggestions for unresolved partners, and merges only when asked for.</summary>
public sealed class PartnerMatcherMergeTests
{
    [Fact]
    public void NothingIsMergedUnlessAskedAndEachMergeIsListed()
    {
        using var folder = new SurveyFolder(partners: "respondent,type,partner\nr1,sending,the gp\nr1,receiving,AVAT\nr2,sending,Freres Alexeins\nr2,sending,Police\n");
        SurveyDataset dataset = SurveyReader.Read(folder.Path).ThrowIfInvalid();
        Assert.Equal(["Freres Alexeins", "Police"], dataset.Unresolved);

        var suggestions = PartnerMatcher.SuggestUnresolved(dataset);
        Assert.Equal("cpfa", suggestions[0].Value[0].Actor);
        Assert.Empty(suggestions[1].Value);

        SurveyDataset merged = PartnerMatcher.AcceptSuggestions(dataset, 0.5, out var accepted);
        var merge = Assert.Single(accepted);
        Assert.Equal("Freres Alexeins", merge.Key);
        Assert.Equal("cpfa", merge.Value.Actor);
        Assert.Equal(["Police"], merged.Unresolved);
        Assert.DoesNotContain(merged.Actors, a => a.Id == "Freres Alexeins");
        Assert.Contains(merged.Partners, m => m.Partner == "Freres Alexeins" && m.ActorId == "cpfa" && m.IsResolved);

        SurveyDataset strict = PartnerMatcher.AcceptSuggestions(dataset, 1, out var none);
        Assert.Empty(none);
        Assert.Same(dataset, strict);
    }
}
