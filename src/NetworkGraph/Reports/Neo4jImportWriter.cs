using System.Collections.Immutable;
using System.Globalization;
using NetworkGraph.Analysis;
using NetworkGraph.Graphs;
using NetworkGraph.Internal;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>What <see cref="Neo4jImportWriter"/> wrote.</summary>
/// <param name="Nodes">The data rows of <c>nodes.csv</c>.</param>
/// <param name="Relationships">The data rows of <c>relationships.csv</c>.</param>
/// <param name="MultilineFields">Whether a field holds a line break, so that neo4j-admin needs <c>--multiline-fields=true</c>.</param>
public sealed record Neo4jImportSummary(long Nodes, long Relationships, bool MultilineFields);

/// <summary>
/// Writes the two files of <c>neo4j-admin database import full</c> (docs/en/neo4j.md, "A national network: bulk import"):
/// <c>nodes.csv</c> and <c>relationships.csv</c>, UTF-8, comma-delimited, one header row with <c>:ID</c>, <c>:LABEL</c>,
/// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c> and typed properties (<c>:long</c>, <c>:double</c>, <c>:boolean</c>; untyped
/// = string), for graphs too large for the transactional sync.
/// </summary>
/// <remarks>
/// <para>A survey dataset gives the graph the service's sync gives, from the same rows (<see cref="Neo4jGraphModel"/>):
/// <c>Actor</c> nodes and the <c>Wave</c> node share <c>nodes.csv</c>, a property a label does not have left as no value;
/// their import ids are <c>actor:&lt;id&gt;</c> and <c>wave:&lt;id&gt;</c>, so an actor and a wave may have the same id, and are
/// not stored (the <c>id</c> property is). <c>IN_WAVE</c> and the tie relationships share <c>relationships.csv</c> the same way.
/// Integer metrics (<c>degree</c>, <c>in_degree</c>, <c>out_degree</c>, <c>core</c>, <c>community</c>) are <c>long</c>, the others
/// <c>double</c>; an undefined metric (an empty cell of <c>metrics.csv</c>) is no property, as the sync's null.</para>
/// <para>An edge list gives <c>(:Node {id})</c> nodes in the id space <c>Node</c>, with the computed metric columns, and one
/// <c>TIE {weight}</c> relationship per edge, streamed straight from the CSR arrays: nothing but the output buffer is
/// allocated, O(n + m) time. An undirected edge is written once, from the node that appears first in the input.</para>
/// <para>Fields are quoted as neo4j-admin's defaults read them back exactly; a line break needs
/// <c>--multiline-fields=true</c> (<see cref="Neo4jImportSummary.MultilineFields"/>, <see cref="AdminCommand"/>); a NUL
/// character or an empty node id is refused with a <see cref="NetworkGraphException"/>.</para>
/// </remarks>
public static class Neo4jImportWriter
{
    /// <summary>The node file's name.</summary>
    public const string NodesFileName = "nodes.csv";

    /// <summary>The relationship file's name.</summary>
    public const string RelationshipsFileName = "relationships.csv";

    /// <summary>The label of edge-list nodes.</summary>
    public const string NodeLabel = "Node";

    /// <summary>The id space of edge-list nodes.</summary>
    public const string NodeIdSpace = "Node";

    /// <summary>The type of edge-list relationships.</summary>
    public const string TieType = "TIE";

    /// <summary>The prefix of an actor's import id in a dataset's files.</summary>
    public const string ActorIdPrefix = "actor:";

    /// <summary>The prefix of the wave's import id in a dataset's files.</summary>
    public const string WaveIdPrefix = "wave:";

    /// <summary>Gets the metric columns written as <c>long</c>; every other column is <c>double</c>.</summary>
    public static ImmutableArray<string> IntegerColumns { get; } =
        [MetricColumns.Degree, MetricColumns.InDegree, MetricColumns.OutDegree, MetricColumns.Core, MetricColumns.Community];

    /// <summary>The neo4j-admin type of a metric column: <c>long</c> or <c>double</c>.</summary>
    /// <param name="column">A metric column.</param>
    public static string ColumnType(string column) => IntegerColumns.Contains(column) ? "long" : "double";

