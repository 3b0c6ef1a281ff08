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
        Assert.Equal(["a", "b", "c&<\"x\">", "isolé", "ctl\uFFFDchar"], nodes.Select(n => (string)n.Attribute("id")!));
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
}
