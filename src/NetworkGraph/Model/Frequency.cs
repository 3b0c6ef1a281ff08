namespace NetworkGraph.Model;

/// <summary>How often a respondent had a type of contact during the past year.</summary>
/// <remarks>
/// <para>The numeric value is the tie weight of docs/en/survey-format.md (questionnaire code + 1): very rarely 1 … systematically 4;
/// <see cref="None"/> is 0 (no tie). The questionnaire codes are 0 (very rarely) to 3 (systematically).</para>
/// <para>Written in files and reports as <c>none</c>, <c>very_rarely</c>, <c>occasionally</c>, <c>regularly</c>, <c>systematically</c>.</para>
/// </remarks>
public enum Frequency
{
    /// <summary>No contact of that type (<c>none</c>); also the answer of a respondent with no row for the type.</summary>
    None = 0,

    /// <summary>Very rarely (<c>very_rarely</c>, questionnaire code 0).</summary>
    VeryRarely = 1,

    /// <summary>Occasionally (<c>occasionally</c>, questionnaire code 1).</summary>
    Occasionally = 2,

    /// <summary>Regularly (<c>regularly</c>, questionnaire code 2).</summary>
    Regularly = 3,

    /// <summary>Systematically (<c>systematically</c>, questionnaire code 3).</summary>
    Systematically = 4,
}
