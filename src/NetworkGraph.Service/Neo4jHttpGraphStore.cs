using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace NetworkGraph.Service;

/// <summary>
/// Writes waves to Neo4j over its HTTP API: the Query API v2 (<c>POST /db/{db}/query/v2</c> for schema
/// statements; explicit transactions <c>/query/v2/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>) or, with
/// <c>Neo4j:Api=tx</c>, the older <c>/db/{db}/tx/commit</c>. One job is one transaction, committed last,
/// so Neo4j holds all of a job or none of it. Rows go in batches of <see cref="Neo4jOptions.BatchSize"/>
/// through <c>UNWIND $rows</c>.
/// <para>Retries, with Polly, exactly what Neo4j's drivers retry: <c>Neo.TransientError.*</c> except
/// <c>Transaction.Terminated</c> and <c>Transaction.LockClientStopped</c>, 5xx answers, timeouts and dropped
/// connections, with exponential back-off and jitter; a retried job restarts its transaction from the
/// start, which <c>MERGE</c> makes harmless. Everything else (<c>Neo.ClientError.*</c>, 4xx) throws
/// <see cref="GraphStoreClientException"/>. The password only ever goes into the <c>Authorization</c>
/// header; it is in no log line and no error message.</para>
/// </summary>
internal sealed partial class Neo4jHttpGraphStore : IGraphStore
{
    /// <summary>The name of the <see cref="HttpClient"/> this store asks the factory for.</summary>
    public const string ClientName = "neo4j";

    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly IHttpClientFactory _clients;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger<Neo4jHttpGraphStore> _log;

