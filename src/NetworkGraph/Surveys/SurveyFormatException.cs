using System.Collections.Immutable;

namespace NetworkGraph.Surveys;

/// <summary>Thrown by <see cref="IngestionResult.ThrowIfInvalid"/> when a survey dataset has issues.</summary>
/// <remarks><see cref="File"/>, <see cref="Line"/> and <see cref="Column"/> locate the first issue; <see cref="Issues"/> lists all of them.</remarks>
public sealed class SurveyFormatException : NetworkGraphException
{
    /// <summary>Initializes a new instance of the <see cref="SurveyFormatException"/> class.</summary>
    public SurveyFormatException()
        : this("The survey dataset is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SurveyFormatException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public SurveyFormatException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="SurveyFormatException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SurveyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="SurveyFormatException"/> class from the issues of a dataset.</summary>
    /// <param name="issues">The issues; the first one is the message.</param>
    /// <exception cref="ArgumentException"><paramref name="issues"/> is empty.</exception>
    public SurveyFormatException(ImmutableArray<IngestionIssue> issues)
        : base(FormatMessage(issues))
    {
        IngestionIssue first = issues[0];
        File = first.File;
        Line = first.Line;
        Column = first.Column;
        Issues = issues;
    }

    /// <summary>Gets the file of the first issue.</summary>
    public string File { get; }

    /// <summary>Gets the line of the first issue (see <see cref="IngestionIssue.Line"/>).</summary>
    public int Line { get; }

    /// <summary>Gets the column of the first issue (see <see cref="IngestionIssue.Column"/>).</summary>
    public int Column { get; }

    /// <summary>Gets every issue found.</summary>
    public ImmutableArray<IngestionIssue> Issues { get; } = [];

    private static string FormatMessage(ImmutableArray<IngestionIssue> issues)
    {
        if (issues.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one issue is needed.", nameof(issues));
        }

        return issues.Length == 1
            ? issues[0].ToString()
            : $"{issues[0]} (and {issues.Length - 1} more issue{(issues.Length == 2 ? string.Empty : "s")})";
    }
}
