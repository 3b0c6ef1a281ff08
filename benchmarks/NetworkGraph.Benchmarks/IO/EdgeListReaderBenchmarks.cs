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

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var sb = new StringBuilder();
        int n = Edges / 8;
        for (int i = 0; i < Edges; i++)
        {
            sb.Append(rng.Next(n).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rng.Next(n).ToString(CultureInfo.InvariantCulture)).Append('\n');
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
                builder.AddEdge(tokens[0], tokens[1]);
            }
        }

        return builder.Build();
    }

    [Benchmark]
    public CsrGraph SpanReader() => EdgeListReader.Read(new MemoryStream(_text), "bench", new EdgeListOptions { Directed = true });
}
