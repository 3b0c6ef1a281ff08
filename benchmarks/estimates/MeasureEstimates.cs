#:project ../../src/NetworkGraph/NetworkGraph.csproj
#:property TieredPGO=true
#:property PublishAot=false
// Measures each metric column on graphs of several shapes and prints, per column, NodeMetrics.Plan's estimate, the
// processor time it took (one thread by default, so that other work on the machine does not count) and their ratio, as the Markdown rows of benchmarks/results/estimates.md:
//   dotnet build -c Release benchmarks/estimates/MeasureEstimates.cs, then run the built executable [--threads N] [--only NAME]
// Each column is computed on its own (NodeMetrics.Compute with that one column); exact all-pairs columns are measured
// only on graphs where they finish in about a minute, and every all-pairs column is also measured sampled; the processor
// time of the plan itself (made again inside Compute) is subtracted. --estimate-only prints the estimates without computing;
// --counts prints the operation counts the model uses.
using System.Runtime.InteropServices;
using System.Globalization;
using System.Reflection;
using NetworkGraph.Analysis;
using NetworkGraph.Generators;
using NetworkGraph.Graphs;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int threads = args.Contains("--threads") ? int.Parse(args[Array.IndexOf(args, "--threads") + 1], CultureInfo.InvariantCulture) : 1;
string? only = args.Contains("--only") ? args[Array.IndexOf(args, "--only") + 1] : null;
bool estimateOnly = args.Contains("--estimate-only");

string[] allPairs = [MetricColumns.Betweenness, MetricColumns.BetweennessWeighted, MetricColumns.Closeness, MetricColumns.Harmonic];

// Warm-up: every column once on a small graph, so that no measurement pays for the JIT.
NodeMetrics.Compute(GraphGenerators.ErdosRenyi(300, 0.02, false, 1), new NodeMetricsOptions { MaxDegreeOfParallelism = threads });
NodeMetrics.Compute(GraphGenerators.Rmat(9, 8, 0.57, 0.19, 0.19, 1), new NodeMetricsOptions { MaxDegreeOfParallelism = threads, ApproximationThreshold = 0 });

var graphs = new (string Name, Func<CsrGraph> Make, bool ExactAllPairs)[]
{
    ("er-2.5k-d8", () => GraphGenerators.ErdosRenyi(2_500, 8.0 / 2_500, false, 1), true),
    ("er-25k-d8", () => GraphGenerators.ErdosRenyi(25_000, 8.0 / 25_000, false, 2), false),
    ("er-125k-d8", () => GraphGenerators.ErdosRenyi(125_000, 8.0 / 125_000, false, 3), false),
    ("rmat-12-ef8", () => GraphGenerators.Rmat(12, 8, 0.57, 0.19, 0.19, 4), true),
    ("rmat-15-ef8", () => GraphGenerators.Rmat(15, 8, 0.57, 0.19, 0.19, 5), false),
    ("rmat-17-ef8", () => GraphGenerators.Rmat(17, 8, 0.57, 0.19, 0.19, 6), false),
    ("rmat-14-ef16-undirected", () => GraphGenerators.Rmat(14, 16, 0.57, 0.19, 0.19, 7, directed: false), false),
    ("ba-20k-m5", () => GraphGenerators.BarabasiAlbert(20_000, 5, 8), true),
    ("grid-100x100", () => Grid(100, 100), true),
    ("grid-400x400", () => Grid(400, 400), false),
    ("path-20k", () => Grid(20_000, 1), true),
    ("star-20k", () => Star(20_000), true),
    ("sbm-weighted-10k", () => GraphGenerators.StochasticBlockModel([2_500, 2_500, 2_500, 2_500], Blocks(4, 0.003, 0.0003), false, 9, maxWeight: 4), true),
};

