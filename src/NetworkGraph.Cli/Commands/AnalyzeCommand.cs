using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using NetworkGraph.Algorithms;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary><c>networkgraph analyze</c>: metrics and reports of a survey dataset or an edge list.</summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    /// <summary>The output files, in the order they are written.</summary>
    internal static readonly ImmutableArray<string> OutputNames = ["metrics.csv", "report.json", "report.html", "network.graphml", "network.gexf"];

    private readonly GraphSourceOptions _source = new("ties.txt");

    private readonly Option<string> _out = SharedOptions.Out("results");

    private readonly Option<string?> _metrics = new("--metrics")
    {
        Description = "Comma-separated metric columns to compute. Default: all (" + string.Join(",", MetricColumns.All) + "). Example: --metrics degree,pagerank",
        HelpName = "LIST",
    };

    private readonly Option<string?> _outputs = new("--outputs")
    {
        Description = "Comma-separated output files to write. Default: all (" + string.Join(",", OutputNames) + "). Example: --outputs metrics.csv,report.json",
        HelpName = "LIST",
    };

    private readonly Option<ReportLanguage?> _lang = SharedOptions.Language("report.html and of the summary printed", ReportLanguage.English);

    private readonly Option<double?> _approx = new("--approx-betweenness")
    {
        Description = "Estimate betweenness by sampling, each value within EPS of the exact one (probability 0.9); EPS in [0.001, 1). Default: exact. Example: --approx-betweenness 0.01",
        HelpName = "EPS",
    };

    private readonly Option<bool> _exact = new("--exact", "--exact-betweenness")
    {
        Description = "Compute every column exactly, whatever the graph's size or the estimated run time. Default: off.",
    };

    private readonly Option<long?> _approxAbove = new("--approx-above")
    {
        Description = "Number of arcs above which all-pairs columns are estimated rather than exact (unless --exact). Default: 500000. Example: --approx-above 2000000",
        HelpName = "ARCS",
    };

    private readonly Option<double?> _pagerankTol = new("--pagerank-tol")
    {
        Description = "Stop PageRank by NetworkX's rule with this tolerance, in (0, 1). Default: run to convergence. Example: --pagerank-tol 1e-6",
        HelpName = "TOL",
    };

    private readonly Option<int?> _threads = SharedOptions.Threads();

    private readonly Option<int?> _seed = SharedOptions.Seed("every randomised step (communities, sampling)", 42);

    private readonly Option<double?> _acceptSuggestions = new("--accept-suggestions")
    {
        Description = "Merge each unresolved partner name into its best suggested actor when the score is at least SCORE, in (0, 1]; every merge is listed in report.json (validation.accepted). Default: merge nothing. Example: --accept-suggestions 0.9",
        HelpName = "SCORE",
    };

    private readonly Option<bool> _quiet = SharedOptions.Quiet();

    private readonly PersonalDataOptions _personal = new();

    /// <inheritdoc/>
    public Command Build(CliContext context)
    {
        var command = new Command("analyze", """
            Compute the metrics of a survey dataset or an edge list and write metrics.csv, report.json, report.html, network.graphml and network.gexf into OUT_DIR.
              networkgraph analyze DATASET_DIR --out OUT_DIR [--metrics LIST] [--lang en|fr] [--accept-suggestions SCORE]
              networkgraph analyze survey.xlsx --out OUT_DIR
              networkgraph analyze --edges FILE [--directed] --out OUT_DIR [--metrics LIST]
            Example: networkgraph analyze data/sample-survey -o results --lang fr
            """)
        {
            _out, _metrics, _outputs, _lang, _approx, _exact, _approxAbove, _pagerankTol, _threads, _seed, _acceptSuggestions, _quiet,
        };
        _source.AddTo(command);
        _personal.AddTo(command);
        command.SetAction(result => Run(Settings.From(this, result), context));
        return command;
    }

    /// <summary>The validated options of one run.</summary>
    internal sealed record Settings
    {
        public string? DatasetDirectory { get; init; }

        public string? EdgesFile { get; init; }

        public bool Directed { get; init; }

        public required string OutputDirectory { get; init; }

        public ImmutableArray<string> Metrics { get; init; } = MetricColumns.All;

        public ImmutableArray<string> Outputs { get; init; } = OutputNames;

        public ReportLanguage Language { get; init; } = ReportLanguage.English;

        public double? ApproximateBetweenness { get; init; }

        public bool Exact { get; init; }

        public long? ApproximateAbove { get; init; }

        public double? PageRankTolerance { get; init; }

        public int Threads { get; init; } = -1;

        public int Seed { get; init; } = 42;

        public bool Quiet { get; init; }

        public double? AcceptSuggestions { get; init; }

        /// <summary>Gets the pseudonymizer of <c>--pseudonymize</c>, applied before any analysis; null for none.</summary>
        public Pseudonymizer? Pseudonymizer { get; init; }

        /// <summary>The metric options these settings ask for.</summary>
        public NodeMetricsOptions MetricsOptions(IProgress<MetricsProgress> progress) => new()
        {
            Columns = Metrics,
            ApproximateBetweennessEpsilon = ApproximateBetweenness,
            Seed = Seed,
            PageRankTolerance = PageRankTolerance,
            Exact = Exact,
            ApproximationThreshold = ApproximateAbove ?? new NodeMetricsOptions().ApproximationThreshold,
            MaxDegreeOfParallelism = Threads,
            Progress = progress,
        };

        /// <summary>Checks what the parser cannot: ranges, exclusive options, lists.</summary>
        /// <exception cref="UsageException">An option is wrong.</exception>
        public static Settings From(AnalyzeCommand c, ParseResult r)
        {
            c._source.From(r, out string? dataset, out string? edges, out bool directed);

            double? eps = r.GetValue(c._approx);
            if (eps is { } e && !(e >= 0.001 && e < 1))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--approx-betweenness takes an epsilon in [0.001, 1), e.g. 0.01; got {e:R}"));
            }

            double? tol = r.GetValue(c._pagerankTol);
            if (tol is { } t && !(t > 0 && t < 1))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--pagerank-tol takes a tolerance in (0, 1), e.g. 1e-6; got {t:R}"));
            }

            long? above = r.GetValue(c._approxAbove);
            if (above is < 0)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--approx-above takes a number of arcs ≥ 0; got {above}"));
            }

            double? accept = r.GetValue(c._acceptSuggestions);
            if (accept is { } score && !(score > 0 && score <= 1))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--accept-suggestions takes a score in (0, 1], e.g. 0.9; got {score:R}"));
            }

            if (accept is not null && edges is not null)
            {
                throw new UsageException("--accept-suggestions applies to a survey dataset only: an edge list has no partner names");
            }

            Pseudonymizer? pseudonymizer = c._personal.From(r);
            if (pseudonymizer is not null && edges is not null)
            {
                throw new UsageException("--pseudonymize applies to a dataset only: an edge list has no actor kinds to tell persons from services");
            }

            return new Settings
            {
                Pseudonymizer = pseudonymizer,
                DatasetDirectory = dataset,
                EdgesFile = edges,
                Directed = directed,
                OutputDirectory = r.GetValue(c._out) ?? string.Empty,
                Metrics = ParseList("--metrics", r.GetValue(c._metrics), MetricColumns.All, "metric"),
                Outputs = ParseList("--outputs", r.GetValue(c._outputs), OutputNames, "output file"),
                Language = r.GetValue(c._lang) ?? ReportLanguage.English,
                ApproximateBetweenness = eps,
                Exact = r.GetValue(c._exact),
                ApproximateAbove = above,
                PageRankTolerance = tol,
                Threads = r.GetValue(c._threads) ?? -1,
                Seed = r.GetValue(c._seed) ?? 42,
                Quiet = r.GetValue(c._quiet),
                AcceptSuggestions = accept,
            };
        }
    }

    /// <summary>Parses a comma-separated list of names from <paramref name="valid"/>, keeping their fixed order; every unknown name is reported at once.</summary>
    internal static ImmutableArray<string> ParseList(string option, string? list, ImmutableArray<string> valid, string what)
    {
        if (list is null)
        {
            return valid;
        }

        string[] parts = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new UsageException($"{option} names no {what}; choose from {string.Join(",", valid)}");
        }

        string[] unknown = parts.Where(p => !valid.Contains(p, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            IEnumerable<string> described = unknown.Select(u => Suggestions.Closest(u, valid) is { } s ? $"'{u}' (did you mean {s}?)" : $"'{u}'");
            throw new UsageException($"{option}: unknown {what}{(unknown.Length > 1 ? "s" : string.Empty)} {string.Join(", ", described)}; choose from {string.Join(",", valid)}");
        }

        return [.. valid.Where(parts.Contains)];
    }

    private static int Run(Settings s, CliContext context)
    {
        string[] inputs = [s.EdgesFile ?? s.DatasetDirectory!];
        OutputTarget target = OutputTarget.Check(s.OutputDirectory, inputs, s.Outputs);
        return s.EdgesFile is not null ? AnalyzeEdges(s, target, context) : AnalyzeDataset(s, target, context);
    }

    private static int AnalyzeEdges(Settings a, OutputTarget target, CliContext context)
    {
        CancellationToken ct = context.CancellationToken;
        string path = a.EdgesFile!;
        InputPaths.CheckFile("--edges", path);
        GraphInput input = DatasetLoader.ReadCancellable(() => GraphInput.Read(path, new EdgeListOptions { Directed = a.Directed, MaxDegreeOfParallelism = a.Threads }, null, ct), ct);
        CsrGraph graph = input.Graph;
        if (input.SelfLoopsDropped > 0 && !a.Quiet)
        {
            context.Error.WriteLine($"networkgraph: warning: {path}: {input.SelfLoopsDropped} self-loop(s) ignored");
        }

        CheckRunTime(graph, a, context.LongRunLimit);
        NodeMetricsOptions options = a.MetricsOptions(new ConsoleProgress(context.Error, a.Quiet, context.ErrorIsTerminal));
        GraphAnalysis analysis = GraphAnalysis.Analyze(input, options, ct);

        using (var staged = new StagedOutput(target))
        {
            Write(a, "metrics.csv", () => WriteText(staged.PathOf("metrics.csv"), w => MetricsCsvWriter.Write(analysis.Metrics, w, ct)));
            Write(a, "report.json", () =>
            {
                using FileStream json = File.Create(staged.PathOf("report.json"));
                GraphReportJsonWriter.Write(analysis, json, a.ApproximateBetweenness);
            });
            Write(a, "report.html", () => WriteText(staged.PathOf("report.html"), w => GraphReportHtmlWriter.Write(w, analysis, a.Language)));
            WriteGraphFiles(a, staged, graph, Attributes(analysis.Metrics), ct);
            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!a.Quiet)
        {
            PrintGraphSummary(context.Output, analysis, a);
        }

        return CliApp.Success;
    }

    private static void Write(Settings a, string name, Action write)
    {
        if (a.Outputs.Contains(name))
        {
            write();
        }
    }

    /// <summary>Writes network.graphml and network.gexf side by side, one core each (R-MAT 20: 1.9 GB of XML).</summary>
    private static void WriteGraphFiles(Settings a, StagedOutput staged, CsrGraph graph, IReadOnlyList<NodeAttributeColumn> attributes, CancellationToken ct)
    {
        var writers = new List<Action>();
        if (a.Outputs.Contains("network.graphml"))
        {
            writers.Add(() => GraphMLWriter.Write(graph, staged.PathOf("network.graphml"), attributes, ct));
        }

        if (a.Outputs.Contains("network.gexf"))
        {
            writers.Add(() => GexfWriter.Write(graph, staged.PathOf("network.gexf"), attributes, ct));
        }

        try
        {
            Parallel.Invoke([.. writers]);
        }
        catch (AggregateException e)
        {
            // Surface the writer's own exception (an IOException names the file) to the handlers of CliApp.Run.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static int AnalyzeDataset(Settings a, OutputTarget target, CliContext context)
    {
        CancellationToken ct = context.CancellationToken;
        TextWriter error = context.Error;
        if (DatasetLoader.ReadFolderOrWorkbook(a.DatasetDirectory!, a.Pseudonymizer, error, ct) is not DatasetInput input)
        {
            return CliApp.InvalidInput;
        }

        if (a.AcceptSuggestions is { } threshold)
        {
            input = input.AcceptSuggestions(threshold);
        }

        SurveyNetwork network = input.Network;
        NodeMetricsOptions options = a.MetricsOptions(new ConsoleProgress(error, a.Quiet, context.ErrorIsTerminal));
        DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, options, ct);

        using (var staged = new StagedOutput(target))
        {
            Write(a, "metrics.csv", () => WriteText(staged.PathOf("metrics.csv"), w => MetricsCsvWriter.Write(analysis, w, ct)));
            Write(a, "report.json", () =>
            {
                using FileStream json = File.Create(staged.PathOf("report.json"));
                DatasetReportJsonWriter.Write(analysis, json);
            });
            Write(a, "report.html", () => WriteText(staged.PathOf("report.html"), w => DatasetReportHtmlWriter.Write(w, analysis, a.Language)));
            NodeMetricsTable all = analysis.Layer(SurveyLayer.All);
            List<NodeAttributeColumn> attributes =
            [
                NodeAttributeColumn.FromStrings("name", network.Dataset.Actors.Select(x => (string?)x.Name)),
                NodeAttributeColumn.FromStrings("kind", network.Dataset.Actors.Select(x => (string?)x.Kind)),
                NodeAttributeColumn.FromStrings("setting", network.Dataset.Actors.Select(x => (string?)SurveyLabels.Format(x.Setting))),
                NodeAttributeColumn.FromStrings("zone", network.Dataset.Actors.Select(x => (string?)x.Zone)),
                .. Attributes(all),
            ];
            WriteGraphFiles(a, staged, all.Graph, attributes, ct);
            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!a.Quiet)
        {
            PrintDatasetSummary(context.Output, analysis, a);
        }

        return CliApp.Success;
    }

    private static void PrintDatasetSummary(TextWriter output, DatasetAnalysis analysis, Settings a)
    {
        var s = analysis.Survey;
        var names = analysis.Network.Dataset.Actors.ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
        string Name(string id) => names.TryGetValue(id, out string? n) ? n : id;
        SummaryText t = SummaryText.For(a.Language);
        output.WriteLine(t.Format(t.Dataset, s.Dataset.Actors, s.Dataset.Respondents, s.Dataset.HomeZone ?? "-"));
        output.WriteLine(t.Format(t.Isolated, s.Isolated.Length, List(t, s.Isolated.Select(Name))));
        output.WriteLine(t.Format(t.Peripheral, s.Peripheral.Length, List(t, s.Peripheral.Select(Name))));
        output.WriteLine(t.Format(t.Brokers, List(t, s.Brokers.Take(5).Select(b => t.Format(t.Item, Name(b.Actor), b.Total)))));
        output.WriteLine(t.Format(t.Missing, s.Gaps.MissingHospitalAmbulatory.Length,
            List(t, s.Gaps.MissingHospitalAmbulatory.Take(3).Select(x => t.Format(t.Pair, Name(x.Hospital), Name(x.Ambulatory), x.Score)))));
        output.WriteLine(t.Format(t.OneWayAndCutPoints, s.Gaps.Asymmetric.Length, List(t, s.Gaps.CutPoints.Select(Name))));
        PrintQuality(output, t, SurveyQuality.Compute(analysis.Network.Dataset), Name);
        PrintMatching(output, t, s, Name, a.AcceptSuggestions is null);
        output.WriteLine(t.Format(t.Wrote, string.Join(", ", a.Outputs), a.OutputDirectory));
    }

    /// <summary>How far the answers can be trusted: confirmed referral ties, actors named but not surveyed, silent respondents, contradictions.</summary>
    private static void PrintQuality(TextWriter output, SummaryText t, SurveyQuality q, Func<string, string> name)
    {
        string Share(double? x) => x is { } v ? t.Format(t.Percent, v * 100) : "-";
        IEnumerable<string> bySetting = q.ConfirmedBySetting.Where(kv => kv.Value is not null).Select(kv => $"{SurveyLabels.Format(kv.Key)} {Share(kv.Value)}");
        output.WriteLine(t.Format(t.Confirmed, Share(q.ConfirmedReferralShare), List(t, bySetting)));
        output.WriteLine(t.Format(t.NotSurveyed, q.NotSurveyed.Length, List(t, q.NotSurveyed.Select(name))));
        output.WriteLine(t.Format(t.Silent, q.SilentRespondents.Length, List(t, q.SilentRespondents)));
        if (q.Inconsistent.Length > 0)
        {
            output.WriteLine(t.Format(t.Inconsistent, q.Inconsistent.Length, q.Inconsistent[0]));
        }
    }

    /// <summary>The partner names that matched no actor with their best suggestion, and the merges accepted with --accept-suggestions.</summary>
    private static void PrintMatching(TextWriter output, SummaryText t, SurveyAnalysis s, Func<string, string> name, bool hint)
    {
        foreach ((string partner, PartnerSuggestion merge) in s.Accepted)
        {
            output.WriteLine(t.Format(t.Merged, partner, name(merge.Actor), merge.Actor, merge.Score));
        }

        output.WriteLine(t.Format(t.Unmatched, s.Suggestions.Length));
        foreach ((string partner, ImmutableArray<PartnerSuggestion> candidates) in s.Suggestions.Take(20))
        {
            output.WriteLine(candidates.IsEmpty
                ? t.Format(t.NoClose, partner)
                : t.Format(t.DidYouMean, partner, name(candidates[0].Actor), candidates[0].Actor, candidates[0].Score));
        }

        if (s.Suggestions.Length > 20)
        {
            output.WriteLine(t.Format(t.More, s.Suggestions.Length - 20));
        }

        if (hint && s.Suggestions.Any(kv => !kv.Value.IsEmpty))
        {
            output.WriteLine(t.AcceptHint);
        }
    }

    private static string List(SummaryText t, IEnumerable<string> items)
    {
        string[] all = items.ToArray();
        return all.Length == 0 ? t.None : string.Join(", ", all.Take(8)) + (all.Length > 8 ? ", …" : string.Empty);
    }

    /// <summary>Refuses exact all-pairs metrics estimated to run longer than <paramref name="limit"/>, before any of them runs, saying what to do instead (and never advising an option already given).</summary>
    private static void CheckRunTime(CsrGraph graph, Settings a, TimeSpan limit)
    {
        if (a.Exact)
        {
            return;
        }

        TimeSpan total = TimeSpan.Zero;
        var slow = new List<string>();
        // Only the all-pairs columns can run for hours; planning the others (PageRank's probe) is left to the run.
        ImmutableArray<string> allPairs = [.. a.Metrics.Intersect(MetricColumns.AllPairs)];
        MetricsPlan plan = NodeMetrics.Plan(graph, a.MetricsOptions(new Progress<MetricsProgress>()) with { Columns = allPairs });
        foreach (string column in allPairs)
        {
            if (plan[column] is not { Method: MetricMethod.Exact } exact)
            {
                continue;
            }

            total += exact.EstimatedTime;
            slow.Add(column);
        }

        if (total > limit)
        {
            var advice = new List<string>();
            if (a.ApproximateBetweenness is null && slow.Contains(MetricColumns.Betweenness))
            {
                advice.Add("use --approx-betweenness EPS (e.g. 0.01)");
            }

            advice.Add("leave these columns out with --metrics");
            advice.Add("pass --exact to run them anyway");
            throw new UsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"exact {string.Join(", ", slow)} on this graph (n = {graph.NodeCount}, m = {graph.EdgeCount}) would take about {Describe(total)} on {Environment.ProcessorCount} cores; {string.Join(", ", advice[..^1])} or {advice[^1]}"));
        }
    }

    private static string Describe(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} hours")
        : t.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} seconds");

    private static List<NodeAttributeColumn> Attributes(NodeMetricsTable metrics) =>
        [.. metrics.Columns.Select(c => NodeAttributeColumn.FromDoubles(c, metrics.Column(c).ToArray()))];

    private static void WriteText(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }

    private static void PrintGraphSummary(TextWriter output, GraphAnalysis analysis, Settings a)
    {
        NodeMetricsTable m = analysis.Metrics;
        SummaryText t = SummaryText.For(a.Language);
        output.WriteLine(t.Format(t.Graph, analysis.Graph.NodeCount, analysis.Graph.EdgeCount, analysis.Graph.IsDirected ? t.Directed : t.Undirected,
            analysis.Density, m.WeakComponents.Count, analysis.Isolated));
        if (m.Communities is { } p)
        {
            output.WriteLine(t.Format(t.Communities, p.Count, p.Modularity));
        }

        foreach (string column in new[] { MetricColumns.Betweenness, MetricColumns.PageRank })
        {
            if (m.Has(column))
            {
                var top = NodeRanking.Top(m.Column(column), 5).Select(v => analysis.Graph.Nodes[v]);
                output.WriteLine(t.Format(t.Top, t.Metric(column), string.Join(", ", top)));
            }
        }

        output.WriteLine(t.Format(t.Wrote, string.Join(", ", a.Outputs), a.OutputDirectory));
    }
}
