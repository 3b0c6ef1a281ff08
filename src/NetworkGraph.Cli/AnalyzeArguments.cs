using System.Collections.Immutable;
using System.Globalization;
using NetworkGraph.Analysis;

namespace NetworkGraph.Cli;

/// <summary>The parsed arguments of <c>networkgraph analyze</c> (CONTRACT §3).</summary>
internal sealed record AnalyzeArguments
{
    public string? DatasetDirectory { get; init; }

    public string? EdgesFile { get; init; }

    public bool Directed { get; init; }

    public required string OutputDirectory { get; init; }

    public ImmutableArray<string> Metrics { get; init; } = MetricColumns.All;

    public string Language { get; init; } = "en";

    public double? ApproximateBetweenness { get; init; }

    public bool ExactBetweenness { get; init; }

    public int Threads { get; init; } = Environment.ProcessorCount;

    public int Seed { get; init; } = 42;

    public double? PageRankTolerance { get; init; }

    public bool Quiet { get; init; }

    /// <summary>The metric options these arguments ask for.</summary>
    public NodeMetricsOptions MetricsOptions(IProgress<MetricsProgress> progress) => new()
    {
        Columns = Metrics,
        ApproximateBetweennessEpsilon = ApproximateBetweenness,
        Seed = Seed,
        PageRankTolerance = PageRankTolerance,
        MaxDegreeOfParallelism = Threads,
        Progress = progress,
    };

    public const string Usage = """
        usage:
          networkgraph analyze DATASET_DIR --out OUT_DIR [--metrics LIST] [--lang en|fr]
          networkgraph analyze --edges FILE [--directed] --out OUT_DIR [--metrics LIST]
                               [--approx-betweenness EPS] [--exact-betweenness]
        common options: --threads N  --seed N  --quiet  --pagerank-tol TOL (NetworkX's tol, default 1e-6)
        metrics: degree,in_degree,out_degree,strength,betweenness,betweenness_weighted,closeness,
                 harmonic,eigenvector,pagerank,core,clustering,constraint,effective_size,community
        """;

    public static AnalyzeArguments Parse(IReadOnlyList<string> args)
    {
        string? dataset = null, edges = null, output = null, metrics = null, lang = null;
        bool directed = false, exact = false, quiet = false;
        double? approx = null;
        double? pagerankTolerance = null;
        int threads = Environment.ProcessorCount, seed = 42;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    throw new UsageException($"option {arg} needs a value");
                }

                return args[++i];
            }

            switch (arg)
            {
                case "--edges": edges = Value(); break;
                case "--out": output = Value(); break;
                case "--metrics": metrics = Value(); break;
                case "--lang": lang = Value(); break;
                case "--directed": directed = true; break;
                case "--exact-betweenness": exact = true; break;
                case "--quiet": quiet = true; break;
                case "--approx-betweenness":
                    {
                        string text = Value();
                        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double eps) || !(eps > 0 && eps < 1))
                        {
                            throw new UsageException($"--approx-betweenness takes an epsilon in (0, 1), e.g. 0.01; got '{text}'");
                        }

                        approx = eps;
                        break;
                    }

                case "--pagerank-tol":
                    {
                        string text = Value();
                        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsedTolerance) || !(parsedTolerance > 0 && parsedTolerance < 1))
                        {
                            throw new UsageException($"--pagerank-tol takes a tolerance in (0, 1), e.g. 1e-10; got '{text}'");
                        }

                        pagerankTolerance = parsedTolerance;

                        break;
                    }

                case "--threads": threads = PositiveInt(arg, Value()); break;
                case "--seed": seed = int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : throw new UsageException("--seed takes an integer"); break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new UsageException($"unknown option '{arg}'");
                    }

                    if (dataset is not null)
                    {
                        throw new UsageException($"unexpected argument '{arg}': give one DATASET_DIR");
                    }

                    dataset = arg;
                    break;
            }
        }

        if ((dataset is null) == (edges is null))
        {
            throw new UsageException("give either DATASET_DIR or --edges FILE");
        }

        if (output is null)
        {
            throw new UsageException("--out OUT_DIR is required");
        }

        if (lang is not null && lang is not ("en" or "fr"))
        {
            throw new UsageException($"--lang takes en or fr; got '{lang}'");
        }

        if (dataset is not null && directed)
        {
            throw new UsageException("--directed applies to --edges only: a dataset's layers have fixed directions");
        }

        ImmutableArray<string> columns;
        try
        {
            columns = MetricColumns.Parse(metrics);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--metrics: " + e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
        }

        return new AnalyzeArguments
        {
            DatasetDirectory = dataset,
            EdgesFile = edges,
            Directed = directed,
            OutputDirectory = output,
            Metrics = columns,
            Language = lang ?? "en",
            ApproximateBetweenness = approx,
            ExactBetweenness = exact,
            Threads = threads,
            Seed = seed,
            PageRankTolerance = pagerankTolerance,
            Quiet = quiet,
        };
    }

    private static int PositiveInt(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new UsageException($"{option} takes a positive integer; got '{text}'");
}
