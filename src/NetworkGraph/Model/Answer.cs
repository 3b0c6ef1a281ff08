namespace NetworkGraph.Model;

/// <summary>A respondent's answer for one contact type (one row of <c>answers.csv</c>).</summary>
/// <remarks>A respondent with no answer for a type counts as <see cref="Frequency.None"/> for it.
/// <para><threadsafety static="true" instance="true"/></para></remarks>
public sealed record Answer
{
    /// <summary>Gets the respondent id.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the contact type.</summary>
    public required ContactType Type { get; init; }

    /// <summary>Gets the frequency of contacts of that type.</summary>
    public Frequency Frequency { get; init; }

    /// <summary>Gets the channels cited (<see cref="Channel.None"/> when the frequency is <see cref="Frequency.None"/>).</summary>
    public Channel Channels { get; init; }

    /// <summary>Gets the free-text reason why there is no contact of that type (may be empty).</summary>
    public string Reason { get; init; } = string.Empty;
}