    /// <summary>Writes a survey wave: its actors, its wave node, the actors' <c>IN_WAVE</c> metrics and its ties.</summary>
    /// <param name="analysis">The analysed dataset; every layer's metric columns become <c>IN_WAVE</c> properties.</param>
    /// <param name="waveId">The wave id (<c>Wave.id</c>), e.g. the dataset folder's name.</param>
    /// <param name="ingestedAt">The wave's <c>ingestedAt</c>, written as the service writes it (UTC, ISO 8601, milliseconds).</param>
    /// <param name="nodes">Receives <c>nodes.csv</c> (left open).</param>
    /// <param name="relationships">Receives <c>relationships.csv</c> (left open).</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 rows).</param>
    /// <returns>The row counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="waveId"/> is empty.</exception>
    /// <exception cref="NetworkGraphException">A value holds a NUL character.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Neo4jImportSummary Write(DatasetAnalysis analysis, string waveId, DateTimeOffset ingestedAt, Stream nodes, Stream relationships, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentException.ThrowIfNullOrEmpty(waveId);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        SurveyNetwork network = analysis.Network;
        ImmutableArray<Neo4jActorRow> actors = Neo4jGraphModel.Actors(network.Dataset);
        ImmutableArray<Neo4jTieRow> ties = Neo4jGraphModel.Ties(network);
        string wave = WaveIdPrefix + waveId;

        using var n = new Neo4jImportCsv(nodes, NodesFileName);
        n.Raw(":ID,:LABEL,id,name,kind,setting,zone,ingestedAt,actors:long,respondents:long");
        n.EndRow();
        for (int i = 0; i < actors.Length; i++)
        {
            Cancellation.CheckEvery4096(i, cancellationToken);
            Neo4jActorRow a = actors[i];
            n.String(ActorIdPrefix + a.Id, "actor id");
            n.Raw("," + Neo4jGraphModel.ActorLabel + ",");
            n.String(a.Id, "actor id");
            n.Comma();
            n.String(a.Name, "actor name");
            n.Comma();
            n.String(a.Kind, "actor kind");
            n.Comma();
            n.String(a.Setting, "actor setting");
            n.Comma();
            n.String(a.Zone, "actor zone");
            n.Commas(3);
            n.EndRow();
        }

