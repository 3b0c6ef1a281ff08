using System.Collections.Immutable;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis;

/// <summary>The directory of services ("répertoire", "guide social") of a survey wave: one entry per actor, grouped by
/// setting then kind, with every extra attribute of <c>actors.csv</c> and the partners it works with most per contact type.</summary>
/// <remarks>
/// <para>Top partners of actor x: <c>sending</c> = the actors x sends persons to (out-neighbours in layer
/// <c>sending</c>), <c>receiving</c> = the actors x receives persons from (in-neighbours in layer <c>receiving</c>),
/// <c>exchange</c> = its neighbours in layer <c>exchange</c>; ranked by tie weight (frequency), then number of reports,
/// then id; up to <c>top</c> of them. O(n + m log m).</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class ServiceDirectory
{
    private ServiceDirectory(ImmutableArray<string> attributeNames, ImmutableArray<DirectoryEntry> entries)
    {
        AttributeNames = attributeNames;
        Entries = entries;
    }

    /// <summary>Gets the extra columns of <c>actors.csv</c>, in file order.</summary>
    public ImmutableArray<string> AttributeNames { get; }

    /// <summary>Gets one entry per actor, by setting (hospital, ambulatory, social, other), kind, name, then id (ordinal).</summary>
    public ImmutableArray<DirectoryEntry> Entries { get; }

    /// <summary>Builds the directory of a network.</summary>
    /// <param name="network">The survey network (pseudonymize its dataset first to publish it).</param>
    /// <param name="top">How many partners to list per contact type (default 3).</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public static ServiceDirectory Build(SurveyNetwork network, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        NodeIndex nodes = network.Nodes;
        var entries = new List<DirectoryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Actor actor in network.Dataset.Actors)
        {
            if (!seen.Add(actor.Id) || !nodes.TryGetIndex(actor.Id, out int node))
            {
                continue;
            }

            entries.Add(new DirectoryEntry(
                actor,
                Top(network, SurveyLayer.Sending, node, outgoing: true, top),
                Top(network, SurveyLayer.Receiving, node, outgoing: false, top),
                Top(network, SurveyLayer.Exchange, node, outgoing: true, top)));
        }

        entries.Sort((x, y) =>
        {
            int c = x.Actor.Setting.CompareTo(y.Actor.Setting);
            c = c != 0 ? c : string.CompareOrdinal(x.Actor.Kind, y.Actor.Kind);
            c = c != 0 ? c : string.Compare(x.Actor.Name, y.Actor.Name, StringComparison.CurrentCultureIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(x.Actor.Id, y.Actor.Id);
        });
        return new ServiceDirectory(network.Dataset.ActorAttributeNames, [.. entries]);
    }

    private static ImmutableArray<string> Top(SurveyNetwork network, SurveyLayer layer, int node, bool outgoing, int top)
    {
        CsrGraph g = network[layer];
        ReadOnlySpan<int> partners = outgoing ? g.OutNeighbors(node) : g.InNeighbors(node);
        var scored = new List<(string Id, double Weight, int Reports)>(partners.Length);
        foreach (int p in partners)
        {
            (int s, int t) = outgoing ? (node, p) : (p, node);
            g.TryGetWeight(s, t, out double w);
            scored.Add((network.Nodes[p], w, network.Reports(layer, s, t)));
        }

        return [.. scored.OrderByDescending(x => x.Weight).ThenByDescending(x => x.Reports).ThenBy(x => x.Id, StringComparer.Ordinal).Take(top).Select(x => x.Id)];
    }
}

/// <summary>One actor of the directory.</summary>
/// <param name="Actor">The actor, with its attributes.</param>
/// <param name="TopSending">Actor ids it sends persons to most.</param>
/// <param name="TopReceiving">Actor ids it receives persons from most.</param>
/// <param name="TopExchange">Actor ids it exchanges information with most.</param>
public sealed record DirectoryEntry(Actor Actor, ImmutableArray<string> TopSending, ImmutableArray<string> TopReceiving, ImmutableArray<string> TopExchange);
