namespace NetworkGraph.Model;

/// <summary>A partner named by a respondent for a contact type (one row of <c>partners.csv</c>).</summary>
/// <remarks>
/// <para>The per-tie values (<see cref="Frequency"/>, <see cref="Channels"/>, <see cref="Formal"/>) are null when the
/// cell is empty; the respondent's <see cref="Answer"/> for the type then applies.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed record PartnerMention
{
    /// <summary>Gets the respondent id.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the contact type.</summary>
    public required ContactType Type { get; init; }

    /// <summary>Gets the partner as written by the respondent.</summary>
    public required string Partner { get; init; }

    /// <summary>Gets the id of the actor the partner was matched to (an unresolved actor when it matched none).</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets a value indicating whether the partner matched an actor of <c>actors.csv</c>.</summary>
    public bool IsResolved { get; init; } = true;

    /// <summary>Gets the per-tie frequency, or null when the respondent's answer applies.</summary>
    public Frequency? Frequency { get; init; }

    /// <summary>Gets the per-tie channels, or null when the respondent's answer applies.</summary>
    public Channel? Channels { get; init; }

    /// <summary>Gets whether a written partnership agreement exists, or null when not given.</summary>
    public bool? Formal { get; init; }
}
