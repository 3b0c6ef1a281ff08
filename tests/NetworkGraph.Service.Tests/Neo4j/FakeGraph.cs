using System.Text.Json.Nodes;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>
/// The in-memory graph of <see cref="FakeNeo4j"/>: actors and waves keyed by their constrained
/// <c>id</c>, <c>IN_WAVE</c> keyed by its two ends, ties keyed by type, ends and <c>wave</c> — the keys the
/// service's <c>MERGE</c> statements match on, so a statement run twice changes nothing the second time.
/// It runs exactly the statements of <see cref="Cypher"/>; anything else is a syntax error, as an
/// unexpected statement would be a bug of the service.
/// </summary>
internal sealed class FakeGraph
{
    public SortedDictionary<string, JsonObject> Actors { get; private set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, JsonObject> Waves { get; private set; } = new(StringComparer.Ordinal);

    public SortedDictionary<(string Actor, string Wave), JsonObject> InWave { get; private set; } = [];

    public SortedDictionary<(string Type, string From, string To, string Wave), JsonObject> Ties { get; private set; } = [];

    public SortedSet<string> Constraints { get; private set; } = new(StringComparer.Ordinal);

    public FakeGraph Clone() => new()
    {
        Actors = new(Actors.ToDictionary(kv => kv.Key, kv => (JsonObject)kv.Value.DeepClone()), StringComparer.Ordinal),
        Waves = new(Waves.ToDictionary(kv => kv.Key, kv => (JsonObject)kv.Value.DeepClone()), StringComparer.Ordinal),
        InWave = new(InWave.ToDictionary(kv => kv.Key, kv => (JsonObject)kv.Value.DeepClone())),
        Ties = new(Ties.ToDictionary(kv => kv.Key, kv => (JsonObject)kv.Value.DeepClone())),
        Constraints = new(Constraints, StringComparer.Ordinal),
    };

    /// <summary>A canonical text of the whole graph (constraints aside), equal for equal graphs.</summary>
    public string Canonical()
    {
        static JsonObject Sorted(JsonObject o) => new(o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
        var root = new JsonObject
        {
            ["actors"] = new JsonArray([.. Actors.Select(kv => (JsonNode)new JsonObject { ["id"] = kv.Key, ["props"] = Sorted(kv.Value) })]),
            ["waves"] = new JsonArray([.. Waves.Select(kv => (JsonNode)new JsonObject { ["id"] = kv.Key, ["props"] = Sorted(kv.Value) })]),
            ["inWave"] = new JsonArray([.. InWave.Select(kv => (JsonNode)new JsonObject { ["actor"] = kv.Key.Actor, ["wave"] = kv.Key.Wave, ["props"] = Sorted(kv.Value) })]),
            ["ties"] = new JsonArray([.. Ties.Select(kv => (JsonNode)new JsonObject { ["type"] = kv.Key.Type, ["from"] = kv.Key.From, ["to"] = kv.Key.To, ["props"] = Sorted(kv.Value) })]),
        };
        return root.ToJsonString();
    }

    /// <summary>Runs one statement; throws <see cref="FakeNeo4jError"/> like the server answers an error.</summary>
    public void Execute(string statement, JsonObject parameters, Counters counters, bool explicitTransaction)
    {
        switch (statement)
        {
            case Cypher.ActorConstraint or Cypher.WaveConstraint:
                if (explicitTransaction)
                {
                    throw new FakeNeo4jError("Neo.ClientError.Transaction.ForbiddenDueToTransactionType", "Tried to execute Schema modification after executing Write query.");
                }

                if (Constraints.Add(statement))
                {
                    counters.ConstraintsAdded++;
                }

                break;
            case Cypher.MergeWave:
                {
                    JsonObject wave = MergeNode(Waves, Text(parameters, "id"), counters);
                    Set(wave, "ingestedAt", parameters["ingestedAt"], counters);
                    Set(wave, "actors", parameters["actors"], counters);
                    Set(wave, "respondents", parameters["respondents"], counters);
                    break;
                }

            case Cypher.MergeActors:
                foreach (JsonObject row in Rows(parameters))
                {
                    JsonObject actor = MergeNode(Actors, Text(row, "id"), counters);
                    foreach (string key in new[] { "name", "kind", "setting", "zone" })
                    {
                        Set(actor, key, row[key], counters);
                    }
                }

                break;
            case Cypher.MergeInWave:
                {
                    string wave = Text(parameters, "wave");
                    foreach (JsonObject row in Rows(parameters))
                    {
                        string actor = Text(row, "id");
                        if (!Actors.ContainsKey(actor) || !Waves.ContainsKey(wave))
                        {
                            continue;
                        }

                        JsonObject r = MergeRelationship(InWave, (actor, wave), counters);
                        foreach (var (key, value) in (JsonObject)(row["props"] ?? throw Type("props")))
                        {
                            Set(r, key, value, counters);
                        }
                    }

                    break;
                }

            case Cypher.DeleteTies:
                {
                    string wave = Text(parameters, "wave");
                    foreach (var key in Ties.Keys.Where(k => k.Wave == wave).ToList())
                    {
                        Ties.Remove(key);
                        counters.RelationshipsDeleted++;
                    }

                    break;
                }

            case Cypher.DeleteWave:
                {
                    string wave = Text(parameters, "wave");
                    if (Waves.Remove(wave))
                    {
                        counters.NodesDeleted++;
                        foreach (var key in InWave.Keys.Where(k => k.Wave == wave).ToList())
                        {
                            InWave.Remove(key);
                            counters.RelationshipsDeleted++;
                        }
                    }

                    break;
                }

            case Cypher.DeleteOrphanActors:
                foreach (string actor in Actors.Keys.Where(a => !InWave.Keys.Any(k => k.Actor == a)).ToList())
                {
                    Actors.Remove(actor);
                    counters.NodesDeleted++;
                    foreach (var key in Ties.Keys.Where(k => k.From == actor || k.To == actor).ToList())
                    {
                        Ties.Remove(key);
                        counters.RelationshipsDeleted++;
                    }
                }

                break;
            default:
                string? type = Cypher.TieTypes.FirstOrDefault(t => statement == Cypher.MergeTies(t));
                if (type is null)
                {
                    throw new FakeNeo4jError("Neo.ClientError.Statement.SyntaxError", "Invalid input: the fake server runs only the service's statements.");
                }

                MergeTies(type, parameters, counters);
                break;
        }
    }

    private void MergeTies(string type, JsonObject parameters, Counters counters)
    {
        string wave = Text(parameters, "wave");
        foreach (JsonObject row in Rows(parameters))
        {
            string from = Text(row, "from");
            string to = Text(row, "to");
            if (!Actors.ContainsKey(from) || !Actors.ContainsKey(to))
            {
                continue;
            }

            bool created = !Ties.ContainsKey((type, from, to, wave));
            JsonObject r = MergeRelationship(Ties, (type, from, to, wave), counters);
            if (created)
            {
                Set(r, "wave", wave, counters);
            }

            foreach (string key in new[] { "weight", "frequency", "channels", "reports", "formal" })
            {
                Set(r, key, row[key], counters);
            }
        }
    }

    private static JsonObject MergeNode(SortedDictionary<string, JsonObject> nodes, string id, Counters counters)
    {
        if (!nodes.TryGetValue(id, out JsonObject? node))
        {
            node = new JsonObject { ["id"] = id };
            nodes[id] = node;
            counters.NodesCreated++;
            counters.LabelsAdded++;
            counters.PropertiesSet++;
        }

        return node;
    }

    private static JsonObject MergeRelationship<TKey>(SortedDictionary<TKey, JsonObject> relationships, TKey key, Counters counters)
        where TKey : notnull
    {
        if (!relationships.TryGetValue(key, out JsonObject? r))
        {
            r = [];
            relationships[key] = r;
            counters.RelationshipsCreated++;
        }

        return r;
    }

    /// <summary><c>SET x.key = value</c>: a null value removes the property, as in Cypher.</summary>
    private static void Set(JsonObject target, string key, JsonNode? value, Counters counters)
    {
        if (value is null)
        {
            if (target.Remove(key))
            {
                counters.PropertiesSet++;
            }

            return;
        }

        if (value is JsonObject)
        {
            throw new FakeNeo4jError("Neo.ClientError.Statement.TypeError", $"Property values can only be of primitive types or arrays thereof (property '{key}').");
        }

        target[key] = value.DeepClone();
        counters.PropertiesSet++;
    }

    private static IEnumerable<JsonObject> Rows(JsonObject parameters) =>
        parameters["rows"] is JsonArray rows ? rows.Select(r => r as JsonObject ?? throw Type("rows")) : throw new FakeNeo4jError("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): rows");

    private static string Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue(out string? s) ? s : throw new FakeNeo4jError("Neo.ClientError.Statement.ParameterMissing", $"Expected parameter(s): {key}");

    private static FakeNeo4jError Type(string key) => new("Neo.ClientError.Statement.TypeError", $"Unexpected type of '{key}'.");
}

/// <summary>An error the fake server answers in its <c>errors</c> array.</summary>
internal sealed class FakeNeo4jError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The update counters of the Query API.</summary>
internal sealed class Counters
{
    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int ConstraintsAdded { get; set; }

    public JsonObject ToJson() => new()
    {
        ["containsUpdates"] = NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded > 0,
        ["nodesCreated"] = NodesCreated,
        ["nodesDeleted"] = NodesDeleted,
        ["propertiesSet"] = PropertiesSet,
        ["relationshipsCreated"] = RelationshipsCreated,
        ["relationshipsDeleted"] = RelationshipsDeleted,
        ["labelsAdded"] = LabelsAdded,
        ["labelsRemoved"] = 0,
        ["indexesAdded"] = 0,
        ["indexesRemoved"] = 0,
        ["constraintsAdded"] = ConstraintsAdded,
        ["constraintsRemoved"] = 0,
        ["containsSystemUpdates"] = false,
        ["systemUpdates"] = 0,
    };
}
