using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NetworkGraph.Reports.Html;

namespace NetworkGraph.Cli.Commands;

/// <summary>
/// The options several commands share, each declared here once with one description and one validation, so that
/// <c>--out</c> means the same in every command. A command calls the factory once per option it takes (an option
/// belongs to one command) and passes the few words that differ, such as what the option applies to and its example.
/// </summary>
internal static class SharedOptions
{
    /// <summary><c>--out</c>/<c>-o</c>: the output folder, required and not empty.</summary>
    /// <param name="example">The folder of the help's example, e.g. <c>results</c>.</param>
    public static Option<string> Out(string example)
    {
        var option = new Option<string>("--out", "-o")
        {
            Description = $"The output folder, created if missing; existing output files in it are replaced. Required. Example: -o {example}",
            HelpName = "OUT_DIR",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError("--out: the output folder is empty; give a folder name, e.g. --out " + example);
            }
        });
        return option;
    }

    /// <summary><c>--lang</c>: <c>en</c> or <c>fr</c> (any case), absent for the command's default.</summary>
    /// <param name="what">What is written in that language, e.g. <c>compare.html</c>.</param>
    /// <param name="defaultLanguage">The language when the option is absent; the help's example shows the other one.</param>
    public static Option<ReportLanguage?> Language(string what, ReportLanguage defaultLanguage)
    {
        string other = Code(defaultLanguage == ReportLanguage.English ? ReportLanguage.French : ReportLanguage.English);
        var option = new Option<ReportLanguage?>("--lang")
        {
            Description = $"Language of {what}: en or fr. Default: {Code(defaultLanguage)}. Example: --lang {other}",
            HelpName = "en|fr",
            CustomParser = Parse,
        };
        option.CompletionSources.Add("en", "fr");
        return option;

        static ReportLanguage? Parse(ArgumentResult result)
        {
            // A repeated --lang is reported once, as repeated, by the command line's checks.
            string value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (ReportLanguages.TryParse(value, out ReportLanguage language))
            {
                return language;
            }

            result.AddError($"--lang takes en or fr; got '{value}'");
            return null;
        }
    }

    /// <summary>The code of a language as <c>--lang</c> takes it: <c>en</c> or <c>fr</c>.</summary>
    public static string Code(ReportLanguage language) => language == ReportLanguage.French ? "fr" : "en";

    /// <summary><c>--quiet</c>/<c>-q</c>: only errors are printed.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print no summary, progress or warnings; errors still go to stderr.",
    };

    /// <summary><c>--seed</c>: the seed of the command's randomised steps, any integer.</summary>
    /// <param name="what">What the seed drives, e.g. <c>every randomised step (communities, sampling)</c>.</param>
    /// <param name="defaultSeed">The seed when the option is absent.</param>
    public static Option<int?> Seed(string what, int defaultSeed) => new("--seed")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Seed of {what}: the same seed gives the same results. Default: {defaultSeed}. Example: --seed 7"),
        HelpName = "N",
    };

    /// <summary><c>--threads</c>: the most threads each computation uses, a positive integer; absent for every core.</summary>
    public static Option<int?> Threads()
    {
        var option = new Option<int?>("--threads")
        {
            Description = "Most threads used by each computation, a positive integer. Default: every core. Example: --threads 2",
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && result.GetValueOrDefault<int?>() is int threads and <= 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--threads takes a positive integer; got {threads}"));
            }
        });
        return option;
    }
}