Console.WriteLine($"threads: {threads}, cores: {Environment.ProcessorCount}");
Console.WriteLine("| graph | n | arcs | column | method | estimated (s) | measured CPU (s) | wall (s) | estimate / measured |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
foreach ((string name, Func<CsrGraph> make, bool exactAllPairs) in graphs)
{
    if (only is not null && !name.StartsWith(only, StringComparison.Ordinal))
    {
        continue;
    }

    CsrGraph graph = make();
    if (args.Contains("--counts"))
    {
        // The operation counts of the run-time model (internal), for fitting its constants.
        var library = typeof(NodeMetrics).Assembly;
        var wedges = ((double, double))library.GetType("NetworkGraph.Analysis.RunTimeModel")!.GetMethod("CountWedges", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [graph])!;
        var searches = ((double, double))library.GetType("NetworkGraph.Algorithms.Centrality")!.GetMethod("SearchWork", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [graph])!;
        var words = ((double, double, double))library.GetType("NetworkGraph.Algorithms.IncomingDistanceSums")!.GetMethod("EstimateWordOperations", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [graph, 4])!;
        Console.WriteLine($"counts {name} n={graph.NodeCount} arcs={graph.ArcCount} wedges={wedges.Item1:G4} ego={wedges.Item2:G4} hops={searches.Item1:G4} weighted={searches.Item2:G4} sequential={words.Item1:G4} random={words.Item2:G4} pairs={words.Item3:G4}");
        continue;
    }

    double baseline = double.MaxValue; // components, made by every Compute: the least of three runs
    for (int i = 0; i < 3; i++)
    {
        double start = CpuSeconds();
        NodeMetrics.Compute(graph, new NodeMetricsOptions { Columns = [], MaxDegreeOfParallelism = threads });
        baseline = Math.Min(baseline, CpuSeconds() - start);
    }

    foreach (string column in MetricColumns.All)
    {
        bool pairs = allPairs.Contains(column);
        if (column == MetricColumns.BetweennessWeighted && !graph.IsWeighted)
        {
            continue; // the same computation as betweenness
        }

        if (!pairs || exactAllPairs)
        {
            Measure(graph, name, baseline, column, new NodeMetricsOptions { Columns = [column], Exact = true, MaxDegreeOfParallelism = threads });
        }

        if (pairs)
        {
            Measure(graph, name, baseline, column, new NodeMetricsOptions { Columns = [column], ApproximationThreshold = 0, MaxDegreeOfParallelism = threads });
        }
    }
}

void Measure(CsrGraph graph, string name, double baseline, string column, NodeMetricsOptions options)
{
    double cpu = CpuSeconds();
    ColumnPlan plan = NodeMetrics.Plan(graph, options)[column]!;
    double planning = CpuSeconds() - cpu;
    double estimated = plan.EstimatedTime.TotalSeconds;
    if (estimateOnly)
    {
        Console.WriteLine($"| {name} | {graph.NodeCount} | {graph.ArcCount} | {column} | {plan.Method} | {estimated:G3} | plan {planning:G3} | samples {plan.Samples} |");
        return;
    }

    GC.Collect();
    cpu = CpuSeconds();
    NodeMetricsTable table = NodeMetrics.Compute(graph, options);
    double measured = CpuSeconds() - cpu - planning - baseline;
    double wall = table.Timings.First(t => t.Key == column).Value;
    Console.WriteLine($"| {name} | {graph.NodeCount} | {graph.ArcCount} | {column} | {plan.Method} | {estimated:G3} | {measured:G3} | {wall:G3} | {estimated / measured:F2} |");
}

// The processor time of the whole process (every thread, the garbage collector's included), to the nanosecond.
static double CpuSeconds()
{
    _ = ClockGetTime(2, out TimeSpec t); // CLOCK_PROCESS_CPUTIME_ID
    return t.Seconds + (t.Nanoseconds * 1e-9);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out TimeSpec time);
}

static CsrGraph Grid(int width, int height)
{
    var builder = new CsrGraphBuilder(directed: false);
    for (int i = 0; i < width * height; i++)
    {
        builder.AddNode(i.ToString(CultureInfo.InvariantCulture));
    }

    for (int y = 0; y < height; y++)
    {
        for (int x = 0; x < width; x++)
        {
            int v = (y * width) + x;
            if (x + 1 < width)
            {
                builder.AddEdge(v, v + 1);
            }

            if (y + 1 < height)
            {
                builder.AddEdge(v, v + width);
            }
        }
    }

    return builder.Build();
}

static CsrGraph Star(int n)
{
    var builder = new CsrGraphBuilder(directed: false);
    for (int i = 0; i < n; i++)
    {
        builder.AddNode(i.ToString(CultureInfo.InvariantCulture));
    }

    for (int i = 1; i < n; i++)
    {
        builder.AddEdge(0, i);
    }

    return builder.Build();
}

static double[,] Blocks(int k, double inside, double between)
{
    var p = new double[k, k];
    for (int i = 0; i < k; i++)
    {
        for (int j = 0; j < k; j++)
        {
            p[i, j] = i == j ? inside : between;
        }
    }

    return p;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TimeSpec
{
    public long Seconds;
    public long Nanoseconds;
}
