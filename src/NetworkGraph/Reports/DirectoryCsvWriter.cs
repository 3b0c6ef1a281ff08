using NetworkGraph.Analysis;
using NetworkGraph.Surveys;

namespace NetworkGraph.Reports;

/// <summary>Writes <c>directory.csv</c>: one row per actor, in directory order, columns
/// <c>id,name,kind,setting,zone,</c> every extra attribute column of <c>actors.csv</c>, then
/// <c>top_sending,top_receiving,top_exchange</c> (partner names, <c>;</c>-separated). RFC 4180, comma, LF.</summary>
public static class DirectoryCsvWriter
{
    private static readonly string[] LeadingColumns = ["id", "name", "kind", "setting", "zone"];
    private static readonly string[] TrailingColumns = ["top_sending", "top_receiving", "top_exchange"];

    /// <summary>Writes the directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="writer">The output (left open).</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Write(ServiceDirectory directory, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(writer);
        var names = directory.Entries.ToDictionary(e => e.Actor.Id, e => e.Actor.Name, StringComparer.Ordinal);
        string Names(IEnumerable<string> ids) => string.Join(';', ids.Select(id => names.GetValueOrDefault(id, id)));
        writer.Write(string.Join(',', LeadingColumns.Concat(directory.AttributeNames)
            .Concat(TrailingColumns).Select(CsvFormat.Field)));
        writer.Write('\n');
        foreach (DirectoryEntry e in directory.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IEnumerable<string> cells = new[] { e.Actor.Id, e.Actor.Name, e.Actor.Kind, SurveyLabels.Format(e.Actor.Setting), e.Actor.Zone }
                .Concat(directory.AttributeNames.Select(a => e.Actor.Attributes.GetValueOrDefault(a, string.Empty)))
                .Concat([Names(e.TopSending), Names(e.TopReceiving), Names(e.TopExchange)]);
            writer.Write(string.Join(',', cells.Select(CsvFormat.Field)));
            writer.Write('\n');
        }
    }
}
