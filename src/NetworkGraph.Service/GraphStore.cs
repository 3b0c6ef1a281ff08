using System.Text.Json.Nodes;

namespace NetworkGraph.Service;

/// <summary>One wave in the Neo4j graph model, ready to be written.</summary>
/// <param name="Id">The wave id (<c>Wave.id</c>).</param>
/// <param name="IngestedAt">When the wave was stored (<c>Wave.ingestedAt</c>).</param>
/// <param name="Actors">The number of actors (<c>Wave.actors</c>).</param>
/// <param name="Respondents">The number of respondents (<c>Wave.respondents</c>).</param>
/// <param name="ActorRows"><c>{id, name, kind, setting, zone}</c> per actor.</param>
/// <param name="InWaveRows"><c>{id, props}</c> per actor, <c>props</c> holding the <c>&lt;layer&gt;_&lt;metric&gt;</c> values.</param>
/// <param name="TieRows"><c>{type, from, to, weight, frequency, channels, reports, formal}</c> per tie.</param>
internal sealed record WaveGraph(
    string Id,
    string IngestedAt,
    int Actors,
    int Respondents,
    IReadOnlyList<JsonObject> ActorRows,
    IReadOnlyList<JsonObject> InWaveRows,
    IReadOnlyList<JsonObject> TieRows);

/// <summary>Where synced waves go: Neo4j, or a test double. Every call is idempotent.</summary>
internal interface IGraphStore
{
    /// <summary>Creates the uniqueness constraints the <c>MERGE</c> statements rely on, if they do not exist.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>Writes a wave in one transaction with <c>MERGE</c>, so writing it twice leaves the same graph.</summary>
    Task UpsertWaveAsync(WaveGraph wave, CancellationToken cancellationToken);

    /// <summary>Deletes a wave's node, its <c>IN_WAVE</c> and tie relationships, and actors left in no wave, in one transaction.</summary>
    Task DeleteWaveAsync(string waveId, CancellationToken cancellationToken);
}

/// <summary>A failure worth retrying: <c>Neo.TransientError.*</c> (but the termination codes), 5xx, a timeout, a dropped connection.</summary>
internal sealed class GraphStoreTransientException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A failure no retry can fix (<c>Neo.ClientError.*</c>, <c>Neo.DatabaseError.*</c>, 4xx, bad credentials): the job stops.</summary>
internal sealed class GraphStoreClientException(string message) : Exception(message);

/// <summary>
/// The Cypher statements of the graph model, sent with parameters only (never with values spliced in).
/// Constraints come first (schema statements run in their own implicit transactions), then nodes,
/// then relationships; every write is a <c>MERGE</c> on a constrained key.
/// </summary>
internal static class Cypher
{
    /// <summary>Unique actor ids.</summary>
    public const string ActorConstraint = "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE";

    /// <summary>Unique wave ids.</summary>
    public const string WaveConstraint = "CREATE CONSTRAINT wave_id IF NOT EXISTS FOR (w:Wave) REQUIRE w.id IS UNIQUE";

    /// <summary>The wave node.</summary>
    public const string MergeWave = "MERGE (w:Wave {id: $id}) SET w.ingestedAt = $ingestedAt, w.actors = $actors, w.respondents = $respondents";

    /// <summary>Actor nodes, one per row.</summary>
    public const string MergeActors = "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name, a.kind = row.kind, a.setting = row.setting, a.zone = row.zone";

    /// <summary>The actors' metrics in the wave.</summary>
    public const string MergeInWave = "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) MATCH (w:Wave {id: $wave}) MERGE (a)-[r:IN_WAVE]->(w) SET r += row.props";

    /// <summary>Ties of one type; the type is one of the three fixed names, never user text.</summary>
    public static string MergeTies(string type) =>
        $"UNWIND $rows AS row MATCH (a:Actor {{id: row.from}}) MATCH (b:Actor {{id: row.to}}) MERGE (a)-[r:{type} {{wave: $wave}}]->(b) SET r.weight = row.weight, r.frequency = row.frequency, r.channels = row.channels, r.reports = row.reports, r.formal = row.formal";

    /// <summary>The tie relationship types, in writing order.</summary>
    public static readonly string[] TieTypes = ["SENDING", "RECEIVING", "EXCHANGE"];

    /// <summary>A wave's ties.</summary>
    public const string DeleteTies = "MATCH (:Actor)-[r:SENDING|RECEIVING|EXCHANGE]->(:Actor) WHERE r.wave = $wave DELETE r";

    /// <summary>A wave's node and its <c>IN_WAVE</c> relationships.</summary>
    public const string DeleteWave = "MATCH (w:Wave {id: $wave}) DETACH DELETE w";

    /// <summary>Actors left in no wave.</summary>
    public const string DeleteOrphanActors = "MATCH (a:Actor) WHERE NOT (a)-[:IN_WAVE]->(:Wave) DETACH DELETE a";
}
