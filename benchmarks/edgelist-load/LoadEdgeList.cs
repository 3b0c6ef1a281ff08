#:project ../../src/NetworkGraph/NetworkGraph.csproj
#:property TieredPGO=true
// Loads an edge list and prints the wall time of the whole load (parse, id interning, CSR build) and its MB/s;
// run under /usr/bin/time -v for peak RSS:
//   dotnet build -c Release benchmarks/edgelist-load/LoadEdgeList.cs, then /usr/bin/time -v on the built executable -- /tmp/rmat20.txt [--directed] [--threads N] [--repeat 3] [--snapshot out.ngs]
// With --repeat N the file is loaded N times and the median is printed too.
using System.Diagnostics;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

string path = args[0];
bool directed = args.Contains("--directed");
int snap = Array.IndexOf(args, "--snapshot");
int repeatAt = Array.IndexOf(args, "--repeat");
int threadsAt = Array.IndexOf(args, "--threads");
int threads = threadsAt >= 0 ? int.Parse(args[threadsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : -1;
int repeat = repeatAt >= 0 ? int.Parse(args[repeatAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;
var times = new List<double>();
EdgeListReadResult result = null!;
var clock = new Stopwatch();
for (int r = 0; r < repeat; r++)
{
    result = null!;
    GC.Collect();
    clock.Restart();
    result = EdgeListReader.ReadWithStatistics(path, new EdgeListOptions { Directed = directed, MaxDegreeOfParallelism = threads });
    times.Add(clock.Elapsed.TotalSeconds);
}

double load = times[^1];
times.Sort();
double megabytes = new FileInfo(path).Length / 1e6;
CsrGraph g = result.Graph;
long csrBytes = (4L * (g.NodeCount + 1) + (4L + (g.IsWeighted ? 8 : 0)) * g.ArcCount) * (g.IsDirected ? 2 : 1);
Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, {result.Lines:N0} lines, {result.SelfLoops:N0} self-loops, {result.RepeatedEdges:N0} repeats");
Console.WriteLine($"loads: {string.Join(" ", times.Select(t => t.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))} s; median {times[times.Count / 2]:F3} s = {megabytes / times[times.Count / 2]:F0} MB/s");
Console.WriteLine($"{g}: load {load:F2} s, CSR arrays {csrBytes / 1e6:F0} MB ({(double)csrBytes / g.EdgeCount:F1} bytes/edge), managed heap {GC.GetTotalMemory(false) / 1e6:F0} MB");
if (snap >= 0)
{
    clock.Restart();
    GraphSnapshot.Save(g, args[snap + 1]);
    double save = clock.Elapsed.TotalSeconds;
    clock.Restart();
    CsrGraph h = GraphSnapshot.Load(args[snap + 1]);
    Console.WriteLine($"snapshot: save {save:F2} s, load {clock.Elapsed.TotalSeconds:F2} s, {new FileInfo(args[snap + 1]).Length:N0} bytes, {h}");
}
