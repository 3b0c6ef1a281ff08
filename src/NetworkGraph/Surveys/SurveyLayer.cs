namespace NetworkGraph.Surveys;

/// <summary>The layers of the multiplex graph built from a survey (docs/en/survey-format.md).</summary>
/// <remarks>Layer names in reports and <see cref="Graphs.MultiplexGraph"/>: <c>sending</c>, <c>receiving</c>,
/// <c>exchange</c>, <c>referral</c>, <c>all</c>.</remarks>
public enum SurveyLayer
{
    /// <summary>Directed: respondent's actor → partner.</summary>
    Sending = 0,

    /// <summary>Directed: partner → respondent's actor (the direction persons travel).</summary>
    Receiving = 1,

    /// <summary>Undirected: respondent's actor — partner.</summary>
    Exchange = 2,

    /// <summary>Directed: the union of <see cref="Sending"/> and <see cref="Receiving"/>.</summary>
    Referral = 3,

    /// <summary>Undirected: the union of the three contact types.</summary>
    All = 4,
}
