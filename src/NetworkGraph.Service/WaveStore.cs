using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Service;

/// <summary>A stored wave as listed by <c>GET /api/waves</c>.</summary>
internal sealed record WaveSummary(string Id, int Actors, int Respondents, string IngestedAt, string SyncStatus);

/// <summary>One queued Neo4j sync job: <c>upsert</c> or <c>delete</c> of a wave.</summary>
internal sealed record SyncJob(long Seq, string Wave, string Kind);

/// <summary>What storing a wave did.</summary>
internal enum StoreOutcome
{
    /// <summary>The wave was new and is now stored.</summary>
    Stored,

    /// <summary>The same content was already stored under that id: nothing changed.</summary>
    AlreadyStored,

    /// <summary>Another content is stored under that id: nothing changed.</summary>
    Conflict,
}

/// <summary>What the store holds of a wave for <c>compare</c> and <c>directory</c>.</summary>
/// <param name="SecretCheck">The check value of the secret the wave was pseudonymized under, or null when stored in clear.</param>
/// <param name="Dataset">The stored dataset (<see cref="WaveAnalyzer.DatasetBlob"/>), or null for a wave stored before the store kept datasets.</param>
internal sealed record StoredDataset(string? SecretCheck, byte[]? Dataset);

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A wave, its actors, metric rows, report, dataset and
/// its sync job are written in one transaction, so a wave is stored entirely or not at all.
/// </summary>
/// <remarks>
/// The schema is versioned with <c>PRAGMA user_version</c> and upgraded in place at start, in one transaction:
/// version 0 (waves, metrics, sync jobs, ties) → 1 adds <c>waves.secret_check</c> (null: stored in clear) and the
/// <c>wave_datasets</c> table. Waves stored before version 1 have no dataset: they are served as before, and
/// <c>compare</c> and <c>directory</c> read their dataset again from <c>inbox/processed/&lt;id&gt;</c> when it is
/// still there with the same content hash, or answer 409 until they are uploaded again.
/// </remarks>
internal sealed class WaveStore
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly PersonalData _personal;
    private long _version;

    public WaveStore(string path, PersonalData? personal = null)
    {
        _personal = personal ?? new PersonalData((string?)null);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        using SqliteConnection c = Open();
        Execute(c, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS waves (
                id TEXT PRIMARY KEY, hash TEXT NOT NULL, actors INTEGER NOT NULL, respondents INTEGER NOT NULL,
                ingested_at TEXT NOT NULL, report BLOB NOT NULL, html TEXT NOT NULL, actors_json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS metrics (
                wave TEXT NOT NULL, ordinal INTEGER NOT NULL, row TEXT NOT NULL, PRIMARY KEY (wave, ordinal));
            CREATE TABLE IF NOT EXISTS sync_jobs (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, wave TEXT NOT NULL, kind TEXT NOT NULL,
                status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
            CREATE TABLE IF NOT EXISTS wave_ties (wave TEXT PRIMARY KEY, ties TEXT NOT NULL);
            """);
        Migrate(c);
    }

    /// <summary>Bumped at every change, so readers can tell their cache is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Raised after a wave was stored or deleted, with its id.</summary>
    public event Action<string>? WaveChanged;

    /// <summary>Stores <paramref name="wave"/> and, when Neo4j is configured, its sync job, in one transaction.</summary>
    public StoreOutcome Store(AnalyzedWave wave, bool enqueueSync, DateTimeOffset now)
    {
        using SqliteConnection c = Open();
        using SqliteTransaction tx = c.BeginTransaction();
        using (SqliteCommand find = Command(c, "SELECT hash FROM waves WHERE id = $id", tx))
        {
            find.Parameters.AddWithValue("$id", wave.Id);
            if (find.ExecuteScalar() is string hash)
            {
                return hash == wave.Hash ? StoreOutcome.AlreadyStored : StoreOutcome.Conflict;
            }
        }

        using (SqliteCommand insert = Command(c, """
            INSERT INTO waves (id, hash, actors, respondents, ingested_at, report, html, actors_json, secret_check)
            VALUES ($id, $hash, $actors, $respondents, $at, $report, $html, $actorsJson, $secretCheck)
            """, tx))
        {
            insert.Parameters.AddWithValue("$secretCheck", (object?)wave.SecretCheck ?? DBNull.Value);
            insert.Parameters.AddWithValue("$id", wave.Id);
            insert.Parameters.AddWithValue("$hash", wave.Hash);
            insert.Parameters.AddWithValue("$actors", wave.Actors);
            insert.Parameters.AddWithValue("$respondents", wave.Respondents);
            insert.Parameters.AddWithValue("$at", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$report", wave.ReportJson);
            insert.Parameters.AddWithValue("$html", wave.ReportHtml);
            insert.Parameters.AddWithValue("$actorsJson", wave.ActorsJson);
            insert.ExecuteNonQuery();
        }

        using (SqliteCommand row = Command(c, "INSERT INTO metrics VALUES ($wave, $ordinal, $row)", tx))
        {
            SqliteParameter ordinal = row.Parameters.Add("$ordinal", SqliteType.Integer);
            SqliteParameter text = row.Parameters.Add("$row", SqliteType.Text);
            row.Parameters.AddWithValue("$wave", wave.Id);
            for (int i = 0; i < wave.MetricsRows.Count; i++)
            {
                ordinal.Value = i;
                text.Value = wave.MetricsRows[i];
                row.ExecuteNonQuery();
            }
        }

        using (SqliteCommand ties = Command(c, "INSERT INTO wave_ties VALUES ($wave, $ties)", tx))
        {
            ties.Parameters.AddWithValue("$wave", wave.Id);
            ties.Parameters.AddWithValue("$ties", wave.TiesJson);
            ties.ExecuteNonQuery();
        }

        if (wave.DatasetJson is not null)
        {
            using SqliteCommand dataset = Command(c, "INSERT INTO wave_datasets VALUES ($wave, $dataset)", tx);
            dataset.Parameters.AddWithValue("$wave", wave.Id);
            dataset.Parameters.AddWithValue("$dataset", wave.DatasetJson);
            dataset.ExecuteNonQuery();
        }

        if (enqueueSync)
        {
            EnqueueJob(c, tx, wave.Id, "upsert");
        }

        tx.Commit();
        Interlocked.Increment(ref _version);
        WaveChanged?.Invoke(wave.Id);
        return StoreOutcome.Stored;
    }

    /// <summary>Deletes a wave and, when Neo4j is configured, enqueues its deletion there; false when no such wave.</summary>
    public bool Delete(string id, bool enqueueSync)
    {
        using SqliteConnection c = Open();
        using SqliteTransaction tx = c.BeginTransaction();
        int n;
        using (SqliteCommand delete = Command(c, "DELETE FROM waves WHERE id = $id; ", tx))
        {
            delete.Parameters.AddWithValue("$id", id);
            n = delete.ExecuteNonQuery();
        }

        if (n == 0)
        {
            return false;
        }

        using (SqliteCommand delete = Command(c, "DELETE FROM metrics WHERE wave = $id; DELETE FROM wave_ties WHERE wave = $id; DELETE FROM wave_datasets WHERE wave = $id; DELETE FROM sync_jobs WHERE wave = $id AND status <> 'done';", tx))
        {
            delete.Parameters.AddWithValue("$id", id);
            delete.ExecuteNonQuery();
        }

        if (enqueueSync)
        {
            EnqueueJob(c, tx, id, "delete");
        }

        tx.Commit();
        Interlocked.Increment(ref _version);
        WaveChanged?.Invoke(id);
        return true;
    }

    /// <summary>The content hash stored under <paramref name="id"/>, or null.</summary>
    public string? HashOf(string id)
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "SELECT hash FROM waves WHERE id = $id");
        q.Parameters.AddWithValue("$id", id);
        return q.ExecuteScalar() as string;
    }

    /// <summary>Every stored wave, by id.</summary>
    public List<WaveSummary> List(bool neo4j)
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, """
            SELECT w.id, w.actors, w.respondents, w.ingested_at,
                   (SELECT status FROM sync_jobs j WHERE j.wave = w.id ORDER BY seq DESC LIMIT 1)
            FROM waves w ORDER BY w.id
            """);
        using SqliteDataReader r = q.ExecuteReader();
        var list = new List<WaveSummary>();
        while (r.Read())
        {
            string status = !neo4j ? "none" : r.IsDBNull(4) ? "pending" : r.GetString(4) switch
            {
                "done" => "synced",
                "failed" => "failed",
                _ => "pending",
            };
            list.Add(new WaveSummary(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), status));
        }

        return list;
    }

    /// <summary>One text column of a wave (<c>report</c>, <c>html</c> or <c>actors_json</c>), or null when no such wave.</summary>
    public byte[]? Column(string id, string column)
    {
        string sql = column switch
        {
            "report" => "SELECT report FROM waves WHERE id = $id",
            "html" => "SELECT CAST(html AS BLOB) FROM waves WHERE id = $id",
            "actors_json" => "SELECT CAST(actors_json AS BLOB) FROM waves WHERE id = $id",
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, sql);
        q.Parameters.AddWithValue("$id", id);
        return q.ExecuteScalar() as byte[];
    }

    /// <summary>The secret check and the dataset stored with a wave, or null when no such wave.</summary>
    public StoredDataset? DatasetOf(string id, bool withDataset = true)
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, withDataset
            ? "SELECT w.secret_check, d.dataset FROM waves w LEFT JOIN wave_datasets d ON d.wave = w.id WHERE w.id = $id"
            : "SELECT w.secret_check, NULL FROM waves w WHERE w.id = $id");
        q.Parameters.AddWithValue("$id", id);
        using SqliteDataReader r = q.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return new StoredDataset(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : (byte[])r.GetValue(1));
    }

    /// <summary>Stores the dataset of a wave stored without one, if the wave still has content hash <paramref name="hash"/>.</summary>
    public void AddDataset(string id, string hash, byte[] dataset)
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "INSERT OR IGNORE INTO wave_datasets SELECT $id, $dataset WHERE EXISTS (SELECT 1 FROM waves WHERE id = $id AND hash = $hash)");
        q.Parameters.AddWithValue("$id", id);
        q.Parameters.AddWithValue("$hash", hash);
        q.Parameters.AddWithValue("$dataset", dataset);
        q.ExecuteNonQuery();
    }

    /// <summary>The metric rows of a wave in stored order, or null when no such wave.</summary>
    public List<string>? MetricRows(string id)
    {
        if (HashOf(id) is null)
        {
            return null;
        }

        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "SELECT row FROM metrics WHERE wave = $id ORDER BY ordinal");
        q.Parameters.AddWithValue("$id", id);
        using SqliteDataReader r = q.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(r.GetString(0));
        }

        return rows;
    }

    /// <summary>Sync jobs not yet done and the last error recorded on any of them.</summary>
    public (int Backlog, string? LastError) SyncState()
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "SELECT COUNT(*), (SELECT last_error FROM sync_jobs WHERE last_error IS NOT NULL AND status <> 'done' ORDER BY seq DESC LIMIT 1) FROM sync_jobs WHERE status <> 'done'");
        using SqliteDataReader r = q.ExecuteReader();
        r.Read();
        return (r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1));
    }

    /// <summary>The oldest sync job still pending, or null.</summary>
    public SyncJob? NextSyncJob()
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "SELECT seq, wave, kind FROM sync_jobs WHERE status = 'pending' ORDER BY seq LIMIT 1");
        using SqliteDataReader r = q.ExecuteReader();
        return r.Read() ? new SyncJob(r.GetInt64(0), r.GetString(1), r.GetString(2)) : null;
    }

    /// <summary>Records the outcome of one attempt of a job: <c>done</c> (error cleared), <c>failed</c> (kept with its error), or still <c>pending</c> with the error of the attempt.</summary>
    public void RecordSyncAttempt(long seq, string status, string? error)
    {
        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "UPDATE sync_jobs SET status = $status, attempts = attempts + 1, last_error = $error WHERE seq = $seq");
        q.Parameters.AddWithValue("$status", status);
        q.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        q.Parameters.AddWithValue("$seq", seq);
        q.ExecuteNonQuery();
        Interlocked.Increment(ref _version);
    }

    /// <summary>The graph a stored wave contributes to Neo4j, or null when no such wave.</summary>
    /// <exception cref="GraphStoreClientException">The service has a pseudonymization secret and the wave was stored in
    /// clear or under another secret: its rows would name personal actors, so the job fails with that reason.</exception>
    public WaveGraph? GraphOf(string id)
    {
        if (DatasetOf(id, withDataset: false) is { } stored && _personal.Refusal(id, stored.SecretCheck) is string refusal)
        {
            throw new GraphStoreClientException(refusal);
        }

        using SqliteConnection c = Open();
        using SqliteCommand q = Command(c, "SELECT w.ingested_at, w.actors, w.respondents, w.actors_json, t.ties FROM waves w LEFT JOIN wave_ties t ON t.wave = w.id WHERE w.id = $id");
        q.Parameters.AddWithValue("$id", id);
        string ingestedAt, actorsJson, tiesJson;
        int actors, respondents;
        using (SqliteDataReader r = q.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            (ingestedAt, actors, respondents, actorsJson, tiesJson) = (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.IsDBNull(4) ? "[]" : r.GetString(4));
        }

        var inWave = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string text in MetricRows(id) ?? [])
        {
            var row = (JsonObject)JsonNode.Parse(text)!;
            string actor = (string)row["id"]!;
            string layer = (string)row["layer"]!;
            if (!inWave.TryGetValue(actor, out JsonObject? props))
            {
                props = [];
                inWave[actor] = props;
            }

            foreach (string column in GraphRows.MetricColumns)
            {
                props[$"{layer}_{column}"] = row[column]?.DeepClone();
            }
        }

        List<JsonObject> actorRows = [.. ((JsonArray)JsonNode.Parse(actorsJson)!).Select(a => (JsonObject)a!.DeepClone())];
        List<JsonObject> inWaveRows = [.. inWave.Select(kv => new JsonObject { ["id"] = kv.Key, ["props"] = kv.Value })];
        List<JsonObject> tieRows = [.. ((JsonArray)JsonNode.Parse(tiesJson)!).Select(t => (JsonObject)t!.DeepClone())];
        return new WaveGraph(id, ingestedAt, actors, respondents, actorRows, inWaveRows, tieRows);
    }

    /// <summary>Upgrades the schema in place to <see cref="SchemaVersion"/>, in one transaction.</summary>
    /// <exception cref="InvalidOperationException">The database was written by a newer version of the service.</exception>
    private static void Migrate(SqliteConnection c)
    {
        using SqliteTransaction tx = c.BeginTransaction();
        long version;
        using (SqliteCommand q = Command(c, "PRAGMA user_version", tx))
        {
            version = (long)q.ExecuteScalar()!;
        }

        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"the database has schema version {version}, newer than this service's {SchemaVersion}; use a newer service");
        }

        if (version < 1)
        {
            bool hasColumn;
            using (SqliteCommand q = Command(c, "SELECT COUNT(*) FROM pragma_table_info('waves') WHERE name = 'secret_check'", tx))
            {
                hasColumn = (long)q.ExecuteScalar()! > 0;
            }

            if (!hasColumn)
            {
                Execute(c, "ALTER TABLE waves ADD COLUMN secret_check TEXT", tx);
            }

            Execute(c, "CREATE TABLE IF NOT EXISTS wave_datasets (wave TEXT PRIMARY KEY, dataset BLOB NOT NULL)", tx);
        }

        Execute(c, $"PRAGMA user_version = {SchemaVersion}", tx);
        tx.Commit();
    }

    private static void EnqueueJob(SqliteConnection c, SqliteTransaction tx, string wave, string kind)
    {
        using SqliteCommand job = Command(c, "INSERT INTO sync_jobs (wave, kind, status) VALUES ($wave, $kind, 'pending')", tx);
        job.Parameters.AddWithValue("$wave", wave);
        job.Parameters.AddWithValue("$kind", kind);
        job.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        SqliteCommand command = c.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using SqliteCommand command = Command(c, sql, tx);
        command.ExecuteNonQuery();
    }
}
