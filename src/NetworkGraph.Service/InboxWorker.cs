using Microsoft.Extensions.Options;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>
/// Watches the inbox and ingests every wave found there: a sub-folder once it holds <c>READY</c>,
/// or a <c>.zip</c> or an Excel workbook (<c>.xlsx</c>) moved in by rename. A valid wave is stored in one transaction and then moved
/// to <c>processed/&lt;id&gt;</c>; an invalid one goes to <c>rejected/&lt;id&gt;</c> with <c>error.txt</c>.
/// The move happens only after the commit, so a wave the process was killed on is still in the
/// inbox at restart and is ingested again; the content hash makes that second pass store nothing twice.
/// </summary>
internal sealed partial class InboxWorker(
    IOptions<ServiceOptions> options,
    WaveStore store,
    WaveAnalyzer analyzer,
    IOptions<Neo4jOptions> neo4j,
    TimeProvider clock,
    ILogger<InboxWorker> log) : BackgroundService
{
    private readonly string _inbox = Path.GetFullPath(options.Value.Inbox);

    /// <summary>
    /// Creates the inbox before the host reports itself started, so a wave moved in as soon as the
    /// service answers finds its folder; the watching loop itself runs in the background.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_inbox);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogWatching(_inbox);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                ScanOnce(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // One failed scan must not stop the worker; it is logged and retried.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogScanFailed(e);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds)), clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Ingests every ready wave in the inbox once.</summary>
    internal void ScanOnce(CancellationToken cancellationToken)
    {
        foreach (string dir in Directory.GetDirectories(_inbox).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileName(dir);
            if (id is "processed" or "rejected" || id.StartsWith('.') || !File.Exists(Path.Combine(dir, "READY")))
            {
                continue;
            }

            Ingest(id, dir, dir, isDirectory: true, cancellationToken);
        }

        foreach (string workbook in Directory.GetFiles(_inbox).Where(WorkbookReader.IsWorkbookPath).Order(StringComparer.Ordinal))
        {
            // A workbook moved in by an atomic rename (as a .zip), ingested from a staging copy; lock files (~$x.xlsx) are skipped.
            string id = Path.GetFileNameWithoutExtension(workbook);
            if (Path.GetFileName(workbook).StartsWith('.') || Path.GetFileName(workbook).StartsWith('~'))
            {
                continue;
            }

            string staging = Path.Combine(_inbox, ".staging", id);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            try
            {
                Directory.CreateDirectory(staging);
                File.Copy(workbook, Path.Combine(staging, Path.GetFileName(workbook)));
                Ingest(id, staging, workbook, isDirectory: false, cancellationToken);
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }

        foreach (string zip in Directory.GetFiles(_inbox, "*.zip").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(zip);
            string staging = Path.Combine(_inbox, ".staging", id);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            try
            {
                try
                {
                    using FileStream stream = File.OpenRead(zip);
                    WaveFiles.ExtractZip(stream, Path.GetFileName(zip), staging);
                }
                catch (InvalidWaveException invalid)
                {
                    Reject(id, zip, isDirectory: false, invalid);
                    continue;
                }

                Ingest(id, staging, zip, isDirectory: false, cancellationToken);
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }
    }

    private void Ingest(string id, string folder, string source, bool isDirectory, CancellationToken cancellationToken)
    {
        if (!WaveFiles.IsValidId(id))
        {
            Reject(id, source, isDirectory, new InvalidWaveException(Path.GetFileName(source), $"'{id}' is not a valid wave id (letters, digits, '-', '_', '.')"));
            return;
        }

        string? existing = store.HashOf(id);
        if (existing is not null && existing != WaveFiles.ContentHash(folder))
        {
            Reject(id, source, isDirectory, new InvalidWaveException(string.Empty, $"a different wave with id '{id}' is already stored; delete it first or use another id"));
            return;
        }

        if (existing is null)
        {
            AnalyzedWave wave;
            try
            {
                wave = analyzer.Analyze(id, folder, cancellationToken);
            }
            catch (InvalidWaveException invalid)
            {
                Reject(id, source, isDirectory, invalid);
                return;
            }

            StoreOutcome outcome = store.Store(wave, neo4j.Value.Enabled, clock.GetUtcNow());
            if (outcome == StoreOutcome.Conflict)
            {
                Reject(id, source, isDirectory, new InvalidWaveException(string.Empty, $"a different wave with id '{id}' is already stored; delete it first or use another id"));
                return;
            }

            LogStored(id, wave.Actors, wave.Respondents);
        }
        else
        {
            LogAlreadyStored(id);
        }

        MoveTo("processed", id, source, isDirectory);
    }

    private void Reject(string id, string source, bool isDirectory, InvalidWaveException invalid)
    {
        // error.txt is complete before the wave shows under rejected/, so whoever sees the wave there can read why.
        MoveTo("rejected", id, source, isDirectory, folder => File.WriteAllText(Path.Combine(folder, "error.txt"), invalid.ToErrorText()));
        LogRejected(id, invalid.Issues.Count > 0 ? invalid.ToErrorText().Split('\n')[0] : string.Empty);
    }

    /// <summary>
    /// Moves a wave folder to <c>outcome/id</c>, or a zip into the new folder <c>outcome/id/</c>; returns that folder.
    /// <paramref name="beforeMove"/> is given the folder that will be moved (a wave folder) or that the zip will be moved into.
    /// </summary>
    private string MoveTo(string outcome, string id, string source, bool isDirectory, Action<string>? beforeMove = null)
    {
        string safeId = WaveFiles.IsValidId(id) ? id : "wave";
        if (isDirectory)
        {
            beforeMove?.Invoke(source);
            return WaveFiles.MoveAside(source, Path.Combine(_inbox, outcome, safeId), isDirectory: true);
        }

        string folder = WaveFiles.MoveAside(Path.Combine(_inbox, ".staging"), Path.Combine(_inbox, outcome, safeId), isDirectory: false, createOnly: true);
        beforeMove?.Invoke(folder);
        File.Move(source, Path.Combine(folder, Path.GetFileName(source)));
        return folder;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching inbox {Inbox}")]
    private partial void LogWatching(string inbox);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {Wave} stored: {Actors} actors, {Respondents} respondents")]
    private partial void LogStored(string wave, int actors, int respondents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wave {Wave} was already stored with the same content")]
    private partial void LogAlreadyStored(string wave);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wave {Wave} rejected: {Error}")]
    private partial void LogRejected(string wave, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox scan failed")]
    private partial void LogScanFailed(Exception error);
}
