using System.Diagnostics;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis;

/// <summary>A survey network and where it came from: the dataset and the time reading, checking and building it
/// took (measured here, reported as <c>timings.load</c> in <c>report.json</c>).</summary>
/// <remarks>Immutable. <threadsafety static="true" instance="true"/></remarks>
public sealed class DatasetInput
{
    private DatasetInput(string source, SurveyNetwork network, double loadSeconds)
    {
        Source = source;
        Network = network;
        LoadSeconds = loadSeconds;
    }

    /// <summary>Gets the dataset folder (or file) as given by the user.</summary>
    public string Source { get; }

    /// <summary>Gets the multiplex network built from the answers.</summary>
    public SurveyNetwork Network { get; }

    /// <summary>Gets the wall-clock seconds spent reading the files and building the network.</summary>
    public double LoadSeconds { get; }

    /// <summary>Reads a dataset folder of four CSV files (<see cref="SurveyReader"/>), or an Excel workbook with the same
    /// four tables as sheets when the path is an existing <c>.xlsx</c> file (<see cref="WorkbookReader"/>), checks it and builds its network,
    /// and measures how long that takes.</summary>
    /// <param name="folder">The dataset folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="SurveyFormatException">The dataset is invalid; <see cref="SurveyFormatException.Issues"/> lists every issue with its file, line and column.</exception>
    public static DatasetInput Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (WorkbookReader.IsWorkbookPath(folder) && File.Exists(folder))
        {
            return Read(folder, () => WorkbookReader.Read(folder));
        }

        return Read(folder, () => SurveyReader.Read(folder));
    }

    /// <summary>Reads a dataset with the given reader (a workbook reader, say), checks it and builds its network, and
    /// measures how long that takes.</summary>
    /// <param name="source">The dataset path, for the report.</param>
    /// <param name="read">Reads the dataset; its time counts as loading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SurveyFormatException">The dataset is invalid; <see cref="SurveyFormatException.Issues"/> lists every issue.</exception>
    public static DatasetInput Read(string source, Func<IngestionResult> read)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(read);
        long start = Stopwatch.GetTimestamp();
        SurveyNetwork network = SurveyNetwork.Build(read().ThrowIfInvalid());
        return new DatasetInput(source, network, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>Merges every unresolved partner whose best suggestion scores at or above <paramref name="threshold"/> into
    /// that actor and rebuilds the network (what <c>--accept-suggestions SCORE</c> asks for); each merge is recorded in
    /// <see cref="NetworkGraph.Model.SurveyDataset.AcceptedSuggestions"/> (<c>validation.accepted</c>). See
    /// <see cref="PartnerMatcher.AcceptSuggestions"/>. The rebuild counts as loading.</summary>
    /// <param name="threshold">The lowest score accepted, in (0, 1].</param>
    /// <returns>This input when nothing scores high enough, otherwise the input with the merges applied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1].</exception>
    public DatasetInput AcceptSuggestions(double threshold)
    {
        long start = Stopwatch.GetTimestamp();
        var merged = PartnerMatcher.AcceptSuggestions(Network.Dataset, threshold, out var accepted);
        if (accepted.IsEmpty)
        {
            return this;
        }

        SurveyNetwork network = SurveyNetwork.Build(merged);
        return new DatasetInput(Source, network, LoadSeconds + Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>Wraps a network built in memory (nothing read: <see cref="LoadSeconds"/> is 0).</summary>
    /// <param name="network">The network.</param>
    /// <param name="source">The name reports give as the dataset path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DatasetInput FromNetwork(SurveyNetwork network, string source)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(source);
        return new DatasetInput(source, network, 0);
    }
}
