using NetworkGraph.Analysis;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>The analysis of data/zone6, computed once, and the repository's paths.</summary>
internal static class Zone6
{
    private static readonly Lazy<DatasetAnalysis> Lazy = new(() => DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(FindRoot(), "data", "zone6"))));

    public static string Root { get; } = FindRoot();

    public static DatasetAnalysis Analysis => Lazy.Value;

    public static string Html(ReportLanguage language)
    {
        using var writer = new StringWriter();
        DatasetReportHtmlWriter.Write(writer, Analysis, language);
        return writer.ToString();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NetworkGraph.sln) not found above " + AppContext.BaseDirectory);
    }
}
