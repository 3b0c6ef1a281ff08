namespace NetworkGraph.Cli;

/// <summary>The command line or a path given on it is wrong: exit code 2, the message on stderr.</summary>
internal sealed class UsageException(string message) : Exception(message);
