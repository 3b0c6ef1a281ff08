namespace NetworkGraph.Cli;

/// <summary>The command line is wrong: exit code 2, the message on stderr.</summary>
internal sealed class UsageException(string message) : Exception(message);
