namespace NetworkGraph.Model;

/// <summary>The three contact types of the questionnaire (docs/en/survey-format.md, column <c>type</c>).</summary>
public enum ContactType
{
    /// <summary>Persons the respondent sent or referred to other services (<c>sending</c>).</summary>
    Sending = 0,

    /// <summary>Persons received from other services, or contacts about persons to receive (<c>receiving</c>).</summary>
    Receiving = 1,

    /// <summary>Information exchange about persons with an addiction problem (<c>exchange</c>).</summary>
    Exchange = 2,
}
