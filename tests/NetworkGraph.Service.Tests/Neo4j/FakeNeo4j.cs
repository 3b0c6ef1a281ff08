using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>What the fake does to the next request it receives.</summary>
public enum Fault
{
    /// <summary>Answers normally.</summary>
    None,

    /// <summary>Answers 503 with an HTML body, as a proxy in front of the server would.</summary>
    ServiceUnavailable,

    /// <summary>Answers a <c>Neo.TransientError.Transaction.DeadlockDetected</c> error body (status 202, as older servers do).</summary>
    TransientBody,

    /// <summary>Answers nothing until the client gives up, then drops the connection.</summary>
    Timeout,

    /// <summary>Drops the connection without an answer, before doing anything.</summary>
    Drop,

    /// <summary>Does the work (a commit commits), then drops the connection: the client cannot know it succeeded.</summary>
    DropAfterWork,

    /// <summary>Answers <c>Neo.ClientError.Statement.SyntaxError</c> (400).</summary>
    ClientError,
}

/// <summary>
/// A Neo4j HTTP server on a real Kestrel on loopback, faithful to the wire format of the Query API v2
/// (<c>POST /db/{db}/query/v2</c>; explicit transactions: <c>POST /db/{db}/query/v2/tx</c> answers 202 with
/// <c>{transaction: {id, expires}}</c> and a <c>neo4j-cluster-affinity</c> header, <c>POST …/tx/{id}</c>,
/// <c>POST …/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c>) and of the older <c>POST /db/{db}/tx/commit</c>:
/// statement and parameters in; <c>data</c>, <c>counters</c>, <c>bookmarks</c> and <c>errors</c> with codes out;
/// basic auth (401 with <c>Neo.ClientError.Security.Unauthorized</c>); an error rolls the transaction back.
/// Writes go to a <see cref="FakeGraph"/> so tests assert the resulting graph.
/// </summary>
internal sealed class FakeNeo4j : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "s3cret-Pa55word";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeGraph> _transactions = [];
    private int _nextTransaction;
    private FakeGraph _graph = new();

    private FakeNeo4j(WebApplication app) => _app = app;

    /// <summary>The server's address, as <c>Neo4j:Uri</c> takes it.</summary>
    public string Uri { get; private set; } = string.Empty;

    /// <summary>Faults for the next requests, one per request, in order.</summary>
    public ConcurrentQueue<Fault> Faults { get; } = new();

    /// <summary>When set, the fault for each request (after <see cref="Faults"/> is empty), from its 1-based number.</summary>
    public Func<int, Fault>? FaultPlan { get; set; }

    /// <summary>How long a <see cref="Fault.Timeout"/> request hangs.</summary>
    public TimeSpan Hang { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A delay before every answer, to make a sync last long enough to be interrupted.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Every statement run, committed or not, in order.</summary>
    public ConcurrentQueue<string> Statements { get; } = new();

    private int _requests;

    /// <summary>A copy of the committed graph.</summary>
    public FakeGraph Graph
    {
        get
        {
            lock (_lock)
            {
                return _graph.Clone();
            }
        }
    }

    public static async Task<FakeNeo4j> StartAsync(int port = 0)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var fake = new FakeNeo4j(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        fake.Uri = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        int number = Interlocked.Increment(ref _requests);
        Fault fault = Faults.TryDequeue(out Fault f) ? f : FaultPlan?.Invoke(number) ?? Fault.None;
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        switch (fault)
        {
            case Fault.ServiceUnavailable:
                http.Response.StatusCode = 503;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync("<html><body>503 Service Unavailable</body></html>");
                return;
            case Fault.Timeout:
                await Task.Delay(Hang);
                http.Abort();
                return;
            case Fault.Drop:
                http.Abort();
                return;
        }

        if (!Authorized(http.Request))
        {
            await ErrorAsync(http, 401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            return;
        }

        if (fault == Fault.TransientBody)
        {
            await ErrorAsync(http, 202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock.");
            return;
        }

        if (fault == Fault.ClientError)
        {
            await ErrorAsync(http, 400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MERGE'.");
            return;
        }

        JsonObject body;
        try
        {
            string text = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync();
            body = text.Trim().Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? throw new FormatException();
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            await ErrorAsync(http, 400, "Neo.ClientError.Request.Invalid", "Bad request body.");
            return;
        }

        string[] path = http.Request.Path.Value!.Trim('/').Split('/');
        (int status, JsonObject answer, string? affinity) result;
        try
        {
            if (path.Length < 3 || path[0] != "db")
            {
                throw new FakeNeo4jError("Neo.ClientError.Request.Invalid", "Unknown endpoint.");
            }

            if (path[1] != "neo4j")
            {
                throw new FakeNeo4jError("Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{path[1]}'.");
            }

            result = (path[2..], http.Request.Method) switch
            {
                (["query", "v2"], "POST") => Implicit(body),
                (["query", "v2", "tx"], "POST") => Begin(body),
                (["query", "v2", "tx", string id], "POST") => Run(id, body, commit: false),
                (["query", "v2", "tx", string id, "commit"], "POST") => Run(id, body, commit: true),
                (["query", "v2", "tx", string id], "DELETE") => Rollback(id),
                (["tx", "commit"], "POST") => Legacy(body),
                _ => throw new FakeNeo4jError("Neo.ClientError.Request.Invalid", "Unknown endpoint."),
            };
        }
        catch (FakeNeo4jError e)
        {
            bool legacy = path.Length >= 4 && path[2] == "tx";
            await ErrorAsync(http, legacy ? 200 : e.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? 400 : 500, e.Code, e.Message, legacy);
            return;
        }

        if (fault == Fault.DropAfterWork)
        {
            http.Abort();
            return;
        }

        http.Response.StatusCode = result.status;
        if (result.affinity is not null)
        {
            http.Response.Headers["neo4j-cluster-affinity"] = result.affinity;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(result.answer.ToJsonString());
    }

    private static bool Authorized(HttpRequest request)
    {
        string expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        return request.Headers.Authorization.ToString() == expected;
    }

    private (int, JsonObject, string?) Implicit(JsonObject body)
    {
        lock (_lock)
        {
            FakeGraph work = _graph.Clone();
            var counters = new Counters();
            RunStatement(work, body, counters, explicitTransaction: false);
            _graph = work;
            return (202, Answer(counters, bookmark: true), null);
        }
    }

    private (int, JsonObject, string?) Begin(JsonObject body)
    {
        lock (_lock)
        {
            string id = (++_nextTransaction).ToString("x8", CultureInfo.InvariantCulture);
            FakeGraph work = _graph.Clone();
            var counters = new Counters();
            if (body["statement"] is not null)
            {
                RunStatement(work, body, counters, explicitTransaction: true);
            }

            _transactions[id] = work;
            JsonObject answer = Answer(counters, bookmark: false);
            answer["transaction"] = Transaction(id);
            return (202, answer, "fake-affinity-" + id);
        }
    }

    private (int, JsonObject, string?) Run(string id, JsonObject body, bool commit)
    {
        lock (_lock)
        {
            if (!_transactions.TryGetValue(id, out FakeGraph? work))
            {
                throw new FakeNeo4jError("Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");
            }

            var counters = new Counters();
            try
            {
                if (body["statement"] is not null)
                {
                    RunStatement(work, body, counters, explicitTransaction: true);
                }
            }
            catch (FakeNeo4jError)
            {
                _transactions.Remove(id);
                throw;
            }

            if (commit)
            {
                _transactions.Remove(id);
                _graph = work;
                return (202, Answer(counters, bookmark: true), null);
            }

            JsonObject answer = Answer(counters, bookmark: false);
            answer["transaction"] = Transaction(id);
            return (202, answer, "fake-affinity-" + id);
        }
    }

    private (int, JsonObject, string?) Rollback(string id)
    {
        lock (_lock)
        {
            if (!_transactions.Remove(id))
            {
                throw new FakeNeo4jError("Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{id}\" was not found.");
            }

            return (202, new JsonObject { ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() } }, null);
        }
    }

    private (int, JsonObject, string?) Legacy(JsonObject body)
    {
        lock (_lock)
        {
            FakeGraph work = _graph.Clone();
            var results = new JsonArray();
            foreach (JsonNode? statement in body["statements"] as JsonArray ?? [])
            {
                var counters = new Counters();
                RunStatement(work, (JsonObject)statement!, counters, explicitTransaction: false);
                JsonObject stats = counters.ToJson();
                results.Add(new JsonObject { ["columns"] = new JsonArray(), ["data"] = new JsonArray(), ["stats"] = stats });
            }

            _graph = work;
            return (200, new JsonObject { ["results"] = results, ["errors"] = new JsonArray(), ["lastBookmarks"] = new JsonArray("FB:fake") }, null);
        }
    }

    private void RunStatement(FakeGraph work, JsonObject body, Counters counters, bool explicitTransaction)
    {
        string statement = (string?)body["statement"] ?? throw new FakeNeo4jError("Neo.ClientError.Request.Invalid", "Missing statement.");
        Statements.Enqueue(statement);
        work.Execute(statement, body["parameters"] as JsonObject ?? [], counters, explicitTransaction);
    }

    private static JsonObject Answer(Counters counters, bool bookmark)
    {
        var answer = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
            ["counters"] = counters.ToJson(),
        };
        if (bookmark)
        {
            answer["bookmarks"] = new JsonArray("FB:fake" + Guid.NewGuid().ToString("N"));
        }

        return answer;
    }

    private static JsonObject Transaction(string id) => new()
    {
        ["id"] = id,
        ["expires"] = DateTimeOffset.UtcNow.AddSeconds(60).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
    };

    private static async Task ErrorAsync(HttpContext http, int status, string code, string message, bool legacy = false)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        var errors = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message });
        JsonObject body = legacy ? new JsonObject { ["results"] = new JsonArray(), ["errors"] = errors } : new JsonObject { ["errors"] = errors };
        await http.Response.WriteAsync(body.ToJsonString());
    }
}
