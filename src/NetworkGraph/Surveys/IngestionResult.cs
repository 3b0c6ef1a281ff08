using System.Collections.Immutable;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>The outcome of reading a survey dataset: the dataset (as far as it could be read) and the issues found.</summary>
/// <remarks>
/// <para>Reading never throws on bad data: one bad row must not lose a survey wave. Rows with an issue are left out of
/// <see cref="Dataset"/> where they cannot be used (e.g. a duplicate actor id) and kept otherwise. Strict callers use
/// <see cref="ThrowIfInvalid"/>.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed record IngestionResult
{
    /// <summary>Gets the dataset as read (complete when <see cref="IsValid"/>).</summary>
    public required SurveyDataset Dataset { get; init; }

    /// <summary>Gets the issues, in file order (actors, respondents, answers, partners), then by line.</summary>
    public ImmutableArray<IngestionIssue> Issues { get; init; } = [];

    /// <summary>Gets a value indicating whether no issue was found.</summary>
    public bool IsValid => Issues.IsDefaultOrEmpty;

    /// <summary>Returns the dataset when there is no issue.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="SurveyFormatException">There is at least one issue; the exception locates the first one.</exception>
    public SurveyDataset ThrowIfInvalid() => IsValid ? Dataset : throw new SurveyFormatException(Issues);
}
