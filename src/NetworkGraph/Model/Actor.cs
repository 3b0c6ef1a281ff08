using System.Collections.Immutable;

namespace NetworkGraph.Model;

/// <summary>An actor of the care network: an institution, a service, or a kind of actor such as "general practitioners".</summary>
/// <remarks>
/// <para>One row of <c>actors.csv</c> (docs/en/survey-format.md), or a partner named by respondents that matched no row (then
/// <see cref="Kind"/> is <c>unknown</c>, <see cref="Setting"/> is <see cref="Setting.Other"/>, <see cref="Zone"/> is empty).</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed record Actor
{
    /// <summary>Gets the unique id (letters, digits, <c>_</c>, <c>.</c>, <c>-</c> for actors of <c>actors.csv</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the free-text category, e.g. <c>psychiatric-hospital</c>, <c>gp</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the care setting.</summary>
    public Setting Setting { get; init; } = Setting.Other;

    /// <summary>Gets the zone (free text, e.g. <c>6</c>); empty when unknown.</summary>
    public string Zone { get; init; } = string.Empty;

    /// <summary>Gets the other names respondents use for this actor.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Gets the extra columns of <c>actors.csv</c> (column name → cell text), kept for exports.</summary>
    public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether this actor was created from a partner name that matched no actor.</summary>
    public bool IsUnresolved { get; init; }
}