        n.String(wave, "wave id");
        n.Raw("," + Neo4jGraphModel.WaveLabel + ",");
        n.String(waveId, "wave id");
        n.Commas(5);
        n.String(ingestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), "ingestedAt");
        n.Comma();
        n.Integer(network.Dataset.Actors.Length);
        n.Comma();
        n.Integer(network.Dataset.Respondents.Length);
        n.EndRow();
        n.Flush();

        ImmutableArray<KeyValuePair<SurveyLayer, NodeMetricsTable>> layers = analysis.LayerMetrics;
        var metricHeader = new List<string>();
        foreach ((SurveyLayer layer, NodeMetricsTable table) in layers)
        {
            metricHeader.AddRange(table.Columns.Select(c => Neo4jGraphModel.InWaveProperty(layer, c) + ":" + ColumnType(c)));
        }

        using var r = new Neo4jImportCsv(relationships, RelationshipsFileName);
        r.Raw(":START_ID,:END_ID,:TYPE,wave,weight:long,frequency,channels,reports:long,formal:boolean");
        foreach (string h in metricHeader)
        {
            r.Raw("," + h);
        }

        r.EndRow();
        if (layers.Length > 0)
        {
            NodeIndex index = layers[0].Value.Graph.Nodes;
            for (int v = 0; v < index.Count; v++)
            {
                Cancellation.CheckEvery4096(v, cancellationToken);
                r.String(ActorIdPrefix + index[v], "actor id");
                r.Comma();
                r.String(wave, "wave id");
                r.Raw("," + Neo4jGraphModel.InWaveType);
                r.Commas(6);
                foreach ((_, NodeMetricsTable table) in layers)
                {
                    foreach (string c in table.Columns)
                    {
                        r.Comma();
                        r.Number(table.Column(c)[v]);
                    }
                }

                r.EndRow();
            }
        }

        for (int i = 0; i < ties.Length; i++)
        {
            Cancellation.CheckEvery4096(i, cancellationToken);
            Neo4jTieRow t = ties[i];
            r.String(ActorIdPrefix + t.From, "actor id");
            r.Comma();
            r.String(ActorIdPrefix + t.To, "actor id");
            r.Raw("," + t.Type + ",");
            r.String(waveId, "wave id");
            r.Comma();
            r.Integer(t.Weight);
            r.Comma();
            r.String(t.Frequency, "frequency");
            r.Comma();
            r.String(t.Channels, "channels");
            r.Comma();
            r.Integer(t.Reports);
            r.Comma();
            r.Boolean(t.Formal);
            r.Commas(metricHeader.Count);
            r.EndRow();
        }

        r.Flush();
        return new Neo4jImportSummary(n.Rows, r.Rows, n.Multiline || r.Multiline);
    }

    /// <summary>Writes an edge list's graph: one <c>Node</c> per node with its metrics, one <c>TIE {weight}</c> per edge.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="metrics">Its metrics, written as node properties; null for none.</param>
    /// <param name="nodes">Receives <c>nodes.csv</c> (left open).</param>
    /// <param name="relationships">Receives <c>relationships.csv</c> (left open).</param>
    /// <param name="cancellationToken">Stops the writing (checked every 4 096 nodes).</param>
    /// <returns>The row counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metrics"/> belongs to another graph.</exception>
    /// <exception cref="NetworkGraphException">A node id is empty or holds a NUL character.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Neo4jImportSummary Write(CsrGraph graph, NodeMetricsTable? metrics, Stream nodes, Stream relationships, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        if (metrics is not null && metrics.Graph.NodeCount != graph.NodeCount)
        {
            throw new ArgumentException("The metrics belong to another graph.", nameof(metrics));
        }

        (byte[] arena, int[] starts) = graph.Nodes.ToUtf8();
        ImmutableArray<string> columns = metrics?.Columns ?? [];
        using var n = new Neo4jImportCsv(nodes, NodesFileName);
        n.Raw("id:ID(" + NodeIdSpace + "),:LABEL");
        foreach (string c in columns)
        {
            n.Raw("," + c + ":" + ColumnType(c));
        }

        n.EndRow();
        for (int v = 0; v < graph.NodeCount; v++)
        {
            Cancellation.CheckEvery4096(v, cancellationToken);
            n.Utf8(arena.AsSpan(starts[v], starts[v + 1] - starts[v]), "node id");
            n.Raw("," + NodeLabel);
            foreach (string c in columns)
            {
                n.Comma();
                n.Number(metrics!.Column(c)[v]);
            }

            n.EndRow();
        }

        n.Flush();

        using var r = new Neo4jImportCsv(relationships, RelationshipsFileName);
        r.Raw(":START_ID(" + NodeIdSpace + "),:END_ID(" + NodeIdSpace + "),:TYPE,weight:double");
        r.EndRow();
        string type = "," + TieType + ",";
        for (int u = 0; u < graph.NodeCount; u++)
        {
            Cancellation.CheckEvery4096(u, cancellationToken);
            ReadOnlySpan<byte> source = arena.AsSpan(starts[u], starts[u + 1] - starts[u]);
            ReadOnlySpan<int> targets = graph.OutNeighbors(u);
            ReadOnlySpan<double> weights = graph.IsWeighted ? graph.OutWeights(u) : default;
            for (int i = 0; i < targets.Length; i++)
            {
                int v = targets[i];
                if (!graph.IsDirected && v < u)
                {
                    continue;
                }

                double w = weights.IsEmpty ? 1.0 : weights[i];
                r.Utf8(source, "node id");
                r.Comma();
                r.Utf8(arena.AsSpan(starts[v], starts[v + 1] - starts[v]), "node id");
                r.Raw(type);
                r.Number(w);
                r.EndRow();
            }
        }

        r.Flush();
        return new Neo4jImportSummary(n.Rows, r.Rows, n.Multiline || r.Multiline);
    }

    /// <summary>
    /// The <c>neo4j-admin database import full</c> command line that imports the files written into
    /// <paramref name="directory"/>: <c>--nodes</c>, <c>--relationships</c>, <c>--multiline-fields=true</c> when a field
    /// holds a line break, then the database name. Paths with shell metacharacters are single-quoted.
    /// </summary>
    /// <param name="summary">What was written.</param>
    /// <param name="directory">The folder holding the two files, as the user will pass it.</param>
    /// <param name="database">The database to create, e.g. <c>neo4j</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string AdminCommand(Neo4jImportSummary summary, string directory, string database)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(database);
        string nodes = Shell("--nodes=" + Path.Combine(directory, NodesFileName));
        string relationships = Shell("--relationships=" + Path.Combine(directory, RelationshipsFileName));
        return "neo4j-admin database import full " + nodes + " " + relationships
            + (summary.MultilineFields ? " --multiline-fields=true" : string.Empty) + " " + Shell(database);
    }

    private static string Shell(string word) =>
        word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+' or '@' or '%')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
