using System.Globalization;

namespace NetworkGraph.Surveys;

/// <summary>A problem found while reading a survey dataset: where it is and what is wrong.</summary>
/// <param name="File">The file name (e.g. <c>answers.csv</c>); for the JSON form, <c>dataset.json#answers</c>.</param>
/// <param name="Line">The 1-based physical line where the row starts (1 = header line); for the JSON form, the 1-based
/// position of the item in its array; 0 when the issue concerns the whole file (e.g. a missing file).</param>
/// <param name="Column">The 1-based index of the field in its row; for a missing column, the header's field count + 1;
/// 0 when the issue concerns the whole file or row.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed record IngestionIssue(string File, int Line, int Column, string Message)
{
    /// <summary>Gets what is wrong and how to fix it, printable: control characters are escaped (<c>\0</c>,
    /// <c>\u0001</c>) and quoted values longer than 80 characters cut, so that a message stays one readable line.</summary>
    public string Message { get => _message; init => _message = Internal.MessageText.Clean(value); }

    private readonly string _message = Internal.MessageText.Clean(Message);

    /// <summary>Formats the issue as <c>file, line L, column C: message</c>.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}, column {Column}: {Message}");
}
