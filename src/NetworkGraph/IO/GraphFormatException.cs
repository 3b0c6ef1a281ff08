using System.Globalization;

namespace NetworkGraph.IO;

/// <summary>
/// A graph file is malformed: names the file, the 1-based line and column of the offending text, and
/// what is wrong, in a message shaped <c>FILE:LINE:COLUMN: what is wrong</c>.
/// </summary>
/// <remarks>
/// <para>Columns count characters (Unicode scalar values) from 1, tabs counting as one. For binary files
/// (snapshots), or problems that belong to no line, <see cref="Line"/> and <see cref="Column"/> are 0 and
/// the message is <c>FILE: what is wrong</c>.</para>
/// </remarks>
public sealed class GraphFormatException : NetworkGraphException
{
    /// <summary>Creates an exception for a problem at a position of a text file.</summary>
    /// <param name="filePath">The file as the user named it (a path or a display name).</param>
    /// <param name="line">The 1-based line, or 0 when the problem belongs to no line.</param>
    /// <param name="column">The 1-based column, or 0 when the problem belongs to no column.</param>
    /// <param name="problem">What is wrong, e.g. <c>weight 'abc' is not a number</c>.</param>
    public GraphFormatException(string filePath, long line, long column, string problem)
        : base(Format(filePath, line, column, problem))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Creates an exception for a problem with a whole file (no line or column).</summary>
    /// <param name="filePath">The file as the user named it.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GraphFormatException(string filePath, string problem, Exception? innerException = null)
        : base(Format(filePath, 0, 0, problem), innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>Creates an exception with a default message.</summary>
    public GraphFormatException()
        : this("(unknown)", "the graph file is malformed")
    {
    }

    /// <summary>Creates an exception with a message, for no particular file.</summary>
    /// <param name="message">What is wrong.</param>
    public GraphFormatException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates an exception with a message and a cause, for no particular file.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GraphFormatException(string message, Exception? innerException)
        : this("(unknown)", message, innerException)
    {
    }

    /// <summary>Gets the file as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line of the problem (0 when it belongs to no line).</summary>
    public long Line { get; }

    /// <summary>Gets the 1-based column of the offending text (0 when it belongs to no column).</summary>
    public long Column { get; }

    /// <summary>Gets what is wrong, without the file and position.</summary>
    public string Problem { get; }

    private static string Format(string filePath, long line, long column, string problem) => line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{filePath}:{line}:{column}: {problem}")
        : $"{filePath}: {problem}";
}
