#:project ../../src/NetworkGraph/NetworkGraph.csproj
#:property TieredPGO=true
// Loads an edge list once and prints the wall time of each stage; run under /usr/bin/time -v for peak RSS:
//   dotnet build -c Release benchmarks/edgelist-load/LoadEdgeList.cs, then /usr/bin/time -v on the built executable -- /tmp/rmat20.txt [--directed] [--snapshot out.ngs]
using System.Diagnostics;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

string path = args[0];
bool directed = args.Contains("--directed");
int snap = Array.IndexOf(args, "--snapshot");
var clock = Stopwatch.StartNew();
EdgeListReadResult result = EdgeListReader.ReadWithStatistics(path, new EdgeListOptions { Directed = directed });
double load = clock.Elapsed.TotalSeconds;
CsrGraph g = result.Graph;
long csrBytes = (4L * (g.NodeCount + 1) + (4L + (g.IsWeighted ? 8 : 0)) * g.ArcCount) * (g.IsDirected ? 2 : 1);
Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, {result.Lines:N0} lines, {result.SelfLoops:N0} self-loops, {result.RepeatedEdges:N0} repeats");
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
