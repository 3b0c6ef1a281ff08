namespace NetworkGraph.Reports.Html;

/// <summary>The language of a report's labels and sentences.</summary>
public enum ReportLanguage
{
    /// <summary>English (the default).</summary>
    English = 0,

    /// <summary>French, with the questionnaire's own words (envoi, réception, échange d'informations, concertation).</summary>
    French = 1,
}

/// <summary>Parsing and formatting of <see cref="ReportLanguage"/> as the <c>--lang</c> codes <c>en</c> and <c>fr</c>.</summary>
public static class ReportLanguages
{
    /// <summary>Parses <c>en</c> or <c>fr</c> (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language, <see cref="ReportLanguage.English"/> when the code is not recognised.</param>
    /// <returns>Whether the code is recognised.</returns>
    public static bool TryParse(string? code, out ReportLanguage language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en":
                language = ReportLanguage.English;
                return true;
            case "fr":
                language = ReportLanguage.French;
                return true;
            default:
                language = ReportLanguage.English;
                return false;
        }
    }

    /// <summary>Parses <c>en</c> or <c>fr</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="FormatException">The code is neither <c>en</c> nor <c>fr</c>.</exception>
    public static ReportLanguage Parse(string code) =>
        TryParse(code, out ReportLanguage language)
            ? language
            : throw new FormatException($"unknown language '{code}': expected en or fr");

    /// <summary>The code of a language (<c>en</c>, <c>fr</c>), as in the page's <c>lang</c> attribute.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this ReportLanguage language) => language == ReportLanguage.French ? "fr" : "en";
}
