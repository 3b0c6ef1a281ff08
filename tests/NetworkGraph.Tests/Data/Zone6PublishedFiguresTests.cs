using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Tests.Data;

/// <summary>
/// The bundled care-zone-6 dataset (<c>data/zone6</c>) must reproduce the figures published in the
/// RASSAEF 2015 survey report (Graphs 2–13). The figures are recomputed here from the CSV files with a
/// small, self-contained implementation of the survey-format and report definitions (docs/en/survey-format.md, docs/en/outputs.md), so the check does not depend
/// on the library's survey reader.
/// </summary>
public sealed class Zone6PublishedFiguresTests
{
    private static readonly string[] Types = ["sending", "receiving", "exchange"];
    private static readonly string[] Frequencies = ["none", "very_rarely", "occasionally", "regularly", "systematically"];
    private static readonly string[] Channels = ["phone", "mail", "meeting", "informal", "other"];

    private static readonly Lazy<SurveyFiles> Files = new(() => SurveyFiles.Load(DatasetDirectory("zone6")));
    private static readonly Lazy<SurveyTally> Tally = new(() => SurveyTally.Compute(Files.Value));
    private static readonly Lazy<JsonDocument> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(DatasetDirectory("zone6"), "expected.json"))));

    private static JsonElement ExpectedSurvey => Expected.Value.RootElement.GetProperty("survey");

    [Fact]
    public void Dataset_RespondentsAndZone_MatchReport()
    {
        SurveyTally tally = Tally.Value;
        Assert.Equal(44, tally.RespondentCount);
        Assert.Equal("6", tally.HomeZone);
        Assert.Equal(Expected.Value.RootElement.GetProperty("dataset").GetProperty("actors").GetInt32(), tally.ActorCount);

        // Table 1: 39 services in zone 6, every one with at least one respondent.
        var actors = Files.Value.Actors.ToDictionary(a => a["id"], StringComparer.Ordinal);
        var interviewed = Files.Value.Respondents.Select(r => r["actor"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(39, interviewed.Count);
        Assert.All(interviewed, id => Assert.Equal("6", actors[id]["zone"]));
    }

    [Fact]
    public void Dataset_Rows_FollowContractFormat()
    {
        SurveyFiles files = Files.Value;
        var settings = new HashSet<string>(["hospital", "ambulatory", "social", "other"], StringComparer.Ordinal);
        Assert.All(files.Actors, a =>
        {
            Assert.Matches("^[A-Za-z0-9_.-]+$", a["id"]);
            Assert.Contains(a["setting"], settings);
        });
        Assert.Equal(files.Actors.Count, files.Actors.Select(a => a["id"]).Distinct(StringComparer.Ordinal).Count());

        var actorIds = files.Actors.Select(a => a["id"]).ToHashSet(StringComparer.Ordinal);
        Assert.All(files.Respondents, r =>
        {
            Assert.Contains(r["actor"], actorIds);
            var date = DateOnly.ParseExact(r["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(date, new DateOnly(2015, 2, 1), new DateOnly(2015, 8, 31));
            foreach (string role in new[] { "role_has", "role_wants", "role_should" })
            {
                if (r[role].Length > 0)
                {
                    Assert.InRange(int.Parse(r[role], CultureInfo.InvariantCulture), 0, 5);
                }
            }
        });

        Assert.All(files.Answers, a =>
        {
            Assert.Contains(a["type"], Types);
            Assert.Contains(a["frequency"], Frequencies);
            if (a["frequency"] == "none")
            {
                Assert.Empty(a["channels"]);
                Assert.NotEmpty(a["reason"]);
            }
            else
            {
                Assert.NotEmpty(a["channels"]);
                Assert.All(a["channels"].Split(';'), c => Assert.Contains(c, Channels));
            }
        });
    }

    [Theory]
    [InlineData("sending")]
    [InlineData("receiving")]
    [InlineData("exchange")]
    public void Frequency_EachType_MatchesExpectedCounts(string type)
    {
        foreach (string f in Frequencies)
        {
            Assert.Equal(ExpectedSurvey.GetProperty("frequency").GetProperty(type).GetProperty(f).GetInt32(), Tally.Value.Frequency[type][f]);
        }
    }

    [Theory]
    [InlineData("sending")]
    [InlineData("receiving")]
    [InlineData("exchange")]
    public void Channels_EachType_MatchExpectedCounts(string type)
    {
        foreach (string c in Channels)
        {
            Assert.Equal(ExpectedSurvey.GetProperty("channels").GetProperty(type).GetProperty(c).GetInt32(), Tally.Value.Channels[type][c]);
        }

        for (int k = 1; k <= 5; k++)
        {
            string key = k.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(ExpectedSurvey.GetProperty("channel_count").GetProperty(type).GetProperty(key).GetInt32(), Tally.Value.ChannelCount[type][k]);
        }
    }

    [Theory]
    [InlineData("sending", "in_zone")]
    [InlineData("sending", "out_of_zone")]
    [InlineData("receiving", "in_zone")]
    [InlineData("receiving", "out_of_zone")]
    [InlineData("exchange", "in_zone")]
    [InlineData("exchange", "out_of_zone")]
    public void TopPartners_EachTypeAndSide_MatchExpectedOrder(string type, string side)
    {
        var expected = ExpectedSurvey.GetProperty("top_partners").GetProperty(type).GetProperty(side).EnumerateArray()
            .Select(e => (e.GetProperty("actor").GetString()!, e.GetProperty("mentions").GetInt32()))
            .ToArray();
        var actual = side == "in_zone" ? Tally.Value.TopInZone[type] : Tally.Value.TopOutOfZone[type];
        Assert.Equal(expected, actual);
    }

    // The report's own percentages (Graphs 2, 3, 6, 7, 10): share of respondents (frequency) or of
    // respondents with some contact of that type (channels), to within 2.5 percentage points.
    [Theory]
    [InlineData("frequency", "sending", "none", 13)]
    [InlineData("frequency", "sending", "very_rarely", 13)]
    [InlineData("frequency", "sending", "occasionally", 25)]
    [InlineData("frequency", "sending", "regularly+systematically", 47)]
    [InlineData("frequency", "receiving", "none+very_rarely", 24)]
    [InlineData("frequency", "receiving", "occasionally", 20)]
    [InlineData("frequency", "receiving", "regularly+systematically", 56)]
    [InlineData("frequency", "exchange", "none+very_rarely", 34)]
    [InlineData("frequency", "exchange", "occasionally", 33)]
    [InlineData("frequency", "exchange", "regularly+systematically", 37)]
    [InlineData("channels", "sending", "phone", 90)]
    [InlineData("channel_count", "sending", "1", 54)]
    [InlineData("channel_count", "sending", "2", 26)]
    [InlineData("channel_count", "sending", "3", 18)]
    [InlineData("channel_count", "sending", "5", 2)]
    [InlineData("channel_count", "receiving", "1", 26)]
    [InlineData("channel_count", "receiving", "2", 46)]
    [InlineData("channel_count", "receiving", "3", 28)]
    [InlineData("channel_count", "receiving", "4", 0)]
    [InlineData("channels", "receiving", "phone", 100)]
    [InlineData("channels", "receiving", "mail", 0)]
    [InlineData("channels", "receiving", "informal", 0)]
    public void PublishedShare_Figure_ReproducedWithinTwoAndAHalfPoints(string figure, string type, string keys, int publishedPercent)
    {
        SurveyTally tally = Tally.Value;
        int active = tally.RespondentCount - tally.Frequency[type]["none"];
        (int count, int denominator) = figure switch
        {
            "frequency" => (keys.Split('+').Sum(f => tally.Frequency[type][f]), tally.RespondentCount),
            "channels" => (tally.Channels[type][keys], active),
            "channel_count" => (tally.ChannelCount[type][int.Parse(keys, CultureInfo.InvariantCulture)], active),
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
        double percent = 100.0 * count / denominator;
        Assert.InRange(percent, publishedPercent - 2.5, publishedPercent + 2.5);
    }

    // Ranks the report states in the captions of Graphs 4, 5, 8, 9 and 12.
    [Theory]
    [InlineData("sending", "in_zone", 1, "mg")]
    [InlineData("sending", "out_of_zone", 1, "isosl")]
    [InlineData("sending", "out_of_zone", 2, "citadelle")]
    [InlineData("receiving", "in_zone", 1, "psy_indep")]
    [InlineData("receiving", "in_zone", 2, "mg")]
    [InlineData("receiving", "out_of_zone", 1, "isosl")]
    [InlineData("exchange", "in_zone", 1, "relais_sante")]
    [InlineData("exchange", "in_zone", 2, "psy_indep")]
    [InlineData("exchange", "in_zone", 3, "mg")]
    public void TopPartners_PublishedRank_Holds(string type, string side, int rank, string actor)
    {
        var list = side == "in_zone" ? Tally.Value.TopInZone[type] : Tally.Value.TopOutOfZone[type];
        Assert.Equal(actor, list[rank - 1].Actor);
        if (rank < list.Count)
        {
            Assert.True(list[rank - 1].Mentions > list[rank].Mentions, "a published rank must not rest on an id tie-break");
        }
    }

    [Fact]
    public void TopPartners_InZoneSending_IncludeSpecialisedServicesAndAvatFirstAmongThem()
    {
        var ids = Tally.Value.TopInZone["sending"].Select(x => x.Actor).ToList();
        Assert.Contains("avat", ids);
        Assert.Contains("guidance_verviers", ids);
        Assert.Contains("hautes_fagnes", ids);
        Assert.Equal(1, ids.IndexOf("avat"));
    }

    [Fact]
    public void TopPartners_Receiving_JudicialSectorAndVerviersSocialServicesInTopTen()
    {
        var ids = Tally.Value.TopInZone["receiving"].Select(x => x.Actor).ToList();
        Assert.Equal(2, ids.IndexOf("judiciaire"));
        Assert.Contains("cpas", ids);
        Assert.Contains("rsu", ids);
        Assert.Contains("dus", ids);
    }

    [Fact]
    public void TopPartners_SendingPlusReceiving_TopThreeAreGpsCpfaAndPsychiatrists()
    {
        var combined = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string type in new[] { "sending", "receiving" })
        {
            foreach ((string actor, int mentions) in Tally.Value.TopInZone[type])
            {
                combined[actor] = combined.GetValueOrDefault(actor) + mentions;
            }
        }

        var top3 = combined.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3).Select(kv => kv.Key);
        Assert.Equal(["mg", "cpfa", "psy_indep"], top3);
    }

    [Fact]
    public void TopPartners_OutOfZoneExchange_VeryFew()
    {
        Assert.True(Tally.Value.TopOutOfZone["exchange"].Sum(x => x.Mentions) < Tally.Value.TopOutOfZone["sending"].Sum(x => x.Mentions) / 2);
    }

    [Fact]
    public void Unresolved_PartnerNames_AreListedAsFirstWritten()
    {
        var expected = Expected.Value.RootElement.GetProperty("validation").GetProperty("unresolved").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(expected, Tally.Value.Unresolved);
        Assert.Equal(["Infor-Drogues", "SAJ de Verviers", "Télé-Accueil"], Tally.Value.Unresolved);
    }

    [Theory]
    [InlineData("le généraliste", "mg")]
    [InlineData("Le Généraliste", "mg")]
    [InlineData("medecin generaliste", "mg")]
    [InlineData("CPFA ", "cpfa")]
    [InlineData("freres alexiens", "cpfa")]
    [InlineData("Relais santé", "relais_sante")]
    [InlineData("relais sante", "relais_sante")]
    [InlineData(" Relais Santé", "relais_sante")]
    [InlineData("PSYCHIATRE PRIVÉ", "psy_indep")]
    [InlineData("A.V.A.T.", "avat")]
    [InlineData("C.P.A.S.", "cpas")]
    [InlineData("isosl", "isosl")]
    public void PartnerResolution_SpellingUsedInDataset_ResolvesToActor(string written, string actor)
    {
        Assert.Contains(Files.Value.Partners, p => p["partner"] == written);
        Assert.Equal(actor, Tally.Value.Resolve(written));
    }

    [Fact]
    public void Tally_OneAnswerEdited_NoLongerMatchesExpected()
    {
        // The check is sensitive: turning one regular sender into "none" changes the published shares.
        SurveyFiles files = Files.Value;
        var answers = files.Answers.Select(a => new Dictionary<string, string>(a, StringComparer.Ordinal)).ToList();
        var row = answers.First(a => a["type"] == "sending" && a["frequency"] == "regularly");
        row["frequency"] = "none";
        row["channels"] = "";
        var edited = SurveyTally.Compute(files with { Answers = answers });
        Assert.NotEqual(ExpectedSurvey.GetProperty("frequency").GetProperty("sending").GetProperty("none").GetInt32(), edited.Frequency["sending"]["none"]);

        var partners = files.Partners.Where(p => !(p["type"] == "sending" && Tally.Value.Resolve(p["partner"]) == "mg")).ToList();
        var withoutGp = SurveyTally.Compute(files with { Partners = partners });
        Assert.NotEqual("mg", withoutGp.TopInZone["sending"][0].Actor);
    }

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

    private sealed record SurveyFiles(
        IReadOnlyList<IReadOnlyDictionary<string, string>> Actors,
        IReadOnlyList<IReadOnlyDictionary<string, string>> Respondents,
        IReadOnlyList<IReadOnlyDictionary<string, string>> Answers,
        IReadOnlyList<IReadOnlyDictionary<string, string>> Partners)
    {
        public static SurveyFiles Load(string folder) => new(
            Csv.Read(Path.Combine(folder, "actors.csv")),
            Csv.Read(Path.Combine(folder, "respondents.csv")),
            Csv.Read(Path.Combine(folder, "answers.csv")),
            Csv.Read(Path.Combine(folder, "partners.csv")));
    }

    /// <summary>The survey figures of docs/en/outputs.md, computed the obvious way.</summary>
    private sealed class SurveyTally
    {
        private readonly Dictionary<string, string> _lookup = new(StringComparer.Ordinal);

        public int RespondentCount { get; private init; }

        public int ActorCount { get; private set; }

        public string HomeZone { get; private set; } = "";

        public Dictionary<string, Dictionary<string, int>> Frequency { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<string, int>> Channels { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int[]> ChannelCount { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string Actor, int Mentions)>> TopInZone { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string Actor, int Mentions)>> TopOutOfZone { get; } = new(StringComparer.Ordinal);

        public List<string> Unresolved { get; } = [];

        /// <summary>Actor id for a partner text, or null when it matches no actor.</summary>
        public string? Resolve(string written) => _lookup.GetValueOrDefault(Normalize(written));

        public static SurveyTally Compute(SurveyFiles files)
        {
            var tally = new SurveyTally { RespondentCount = files.Respondents.Count };
            var zone = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in files.Actors)
            {
                zone[a["id"]] = a["zone"];
                var names = new[] { a["id"], a["name"] }.Concat(a["aliases"].Split(';'));
                foreach (string name in names.Where(n => n.Trim().Length > 0))
                {
                    tally._lookup.TryAdd(Normalize(name), a["id"]);
                }
            }

            // Partners: resolve, or add an unknown actor named as first written.
            var unresolvedByKey = new Dictionary<string, string>(StringComparer.Ordinal);
            var resolved = new List<(string Respondent, string Type, string Actor)>();
            foreach (var p in files.Partners)
            {
                string? id = tally.Resolve(p["partner"]);
                if (id is null)
                {
                    string key = Normalize(p["partner"]);
                    if (!unresolvedByKey.TryGetValue(key, out id))
                    {
                        id = p["partner"].Trim();
                        unresolvedByKey[key] = id;
                        zone[id] = "";
                    }
                }

                resolved.Add((p["respondent"], p["type"], id));
            }

            tally.Unresolved.AddRange(unresolvedByKey.Values.Order(StringComparer.Ordinal));
            tally.ActorCount = zone.Count;

            var actorOf = files.Respondents.ToDictionary(r => r["respondent"], r => r["actor"], StringComparer.Ordinal);
            tally.HomeZone = actorOf.Values.GroupBy(a => zone[a], StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

            var answerOf = files.Answers.ToDictionary(a => (a["respondent"], a["type"]));
            foreach (string type in Types)
            {
                var freq = Frequencies.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
                var chans = Zone6PublishedFiguresTests.Channels.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
                int[] count = new int[6];
                foreach (string respondent in actorOf.Keys)
                {
                    string f = answerOf.TryGetValue((respondent, type), out var answer) ? FrequencyName(answer["frequency"]) : "none";
                    freq[f]++;
                    if (f == "none")
                    {
                        continue;
                    }

                    var cited = answer!["channels"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Distinct(StringComparer.Ordinal).ToList();
                    cited.ForEach(c => chans[c]++);
                    count[cited.Count]++;
                }

                tally.Frequency[type] = freq;
                tally.Channels[type] = chans;
                tally.ChannelCount[type] = count;

                var ranked = resolved.Where(r => r.Type == type)
                    .GroupBy(r => r.Actor, StringComparer.Ordinal)
                    .Select(g => (Actor: g.Key, Mentions: g.Select(r => r.Respondent).Distinct(StringComparer.Ordinal).Count()))
                    .OrderByDescending(x => x.Mentions).ThenBy(x => x.Actor, StringComparer.Ordinal)
                    .ToList();
                tally.TopInZone[type] = ranked.Where(x => zone[x.Actor] == tally.HomeZone).Take(10).ToList();
                tally.TopOutOfZone[type] = ranked.Where(x => zone[x.Actor] != tally.HomeZone).Take(10).ToList();
            }

            return tally;
        }

        private static string FrequencyName(string value) => value.Trim() switch
        {
            "0" => "very_rarely",
            "1" => "occasionally",
            "2" => "regularly",
            "3" => "systematically",
            var v => v,
        };

        // Latin letters with diacritics (U+00C0–U+017F whose canonical decomposition is an ASCII letter plus
        // combining marks) and their base letters. Spelled out because string.Normalize(FormD) does not
        // decompose under InvariantGlobalization (Directory.Build.props), so it cannot strip accents here.
        private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
        private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

        /// <summary>Case-, accent- and surrounding-space-insensitive key (docs/en/survey-format.md).</summary>
        private static string Normalize(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text.Trim())
            {
                if (c is >= '\u0300' and <= '\u036F')
                {
                    continue; // combining diacritical mark (already decomposed input)
                }

                int i = Accented.IndexOf(c, StringComparison.Ordinal);
                sb.Append(char.ToUpperInvariant(i < 0 ? c : Unaccented[i]));
            }

            return sb.ToString();
        }
    }

    /// <summary>Minimal RFC 4180 reader: BOM, comma or semicolon (from the header), quotes, CRLF or LF.</summary>
    private static class Csv
    {
        public static List<IReadOnlyDictionary<string, string>> Read(string path)
        {
            string text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
            int headerEnd = text.IndexOf('\n', StringComparison.Ordinal);
            string headerLine = headerEnd < 0 ? text : text[..headerEnd];
            char delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
            var records = Parse(text, delimiter);
            string[] header = records[0];
            var rows = new List<IReadOnlyDictionary<string, string>>();
            foreach (string[] record in records.Skip(1))
            {
                Assert.True(record.Length == header.Length, $"{Path.GetFileName(path)}: {record.Length} fields, header has {header.Length}");
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < header.Length; i++)
                {
                    row[header[i]] = record[i];
                }

                rows.Add(row);
            }

            return rows;
        }

        private static List<string[]> Parse(string text, char delimiter)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add([.. fields]);
            }

            return records;
        }
    }
}
