using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Benchmarks.IO;

/// <summary>EdgeListReader against the obvious line-by-line reader (ReadLine, Split, builder by key).</summary>
[MemoryDiagnoser]
public class EdgeListReaderBenchmarks
{
    private byte[] _text = [];

    [Params(100_000, 1_000_000)]
    public int Edges { get; set; }

    /// <summary>Gets or sets whether each line carries a decimal weight (six decimals, as survey exports write them):
    /// the weighted file must load at the same bytes per second as the unweighted one.</summary>
    [Params(false, true)]
    public bool Weighted { get; set; }

    /// <summary>Gets the text size, to turn the times into MB/s.</summary>
    public long Bytes => _text.Length;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var sb = new StringBuilder();
        int n = Edges / 8;
        for (int i = 0; i < Edges; i++)
        {
            sb.Append(rng.Next(n).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rng.Next(n).ToString(CultureInfo.InvariantCulture));
            if (Weighted)
            {
                sb.Append(' ').Append((rng.NextDouble() * 10).ToString("F6", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        _text = Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Benchmark(Baseline = true)]
    public CsrGraph LineByLine()
    {
        using var reader = new StreamReader(new MemoryStream(_text));
        var builder = new CsrGraphBuilder(directed: true, EdgeMerge.Last);
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

    [Benchmark]
    public CsrGraph SpanReader() => EdgeListReader.Read(new MemoryStream(_text), "bench", new EdgeListOptions { Directed = true });
}
