using NetworkGraph.Analysis;
using NetworkGraph.Generators;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Reports;

namespace NetworkGraph.Tests.Reports;

/// <summary>Every writer of a large file takes the data first, then the destination, then a cancellation token it honours.</summary>
public sealed class WriterCancellationTests
{
    private static readonly CsrGraph Graph = GraphGenerators.ErdosRenyi(10_000, 0.001, directed: true, seed: 2);

    [Fact]
    public void GraphFiles_CancelledToken_ThrowsAndLeavesNoFile()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        string dir = Directory.CreateTempSubdirectory("ng-cancel-").FullName;
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => GraphMLWriter.Write(Graph, Path.Combine(dir, "network.graphml"), null, cts.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => GexfWriter.Write(Graph, Path.Combine(dir, "network.gexf"), null, cts.Token));
            Assert.Empty(Directory.GetFileSystemEntries(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void GraphFiles_TokenNotCancelled_WritesEveryEdge()
    {
        using var stream = new MemoryStream();
        GraphMLWriter.Write(Graph, stream, null, TestContext.Current.CancellationToken);
        string xml = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(Graph.EdgeCount, CountOf(xml, "<edge "));
    }

    [Fact]
    public void MetricsCsv_CancelledToken_Throws()
    {
        NodeMetricsTable table = NodeMetrics.Compute(Graph, new NodeMetricsOptions { Columns = [MetricColumns.Degree] }, TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var writer = new StringWriter();
        Assert.ThrowsAny<OperationCanceledException>(() => MetricsCsvWriter.Write(table, writer, cts.Token));

        using var complete = new StringWriter();
        MetricsCsvWriter.Write(table, complete, TestContext.Current.CancellationToken);
        Assert.Equal(Graph.NodeCount + 1, complete.ToString().Count(c => c == '\n'));
    }

    private static long CountOf(string text, string value)
    {
        long count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
