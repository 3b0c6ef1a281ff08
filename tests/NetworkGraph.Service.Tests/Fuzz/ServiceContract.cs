using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>What the service promises for any request, however hostile, and the state a refused request must leave alone.</summary>
internal static class ServiceContract
{
    /// <summary>The name that hostile archive entries and file names carry, so that an escaped file is recognised anywhere.</summary>
    public const string EscapeMarker = "ngfuzz-escaped";

    private static readonly string[] DbFiles = ["networkgraph.db", "networkgraph.db-wal", "networkgraph.db-shm", "networkgraph.db-journal"];

    /// <summary>
    /// Checks one answer: 2xx, or 4xx with an <c>application/problem+json</c> body whose status is the answer's; never
    /// 5xx, a stack trace, an exception type name or an internal path. Kestrel's own refusals of a malformed request line or
    /// oversized headers (an empty 400, 414 or 431 that closes the connection) are allowed, as no application code runs;
    /// an answer to HEAD has no body to check.
    /// Returns the breach, or null.
    /// </summary>
    public static async Task<string?> CheckAnswerAsync(RunningService service, HttpResponseMessage answer, bool head = false)
    {
        int code = (int)answer.StatusCode;
        string body = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (code is < 200 or (>= 300 and < 400) or >= 500)
        {
            return $"status {code}: {Cut(body)}";
        }

        foreach (string leak in new[] { "   at ", "Exception", service.Root, FuzzRun.RepositoryRoot, ".uploads" })
        {
            if (body.Contains(leak, StringComparison.Ordinal))
            {
                return $"status {code} leaks '{leak}': {Cut(body)}";
            }
        }

        if (code < 300 || head)
        {
            return null;
        }

        string? media = answer.Content.Headers.ContentType?.MediaType;
        if (media != "application/problem+json")
        {
            bool kestrel = body.Length == 0 && answer.Headers.ConnectionClose == true && code is 400 or 414 or 431;
            return kestrel ? null : $"status {code} with '{media}' instead of application/problem+json: {Cut(body)}";
        }

        try
        {
            using JsonDocument problem = JsonDocument.Parse(body);
            if (!problem.RootElement.TryGetProperty("status", out JsonElement status) || status.GetInt32() != code ||
                !problem.RootElement.TryGetProperty("title", out _))
            {
                return $"status {code} with a problem lacking its status or title: {Cut(body)}";
            }
        }
        catch (JsonException e)
        {
            return $"status {code} with a body that is not JSON ({e.Message}): {Cut(body)}";
        }

        return null;
    }

    /// <summary>Whether the process still answers its liveness probe.</summary>
    public static async Task<string?> CheckLiveAsync(RunningService service)
    {
        using HttpResponseMessage live = await service.Client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        return live.StatusCode == HttpStatusCode.OK ? null : $"/health/live answered {(int)live.StatusCode}";
    }

    /// <summary>
    /// The observable state: the waves list, the row count of every table, and every file and folder under the service's
    /// root (inbox, database folder) with its size, the database files aside, whose sizes change with checkpoints.
    /// </summary>
    public static async Task<string> SnapshotAsync(RunningService service)
    {
        var text = new StringBuilder();
        text.Append("waves: ").Append(await service.Client.GetStringAsync("/api/waves", TestContext.Current.CancellationToken)).Append('\n');
        using (var db = new SqliteConnection($"Data Source={Path.Combine(service.Root, "networkgraph.db")};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            var tables = new List<string>();
            using (SqliteCommand list = db.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
                using SqliteDataReader reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (string table in tables)
            {
                using SqliteCommand count = db.CreateCommand();
                count.CommandText = $"SELECT count(*) FROM \"{table}\"";
                text.Append(table).Append(": ").Append(Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture)).Append(" rows\n");
            }
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(service.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(service.Root, entry);
            if (DbFiles.Contains(relative))
            {
                continue;
            }

            text.Append(relative).Append(File.Exists(entry) ? " " + new FileInfo(entry).Length.ToString(CultureInfo.InvariantCulture) : "/").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A file named <see cref="EscapeMarker"/> (as the hostile entries and file names are) in any folder above the service's
    /// root, or anything beside the inbox and the database in the root. Inside the root, the snapshots compare everything.
    /// </summary>
    public static string? CheckNothingEscaped(RunningService service)
    {
        for (DirectoryInfo? dir = new DirectoryInfo(service.Root).Parent; dir is not null; dir = dir.Parent)
        {
            foreach (string name in new[] { EscapeMarker + ".csv", EscapeMarker })
            {
                if (Path.Exists(Path.Combine(dir.FullName, name)))
                {
                    return $"a file was written outside the inbox: {Path.Combine(dir.FullName, name)}";
                }
            }
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(service.Root, "*", SearchOption.TopDirectoryOnly))
        {
            string name = Path.GetFileName(entry);
            if (name != "inbox" && !DbFiles.Contains(name) && !name.StartsWith("drop", StringComparison.Ordinal))
            {
                return $"unexpected entry beside the inbox: {name}";
            }
        }

        return null;
    }

    /// <summary>The first differing line of two snapshots, for a readable failure.</summary>
    public static string Difference(string before, string after)
    {
        string[] a = before.Split('\n');
        string[] b = after.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "(nothing)";
            string y = i < b.Length ? b[i] : "(nothing)";
            if (x != y)
            {
                return $"'{Cut(x)}' became '{Cut(y)}'";
            }
        }

        return "no difference";
    }

    public static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
