using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Surveys;
using NetworkGraph.Model;
using NetworkGraph.Tests.Support;
using NetworkGraph.Tests.Surveys;

namespace NetworkGraph.Tests.Fuzz;

/// <summary>A seeded mutation fuzzer over the edge-list reader and the survey reader, asserting their contract: a
/// located format error, or a well-formed result; never another exception type. See docs/fuzzing.md.</summary>
/// <remarks>Each target runs for <c>NETWORKGRAPH_FUZZ_SECONDS</c> seconds (default 2) from seed
/// <c>NETWORKGRAPH_FUZZ_SEED</c> (default 1). An input that breaks the contract is written to the system temp folder
/// and named in the failure; minimise it and commit it under <c>Fuzz/Corpus/</c>, where every file is replayed.</remarks>
public sealed class ReaderFuzzTests
{
    private static readonly byte[][] Tokens =
    [
        " "u8.ToArray(), "\t"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "#"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(),
        ";"u8.ToArray(), [0], [0xFF], [0xE9], [0xC3], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], "1e-400"u8.ToArray(), "1e308"u8.ToArray(),
        "NaN"u8.ToArray(), "-1"u8.ToArray(), "0"u8.ToArray(), "4.9e-324"u8.ToArray(), "007"u8.ToArray(), "\"\""u8.ToArray(),
        "none"u8.ToArray(), "sending"u8.ToArray(), "r1"u8.ToArray(), "cpfa"u8.ToArray(), "systematically"u8.ToArray(), [0x1F, 0x8B],
    ];

    private static string Corpus(string target) => Path.Combine(RepositoryPaths.Root, "tests", "NetworkGraph.Tests", "Fuzz", "Corpus", target);

    private static TimeSpan Budget => TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out double s) ? s : 2);

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out int s) ? s : 1;

    private static byte[] Gzip(byte[] plain)
    {
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(plain);
        }

        return packed.ToArray();
    }

    private static readonly byte[][] EdgeSeeds =
    [
        "a b\nb c 2.5\n# comment\nd\n"u8.ToArray(),
        "1 2 1e-3\r\n2 3\t0.5\r\n3 1 1e150\r\n\r\n4\r\n"u8.ToArray(),
        "\uFEFFé ü 3\n名 字\n😀 x 1\n"u8.ToArray(),
        Gzip("1 2\n2 3 4\n3 4\n"u8.ToArray()),
    ];

    /// <summary>One mutation step: flip, insert a token, delete, duplicate or cut.</summary>
    internal static byte[] Mutate(byte[] input, Random rng)
    {
        var data = new List<byte>(input);
        int steps = 1 + rng.Next(4);
        for (int s = 0; s < steps; s++)
        {
            int at = data.Count == 0 ? 0 : rng.Next(data.Count + 1);
            switch (rng.Next(6))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Tokens[rng.Next(Tokens.Length)]);
                    break;
                case 2 when data.Count > 0:
                    int len = Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + rng.Next(8));
                    data.RemoveRange(Math.Min(at, data.Count - 1), len);
                    break;
                case 3 when data.Count > 0:
                    int from = rng.Next(data.Count);
                    int count = Math.Min(data.Count - from, 1 + rng.Next(32));
                    data.InsertRange(at, data.GetRange(from, count));
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    data.Insert(at, (byte)rng.Next(256));
                    break;
            }
        }

        return [.. data];
    }

    /// <summary>The edge-list contract for one input; returns a description of the breach, or null.</summary>
    internal static string? CheckEdgeList(byte[] input)
    {
        foreach (bool pipe in new[] { false, true })
        {
            using Stream stream = pipe ? new NonSeekableStream(new MemoryStream(input)) : new MemoryStream(input);
            try
            {
                CsrGraph g = EdgeListReader.Read(stream, "fuzz.txt", new EdgeListOptions { MaxLineLength = 256 });
                if (g.NodeCount == 0)
                {
                    return "a graph with no node was accepted";
                }

                foreach (Edge e in g.Edges())
                {
                    if (!(e.Weight >= EdgeListReader.MinWeight && e.Weight <= EdgeListReader.MaxWeight))
                    {
                        return $"weight {e.Weight} accepted";
                    }
                }
            }
            catch (GraphFormatException ex)
            {
                if (!ex.Message.StartsWith("fuzz.txt:", StringComparison.Ordinal) || ex.Line < 0 || ex.Column < 0 || (ex.Line > 0 && ex.Column == 0))
                {
                    return "badly located message: " + ex.Message;
                }

                if (ex.Message.Contains('\0', StringComparison.Ordinal))
                {
                    return "raw NUL in the message";
                }
            }
            catch (Exception ex)
            {
                return $"{ex.GetType().Name} ({(pipe ? "pipe" : "seekable")}): {ex.Message}";
            }
        }

        return null;
    }

    private static readonly string[] Tables = [SurveyReader.ActorsFile, SurveyReader.RespondentsFile, SurveyReader.AnswersFile, SurveyReader.PartnersFile];

    private static byte[][] SurveyBase() =>
        [.. new[] { SurveyFolder.Actors, SurveyFolder.Respondents, SurveyFolder.Answers, SurveyFolder.Partners }.Select(t => Encoding.UTF8.GetBytes(t))];

    /// <summary>The survey contract for four tables; returns a description of the breach, or null.</summary>
    internal static string? CheckSurvey(byte[][] tables)
    {
        try
        {
            var issues = new List<IngestionIssue>();
            SurveyTable?[] read = [.. tables.Select((t, i) => SurveyTable.DecodeAndParse(t, Tables[i], issues))];
            SurveyDataset d = new SurveyAssembler(issues).Assemble(read[0], read[1], read[2], read[3]);
            foreach (IngestionIssue issue in issues)
            {
                if (!Tables.Contains(issue.File) || issue.Line < 0 || issue.Column < 0 || (issue.Line > 0 && issue.Column == 0 && !issue.Message.Contains("row", StringComparison.Ordinal)))
                {
                    return "badly located issue: " + issue;
                }

                if (issue.Message.Any(char.IsControl) || issue.Message.Length > 2000)
                {
                    return "unprintable or overlong message: " + issue.Message[..Math.Min(200, issue.Message.Length)];
                }
            }

            if (issues.Count == 0 && d.Actors.IsDefaultOrEmpty)
            {
                return "a survey with no actor was accepted";
            }

            if (issues.Count > 0)
            {
                var result = new IngestionResult { Dataset = d, Issues = [.. issues] };
                Assert.Throws<SurveyFormatException>(result.ThrowIfInvalid);
            }
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        return null;
    }

    /// <summary>Reports the execution count (test output and diagnostics), also to the file named by <c>NETWORKGRAPH_FUZZ_LOG</c> when set.</summary>
    private static void Report(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }

    private static string Save(string target, byte[] input)
    {
        string path = Path.Combine(Path.GetTempPath(), $"ng-fuzz-{target}-{Convert.ToHexString(SHA256.HashData(input))[..12]}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    [Fact]
    public void EdgeList_Fuzz_KeepsContract()
    {
        var rng = new Random(Seed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        var pool = new List<byte[]>(EdgeSeeds);
        while (clock.Elapsed < Budget)
        {
            byte[] input = Mutate(pool[rng.Next(pool.Count)], rng);
            runs++;
            string? breach = CheckEdgeList(input);
            if (breach is not null)
            {
                // Only a breach is saved: the message is built for it alone.
                Assert.Fail($"{breach}; input saved as {Save("edges", input)}");
            }

            if (pool.Count < 256 && rng.Next(8) == 0)
            {
                pool.Add(input);
            }
        }

        Report($"edge-list fuzz: {runs} executions in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(runs > 0);
    }

    /// <summary>What a read gives, as text: the graph and the counts, or the error.</summary>
    private static string Outcome(Func<EdgeListReadResult> read)
    {
        try
        {
            EdgeListReadResult r = read();
            CsrGraph g = r.Graph;
            return $"{r.Lines} {r.EdgeLines} {r.NodeLines} {r.SelfLoops} {g.IsWeighted} [{string.Join(' ', g.Nodes.Keys)}] "
                + string.Join(' ', g.Edges().Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Source}-{e.Target}:{e.Weight:R}")));
        }
        catch (Exception ex) when (ex is GraphFormatException or IOException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    [Fact]
    public void EdgeList_InStretches_Fuzz_SameAsOneThread()
    {
        // Differential: the same mutated file read on one thread and in stretches of a few bytes (edges kept between
        // the passes, or parsed twice) gives the same graph, or the same error at the same line and column.
        var rng = new Random(Seed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        byte[] lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i % 13} n{i % 7} {(i % 5) + 0.5}\n"))));
        var pool = new List<byte[]>(EdgeSeeds);
        pool.Add(lines);
        pool.Add([.. EdgeSeeds[0], .. lines, .. EdgeSeeds[2]]);
        using var dir = new TempDirectory();
        string path = dir.Combine("fuzz.txt");
        while (clock.Elapsed < Budget)
        {
            byte[] input = Mutate(pool[rng.Next(pool.Count)], rng);
            File.WriteAllBytes(path, input);
            runs++;
            var options = new EdgeListOptions { MaxLineLength = 256, Directed = rng.Next(2) == 0, MaxDegreeOfParallelism = 2 + rng.Next(6) };
            long stage = rng.Next(2) == 0 ? 0 : 1 << 20;
            string one = Outcome(() => EdgeListReader.ReadWithStatistics(path, options with { MaxDegreeOfParallelism = 1 }));
            string stretches = Outcome(() => EdgeListReader.ReadFile(path, options, minChunkBytes: 16, stage, null, TestContext.Current.CancellationToken));
            if (one != stretches)
            {
                Assert.Fail($"one thread: {one[..Math.Min(300, one.Length)]}\nstretches: {stretches[..Math.Min(300, stretches.Length)]}\ninput saved as {Save("stretches", input)}");
            }

            if (pool.Count < 256 && rng.Next(8) == 0)
            {
                pool.Add(input);
            }
        }

        Report($"edge-list stretches fuzz: {runs} executions in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(runs > 0);
    }

    [Fact]
    public void Survey_Fuzz_KeepsContract()
    {
        var rng = new Random(Seed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        while (clock.Elapsed < Budget)
        {
            byte[][] tables = SurveyBase();
            int which = rng.Next(4);
            tables[which] = Mutate(tables[which], rng);
            if (rng.Next(4) == 0)
            {
                tables[which] = Mutate(tables[which], rng);
            }

            runs++;
            string? breach = CheckSurvey(tables);
            if (breach is not null)
            {
                // Only a breach is saved: the message is built for it alone.
                Assert.Fail($"{breach}; {Tables[which]} saved as {Save("survey-" + Tables[which], tables[which])}");
            }
        }

        Report($"survey fuzz: {runs} executions in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(runs > 0);
    }

    /// <summary>The workbook contract: located issues (file, sheet, row) or a valid dataset; never another exception.</summary>
    internal static string? CheckWorkbook(string path)
    {
        try
        {
            IngestionResult result = WorkbookReader.Read(path);
            if (!result.IsValid && result.Issues.IsDefaultOrEmpty)
            {
                return "an invalid workbook with no issue";
            }

            foreach (IngestionIssue issue in result.Issues)
            {
                if (issue.Message.Any(char.IsControl) || issue.Message.Length > 2000)
                {
                    return "unprintable or overlong message: " + issue.Message[..Math.Min(200, issue.Message.Length)];
                }
            }
        }
        catch (SurveyFormatException)
        {
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        return null;
    }

    [Fact]
    public void Workbook_Fuzz_KeepsContract()
    {
        using var temp = new TempDirectory();
        string folder = temp.Combine("survey");
        Directory.CreateDirectory(folder);
        byte[][] tables = SurveyBase();
        for (int i = 0; i < Tables.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, Tables[i]), tables[i]);
        }

        string seed = temp.Combine("seed.xlsx");
        WorkbookWriter.FromFolder(folder, seed, ["actors", "respondents", "answers", "partners"]);
        byte[] original = File.ReadAllBytes(seed);
        Assert.Null(CheckWorkbook(seed));
        var rng = new Random(Seed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        string path = temp.Combine("mutant.xlsx");
        while (clock.Elapsed < Budget)
        {
            byte[] input = Mutate(original, rng);
            File.WriteAllBytes(path, input);
            runs++;
            string? breach = CheckWorkbook(path);
            if (breach is not null)
            {
                // Only a breach is saved: the message is built for it alone.
                Assert.Fail($"{breach}; input saved as {Save("workbook", input)}");
            }
        }

        Report($"workbook fuzz: {runs} executions in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        Assert.True(runs > 0);
    }

    [Fact]
    public void Corpus_EdgeLists_KeepContract()
    {
        string[] files = Directory.GetFiles(Corpus("edges"));
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            Assert.True(CheckEdgeList(File.ReadAllBytes(file)) is not { } breach, $"{Path.GetFileName(file)}: {CheckEdgeList(File.ReadAllBytes(file))}");
        }
    }

    [Fact]
    public void Corpus_Workbooks_KeepContract()
    {
        string[] files = Directory.GetFiles(Corpus("workbook"));
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            Assert.True(CheckWorkbook(file) is null, $"{Path.GetFileName(file)}: {CheckWorkbook(file)}");
        }
    }

    [Fact]
    public void Corpus_Surveys_KeepContract()
    {
        string[] files = Directory.GetFiles(Corpus("survey"));
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            // Named TABLE-anything.csv: replaces that table of the valid sample survey.
            string name = Path.GetFileName(file);
            int which = Array.FindIndex(Tables, t => name.StartsWith(t[..^4] + "-", StringComparison.Ordinal));
            Assert.True(which >= 0, $"{name}: the name must start with the table it replaces");
            byte[][] tables = SurveyBase();
            tables[which] = File.ReadAllBytes(file);
            Assert.True(CheckSurvey(tables) is null, $"{name}: {CheckSurvey(tables)}");
        }
    }
}
