using System.Text.Json.Nodes;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>
/// The rows a wave contributes to the Neo4j graph model, as the JSON the store keeps and the sync sends. The rows
/// themselves come from the library's <see cref="Neo4jGraphModel"/>, the same code <c>networkgraph export
/// --neo4j-import</c> writes its bulk-import files from, so both paths give Neo4j the same graph.
/// </summary>
internal static class GraphRows
{
    /// <summary>The metric columns of <c>metrics.csv</c> that become <c>&lt;layer&gt;_&lt;metric&gt;</c> properties of <c>IN_WAVE</c>.</summary>
    public static readonly string[] MetricColumns = [.. NetworkGraph.Analysis.MetricColumns.All];

    /// <summary>One JSON object per actor: <c>{id, name, kind, setting, zone}</c> (<see cref="Neo4jGraphModel.Actors"/>).</summary>
    public static string ActorsJson(SurveyDataset dataset)
    {
        var rows = new JsonArray();
        foreach (Neo4jActorRow a in Neo4jGraphModel.Actors(dataset))
        {
            rows.Add(new JsonObject
            {
                ["id"] = a.Id,
                ["name"] = a.Name,
                ["kind"] = a.Kind,
                ["setting"] = a.Setting,
                ["zone"] = a.Zone,
            });
        }

        return rows.ToJsonString();
    }

    /// <summary>One JSON object per tie and survey layer: <c>{type, from, to, weight, frequency, channels, reports, formal}</c> (<see cref="Neo4jGraphModel.Ties"/>).</summary>
    public static string TiesJson(SurveyNetwork network)
    {
        var rows = new JsonArray();
        foreach (Neo4jTieRow t in Neo4jGraphModel.Ties(network))
        {
            rows.Add(new JsonObject
            {
                ["type"] = t.Type,
                ["from"] = t.From,
                ["to"] = t.To,
                ["weight"] = t.Weight,
                ["frequency"] = t.Frequency,
                ["channels"] = t.Channels,
                ["reports"] = t.Reports,
                ["formal"] = t.Formal,
            });
        }

        return rows.ToJsonString();
    }
}
