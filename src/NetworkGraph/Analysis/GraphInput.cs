using System.Diagnostics;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Analysis;

/// <summary>A graph and where it came from: the file, the time reading it took (measured here, reported as
/// <c>timings.load</c> in <c>report.json</c>) and the self-loops dropped.</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class GraphInput
{
    private GraphInput(string path, CsrGraph graph, double loadSeconds, long selfLoopsDropped)
    {
        Path = path;
        Graph = graph;
        LoadSeconds = loadSeconds;
        SelfLoopsDropped = selfLoopsDropped;
    }

    /// <summary>Gets the input file as given by the user (the name given to <see cref="FromGraph"/> for a graph built in memory).</summary>
    public string Path { get; }

    /// <summary>Gets the graph.</summary>
    public CsrGraph Graph { get; }

    /// <summary>Gets the wall-clock seconds spent reading the file and building the graph (0 for <see cref="FromGraph"/>).</summary>
    public double LoadSeconds { get; }

    /// <summary>Gets the number of self-loops found in the input and dropped.</summary>
    public long SelfLoopsDropped { get; }

    /// <summary>Reads an edge list (<see cref="EdgeListReader"/>) and measures how long it takes.</summary>
    /// <param name="path">The file (<c>.gz</c> decompressed on the fly).</param>
    /// <param name="options">Direction and limits; null for the defaults.</param>
    /// <param name="progress">A receiver of the fraction read (0 to 1), or null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="GraphFormatException">The file is not a valid edge list (the message names the line and column).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GraphInput Read(string path, EdgeListOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        long start = Stopwatch.GetTimestamp();
        EdgeListReadResult read = EdgeListReader.ReadWithStatistics(path, options, progress, cancellationToken);
        return new GraphInput(path, read.Graph, Stopwatch.GetElapsedTime(start).TotalSeconds, read.SelfLoops);
    }

    /// <summary>Wraps a graph built in memory (nothing read: <see cref="LoadSeconds"/> is 0).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="name">The name reports give as the input path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GraphInput FromGraph(CsrGraph graph, string name)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(name);
        return new GraphInput(name, graph, 0, 0);
    }
}
