using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkGraph.Analysis;
using NetworkGraph.Model;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary><c>compare</c>, <c>directory</c> and <c>--pseudonymize</c>, end to end through the CLI.</summary>
public sealed class FollowUpCommandsTests
{
    private const string Secret = "zone6-follow-up-secret";

    [Fact]
    public void Compare_Zone6With2017_ShowsExactlyTheChangesMade()
    {
        using var temp = new TempDirectory();
        var (code, output, error) = CliRunner.Run("compare", RepositoryPaths.Data("zone6"), RepositoryPaths.Data("zone6-2017"), "--out", temp.Path, "--permutations", "99");
        Assert.True(code == 0, error);
        Assert.Contains("wrote compare.json, compare.html", output);

        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Data("zone6-2017", "expected_changes.json")));
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(temp.Combine("compare.json")));
        JsonElement e = expected.RootElement, a = actual.RootElement;
        foreach (JsonProperty layer in e.GetProperty("layers").EnumerateObject())
        {
            foreach (string change in new[] { "gained", "lost" })
            {
                Assert.Equal(Pairs(layer.Value.GetProperty(change), "from", "to"), Pairs(a.GetProperty("layers").GetProperty(layer.Name).GetProperty(change), "from", "to"));
            }
        }

        foreach (string key in new[] { "resolved", "new" })
        {
            Assert.Equal(Ids(e.GetProperty("isolated").GetProperty(key)), Ids(a.GetProperty("isolated").GetProperty(key)));
        }

        foreach (string key in new[] { "linked", "lost" })
        {
            Assert.Equal(Pairs(e.GetProperty("hospital_ambulatory").GetProperty(key), "hospital", "ambulatory"), Pairs(a.GetProperty("hospital_ambulatory").GetProperty(key), "hospital", "ambulatory"));
        }

        // The page names the changed ties by name, gained and lost apart.
        string html = WebUtility.HtmlDecode(File.ReadAllText(temp.Combine("compare.html")));
        Assert.Contains("SSM Centre Familial d'Education", html);
        Assert.Contains("class=\"gained\"", html);
        Assert.Contains("class=\"lost\"", html);
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Compare_MappingRenamesAnActor_TiesFollowTheNewId()
    {
        using var temp = new TempDirectory();
        string b = CopyDataset(RepositoryPaths.Data("zone6-2017"), temp.Combine("b"), ("mm_mosaique", "mm_mosaique_2017"));
        string mapping = temp.Combine("mapping.csv");
        File.WriteAllText(mapping, "from,to\nmm_mosaique,mm_mosaique_2017\n");
        var (code, _, error) = CliRunner.Run("compare", RepositoryPaths.Data("zone6"), b, "--out", temp.Combine("out"), "--mapping", mapping, "--permutations", "0", "-q");
        Assert.True(code == 0, error);
        using JsonDocument actual = JsonDocument.Parse(File.ReadAllText(temp.Combine("out", "compare.json")));
        var exchange = Pairs(actual.RootElement.GetProperty("layers").GetProperty("exchange").GetProperty("gained"), "from", "to");
        Assert.Contains(("cpfa", "mm_mosaique_2017"), exchange);
        Assert.DoesNotContain(exchange, p => p.Item1 == "mm_mosaique" || p.Item2 == "mm_mosaique");
    }

    [Fact]
    public void Directory_Zone6_ListsEveryActorOnceInBothFiles()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = CliRunner.Run("directory", RepositoryPaths.Data("zone6"), "--out", temp.Path, "--lang", "fr", "-q");
        Assert.True(code == 0, error);
        string[] actors = [.. DatasetInput.Read(RepositoryPaths.Data("zone6")).Network.Dataset.Actors.Select(x => x.Id).Order(StringComparer.Ordinal)];
        var (header, rows) = CliRunner.ReadCsv(temp.Combine("directory.csv"));
        Assert.Equal(["id", "name", "kind", "setting", "zone"], header[..5]);
        Assert.Contains("municipality", header);
        Assert.Equal(actors, rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        string html = File.ReadAllText(temp.Combine("directory.html"));
        string[] inPage = [.. Regex.Matches(html, "data-actor=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal)];
        Assert.Equal(actors, inPage);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("Répertoire des services", html);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("directory")]
    [InlineData("compare")]
    public void Pseudonymize_WithoutOrWithShortSecret_Exit2AndWritesNothing(string command)
    {
        using var temp = new TempDirectory();
        string zone6 = RepositoryPaths.Data("zone6");
        string[] inputs = command == "compare" ? [zone6, RepositoryPaths.Data("zone6-2017")] : [zone6];
        string outDir = temp.Combine("out");
        foreach (string[] extra in new[] { new[] { "--pseudonymize", "--secret", "short" }, ["--secret", Secret] })
        {
            var (code, _, error) = CliRunner.Run([command, .. inputs, "--out", outDir, .. extra]);
            Assert.Equal(2, code);
            Assert.Contains("--secret", error);
            Assert.False(Directory.Exists(outDir));
        }
    }

    [Fact]
    public void Outputs_NameNoPersonWhenPseudonymized_AndNoRespondentDetailEver()
    {
        using var temp = new TempDirectory();
        string a = CopyDataset(RepositoryPaths.Data("zone6"), temp.Combine("a"));
        string b = CopyDataset(RepositoryPaths.Data("zone6-2017"), temp.Combine("b"));
        AddPersons(a, secondWave: false);
        AddPersons(b, secondWave: true);
        string[] personal = ["dr_lambert", "jm_dupont", "Lambert", "Dupont", "Jean-Marc"];
        string[] respondentDetails = RespondentDetails(a);

        Dictionary<string, string> plain = RunAll(a, b, temp.Combine("plain"), []);
        Dictionary<string, string> pseudo = RunAll(a, b, temp.Combine("pseudo"), ["--pseudonymize", "--secret", Secret]);

        Assert.Equal(11, plain.Count); // analyze 5, compare 2, directory 2 × 2
        Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), pseudo.Keys.Order(StringComparer.Ordinal));
        foreach ((string file, string text) in plain)
        {
            // Without --pseudonymize the persons are there (so the check below can fail) …
            Assert.True(personal.Any(p => Contains(text, p)), $"{file} names no person even without --pseudonymize");
            string? detail = respondentDetails.FirstOrDefault(d => Contains(text, d));
            Assert.True(detail is null, $"{file} contains the respondent detail '{detail}'");
        }

        var pseudonymizer = new Pseudonymizer(Secret);
        foreach ((string file, string text) in pseudo)
        {
            // … and with it neither they nor any respondent detail appear in any output file.
            string? leak = personal.Concat(respondentDetails).FirstOrDefault(p => Contains(text, p));
            Assert.True(leak is null, $"{file} contains '{leak}'");
        }

        // Both waves pseudonymize alike: the person's pseudonym is the same in both waves' directories.
        string pseudonym = pseudonymizer.Pseudonym("dr_lambert");
        Assert.Contains(pseudonym, pseudo["directory-a/directory.csv"]);
        Assert.Contains(pseudonym, pseudo["directory-b/directory.csv"]);
    }

    private static Dictionary<string, string> RunAll(string a, string b, string root, string[] extra)
    {
        (string Name, string[] Args)[] runs =
        [
            ("analyze", ["analyze", a]),
            ("compare", ["compare", a, b, "--permutations", "9"]),
            ("directory-a", ["directory", a]),
            ("directory-b", ["directory", b]),
        ];
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string[] args) in runs)
        {
            string outDir = Path.Combine(root, name);
            var (code, _, error) = CliRunner.Run([.. args, "--out", outDir, "-q", "--lang", "fr", .. extra]);
            Assert.True(code == 0, name + ": " + error);
            foreach (string file in Directory.GetFiles(outDir))
            {
                texts[name + "/" + Path.GetFileName(file)] = Readable(File.ReadAllText(file));
            }
        }

        return texts;
    }

    /// <summary>The text as a reader sees it: HTML/XML entities and JSON \u escapes decoded.</summary>
    private static string Readable(string text) =>
        Regex.Replace(WebUtility.HtmlDecode(text), @"\\u([0-9A-Fa-f]{4})", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static bool Contains(string text, string value) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}_])" + Regex.Escape(value) + @"(?![\p{L}\p{N}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Interview dates and the functions distinctive enough to be searched for: several words, none an actor name (one-word functions such as "coordinateur" are also report words).</summary>
    private static string[] RespondentDetails(string folder)
    {
        SurveyDataset d = SurveyReader.Read(folder).ThrowIfInvalid();
        string actorText = string.Join("\n", d.Actors.SelectMany(x => new[] { x.Id, x.Name, x.Kind }.Concat(x.Aliases).Concat(x.Attributes.Values)));
        var functions = d.Respondents.Select(r => r.Function).Where(f => f.Length >= 12 && f.Contains(' ', StringComparison.Ordinal) && !actorText.Contains(f, StringComparison.OrdinalIgnoreCase));
        return [.. d.Respondents.Select(r => r.Date).Where(x => x.Length > 0), .. functions.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Two persons: a GP who answered the survey and a coordinator flagged <c>person=true</c>, both named by
    /// partners; in the second wave CHSA starts exchanging with the GP (a gained tie, so compare names her).</summary>
    private static void AddPersons(string folder, bool secondWave)
    {
        File.AppendAllText(Path.Combine(folder, "actors.csv"),
            "dr_lambert,Dr Anne Lambert,gp,ambulatory,6,\"Dr Lambert;A. Lambert\",Verviers,,false\n" +
            "jm_dupont,Jean-Marc Dupont,coordinator,social,6,J-M Dupont,Verviers,,true\n");
        File.AppendAllText(Path.Combine(folder, "respondents.csv"), "R90,dr_lambert,médecin généraliste installée depuis peu,12,2015-09-30,2,3,3\n");
        File.AppendAllText(Path.Combine(folder, "answers.csv"),
            "R90,sending,regularly,phone,\nR90,receiving,occasionally,phone,\nR90,exchange,occasionally,phone,\n");
        File.AppendAllText(Path.Combine(folder, "partners.csv"),
            "R90,sending,CHR Verviers,,,\nR90,exchange,Jean-Marc Dupont,,,\nR01,sending,Dr Lambert,,,\nR02,exchange,J-M Dupont,,,\n" +
            (secondWave ? "R03,exchange,A. Lambert,,,\n" : string.Empty));
    }

    /// <summary>Copies a dataset's CSV files, renaming one actor id if asked.</summary>
    private static string CopyDataset(string from, string to, (string Old, string New)? rename = null)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*.csv"))
        {
            string text = File.ReadAllText(file);
            if (rename is { } r)
            {
                text = Regex.Replace(text, @"(?<=^|[,\n])" + Regex.Escape(r.Old) + @"(?=,)", r.New);
            }

            File.WriteAllText(Path.Combine(to, Path.GetFileName(file)), text);
        }

        return to;
    }

    private static List<(string, string)> Pairs(JsonElement array, string first, string second) =>
        [.. array.EnumerateArray().Select(p => (p.GetProperty(first).GetString()!, p.GetProperty(second).GetString()!))];

    private static List<string> Ids(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetString()!)];
}
