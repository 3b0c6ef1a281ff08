using Microsoft.Extensions.Options;

namespace NetworkGraph.Service;

/// <summary>
/// The outbox relay: takes the oldest pending sync job (written by the ingestion or deletion
/// transaction), writes it to the <see cref="IGraphStore"/>, and marks it done only after the store
/// committed it. A job the process was killed on is still pending at restart and runs again, which
/// the store's <c>MERGE</c> writes make harmless. A client error marks the job <c>failed</c> with its
/// message (shown by <c>/health/ready</c> as <c>lastSyncError</c>); transient failures that outlast the
/// retries keep the job pending, record the error, and try again after a pause.
/// </summary>
internal sealed partial class SyncWorker(
    WaveStore store,
    IGraphStore graph,
    IOptions<Neo4jOptions> neo4j,
    IOptions<ServiceOptions> options,
    ILogger<SyncWorker> log) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!neo4j.Value.Enabled)
        {
            return;
        }

        TimeSpan idle = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollMilliseconds));
        TimeSpan pause = TimeSpan.FromMilliseconds(Math.Max(10, neo4j.Value.RetryDelayMilliseconds) * 8.0);
        bool schema = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            SyncJob? job = null;
            try
            {
                job = store.NextSyncJob();
                if (job is null)
                {
                    await Task.Delay(idle, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (!schema)
                {
                    await graph.EnsureSchemaAsync(stoppingToken).ConfigureAwait(false);
                    schema = true;
                }

                if (job.Kind == "delete")
                {
                    await graph.DeleteWaveAsync(job.Wave, stoppingToken).ConfigureAwait(false);
                }
                else if (store.GraphOf(job.Wave) is { } wave)
                {
                    await graph.UpsertWaveAsync(wave, stoppingToken).ConfigureAwait(false);
                }

                store.RecordSyncAttempt(job.Seq, "done", null);
                LogSynced(job.Kind, job.Wave);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (GraphStoreClientException e) when (job is not null)
            {
                store.RecordSyncAttempt(job.Seq, "failed", e.Message);
                LogFailed(job.Kind, job.Wave, e.Message);
            }
            catch (GraphStoreTransientException e) when (job is not null)
            {
                store.RecordSyncAttempt(job.Seq, "pending", e.Message);
                LogPostponed(job.Kind, job.Wave, e.Message);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                LogStoreError(e.Message);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Synced {Kind} of wave {Wave} to Neo4j")]
    private partial void LogSynced(string kind, string wave);

    [LoggerMessage(Level = LogLevel.Error, Message = "Neo4j refused the {Kind} of wave {Wave}; the job is stopped: {Error}")]
    private partial void LogFailed(string kind, string wave, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j sync of the {Kind} of wave {Wave} postponed: {Error}")]
    private partial void LogPostponed(string kind, string wave, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync store error: {Error}")]
    private partial void LogStoreError(string error);
}