    public Neo4jHttpGraphStore(IHttpClientFactory clients, IOptions<Neo4jOptions> options, ILogger<Neo4jHttpGraphStore> log)
    {
        _clients = clients;
        _options = options.Value;
        _log = log;
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<GraphStoreTransientException>(),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(Math.Max(1, _options.RetryDelayMilliseconds)),
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                OnRetry = args =>
                {
                    LogRetry(_log, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <inheritdoc/>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(
            async ct =>
            {
                foreach (string statement in new[] { Cypher.ActorConstraint, Cypher.WaveConstraint })
                {
                    await RunAsync([(statement, [])], ct).ConfigureAwait(false);
                }
            },
            cancellationToken).AsTask();

    /// <inheritdoc/>
    public Task UpsertWaveAsync(WaveGraph wave, CancellationToken cancellationToken)
    {
        var statements = new List<(string, JsonObject)>
        {
            (Cypher.MergeWave, new JsonObject { ["id"] = wave.Id, ["ingestedAt"] = wave.IngestedAt, ["actors"] = wave.Actors, ["respondents"] = wave.Respondents }),
        };
        AddBatches(statements, Cypher.MergeActors, wave.ActorRows, null);
        AddBatches(statements, Cypher.MergeInWave, wave.InWaveRows, wave.Id);
        foreach (string type in Cypher.TieTypes)
        {
            AddBatches(statements, Cypher.MergeTies(type), [.. wave.TieRows.Where(t => (string?)t["type"] == type)], wave.Id);
        }

        return _retry.ExecuteAsync(ct => new ValueTask(RunAsync(statements, ct)), cancellationToken).AsTask();
    }

    /// <inheritdoc/>
    public Task DeleteWaveAsync(string waveId, CancellationToken cancellationToken)
    {
        var statements = new List<(string, JsonObject)>
        {
            (Cypher.DeleteTies, new JsonObject { ["wave"] = waveId }),
            (Cypher.DeleteWave, new JsonObject { ["wave"] = waveId }),
            (Cypher.DeleteOrphanActors, []),
        };
        return _retry.ExecuteAsync(ct => new ValueTask(RunAsync(statements, ct)), cancellationToken).AsTask();
    }

    private void AddBatches(List<(string, JsonObject)> statements, string statement, IReadOnlyList<JsonObject> rows, string? wave)
    {
        int size = Math.Max(1, _options.BatchSize);
        for (int start = 0; start < rows.Count; start += size)
        {
            var batch = new JsonArray();
            for (int i = start; i < Math.Min(rows.Count, start + size); i++)
            {
                batch.Add(rows[i].DeepClone());
            }

            var parameters = new JsonObject { ["rows"] = batch };
            if (wave is not null)
            {
                parameters["wave"] = wave;
            }

            statements.Add((statement, parameters));
        }
    }

    /// <summary>Runs <paramref name="statements"/> in one transaction and commits it.</summary>
    private async Task RunAsync(List<(string Statement, JsonObject Parameters)> statements, CancellationToken ct)
    {
        HttpClient http = _clients.CreateClient(ClientName);
        string db = Uri.EscapeDataString(_options.Database);
        if (_options.Api == "tx")
        {
            var list = new JsonArray();
            foreach ((string s, JsonObject p) in statements)
            {
                list.Add(new JsonObject { ["statement"] = s, ["parameters"] = p.DeepClone() });
            }

            await SendAsync(http, HttpMethod.Post, $"db/{db}/tx/commit", new JsonObject { ["statements"] = list }, null, ct).ConfigureAwait(false);
            return;
        }

        if (statements.Count == 1)
        {
            await SendAsync(http, HttpMethod.Post, $"db/{db}/query/v2", Body(statements[0]), null, ct).ConfigureAwait(false);
            return;
        }

        (JsonObject begun, string? affinity) = await SendAsync(http, HttpMethod.Post, $"db/{db}/query/v2/tx", Body(statements[0]), null, ct).ConfigureAwait(false);
        string id = (string?)begun["transaction"]?["id"]
            ?? throw new GraphStoreTransientException("Neo4j answered no transaction id.");
        string tx = $"db/{db}/query/v2/tx/{Uri.EscapeDataString(id)}";
        bool committed = false;
        try
        {
            for (int i = 1; i < statements.Count; i++)
            {
                await SendAsync(http, HttpMethod.Post, tx, Body(statements[i]), affinity, ct).ConfigureAwait(false);
            }

            await SendAsync(http, HttpMethod.Post, tx + "/commit", [], affinity, ct).ConfigureAwait(false);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                await RollbackAsync(http, tx, affinity).ConfigureAwait(false);
            }
        }
    }

    private async Task RollbackAsync(HttpClient http, string tx, string? affinity)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await SendAsync(http, HttpMethod.Delete, tx, null, affinity, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is GraphStoreTransientException or GraphStoreClientException or OperationCanceledException)
        {
            // The server rolls an idle transaction back by itself after its timeout.
            LogRollback(_log, e.Message);
        }
    }

    private static JsonObject Body((string Statement, JsonObject Parameters) s) =>
        new() { ["statement"] = s.Statement, ["parameters"] = s.Parameters.DeepClone(), ["includeCounters"] = true };

    private async Task<(JsonObject Body, string? Affinity)> SendAsync(HttpClient http, HttpMethod method, string path, JsonObject? body, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(_options.Uri!.TrimEnd('/') + "/"), path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(_options.User))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, ct).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new GraphStoreTransientException($"Neo4j unreachable ({e.HttpRequestError}).", e);
        }
        catch (IOException e)
        {
            throw new GraphStoreTransientException("Neo4j connection dropped.", e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new GraphStoreTransientException("Neo4j did not answer in time.", e);
        }

        using (response)
        {
            int status = (int)response.StatusCode;
            JsonObject? json = null;
            try
            {
                json = text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                json = null;
            }

            if (json?["errors"] is JsonArray { Count: > 0 } errors)
            {
                string code = (string?)errors[0]?["code"] ?? "Neo.DatabaseError.General.UnknownError";
                string message = $"{code}: {(string?)errors[0]?["message"]}";
                bool transient = code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
                    && code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped";
                throw transient ? new GraphStoreTransientException(message) : new GraphStoreClientException(message);
            }

            if (status >= 500)
            {
                throw new GraphStoreTransientException($"Neo4j answered {status}.");
            }

            if (status is 401 or 403)
            {
                throw new GraphStoreClientException($"Neo4j refused the credentials of user '{_options.User}' ({status}).");
            }

            if (json is null && status < 400)
            {
                throw new GraphStoreTransientException($"Neo4j answered {status} with an unreadable body.");
            }

            if (status >= 400 || json is null)
            {
                throw new GraphStoreClientException($"Neo4j answered {status} to {method} /{path}.");
            }

            string? next = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            return (json, next);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j transient failure, retry {Attempt} in {Delay}: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, TimeSpan delay, string? error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Neo4j rollback not confirmed: {Error}")]
    private static partial void LogRollback(ILogger logger, string error);
}
