using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.IO;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary>
/// <c>networkgraph export</c>: the files of <c>neo4j-admin database import full</c> for a survey wave (the graph model
/// the service's sync writes) or for an edge list too large for a transactional sync.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    /// <summary>The output files, in the order they are written.</summary>
    internal static readonly ImmutableArray<string> OutputNames = [Neo4jImportWriter.NodesFileName, Neo4jImportWriter.RelationshipsFileName];

    private readonly GraphSourceOptions _source = new("national.txt.gz");

    private readonly Option<string> _neo4jImport = new("--neo4j-import")
    {
        Description = "The output folder of nodes.csv and relationships.csv, created if missing; existing files of these names are replaced. Required. Example: --neo4j-import import",
        HelpName = "DIR",
        Required = true,
    };

    private readonly Option<string?> _metrics = new("--metrics")
    {
        Description = "Comma-separated metric columns to compute and write as properties, or 'none'. Default: all for a dataset (the IN_WAVE properties), none for an edge list. Example: --metrics degree,pagerank",
        HelpName = "LIST",
    };

    private readonly Option<string?> _wave = new("--wave")
    {
        Description = "The wave id (Wave.id) of a dataset. Default: the dataset folder's name, as the service names a wave. Example: --wave zone6-2016",
        HelpName = "ID",
    };

    private readonly Option<string?> _database = new("--database")
    {
        Description = "The database name put in the neo4j-admin command printed at the end. Default: neo4j. Example: --database national",
        HelpName = "NAME",
    };

    private readonly Option<ReportLanguage?> _lang = SharedOptions.Language("the summary printed", ReportLanguage.English);

    private readonly Option<int?> _threads = SharedOptions.Threads();

    private readonly Option<int?> _seed = SharedOptions.Seed("every randomised step (communities, sampling)", 42);

    private readonly Option<bool> _quiet = SharedOptions.Quiet();

    private readonly PersonalDataOptions _personal = new();

    /// <inheritdoc/>
    public Command Build(CliContext context)
    {
        var command = new Command("export", """
            Write the files of 'neo4j-admin database import full' into DIR: nodes.csv and relationships.csv. A dataset gives the graph the service syncs (Actor and Wave nodes, IN_WAVE with every layer's metrics, SENDING, RECEIVING and EXCHANGE ties); an edge list gives Node nodes and TIE relationships with their weight, streamed for national-scale graphs.
              networkgraph export DATASET_DIR --neo4j-import DIR [--wave ID] [--metrics LIST] [--pseudonymize --secret S]
              networkgraph export --edges FILE [--directed] --neo4j-import DIR [--metrics LIST]
            Then: neo4j-admin database import full --nodes=DIR/nodes.csv --relationships=DIR/relationships.csv neo4j
            Example: networkgraph export data/zone6 --neo4j-import import
            """)
        {
            _neo4jImport, _metrics, _wave, _database, _lang, _threads, _seed, _quiet,
        };
        _source.AddTo(command);
        _personal.AddTo(command);
        command.SetAction(result => Run(result, context));
        return command;
    }

    private int Run(ParseResult r, CliContext context)
    {
        _source.From(r, out string? dataset, out string? edges, out bool directed);
        if (edges is not null && r.GetValue(_wave) is not null)
        {
            throw new UsageException("--wave applies to a dataset only: an edge list has no wave");
        }

        if (r.GetValue(_wave) is "")
        {
            throw new UsageException("--wave takes a non-empty id");
        }

        int? threads = r.GetValue(_threads);

        Pseudonymizer? pseudonymizer = _personal.From(r);
        if (pseudonymizer is not null && edges is not null)
        {
            throw new UsageException("--pseudonymize applies to a dataset only: an edge list has no actor kinds to tell persons from services");
        }

        string? list = r.GetValue(_metrics);
        if (dataset is not null && list?.Trim() == "none")
        {
            throw new UsageException("--metrics none applies to --edges only: a dataset's IN_WAVE relationships carry its metrics");
        }

        ImmutableArray<string> columns = list?.Trim() == "none" || (list is null && edges is not null)
            ? []
            : AnalyzeCommand.ParseList("--metrics", list, MetricColumns.All, "metric");
        var options = new NodeMetricsOptions { Columns = columns, Seed = r.GetValue(_seed) ?? 42, MaxDegreeOfParallelism = threads ?? -1 };
        string outDir = r.GetValue(_neo4jImport) ?? string.Empty;
        OutputTarget target;
        try
        {
            target = OutputTarget.Check(outDir, [edges ?? dataset!], OutputNames);
        }
        catch (UsageException e)
        {
            // The checks are analyze's; here the output folder is --neo4j-import's.
            throw new UsageException(e.Message.Replace("--out", "--neo4j-import", StringComparison.Ordinal));
        }

        CancellationToken ct = context.CancellationToken;

        Func<Stream, Stream, Neo4jImportSummary> write;
        if (edges is not null)
        {
            InputPaths.CheckFile("--edges", edges);
            GraphInput input = DatasetLoader.ReadCancellable(() => GraphInput.Read(edges, new EdgeListOptions { Directed = directed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, null, ct), ct);
            CsrGraph graph = input.Graph;
            NodeMetricsTable? metrics = columns.IsEmpty ? null : NodeMetrics.Compute(graph, options, ct);
            write = (nodes, relationships) => Neo4jImportWriter.Write(graph, metrics, nodes, relationships, ct);
        }
        else
        {
            DatasetInput? input = DatasetLoader.ReadFolderOrWorkbook(dataset!, pseudonymizer, context.Error, ct);
            if (input is null)
            {
                return CliApp.InvalidInput;
            }

            DatasetAnalysis analysis = DatasetAnalysis.Analyze(input, options, ct);
            string wave = r.GetValue(_wave) ?? WaveName(dataset!);
            write = (nodes, relationships) => Neo4jImportWriter.Write(analysis, wave, DateTimeOffset.UtcNow, nodes, relationships, ct);
        }

        Neo4jImportSummary summary;
        using (var staged = new StagedOutput(target))
        {
            using (FileStream nodes = File.Create(staged.PathOf(Neo4jImportWriter.NodesFileName)))
            using (FileStream relationships = File.Create(staged.PathOf(Neo4jImportWriter.RelationshipsFileName)))
            {
                summary = write(nodes, relationships);
            }

            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!r.GetValue(_quiet))
        {
            bool fr = r.GetValue(_lang) == ReportLanguage.French;
            TextWriter o = context.Output;
            o.WriteLine(string.Format(
                fr ? CultureInfo.GetCultureInfo("fr-BE") : CultureInfo.InvariantCulture,
                fr ? "{0:N0} nœud(s) et {1:N0} relation(s) écrits dans {2}" : "wrote {0:N0} node(s) and {1:N0} relationship(s) to {2}",
                summary.Nodes,
                summary.Relationships,
                outDir));
            o.WriteLine(fr ? "Pour créer la base (Neo4j arrêté, base inexistante) :" : "To create the database (Neo4j stopped, the database not existing yet):");
            o.WriteLine("  " + Neo4jImportWriter.AdminCommand(summary, outDir, r.GetValue(_database) ?? "neo4j"));
        }

        return CliApp.Success;
    }

    /// <summary>The wave id the service would give this dataset: its folder (or workbook) name.</summary>
    private static string WaveName(string dataset)
    {
        string full = Path.GetFullPath(dataset).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string name = Path.GetFileName(full);
        return WorkbookReader.IsWorkbookPath(name) && File.Exists(full) ? Path.GetFileNameWithoutExtension(name) : name;
    }
}
