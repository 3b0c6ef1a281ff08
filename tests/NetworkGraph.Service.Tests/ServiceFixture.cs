using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkGraph.Service.Tests;

/// <summary>A service on a real Kestrel on loopback, with its own temporary inbox and database, removed on dispose.</summary>
internal sealed class RunningService : IAsyncDisposable
{
    public const string Key = "test-key";

    private readonly WebApplication _app;

    private RunningService(WebApplication app, string root, HttpClient client)
    {
        _app = app;
        Root = root;
        Client = client;
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public HttpClient Client { get; }

    /// <summary>The running application, e.g. to reach its services.</summary>
    public WebApplication App => _app;

    /// <summary>When false, disposing stops the service but keeps its folder, so another service can restart on it.</summary>
    public bool DeleteOnDispose { get; set; } = true;

    public static async Task<RunningService> StartAsync(string? existingRoot = null, IEnumerable<string>? extraArgs = null)
    {
        string root = existingRoot ?? Path.Combine(Path.GetTempPath(), "ng-service-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        WebApplication app = ServiceHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--NetworkGraph:Inbox", Path.Combine(root, "inbox"),
            "--NetworkGraph:Database", Path.Combine(root, "networkgraph.db"),
            "--NetworkGraph:ApiKeys:0", Key,
            "--NetworkGraph:PollMilliseconds", "100",
            "--Logging:LogLevel:Default", "Warning",
            .. extraArgs ?? [],
        ]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        return new RunningService(app, root, client);
    }

    /// <summary>Copies the committed zone 6 survey into <paramref name="folder"/>.</summary>
    public static void CopyZone6(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "zone6"), "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after <paramref name="seconds"/>.</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, int seconds = 60)
    {
        DateTime end = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < end, "timed out waiting for the service");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (DeleteOnDispose)
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
