namespace NetworkGraph.Service;

/// <summary>The <c>NetworkGraph</c> configuration section of the service.</summary>
internal sealed class ServiceOptions
{
    /// <summary>The inbox folder, relative to the working directory (default <c>./inbox</c>).</summary>
    public string Inbox { get; set; } = "inbox";

    /// <summary>The SQLite database file, relative to the working directory (default <c>./networkgraph.db</c>).</summary>
    public string Database { get; set; } = "networkgraph.db";

    /// <summary>The keys accepted in the <c>X-Api-Key</c> header of write calls; none means every write call answers 401.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>How often the inbox is scanned, in milliseconds.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>
    /// The pseudonymization secret (at least 12 characters; default: the <c>NETWORKGRAPH_SECRET</c> environment
    /// variable, as for the command line). When set, waves are pseudonymized at ingestion exactly as
    /// <c>networkgraph analyze --pseudonymize --secret S</c> would. Never logged.
    /// </summary>
    public string? Secret { get; set; }
}

/// <summary>The <c>Neo4j</c> configuration section; the password is never logged.</summary>
internal sealed class Neo4jOptions
{
    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c>; empty means no Neo4j.</summary>
    public string? Uri { get; set; }

    /// <summary>The user name.</summary>
    public string? User { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>The database name (default <c>neo4j</c>).</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary><c>query</c> (Query API v2, default) or <c>tx</c> (<c>/db/{db}/tx/commit</c>).</summary>
    public string Api { get; set; } = "query";

    /// <summary>Rows sent in one <c>UNWIND $rows</c> statement.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>First retry delay in milliseconds; it doubles at each retry, with jitter.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>Retries of one job attempt on transient failures before the job waits for its next round.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Timeout of one HTTP request to Neo4j, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Whether a Neo4j server is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Uri);
}

/// <summary>The limits that keep hostile uploads and archives out.</summary>
internal static class Limits
{
    /// <summary>Largest accepted upload body.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>Most entries a wave archive may hold.</summary>
    public const int MaxZipEntries = 64;

    /// <summary>Most uncompressed bytes a wave archive may hold.</summary>
    public const long MaxZipUncompressedBytes = 256L * 1024 * 1024;
}
