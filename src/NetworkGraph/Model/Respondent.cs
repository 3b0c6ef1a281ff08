namespace NetworkGraph.Model;

/// <summary>An interviewed professional (one row of <c>respondents.csv</c>).</summary>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed record Respondent
{
    /// <summary>Gets the respondent id, unique in the dataset.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the actor (institution or service) the respondent works for.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the function (free text, e.g. "psychologist").</summary>
    public string Function { get; init; } = string.Empty;

    /// <summary>Gets the years of experience, as written (free text; empty when not given).</summary>
    public string Years { get; init; } = string.Empty;

    /// <summary>Gets the interview date, as written (free text; empty when not given).</summary>
    public string Date { get; init; } = string.Empty;

    /// <summary>Gets the self-positioning "place I have" on the 0–5 scale (0 none … 5 too present), or null when not given.</summary>
    public int? RoleHas { get; init; }

    /// <summary>Gets the self-positioning "place I would like to have" on the 0–5 scale, or null when not given.</summary>
    public int? RoleWants { get; init; }

    /// <summary>Gets the self-positioning "place I should have" on the 0–5 scale, or null when not given.</summary>
    public int? RoleShould { get; init; }
}
