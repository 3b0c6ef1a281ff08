using System.Collections.Immutable;
using System.CommandLine;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary><c>networkgraph template</c>: a blank survey to fill in Excel or LibreOffice, in the dataset format (see <see cref="SurveyTemplate"/>).</summary>
internal sealed class TemplateCommand : ICliCommand
{
    private readonly Option<string> _out = SharedOptions.Out("my-survey");

    private readonly Option<ReportLanguage?> _lang = SharedOptions.Language("the sheet names, instructions and example rows", ReportLanguage.French);

    private readonly Option<string?> _format = new("--format")
    {
        Description = "xlsx: one workbook (enquete.xlsx or survey.xlsx) with an instructions sheet and drop-down lists for the coded columns; csv: actors.csv, respondents.csv, answers.csv, partners.csv and LISEZMOI.txt or README.txt. Default: xlsx. Example: --format csv",
        HelpName = "xlsx|csv",
    };

    private readonly Option<bool> _quiet = SharedOptions.Quiet();

    /// <inheritdoc/>
    public Command Build(CliContext context)
    {
        var command = new Command("template", """
            Write a blank survey to fill in Excel or LibreOffice: the four tables (actors, respondents, answers, partners) with their headers and one example row each, drop-down lists for the coded columns and instructions explaining each code. A filled template is analysed as it is.
              networkgraph template --out OUT_DIR [--lang en|fr] [--format xlsx|csv]
            Example: networkgraph template -o my-survey --lang fr
                     networkgraph analyze my-survey/enquete.xlsx -o results --lang fr
            """)
        {
            _out, _lang, _format, _quiet,
        };
        _format.AcceptOnlyFromAmong("xlsx", "csv");
        command.SetAction(result => Run(
            result.GetValue(_out) ?? string.Empty,
            SharedOptions.Code(result.GetValue(_lang) ?? ReportLanguage.French),
            result.GetValue(_format) is "csv" ? SurveyTemplateFormat.Csv : SurveyTemplateFormat.Xlsx,
            result.GetValue(_quiet),
            context));
        return command;
    }

    private static int Run(string directory, string language, SurveyTemplateFormat format, bool quiet, CliContext context)
    {
        if (File.Exists(directory))
        {
            throw new UsageException($"{directory}: is a file, not a folder; give --out a folder");
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        ImmutableArray<string> written = SurveyTemplate.Write(directory, language, format);
        if (!quiet)
        {
            context.Output.WriteLine($"wrote {string.Join(", ", written.Select(Path.GetFileName))} to {directory}");
            string next = format == SurveyTemplateFormat.Xlsx ? written[0] : directory;
            context.Output.WriteLine($"fill it in, then run: networkgraph analyze {next} --out results --lang {language}");
        }

        return CliApp.Success;
    }
}
