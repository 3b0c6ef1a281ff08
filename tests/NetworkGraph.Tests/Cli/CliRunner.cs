using NetworkGraph.Cli;

namespace NetworkGraph.Tests.Cli;

/// <summary>Runs the <c>networkgraph</c> command in-process and captures its streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public static string NewDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "networkgraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Reads a metrics.csv written by the tool (no quoted fields in the fixtures).</summary>
    public static (string[] Header, string[][] Rows) ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }
}
