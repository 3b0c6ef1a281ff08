using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>Reads a survey dataset: a folder of four CSV files (docs/en/survey-format.md).</summary>
/// <remarks>
/// <para>Files: <c>actors.csv</c>, <c>respondents.csv</c>, <c>answers.csv</c>, <c>partners.csv</c>, each UTF-8 with or
/// without BOM, with a header row, RFC 4180 quoting, LF or CRLF line ends, and a delimiter detected per file from its
/// header line (<c>;</c> when it holds more semicolons than commas, else <c>,</c>). Header names ignore case; cells are
/// trimmed.</para>
/// <para>Required columns: actors <c>id,name,kind,setting,zone</c> (optional <c>aliases</c>, <c>;</c>-separated; any
/// other column is kept as an attribute); respondents <c>respondent,actor</c> (optional
/// <c>function,years,date,role_has,role_wants,role_should</c>); answers <c>respondent,type,frequency</c> (optional
/// <c>channels,reason</c>); partners <c>respondent,type,partner</c> (optional <c>frequency,channels,formal</c>).</para>
/// <para>Reading never throws on bad data; every problem becomes an <see cref="IngestionIssue"/> with its file, line and
/// column: a missing file or column, an empty, invalid or duplicate actor id, an unknown setting, a respondent whose
/// actor is unknown, a duplicate respondent, an answer or partner row whose respondent or type is unknown, an unknown
/// frequency (labels, or questionnaire codes 0–3) or channel, channels given with frequency <c>none</c>, a role value
/// outside 0–5, a second answer row for the same respondent and type, an empty partner, a per-tie frequency <c>none</c>,
/// an unparsable <c>formal</c> value, and a partner named for a type the respondent answered <c>none</c> (or not at all)
/// with no per-tie frequency (its tie weight would be undefined).</para>
/// <para>Partners are matched against actor ids, then names, then aliases, ignoring case, accents (Unicode NFD with
/// combining marks removed) and surrounding spaces (see <see cref="SurveyLabels.NormalizeName"/>); on a tie, the earlier
/// actor wins. An unmatched partner becomes an actor whose id and name are the partner text as first written (trimmed;
/// texts equal after normalisation are one actor), kind <c>unknown</c>, setting <c>other</c>, empty zone; it is listed in
/// <see cref="SurveyDataset.Unresolved"/>.</para>
/// </remarks>
public static class SurveyReader
{
    /// <summary>The actors file name.</summary>
    public const string ActorsFile = "actors.csv";

    /// <summary>The respondents file name.</summary>
    public const string RespondentsFile = "respondents.csv";

    /// <summary>The answers file name.</summary>
    public const string AnswersFile = "answers.csv";

    /// <summary>The partners file name.</summary>
    public const string PartnersFile = "partners.csv";

    /// <summary>Reads the four CSV files of a folder.</summary>
    /// <param name="folder">The dataset folder.</param>
    /// <returns>The dataset and the issues found (none when valid).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    public static IngestionResult Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var issues = new List<IngestionIssue>();
        if (!Directory.Exists(folder))
        {
            issues.Add(new IngestionIssue(folder, 0, 0, "The dataset folder does not exist."));
            return new IngestionResult { Dataset = new SurveyDataset(), Issues = [.. issues] };
        }

        SurveyTable? actors = SurveyTable.ReadCsv(Path.Combine(folder, ActorsFile), ActorsFile, issues);
        SurveyTable? respondents = SurveyTable.ReadCsv(Path.Combine(folder, RespondentsFile), RespondentsFile, issues);
        SurveyTable? answers = SurveyTable.ReadCsv(Path.Combine(folder, AnswersFile), AnswersFile, issues);
        SurveyTable? partners = SurveyTable.ReadCsv(Path.Combine(folder, PartnersFile), PartnersFile, issues);
        SurveyDataset dataset = new SurveyAssembler(issues).Assemble(actors, respondents, answers, partners);
        return new IngestionResult { Dataset = dataset, Issues = [.. Order(issues)] };
    }

    internal static IEnumerable<IngestionIssue> Order(List<IngestionIssue> issues)
    {
        string[] files = [ActorsFile, RespondentsFile, AnswersFile, PartnersFile];
        return issues
            .Select((issue, index) => (issue, index))
            .OrderBy(x => Array.FindIndex(files, f => x.issue.File.EndsWith(f, StringComparison.Ordinal) || x.issue.File.EndsWith(f[..^4], StringComparison.Ordinal)) is int i and >= 0 ? i : 4)
            .ThenBy(x => x.issue.Line)
            .ThenBy(x => x.index)
            .Select(x => x.issue);
    }
}
