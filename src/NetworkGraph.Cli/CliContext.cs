namespace NetworkGraph.Cli;

/// <summary>What every command runs with: the two output streams, whether stderr is a terminal, and the cancellation token.</summary>
/// <param name="Output">Standard output: summaries.</param>
/// <param name="Error">Standard error: errors, warnings and progress.</param>
/// <param name="CancellationToken">Cancelled by Ctrl-C or SIGTERM.</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal (progress then shows an ETA).</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, CancellationToken CancellationToken, bool ErrorIsTerminal = false)
{
    /// <summary>Gets the estimated run time of exact all-pairs columns above which <c>analyze</c> refuses to start without <c>--exact</c>.</summary>
    public TimeSpan LongRunLimit { get; init; } = TimeSpan.FromMinutes(15);
}
