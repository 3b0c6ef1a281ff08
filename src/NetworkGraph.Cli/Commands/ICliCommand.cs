using System.CommandLine;

namespace NetworkGraph.Cli.Commands;

/// <summary>One <c>networkgraph</c> subcommand. Adding a command is one class and one line in <see cref="CliApp.Commands"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, its options and its action; the action returns the exit code.</summary>
    Command Build(CliContext context);
}
