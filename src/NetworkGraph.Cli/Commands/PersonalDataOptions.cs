using System.CommandLine;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary>The <c>--pseudonymize</c> and <c>--secret</c> options shared by <c>analyze</c>, <c>compare</c> and
/// <c>directory</c>, and the dataset reading that applies them before any analysis or writer runs.</summary>
internal sealed class PersonalDataOptions
{
    /// <summary>The environment variable read when <c>--pseudonymize</c> is given without <c>--secret</c>.</summary>
    internal const string SecretVariable = "NETWORKGRAPH_SECRET";

    private readonly Option<bool> _pseudonymize = new("--pseudonymize")
    {
        Description = "Replace the names and ids of personal actors (kind gp, psychiatrist, psychologist, or person=true) by keyed pseudonyms, and drop respondents' function, years and date, in every output. Needs --secret. Default: off.",
    };

    private readonly Option<string?> _secret = new("--secret")
    {
        Description = "The secret of --pseudonymize, at least 12 characters; the same secret gives the same pseudonyms in every wave. Default: the " + SecretVariable + " environment variable. Example: --secret 'our-zone6-key-2017'",
        HelpName = "S",
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(_pseudonymize);
        command.Add(_secret);
    }

    /// <summary>Gets the pseudonymizer asked for, or null when <c>--pseudonymize</c> is absent.</summary>
    /// <exception cref="UsageException">The secret is missing or too short, or given without <c>--pseudonymize</c>.</exception>
    public Pseudonymizer? From(ParseResult result)
    {
        bool on = result.GetValue(_pseudonymize);
        string? secret = result.GetValue(_secret);
        if (!on)
        {
            return secret is null ? null : throw new UsageException("--secret applies to --pseudonymize only; add --pseudonymize or leave --secret out");
        }

        secret ??= Environment.GetEnvironmentVariable(SecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            throw new UsageException($"--pseudonymize needs a secret: give --secret S (at least {Pseudonymizer.MinSecretLength} characters) or set {SecretVariable}");
        }

        if (secret.Length < Pseudonymizer.MinSecretLength)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--secret is {secret.Length} characters long; give at least {Pseudonymizer.MinSecretLength} so that the pseudonyms cannot be guessed"));
        }

        return new Pseudonymizer(secret);
    }
}

/// <summary>Reads a survey dataset for a command, pseudonymized when asked, reporting every issue with its file, line and column.</summary>
internal static class DatasetLoader
{
    /// <summary>Reads a dataset folder (or workbook).</summary>
    /// <param name="folder">The dataset path as given.</param>
    /// <param name="pseudonymizer">Applied to the dataset before the network is built; null for none.</param>
    /// <param name="error">Where the issues are printed.</param>
    /// <returns>The dataset, or null when it is invalid (the issues were printed).</returns>
    public static DatasetInput? Read(string folder, Pseudonymizer? pseudonymizer, TextWriter error)
    {
        InputPaths.CheckFolder(folder);
        try
        {
            return Read(folder, pseudonymizer);
        }
        catch (SurveyFormatException invalid)
        {
            Print(folder, invalid, error);
            return null;
        }
    }

    /// <summary>Reads a dataset folder or Excel workbook on another thread (so that Ctrl-C ends a blocked read),
    /// pseudonymized when asked; prints the issues of an invalid one, naming sheets and rows for a workbook.</summary>
    /// <param name="path">The dataset path as given: a folder, or a workbook.</param>
    /// <param name="pseudonymizer">Applied to the dataset before the network is built; null for none.</param>
    /// <param name="error">Where the issues are printed.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The dataset, or null when it is invalid (the issues were printed).</returns>
    public static DatasetInput? ReadFolderOrWorkbook(string path, Pseudonymizer? pseudonymizer, TextWriter error, CancellationToken ct)
    {
        bool workbook = WorkbookReader.IsWorkbookPath(path) && !Directory.Exists(path);
        if (workbook)
        {
            InputPaths.CheckFile("DATASET_DIR", path);
        }
        else
        {
            InputPaths.CheckFolder(path);
        }

        try
        {
            return ReadCancellable(() => Read(path, pseudonymizer), ct);
        }
        catch (SurveyFormatException invalid)
        {
            Print(path, invalid, error, workbook);
            return null;
        }
    }

    /// <summary>Reads a dataset, pseudonymized when asked.</summary>
    /// <exception cref="SurveyFormatException">The dataset is invalid.</exception>
    public static DatasetInput Read(string folder, Pseudonymizer? pseudonymizer)
    {
        if (pseudonymizer is null)
        {
            return DatasetInput.Read(folder);
        }

        return DatasetInput.Read(folder, () => pseudonymizer.Apply(
            WorkbookReader.IsWorkbookPath(folder) && File.Exists(folder) ? WorkbookReader.Read(folder) : SurveyReader.Read(folder)));
    }

    /// <summary>Prints the first 20 issues of an invalid dataset, then that nothing was written.</summary>
    /// <param name="path">The dataset path as given: a folder, or a workbook when <paramref name="workbook"/> is true.</param>
    /// <param name="invalid">The issues found.</param>
    /// <param name="error">Where the issues are printed.</param>
    /// <param name="workbook">The issues name sheets and rows of a workbook rather than lines of the folder's files.</param>
    public static void Print(string path, SurveyFormatException invalid, TextWriter error, bool workbook = false)
    {
        foreach (IngestionIssue issue in invalid.Issues.Take(20))
        {
            error.WriteLine("networkgraph: " + (workbook ? WorkbookIssue(path, issue) : FolderIssue(path, issue)));
        }

        if (invalid.Issues.Length > 20)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"networkgraph: … and {invalid.Issues.Length - 20} more issue(s)"));
        }

        error.WriteLine("networkgraph: the dataset is invalid; nothing was written");
    }

    /// <summary>Runs a read on another thread so that Ctrl-C also ends a read blocked on a FIFO or a slow device.</summary>
    public static T ReadCancellable<T>(Func<T> read, CancellationToken ct)
    {
        Task<T> task = Task.Factory.StartNew(read, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            task.Wait(ct);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return task.Result;
    }

    /// <summary>A folder issue as "PATH/FILE:LINE:COLUMN: message", or "PATH/FILE: message" where no line applies.</summary>
    private static string FolderIssue(string folder, IngestionIssue issue)
    {
        string file = Path.Combine(folder, issue.File);
        return issue.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{issue.Line}:{issue.Column}: {issue.Message}")
            : $"{file}: {issue.Message}";
    }

    /// <summary>A workbook issue as "PATH, sheet 'S', row R, column C (L): message"; the reader names the workbook by its file name.</summary>
    private static string WorkbookIssue(string path, IngestionIssue issue)
    {
        string name = Path.GetFileName(path);
        string where = issue.File.StartsWith(name, StringComparison.Ordinal) ? path + issue.File[name.Length..] : issue.File;
        if (issue.Line > 0)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", row {issue.Line}");
        }

        if (issue.Column > 0)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", column {issue.Column} ({ColumnLetters(issue.Column)})");
        }

        return $"{where}: {issue.Message}";
    }

    /// <summary>The spreadsheet name of a 1-based column: 1 = A, 27 = AA.</summary>
    internal static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return letters.ToString();
    }
}
