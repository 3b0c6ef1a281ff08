using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary><c>networkgraph directory</c>: the directory of services of a survey dataset.</summary>
internal sealed class DirectoryCommand : ICliCommand
{
    /// <summary>The output files, in the order they are written.</summary>
    internal static readonly ImmutableArray<string> OutputNames = ["directory.html", "directory.csv"];

    private readonly Argument<string> _dataset = new("DATASET_DIR")
    {
        Description = "The survey dataset folder (actors.csv, respondents.csv, …) or workbook.",
    };

    private readonly Option<string> _out = SharedOptions.Out("directory");

    private readonly Option<ReportLanguage?> _lang = SharedOptions.Language("directory.html", ReportLanguage.English);

    private readonly Option<int?> _top = new("--top")
    {
        Description = "How many partners to list per contact type, 0 to 20. Default: 3. Example: --top 5",
        HelpName = "N",
    };

    private readonly Option<bool> _quiet = SharedOptions.Quiet();

    private readonly PersonalDataOptions _personal = new();

    /// <inheritdoc/>
    public Command Build(CliContext context)
    {
        var command = new Command("directory", """
            Write the directory of services of a survey dataset into OUT_DIR: directory.html (searchable, sortable, printable on A4, offline) and directory.csv (one row per actor), grouped by setting and kind, with every extra column of actors.csv and each actor's main partners per contact type.
              networkgraph directory DATASET_DIR --out OUT_DIR [--lang en|fr] [--top N] [--pseudonymize --secret S]
            Example: networkgraph directory data/zone6 -o repertoire --lang fr
            """)
        {
            _dataset, _out, _lang, _top, _quiet,
        };
        _personal.AddTo(command);
        command.SetAction(result => Run(result, context));
        return command;
    }

    private int Run(ParseResult r, CliContext context)
    {
        string dataset = r.GetValue(_dataset)!;
        int top = r.GetValue(_top) ?? 3;
        if (top is < 0 or > 20)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--top takes a number of partners from 0 to 20; got {top}"));
        }

        Pseudonymizer? pseudonymizer = _personal.From(r);
        string outDir = r.GetValue(_out) ?? string.Empty;
        OutputTarget target = OutputTarget.Check(outDir, [dataset], OutputNames);
        DatasetInput? input = DatasetLoader.Read(dataset, pseudonymizer, context.Error);
        if (input is null)
        {
            return CliApp.InvalidInput;
        }

        CancellationToken ct = context.CancellationToken;
        ServiceDirectory directory = ServiceDirectory.Build(input.Network, top);
        ReportLanguage language = r.GetValue(_lang) ?? ReportLanguage.English;
        using (var staged = new StagedOutput(target))
        {
            var utf8 = new UTF8Encoding(false);
            using (var html = new StreamWriter(staged.PathOf("directory.html"), append: false, utf8))
            {
                DirectoryHtmlWriter.Write(html, directory, dataset, language);
            }

            using (var csv = new StreamWriter(staged.PathOf("directory.csv"), append: false, utf8))
            {
                DirectoryCsvWriter.Write(directory, csv, ct);
            }

            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!r.GetValue(_quiet))
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{directory.Entries.Length} actors in the directory; wrote {string.Join(", ", OutputNames)} to {outDir}"));
        }

        return CliApp.Success;
    }
}
