using System.Globalization;
using System.Xml.Linq;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Tests.IO;

/// <summary>GraphML and GEXF writers: the output parsed back with XDocument.</summary>
public sealed class GraphXmlWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace X = "http://gexf.net/1.3";

    private static CsrGraph Sample(bool directed, bool weighted)
    {
        var b = new CsrGraphBuilder(directed);
        b.AddEdge("a", "b", weighted ? 2.5 : 1);
        b.AddEdge("b", "c&<\"x\">", weighted ? 0.1 : 1);
        b.AddEdge("c&<\"x\">", "a", weighted ? 1e-300 : 1);
        b.AddNode("isolé");
        b.AddNode("ctl\u0001char");
        return b.Build();
    }

    private static NodeAttributeColumn[] Columns() =>
    [
        NodeAttributeColumn.FromDoubles("betweenness", [0.5, double.NaN, 1.0 / 3.0, 0, 7]),
        NodeAttributeColumn.FromStrings("setting", ["hospital", "ambulatory", null, "social", "other"]),
    ];

    private static XDocument Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return XDocument.Load(stream); // throws on malformed XML
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void GraphML_NodesEdgesAttributesWeights_ReadBack(bool directed, bool weighted)
    {
        CsrGraph g = Sample(directed, weighted);
        XDocument doc = Render(s => GraphMLWriter.Write(g, s, Columns()));
        XElement graph = doc.Root!.Element(G + "graph")!;
        Assert.Equal(directed ? "directed" : "undirected", (string?)graph.Attribute("edgedefault"));

        var keys = doc.Root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.Equal("betweenness", (string?)keys["d0"].Attribute("attr.name"));
        Assert.Equal("double", (string?)keys["d0"].Attribute("attr.type"));
        Assert.Equal("string", (string?)keys["d1"].Attribute("attr.type"));
        Assert.Equal(weighted, keys.ContainsKey("weight"));

        List<XElement> nodes = [.. graph.Elements(G + "node")];
        Assert.Equal(["a", "b", "c&<\"x\">", "isolé", "ctl\\u0001char"], nodes.Select(n => (string)n.Attribute("id")!));
        string? Data(XElement node, string key) => node.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
        Assert.Equal(1.0 / 3.0, double.Parse(Data(nodes[2], "d0")!, CultureInfo.InvariantCulture));
        Assert.Null(Data(nodes[1], "d0")); // NaN = missing
        Assert.Null(Data(nodes[2], "d1")); // null = missing
        Assert.Equal("social", Data(nodes[3], "d1"));

        var edges = graph.Elements(G + "edge").Select(e => (
            (string)e.Attribute("source")!,
            (string)e.Attribute("target")!,
            e.Element(G + "data") is { } d ? double.Parse(d.Value, CultureInfo.InvariantCulture) : 1.0)).ToList();
        var expected = g.Edges().Select(e => (g.Nodes[e.Source], g.Nodes[e.Target], e.Weight)).ToList();
        Assert.Equal(expected, edges);
        Assert.Equal(3, edges.Count);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Gexf_NodesEdgesAttributesWeights_ReadBack(bool directed, bool weighted)
    {
        CsrGraph g = Sample(directed, weighted);
        XDocument doc = Render(s => GexfWriter.Write(g, s, Columns()));
        Assert.Equal("1.3", (string?)doc.Root!.Attribute("version"));
        XElement graph = doc.Root.Element(X + "graph")!;
        Assert.Equal(directed ? "directed" : "undirected", (string?)graph.Attribute("defaultedgetype"));
        XElement attributes = graph.Element(X + "attributes")!;
        Assert.Equal("node", (string?)attributes.Attribute("class"));
        Assert.Equal(["betweenness:double", "setting:string"], attributes.Elements(X + "attribute").Select(a => $"{a.Attribute("title")!.Value}:{a.Attribute("type")!.Value}"));

        List<XElement> nodes = [.. graph.Element(X + "nodes")!.Elements(X + "node")];
        Assert.Equal(5, nodes.Count);
        Assert.Equal("c&<\"x\">", (string?)nodes[2].Attribute("id"));
        string? Value(XElement node, string id) => node.Element(X + "attvalues")?.Elements(X + "attvalue").SingleOrDefault(a => (string?)a.Attribute("for") == id)?.Attribute("value")?.Value;
        Assert.Equal(0.5, double.Parse(Value(nodes[0], "0")!, CultureInfo.InvariantCulture));
        Assert.Null(Value(nodes[1], "0"));
        Assert.Equal("ambulatory", Value(nodes[1], "1"));

        var edges = graph.Element(X + "edges")!.Elements(X + "edge").Select(e => (
            (string)e.Attribute("source")!,
            (string)e.Attribute("target")!,
            e.Attribute("weight") is { } w ? double.Parse(w.Value, CultureInfo.InvariantCulture) : 1.0)).ToList();
        var expected = g.Edges().Select(e => (g.Nodes[e.Source], g.Nodes[e.Target], e.Weight)).ToList();
        Assert.Equal(expected, edges);
        Assert.Equal(weighted, graph.Descendants(X + "edge").All(e => e.Attribute("weight") is not null));
        Assert.Equal(3, graph.Descendants(X + "edge").Select(e => (string)e.Attribute("id")!).Distinct().Count());
    }

    [Fact]
    public void Write_ColumnOfWrongLength_Throws()
    {
        CsrGraph g = Sample(false, false);
        NodeAttributeColumn[] bad = [NodeAttributeColumn.FromDoubles("x", [1.0])];
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => GraphMLWriter.Write(g, stream, bad));
        Assert.Throws<ArgumentException>(() => GexfWriter.Write(g, stream, bad));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_DuplicateColumnNames_Throws()
    {
        CsrGraph g = Sample(false, false);
        NodeAttributeColumn[] bad = [NodeAttributeColumn.FromDoubles("x", new double[5]), NodeAttributeColumn.FromStrings("x", new string?[5])];
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => GraphMLWriter.Write(g, stream, bad));
    }

    [Fact]
    public void WriteFile_BothFormats_WellFormedFilesNoTemporaryLeft()
    {
        string dir = Directory.CreateTempSubdirectory("ng-xml-").FullName;
        try
        {
            CsrGraph g = Sample(true, true);
            GraphMLWriter.Write(g, Path.Combine(dir, "network.graphml"), Columns());
            GexfWriter.Write(g, Path.Combine(dir, "network.gexf"));
            Assert.Equal(5, XDocument.Load(Path.Combine(dir, "network.graphml")).Descendants(G + "node").Count());
            Assert.Equal(5, XDocument.Load(Path.Combine(dir, "network.gexf")).Descendants(X + "node").Count());
            Assert.Equal(2, Directory.GetFiles(dir).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
    private static readonly string[] NearIds = ["a\u0001", "a\u0002", "a\uFFFE", "a\uFFFD", "a", "a\\u0001", "a\\", "a\uFFFF", "a\u0000", "x\U0001F600"];

    private static CsrGraph NearIdGraph()
    {
        // A path through ids that differ only in characters XML cannot hold, U+FFFD, or a literal escape sequence.
        var b = new CsrGraphBuilder(directed: true);
        for (int i = 0; i + 1 < NearIds.Length; i++)
        {
            b.AddEdge(NearIds[i], NearIds[i + 1], i + 1);
        }

        return b.Build();
    }

    [Fact]
    public void GraphMl_IdsDifferingOnlyInInvalidCharacters_StayDistinctAndUnescapeBack()
    {
        CsrGraph g = NearIdGraph();
        var names = NodeAttributeColumn.FromStrings("name\u0007", [.. NearIds.Select(id => "v" + id)]);
        XDocument doc = Render(s => GraphMLWriter.Write(g, s, [names]));
        XElement graph = doc.Root!.Element(G + "graph")!;
        string[] ids = [.. graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!)];
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([.. Enumerable.Range(0, g.Nodes.Count).Select(i => g.Nodes[i])], ids.Select(XmlGraphWriting.Unescape));
        Assert.Contains("a\\u0001", ids); // control U+0001 escaped
        Assert.Contains("a\\\\u0001", ids); // the literal text a\u0001, backslash doubled

        string[] values = [.. graph.Elements(G + "node").Select(n => XmlGraphWriting.Unescape(n.Element(G + "data")!.Value))];
        Assert.Equal([.. Enumerable.Range(0, g.Nodes.Count).Select(i => "v" + g.Nodes[i])], values);
        Assert.Equal("name\u0007", XmlGraphWriting.Unescape((string)doc.Root.Element(G + "key")!.Attribute("attr.name")!));

        var edges = graph.Elements(G + "edge").Select(e => (XmlGraphWriting.Unescape((string)e.Attribute("source")!), XmlGraphWriting.Unescape((string)e.Attribute("target")!))).ToList();
        Assert.Equal(NearIds.Zip(NearIds.Skip(1)).ToList(), edges);
    }

    [Fact]
    public void Gexf_IdsDifferingOnlyInInvalidCharacters_StayDistinctAndUnescapeBack()
    {
        CsrGraph g = NearIdGraph();
        XDocument doc = Render(s => GexfWriter.Write(g, s, null));
        XElement graph = doc.Root!.Element(X + "graph")!;
        XElement[] nodes = [.. graph.Element(X + "nodes")!.Elements(X + "node")];
        string[] ids = [.. nodes.Select(n => (string)n.Attribute("id")!)];
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([.. Enumerable.Range(0, g.Nodes.Count).Select(i => g.Nodes[i])], ids.Select(XmlGraphWriting.Unescape));
        Assert.Equal(ids, nodes.Select(n => (string)n.Attribute("label")!));
        var edges = graph.Element(X + "edges")!.Elements(X + "edge").Select(e => (XmlGraphWriting.Unescape((string)e.Attribute("source")!), XmlGraphWriting.Unescape((string)e.Attribute("target")!))).ToList();
        Assert.Equal(NearIds.Zip(NearIds.Skip(1)).ToList(), edges);
    }

    [Fact]
    public void Clean_RandomText_IsXmlAndRoundTrips()
    {
        var random = new Random(20261202);
        char[] alphabet = ['a', '\\', 'u', '0', 'F', '\u0001', '\u0009', '\u001F', '\uFFFD', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', 'é'];
        for (int trial = 0; trial < 2000; trial++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            string clean = XmlGraphWriting.Clean(text);
            Assert.Equal(text, XmlGraphWriting.Unescape(clean));
            for (int i = 0; i < clean.Length; i++)
            {
                bool pair = char.IsHighSurrogate(clean[i]) && i + 1 < clean.Length && char.IsLowSurrogate(clean[i + 1]);
                Assert.True(pair || System.Xml.XmlConvert.IsXmlChar(clean[i]), $"unit {(int)clean[i]:X4} at {i} of '{clean}'");
                i += pair ? 1 : 0;
            }
        }
    }

    [Theory]
    [InlineData("a\\")]
    [InlineData("a\\x")]
    [InlineData("a\\u12")]
    [InlineData("a\\uZZZZ")]
    public void Unescape_BadEscape_Throws(string text) => Assert.Throws<FormatException>(() => XmlGraphWriting.Unescape(text));
}
