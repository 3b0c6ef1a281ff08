using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.IO;

/// <summary>The fast reader against a slow, obvious one on random edge lists.</summary>
public sealed class EdgeListReaderPropertyTests
{
    private static readonly string[] Ids = ["0", "1", "7", "07", "12", "123456", "9000000", "8388607", "8388608", "4294967296", "a", "b", "node-1", "é", "x.y", "-3", "+3"];

    [Property(MaxTest = 100)]
    public void Read_RandomEdgeList_MatchesReference(int seed, bool directed, bool pipe)
    {
        // A seekable stream is read in two passes (counted, then scattered in place); a pipe is staged.
        string text = RandomEdgeList(new Random(seed));
        CsrGraph g;
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        using (Stream source = pipe ? new NonSeekableStream(stream) : stream)
        {
            g = EdgeListReader.Read(source, "random.txt", new EdgeListOptions { Directed = directed }, ct: TestContext.Current.CancellationToken);
        }

        (List<string> nodes, Dictionary<(string, string), double> edges) = Reference(text, directed);
        Assert.Equal(nodes, g.Nodes.Keys);
        var actual = new Dictionary<(string, string), double>();
        foreach (Edge e in g.Edges())
        {
            actual[Key(g.Nodes[e.Source], g.Nodes[e.Target], directed)] = e.Weight;
        }

        Assert.Equal(edges.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, true, false)]
    [InlineData(3, false, true)]
    public void Read_LongMixedEdgeList_MatchesReference(int seed, bool directed, bool pipe)
    {
        // Long enough for many batches of looked-up keys (and several 4 MiB blocks none): integer and other ids
        // interleaved, node lines and self-loops among them, so that first-appearance order is checked across
        // batch boundaries.
        var rng = new Random(seed);
        var sb = new StringBuilder();
        string Id() => rng.Next(6) switch
        {
            0 => "n" + rng.Next(5000).ToString(CultureInfo.InvariantCulture),
            1 => "0" + rng.Next(100).ToString(CultureInfo.InvariantCulture),
            _ => rng.Next(60_000).ToString(CultureInfo.InvariantCulture),
        };
        for (int i = 0; i < 60_000; i++)
        {
            switch (rng.Next(20))
            {
                case 0:
                    sb.Append(Id()).Append('\n');
                    break;
                case 1:
                    string self = Id();
                    sb.Append(self).Append(' ').Append(self).Append('\n');
                    break;
                case < 10:
                    sb.Append(Id()).Append(' ').Append(Id()).Append('\n');
                    break;
                default:
                    double w = (rng.Next(1, 1_000_000) / 1000.0) * Math.Pow(10, rng.Next(-5, 6));
                    sb.Append(Id()).Append('\t').Append(Id()).Append(' ').Append(w.ToString(rng.Next(2) == 0 ? "R" : "E3", CultureInfo.InvariantCulture)).Append('\n');
                    break;
            }
        }

        string text = sb.ToString();
        EdgeListReadResult r;
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        using (Stream source = pipe ? new NonSeekableStream(stream) : stream)
        {
            r = EdgeListReader.ReadWithStatistics(source, "long.txt", new EdgeListOptions { Directed = directed }, ct: TestContext.Current.CancellationToken);
        }

        CsrGraph g = r.Graph;
        (List<string> nodes, Dictionary<(string, string), double> edges) = Reference(text, directed);
        Assert.Equal(nodes, g.Nodes.Keys);
        var actual = new Dictionary<(string, string), double>();
        foreach (Edge e in g.Edges())
        {
            actual[Key(g.Nodes[e.Source], g.Nodes[e.Target], directed)] = e.Weight;
        }

        Assert.Equal(edges.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(text.Split('\n').Count(l => l.Split(' ', '\t') is [var a, var b, ..] && a == b), r.SelfLoops);
    }

    private static string RandomEdgeList(Random rng) => "first\n" + RandomEdgeListText.Create(rng, rng.Next(1, 60), Ids, 40);

    private static (string, string) Key(string a, string b, bool directed)
        => directed || string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static (List<string> Nodes, Dictionary<(string, string), double> Edges) Reference(string text, bool directed)
    {
        var nodes = new List<string>();
        var seen = new HashSet<string>();
        var edges = new Dictionary<(string, string), double>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            string[] tokens = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            foreach (string t in tokens.Take(2))
            {
                if (seen.Add(t))
                {
                    nodes.Add(t);
                }
            }

            if (tokens.Length >= 2 && tokens[0] != tokens[1])
            {
                double w = tokens.Length == 3 ? double.Parse(tokens[2], CultureInfo.InvariantCulture) : 1.0;
                edges[Key(tokens[0], tokens[1], directed)] = w;
            }
        }

        return (nodes, edges);
    }
}
