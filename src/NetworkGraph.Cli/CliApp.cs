using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using NetworkGraph.Algorithms;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli;

/// <summary>The <c>networkgraph</c> command: parses arguments, calls the library, writes outputs, maps errors to exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exact all-pairs metrics estimated to run longer than this are refused unless asked for explicitly.</summary>
    internal static readonly TimeSpan LongRunLimit = TimeSpan.FromMinutes(15);

    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Cancelled = 130;

    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine(AnalyzeArguments.Usage);
                return args.Length == 0 ? InvalidInput : Success;
            }

            if (args[0] == "analyze" && args.Skip(1).Any(a => a is "-h" or "--help"))
            {
                output.WriteLine(AnalyzeArguments.Usage);
                return Success;
            }

            if (args[0] != "analyze")
            {
                throw new UsageException($"unknown command '{args[0]}'\n{AnalyzeArguments.Usage}");
            }

            AnalyzeArguments arguments = AnalyzeArguments.Parse(args[1..]);
            return arguments.EdgesFile is not null
                ? AnalyzeEdges(arguments, output, error, cancellationToken)
                : AnalyzeDataset(arguments, output, error, cancellationToken);
        }
        catch (UsageException e)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return InvalidInput;
        }
        catch (NetworkGraphException e)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return InvalidInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("networkgraph: cancelled; no output was written");
            return Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return Failure;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one message, no stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"networkgraph: internal error: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    private static int AnalyzeEdges(AnalyzeArguments a, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string path = a.EdgesFile!;
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file");
        }

        GraphInput input = GraphInput.Read(path, new EdgeListOptions { Directed = a.Directed }, null, ct);
        CsrGraph graph = input.Graph;
        if (input.SelfLoopsDropped > 0 && !a.Quiet)
        {
            error.WriteLine($"networkgraph: warning: {path}: {input.SelfLoopsDropped} self-loop(s) ignored");
        }

        CheckRunTime(graph, a);
        NodeMetricsOptions options = a.MetricsOptions(new ConsoleProgress(error, a.Quiet));
        GraphAnalysis analysis = GraphAnalysis.Analyze(input, options, ct);

        using (var staged = new StagedOutput(a.OutputDirectory))
        {
            WriteText(staged.PathOf("metrics.csv"), w => MetricsCsvWriter.Write(analysis.Metrics, w, ct));
            using (FileStream json = File.Create(staged.PathOf("report.json")))
            {
                GraphReportJsonWriter.Write(analysis, json, a.ApproximateBetweenness);
            }

            WriteText(staged.PathOf("report.html"), w => GraphReportHtmlWriter.Write(w, analysis));
            IReadOnlyList<NodeAttributeColumn> attributes = Attributes(analysis.Metrics);
            WriteGraphFiles(staged, graph, attributes, ct);
            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!a.Quiet)
        {
            PrintGraphSummary(output, analysis, a.OutputDirectory);
        }

        return Success;
    }

    /// <summary>Writes network.graphml and network.gexf side by side, one core each (R-MAT 20: 1.9 GB of XML).</summary>
    private static void WriteGraphFiles(StagedOutput staged, CsrGraph graph, IReadOnlyList<NodeAttributeColumn> attributes, CancellationToken ct)
    {
        try
        {
            Parallel.Invoke(
                () => GraphMLWriter.Write(graph, staged.PathOf("network.graphml"), attributes, ct),
                () => GexfWriter.Write(graph, staged.PathOf("network.gexf"), attributes, ct));
        }
        catch (AggregateException e)
        {
            // Surface the writer's own exception (an IOException names the file) to the handlers of Run.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static int AnalyzeDataset(AnalyzeArguments a, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string folder = a.DatasetDirectory!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException(File.Exists(folder)
                ? $"{folder}: not a dataset folder (for an edge list use --edges {folder})"
                : $"{folder}: no such dataset folder");
        }

        DatasetInput input;
        try
        {
            input = DatasetInput.Read(folder);
        }
        catch (SurveyFormatException invalid)
        {
            foreach (IngestionIssue issue in invalid.Issues.Take(20))
            {
                string file = Path.Combine(folder, issue.File);
                error.WriteLine(issue.Line > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"networkgraph: {file}:{issue.Line}:{issue.Column}: {issue.Message}")
                    : $"networkgraph: {file}: {issue.Message}");
            }

            if (invalid.Issues.Length > 20)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"networkgraph: … and {invalid.Issues.Length - 20} more issue(s)"));
            }

            error.WriteLine("networkgraph: the dataset is invalid; nothing was written");
            return InvalidInput;
        }

        SurveyNetwork network = input.Network;
        NodeMetricsOptions options = a.MetricsOptions(new ConsoleProgress(error, a.Quiet));
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, options, ct);

        using (var staged = new StagedOutput(a.OutputDirectory))
        {
            WriteText(staged.PathOf("metrics.csv"), w => MetricsCsvWriter.Write(analysis.LayerMetrics, w, ct));
            using (FileStream json = File.Create(staged.PathOf("report.json")))
            {
                DatasetReportJsonWriter.Write(analysis, json);
            }

            WriteText(staged.PathOf("report.html"), w => DatasetReportHtmlWriter.Write(w, analysis, a.Language));
            NodeMetricsTable all = analysis.Layer(SurveyLayer.All);
            List<NodeAttributeColumn> attributes =
            [
                NodeAttributeColumn.FromStrings("name", network.Dataset.Actors.Select(x => (string?)x.Name)),
                NodeAttributeColumn.FromStrings("kind", network.Dataset.Actors.Select(x => (string?)x.Kind)),
                NodeAttributeColumn.FromStrings("setting", network.Dataset.Actors.Select(x => (string?)SurveyLabels.Format(x.Setting))),
                NodeAttributeColumn.FromStrings("zone", network.Dataset.Actors.Select(x => (string?)x.Zone)),
                .. Attributes(all),
            ];
            WriteGraphFiles(staged, all.Graph, attributes, ct);
            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!a.Quiet)
        {
            PrintDatasetSummary(output, analysis, a.OutputDirectory);
        }

        return Success;
    }

    private static void PrintDatasetSummary(TextWriter output, DatasetAnalysis analysis, string outDir)
    {
        var s = analysis.Survey;
        var names = analysis.Network.Dataset.Actors.ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
        string Name(string id) => names.TryGetValue(id, out string? n) ? n : id;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{s.Dataset.Actors} actors, {s.Dataset.Respondents} respondents, home zone {s.Dataset.HomeZone ?? "-"}"));
        output.WriteLine(string.Create(inv, $"isolated actors ({s.Isolated.Length}): {List(s.Isolated.Select(Name))}"));
        output.WriteLine(string.Create(inv, $"peripheral actors ({s.Peripheral.Length}): {List(s.Peripheral.Select(Name))}"));
        output.WriteLine("top brokers (referral): " + List(s.Brokers.Take(5).Select(b => string.Create(inv, $"{Name(b.Actor)} ({b.Total})"))));
        output.WriteLine(string.Create(inv, $"hospital-ambulatory pairs with no tie: {s.Gaps.MissingHospitalAmbulatory.Length}; best suggestions: ") +
            List(s.Gaps.MissingHospitalAmbulatory.Take(3).Select(t => string.Create(inv, $"{Name(t.Hospital)} - {Name(t.Ambulatory)} ({t.Score:0.###})"))));
        output.WriteLine(string.Create(inv, $"one-way referral ties: {s.Gaps.Asymmetric.Length}; cut points: {List(s.Gaps.CutPoints.Select(Name))}"));
        output.WriteLine($"wrote metrics.csv, report.json, report.html, network.graphml, network.gexf to {outDir}");
    }

    private static string List(IEnumerable<string> items)
    {
        string[] all = items.ToArray();
        return all.Length == 0 ? "none" : string.Join(", ", all.Take(8)) + (all.Length > 8 ? ", …" : string.Empty);
    }

    /// <summary>Refuses exact all-pairs metrics that would run for hours, saying what to do instead.</summary>
    private static void CheckRunTime(CsrGraph graph, AnalyzeArguments a)
    {
        if (a.ExactBetweenness)
        {
            return;
        }

        TimeSpan total = TimeSpan.Zero;
        var slow = new List<string>();
        MetricsPlan plan = NodeMetrics.Plan(graph, a.MetricsOptions(new Progress<MetricsProgress>()));
        foreach (string column in a.Metrics.Intersect(MetricColumns.AllPairs))
        {
            if (plan[column] is { Method: not MetricMethod.Exact })
            {
                continue;
            }

            total += Centrality.EstimateBetweennessTime(graph, weighted: column == MetricColumns.BetweennessWeighted);
            slow.Add(column);
        }

        if (total > LongRunLimit)
        {
            throw new UsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"exact {string.Join(", ", slow)} on this graph (n = {graph.NodeCount}, m = {graph.EdgeCount}) would take about {Describe(total)} on {Environment.ProcessorCount} cores; use --approx-betweenness EPS (e.g. 0.01), leave these columns out with --metrics, or pass --exact-betweenness to run them anyway"));
        }
    }

    private static string Describe(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0} minutes");

    private static List<NodeAttributeColumn> Attributes(NodeMetricsTable metrics) =>
        [.. metrics.Columns.Select(c => NodeAttributeColumn.FromDoubles(c, metrics.Column(c).ToArray()))];

    private static void WriteText(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }

    private static void PrintGraphSummary(TextWriter output, GraphAnalysis analysis, string outDir)
    {
        NodeMetricsTable m = analysis.Metrics;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{analysis.Graph.NodeCount} nodes, {analysis.Graph.EdgeCount} edges ({(analysis.Graph.IsDirected ? "directed" : "undirected")}), density {analysis.Density:0.####}, {m.WeakComponents.Count} component(s), {analysis.Isolated} isolated"));
        if (m.Communities is { } p)
        {
            output.WriteLine(string.Create(inv, $"{p.Count} communities, modularity {p.Modularity:0.####}"));
        }

        foreach (string column in new[] { MetricColumns.Betweenness, MetricColumns.PageRank })
        {
            if (m.Has(column))
            {
                var top = NodeRanking.Top(m.Column(column), 5).Select(v => analysis.Graph.Nodes[v]);
                output.WriteLine($"top {column}: {string.Join(", ", top)}");
            }
        }

        output.WriteLine($"wrote metrics.csv, report.json, report.html, network.graphml, network.gexf to {outDir}");
    }
}
