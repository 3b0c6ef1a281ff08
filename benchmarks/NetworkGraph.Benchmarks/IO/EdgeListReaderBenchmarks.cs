using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Benchmarks.IO;

/// <summary>EdgeListReader against the obvious line-by-line reader (ReadLine, Split, builder by key), on random
/// edge lists with and without weights; the MB/s column is the text size over the mean time of the whole load
/// (parse, id interning, CSR build).</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EdgeListReaderBenchmarks
{
    private static readonly ConcurrentDictionary<(int, WeightColumn), byte[]> Texts = new();

    private byte[] _text = [];

    /// <summary>The weight column of the generated file.</summary>
    public enum WeightColumn
    {
        /// <summary>Two columns, <c>source target</c>.</summary>
        None,

        /// <summary>A decimal with six decimals, as survey exports write them (<c>7.415505</c>).</summary>
        SixDecimals,

        /// <summary>A short decimal or scientific weight (<c>0.734</c>, <c>1e-3</c>, <c>25E-2</c>).</summary>
        ShortOrScientific,
    }

    /// <summary>Gets or sets the number of edge lines; the ids are drawn uniformly from <c>[0, Edges / 8)</c>.</summary>
    [Params(1_000_000, 4_300_000)]
    public int Edges { get; set; }

    /// <summary>Gets or sets the weight column: the weighted files must load at the same bytes per second as the
    /// unweighted one.</summary>
    [Params(WeightColumn.None, WeightColumn.SixDecimals, WeightColumn.ShortOrScientific)]
    public WeightColumn Weights { get; set; }

    private string _file = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Edges, Weights);
        _file = Path.Combine(Path.GetTempPath(), $"networkgraph-bench-{Edges}-{Weights}-{Environment.ProcessId}.txt");
        File.WriteAllBytes(_file, _text);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true)]
    public CsrGraph LineByLine()
    {
        using var reader = new StreamReader(new MemoryStream(_text));
        var builder = new CsrGraphBuilder(directed: false, EdgeMerge.Last);
        while (reader.ReadLine() is { } line)
        {
            string[] tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= 2)
            {
                if (tokens.Length >= 3)
                {
                    builder.AddEdge(tokens[0], tokens[1], double.Parse(tokens[2], CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.AddEdge(tokens[0], tokens[1]);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>A seekable stream: two passes on the calling thread.</summary>
    [Benchmark]
    public CsrGraph SpanReader() => EdgeListReader.Read(new MemoryStream(_text), "bench");

    /// <summary>A file, as the CLI reads it, on one thread.</summary>
    [Benchmark]
    public CsrGraph FromFileOneThread() => EdgeListReader.Read(_file, new EdgeListOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>A file, as the CLI reads it, on every core (stretches parsed at once, edges kept between the passes).</summary>
    [Benchmark]
    public CsrGraph FromFile() => EdgeListReader.Read(_file);

    /// <summary>The generated file (seed 42), cached per parameters.</summary>
    internal static byte[] Text(int edges, WeightColumn weights) => Texts.GetOrAdd((edges, weights), key =>
    {
        var rng = new Random(42);
        var sb = new StringBuilder();
        int n = key.Item1 / 8;
        for (int i = 0; i < key.Item1; i++)
        {
            sb.Append(rng.Next(n).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rng.Next(n).ToString(CultureInfo.InvariantCulture));
            switch (key.Item2)
            {
                case WeightColumn.SixDecimals:
                    sb.Append(' ').Append((rng.NextDouble() * 10).ToString("F6", CultureInfo.InvariantCulture));
                    break;
                case WeightColumn.ShortOrScientific:
                    sb.Append(' ').Append(rng.Next(3) switch
                    {
                        0 => (rng.Next(1, 1000) / 1000.0).ToString(CultureInfo.InvariantCulture),
                        1 => rng.Next(1, 10).ToString(CultureInfo.InvariantCulture) + "e-" + rng.Next(1, 6).ToString(CultureInfo.InvariantCulture),
                        _ => rng.Next(1, 100).ToString(CultureInfo.InvariantCulture) + "E-2",
                    });
                    break;
            }

            sb.Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    });

    /// <summary>Adds the <see cref="ThroughputColumn"/>.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>MB/s: the generated text's size over the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Text size (10^6 bytes) over the mean time of the whole load";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            Statistics? stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null
                || benchmarkCase.Parameters["Edges"] is not int edges
                || benchmarkCase.Parameters["Weights"] is not WeightColumn weights)
            {
                return "-";
            }

            double seconds = stats.Mean / 1e9;
            return (Text(edges, weights).Length / 1e6 / seconds).ToString("F0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
