using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using NetworkGraph.Cli.Commands;

namespace NetworkGraph.Cli;

/// <summary>The <c>networkgraph</c> command: parses arguments, runs a command, maps errors to exit codes.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Cancelled = 130;

    private const string ExitCodes = """
        Exit codes:
          0    success
          1    an unexpected error (a disk full, a bug)
          2    invalid input or arguments: one message on stderr naming the file, line and column; nothing written
          130  cancelled (Ctrl-C or SIGTERM); nothing written
        """;

    /// <summary>The commands, one line each.</summary>
    private static ICliCommand[] Commands() =>
    [
        new AnalyzeCommand(),
        new TemplateCommand(),
        new CompareCommand(),
        new DirectoryCommand(),
        new ExportCommand(),
    ];

    /// <summary>Builds the root command with every subcommand.</summary>
    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("networkgraph: metrics and reports of care-network surveys and edge lists.");
        foreach (ICliCommand command in Commands())
        {
            root.Add(command.Build(context));
        }

        foreach (HelpOption help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                help.Action = new ExitCodesHelpAction(action);
            }
        }

        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken, bool errorIsTerminal = false)
    {
        var context = new CliContext(output, error, cancellationToken, errorIsTerminal);
        RootCommand root = Build(context);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            error.WriteLine("networkgraph: no command given");
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
            return InvalidInput;
        }

        try
        {
            ParseResult result = root.Parse(args);
            bool informational = result.Action is HelpAction or ExitCodesHelpAction || result.GetResult(root.Options.OfType<VersionOption>().First()) is { Implicit: false };
            if (!informational)
            {
                var problems = Problems(result).ToList();
                if (problems.Count > 0)
                {
                    foreach (string problem in problems)
                    {
                        error.WriteLine("networkgraph: " + problem);
                    }

                    string name = result.CommandResult.Command is RootCommand ? "networkgraph" : "networkgraph " + result.CommandResult.Command.Name;
                    error.WriteLine($"networkgraph: see '{name} --help'");
                    return InvalidInput;
                }
            }

            return result.Invoke(invocation);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Whatever a stage threw once cancelled (OperationCanceledException, or one wrapped by Parallel.For in an AggregateException).
            error.WriteLine("networkgraph: cancelled; no output was written");
            return Cancelled;
        }
        catch (UsageException e)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return InvalidInput;
        }
        catch (NetworkGraphException e)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return InvalidInput;
        }
        catch (Exception e) when (e is OperationCanceledException || (e is AggregateException a && a.Flatten().InnerExceptions.All(x => x is OperationCanceledException)))
        {
            error.WriteLine("networkgraph: cancelled; no output was written");
            return Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("networkgraph: " + e.Message);
            return Failure;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one message, no stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"networkgraph: internal error: {e.GetType().Name}: {e.Message}");
            return Failure;
        }
    }

    /// <summary>
    /// Unknown options (with a "did you mean"), options given more than once, then the parser's other errors. An unknown
    /// option's value is not reported again as an unexpected argument.
    /// </summary>
    private static IEnumerable<string> Problems(ParseResult result)
    {
        Command command = result.CommandResult.Command;
        string[] names = [.. command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)), .. command.Subcommands.Select(c => c.Name)];
        var unknown = command is RootCommand ? [] : command.Arguments
            .SelectMany(a => result.GetResult(a)?.Tokens ?? [])
            .Select(t => t.Value)
            .Concat(result.UnmatchedTokens)
            .Where(v => v.Length > 1 && v[0] == '-' && !double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (string token in unknown)
        {
            string name = token.Split('=')[0];
            yield return Suggestions.Closest(name, names) is { } suggestion
                ? $"unknown option '{name}'; did you mean '{suggestion}'?"
                : $"unknown option '{name}'";
        }

        var repeated = command.Options.Where(o => result.GetResult(o) is OptionResult { IdentifierTokenCount: > 1 }).ToHashSet();
        foreach (Option option in repeated)
        {
            yield return $"option {option.Name} was given more than once; give it once";
        }

        var unmatched = result.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        foreach (ParseError e in result.Errors)
        {
            if (e.SymbolResult is OptionResult o && repeated.Contains(o.Option))
            {
                continue;
            }

            string? token = unmatched.FirstOrDefault(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (token is not null && unknown.Count > 0)
            {
                continue;
            }

            yield return token is not null && Suggestions.Closest(token, names) is { } suggestion
                ? $"{e.Message} Did you mean '{suggestion}'?"
                : e.Message;
        }
    }

    /// <summary>The standard help, followed by the exit codes.</summary>
    private sealed class ExitCodesHelpAction(HelpAction inner) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes);
            return Success;
        }
    }
}
