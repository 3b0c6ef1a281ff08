using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Service.Tests.Neo4j;

/// <summary>
/// The service as a real process, killed with SIGKILL while it ingests and syncs two waves, then
/// restarted: afterwards SQLite and the fake Neo4j graph hold exactly what one clean run gives.
/// <c>NETWORKGRAPH_KILL_ITERATIONS</c> sets how many kill/restart rounds run (default 1; rounds alternate an early kill, while ingesting, and a later one, while syncing).
/// </summary>
public sealed class KillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServiceKilledMidIngestionOrMidSyncLosesNothingAndDuplicatesNothing()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("NETWORKGRAPH_KILL_ITERATIONS"), CultureInfo.InvariantCulture, out int n) ? n : 1;
        var random = new Random(20170601);
        for (int i = 0; i < iterations; i++)
        {
            // Alternate early kills (while ingesting) and later ones (while syncing).
            double killAfter = i % 2 == 0 ? 0.8 + random.NextDouble() : 2.0 + (2.5 * random.NextDouble());
            string outcome = await RunOnceAsync(TimeSpan.FromSeconds(killAfter));
            string line = $"round {i + 1}: killed after {killAfter:F2} s, {outcome}";
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            if (Environment.GetEnvironmentVariable("NETWORKGRAPH_KILL_LOG") is { Length: > 0 } file)
            {
                await File.AppendAllTextAsync(file, line + Environment.NewLine, Ct);
            }
        }
    }

    private static async Task<string> RunOnceAsync(TimeSpan killAfter)
    {
        string root = Path.Combine(Path.GetTempPath(), "ng-kill-" + Guid.NewGuid().ToString("N"));
        string inbox = Path.Combine(root, "inbox");
        string database = Path.Combine(root, "networkgraph.db");
        try
        {
            await using FakeNeo4j fake = await FakeNeo4j.StartAsync();
            fake.Latency = TimeSpan.FromMilliseconds(25);
            foreach (string id in new[] { "w1", "w2" })
            {
                RunningService.CopyZone6(Path.Combine(inbox, id));
                await File.WriteAllTextAsync(Path.Combine(inbox, id, "READY"), string.Empty, Ct);
            }

            var log = new StringBuilder();
            using (ServiceProcess first = ServiceProcess.Start(root, fake, log))
            {
                await Task.Delay(killAfter, Ct);
                first.Kill();
            }

            int stored = CountRows(database, "waves");
            int requestsAtKill = fake.Requests;
            using (ServiceProcess second = ServiceProcess.Start(root, fake, log))
            {
                await second.WaitReadyAsync();
                string state = string.Empty;
                DateTime end = DateTime.UtcNow.AddSeconds(90);
                while (true)
                {
                    string waves = await second.Client.GetStringAsync("/api/waves", Ct);
                    using HttpResponseMessage ready = await second.Client.GetAsync("/health/ready", Ct);
                    state = waves + " " + await ready.Content.ReadAsStringAsync(Ct);
                    JsonArray list = JsonNode.Parse(waves)!.AsArray();
                    if (list.Count == 2 && list.All(w => (string?)w!["syncStatus"] == "synced") && ready.IsSuccessStatusCode)
                    {
                        break;
                    }

                    if (DateTime.UtcNow >= end)
                    {
                        lock (log)
                        {
                            Assert.Fail($"not synced after the restart: {state}\n{log}");
                        }
                    }

                    await Task.Delay(100, Ct);
                }

                second.Kill();
            }

            // SQLite: both waves, each stored once with exactly the library's metric rows and one upsert job, done.
            SqliteConnection.ClearAllPools();
            var store = new WaveStore(database);
            Assert.Equal(["w1", "w2"], store.List(neo4j: true).Select(w => w.Id));
            Assert.All(store.List(neo4j: true), w => Assert.Equal("synced", w.SyncStatus));
            var analyzer = new WaveAnalyzer(new LibraryReportPageRenderer());
            foreach (string id in new[] { "w1", "w2" })
            {
                string processed = Path.Combine(inbox, "processed", id);
                Assert.True(Directory.Exists(processed), $"{id} moved to processed/");
                AnalyzedWave expected = analyzer.Analyze(id, processed, Ct);
                Assert.Equal(expected.MetricsRows, store.MetricRows(id));
                Assert.Equal(expected.Hash, store.HashOf(id));
            }

            Assert.Equal(["processed"], Directory.GetDirectories(inbox).Select(Path.GetFileName));
            Assert.Equal(2, Directory.GetDirectories(Path.Combine(inbox, "processed")).Length);
            Assert.Equal(2, CountRows(database, "sync_jobs"));
            Assert.Equal(2 * store.MetricRows("w1")!.Count, CountRows(database, "metrics"));

            // Neo4j: exactly the graph one clean write of the stored waves gives.
            string reference = await Neo4jKit.ReferenceAsync(store.GraphOf("w1")!, store.GraphOf("w2")!);
            Assert.Equal(reference, fake.Graph.Canonical());
            Assert.DoesNotContain(FakeNeo4j.Password, log.ToString(), StringComparison.Ordinal);
            SqliteConnection.ClearAllPools();
            return $"{stored} wave(s) stored and {requestsAtKill} Neo4j request(s) made before the kill";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static int CountRows(string database, string table)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var c = new SqliteConnection($"Data Source={database};Pooling=False");
        c.Open();
        using SqliteCommand q = c.CreateCommand();
        q.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        if (Convert.ToInt32(q.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        q.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt32(q.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The built service (<c>dotnet NetworkGraph.Service.dll</c>) started on a free loopback port.</summary>
    private sealed class ServiceProcess : IDisposable
    {
        private readonly Process _process;

        private ServiceProcess(Process process, string url)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        }

        public HttpClient Client { get; }

        public static ServiceProcess Start(string root, FakeNeo4j fake, StringBuilder log)
        {
            string url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NetworkGraph.Service.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
            start.Environment["NetworkGraph__PollMilliseconds"] = "100";
            start.Environment["Neo4j__Uri"] = fake.Uri;
            start.Environment["Neo4j__User"] = FakeNeo4j.User;
            start.Environment["Neo4j__Password"] = FakeNeo4j.Password;
            start.Environment["Neo4j__BatchSize"] = "8";
            start.Environment["Neo4j__RetryDelayMilliseconds"] = "50";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Logging__LogLevel__NetworkGraph"] = "Information";
            var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(log, e.Data);
            process.ErrorDataReceived += (_, e) => Append(log, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new ServiceProcess(process, url);
        }

        public async Task WaitReadyAsync() =>
            await RunningService.WaitForAsync(
                async () =>
                {
                    try
                    {
                        return (await Client.GetAsync("/health/live", Ct)).StatusCode == HttpStatusCode.OK;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                seconds: 60);

        /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown code runs.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
        }

        public void Dispose()
        {
            Kill();
            Client.Dispose();
            _process.Dispose();
        }

        private static void Append(StringBuilder log, string? line)
        {
            if (line is not null)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
