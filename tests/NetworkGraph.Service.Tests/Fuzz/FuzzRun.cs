using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>
/// The settings and helpers shared by the service fuzz targets, the same as the reader harness's:
/// <c>NETWORKGRAPH_FUZZ_SECONDS</c> per target (default 2), <c>NETWORKGRAPH_FUZZ_SEED</c> (default 1) and
/// <c>NETWORKGRAPH_FUZZ_LOG</c>, a file that receives the execution counts.
/// </summary>
internal sealed class FuzzRun
{
    private static readonly byte[][] Tokens =
    [
        " "u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\r\n\r\n"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(),
        [0], [0xFF], [0xE9], [0xC3], [0xEF, 0xBB, 0xBF], [0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0], "../"u8.ToArray(), "..\\"u8.ToArray(),
        "/"u8.ToArray(), ":"u8.ToArray(), "--"u8.ToArray(), "="u8.ToArray(), "%00"u8.ToArray(), "1e308"u8.ToArray(), "-1"u8.ToArray(),
        "PK\u0003\u0004"u8.ToArray(), "PK\u0001\u0002"u8.ToArray(), "PK\u0005\u0006"u8.ToArray(), "PK\u0006\u0006"u8.ToArray(),
        "filename="u8.ToArray(), "name=\"files\""u8.ToArray(), "Content-Type: "u8.ToArray(), "hospital"u8.ToArray(), "none"u8.ToArray(),
    ];

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public FuzzRun(string target)
    {
        Target = target;
        Random = new Random(Seed);
    }

    public static TimeSpan Budget => TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out double s) ? s : 2);

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out int s) ? s : 1;

    public string Target { get; }

    public Random Random { get; }

    public long Executions { get; private set; }

    /// <summary>Whether to run one more execution (counted).</summary>
    public bool Next()
    {
        if (_clock.Elapsed >= Budget && Executions > 0)
        {
            return false;
        }

        Executions++;
        return true;
    }

    /// <summary>Saves the input that broke the contract and returns a failure message naming the seed, the execution and
    /// the saved file. Call it only on a breach: every call writes a file.</summary>
    public string Failure(string breach, byte[] input, string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), $"ng-fuzz-service-{Target}-{Convert.ToHexString(SHA256.HashData(input))[..12]}{extension}");
        File.WriteAllBytes(path, input);
        return $"{breach} (target {Target}, seed {Seed}, execution {Executions}); input saved as {path}";
    }

    /// <summary>Reports the execution count to the test output, and to <c>NETWORKGRAPH_FUZZ_LOG</c> when set.</summary>
    public void Report(string detail = "")
    {
        string line = $"service {Target} fuzz: {Executions} executions in {_clock.Elapsed.TotalSeconds:F1} s (seed {Seed}){detail}";
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (Environment.GetEnvironmentVariable("NETWORKGRAPH_FUZZ_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool OneIn(int n) => Random.Next(n) == 0;

    /// <summary>One to four mutation steps: flip a bit, insert a token, delete, duplicate a range, cut, insert a byte.</summary>
    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        int steps = 1 + Random.Next(4);
        for (int s = 0; s < steps; s++)
        {
            int at = data.Count == 0 ? 0 : Random.Next(data.Count + 1);
            switch (Random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << Random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Tokens[Random.Next(Tokens.Length)]);
                    break;
                case 2 when data.Count > 0:
                    int start = Math.Min(at, data.Count - 1);
                    data.RemoveRange(start, Math.Min(data.Count - start, 1 + Random.Next(16)));
                    break;
                case 3 when data.Count > 0:
                    int from = Random.Next(data.Count);
                    data.InsertRange(at, data.GetRange(from, Math.Min(data.Count - from, 1 + Random.Next(64))));
                    break;
                case 4 when Random.Next(4) == 0:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 5 when data.Count >= 4:
                    // Overwrite a little-endian 16- or 32-bit field, as zip headers hold sizes, counts and offsets.
                    int field = Math.Min(at, data.Count - 4);
                    uint value = Random.Next(4) switch { 0 => 0, 1 => uint.MaxValue, 2 => (uint)Random.Next(1 << 16), _ => (uint)Random.Next() };
                    for (int i = 0; i < (Random.Next(2) == 0 ? 2 : 4); i++)
                    {
                        data[field + i] = (byte)(value >> (8 * i));
                    }

                    break;
                default:
                    data.Insert(at, (byte)Random.Next(256));
                    break;
            }
        }

        return [.. data];
    }

    /// <summary>The repository root (the folder holding NetworkGraph.sln), for the committed corpus.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus(string kind) => Path.Combine(RepositoryRoot, "tests", "NetworkGraph.Service.Tests", "Fuzz", "Corpus", kind);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NetworkGraph.sln) not found above " + AppContext.BaseDirectory);
    }
}
