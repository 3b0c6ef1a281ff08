using System.Collections.Immutable;

namespace NetworkGraph.Model;

/// <summary>A survey wave: actors, respondents, their answers and the partners they named (docs/en/survey-format.md).</summary>
/// <remarks>
/// <para><see cref="Actors"/> lists the actors of <c>actors.csv</c> in file order, then one actor per unresolved
/// partner name in first-mention order. Every <see cref="PartnerMention.ActorId"/> is the id of one of them.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed record SurveyDataset
{
    /// <summary>Gets the actors: <c>actors.csv</c> order, then unresolved partners in first-mention order.</summary>
    public ImmutableArray<Actor> Actors { get; init; } = [];

    /// <summary>Gets the names of the extra columns of <c>actors.csv</c>, in file order (keys of <see cref="Actor.Attributes"/>).</summary>
    public ImmutableArray<string> ActorAttributeNames { get; init; } = [];

    /// <summary>Gets the respondents, in file order.</summary>
    public ImmutableArray<Respondent> Respondents { get; init; } = [];

    /// <summary>Gets the answers, in file order (at most one per respondent and contact type).</summary>
    public ImmutableArray<Answer> Answers { get; init; } = [];

    /// <summary>Gets the partner mentions, in file order.</summary>
    public ImmutableArray<PartnerMention> Partners { get; init; } = [];

    /// <summary>Gets the partner names, as first written (trimmed), that matched no actor, in first-mention order.</summary>
    public ImmutableArray<string> Unresolved { get; init; } = [];

    /// <summary>Gets the partner names merged into an actor on the user's request
    /// (<see cref="Surveys.PartnerMatcher.AcceptSuggestions"/>), in first-mention order: partner name as written → the actor
    /// and the score (<c>validation.accepted</c>). Empty unless suggestions were accepted.</summary>
    public ImmutableArray<KeyValuePair<string, Surveys.PartnerSuggestion>> AcceptedSuggestions { get; init; } = [];

    /// <summary>Gets the frequency a respondent gave for a contact type (<see cref="Frequency.None"/> when there is no answer).</summary>
    /// <param name="respondentId">The respondent id.</param>
    /// <param name="type">The contact type.</param>
    /// <returns>The answer's frequency, or <see cref="Frequency.None"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="respondentId"/> is null.</exception>
    public Frequency FrequencyOf(string respondentId, ContactType type)
    {
        ArgumentNullException.ThrowIfNull(respondentId);
        foreach (Answer answer in Answers)
        {
            if (answer.Type == type && string.Equals(answer.RespondentId, respondentId, StringComparison.Ordinal))
            {
                return answer.Frequency;
            }
        }

        return Frequency.None;
    }
}
