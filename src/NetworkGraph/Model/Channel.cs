namespace NetworkGraph.Model;

/// <summary>The communication channels cited for a type of contact; several may be combined.</summary>
/// <remarks>Written in files and reports as <c>phone</c>, <c>mail</c>, <c>meeting</c>, <c>informal</c>, <c>other</c>
/// (<c>;</c>-separated in CSV cells).</remarks>
[Flags]
public enum Channel
{
    /// <summary>No channel cited.</summary>
    None = 0,

    /// <summary>Telephone (<c>phone</c>, questionnaire code 0).</summary>
    Phone = 1,

    /// <summary>E-mail or letter (<c>mail</c>, questionnaire code 1).</summary>
    Mail = 2,

    /// <summary>Concertation meeting (<c>meeting</c>, questionnaire code 2).</summary>
    Meeting = 4,

    /// <summary>Informal meeting (<c>informal</c>, questionnaire code 3).</summary>
    Informal = 8,

    /// <summary>Anything else, e.g. accompanying the person, a written report (<c>other</c>, questionnaire code 4).</summary>
    Other = 16,
}
