namespace NetworkGraph.Analysis;

/// <summary>Where a graph came from and what loading it cost (reported in <c>report.json</c>).</summary>
/// <param name="Path">The input file as given by the user.</param>
/// <param name="LoadSeconds">Wall-clock seconds spent reading the file and building the graph.</param>
/// <param name="SelfLoopsDropped">Self-loops found in the input and dropped.</param>
public sealed record GraphInput(string Path, double LoadSeconds, long SelfLoopsDropped = 0);
