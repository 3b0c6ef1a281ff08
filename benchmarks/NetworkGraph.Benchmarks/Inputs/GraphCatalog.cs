using NetworkGraph.Generators;
using NetworkGraph.Graphs;

namespace NetworkGraph.Benchmarks.Inputs;

/// <summary>
/// The named benchmark graphs (those of <c>benchmarks/README.md</c>), each a
/// seeded generator call, so that BenchmarkDotNet runs, the comparison script and peers see the same graph.
/// </summary>
internal static class GraphCatalog
{
    /// <summary>Seed of every catalogue graph.</summary>
    public const int Seed = 42;

    /// <summary>Graph500 R-MAT quadrant probabilities.</summary>
    public const double RmatA = 0.57, RmatB = 0.19, RmatC = 0.19;

    /// <summary>Graph500 edge factor (edges drawn per node).</summary>
    public const int RmatEdgeFactor = 16;

    /// <summary>The names <see cref="Create"/> accepts, besides the parametric forms.</summary>
    public static readonly string[] Names =
        ["ba_1k", "ba_10k", "ba_100k", "ba_1m", "sbm_5k", "sbm_50k", "rmat_14", "rmat_16", "rmat_18", "rmat_20"];

    /// <summary>
    /// Creates a graph by name: <c>ba_10k</c>-style (n = 1k/10k/100k/1m, m = 5), <c>sbm_5k</c>-style ("sectors":
    /// 5 equal blocks, directed, p = 0.01·(5 000/n) inside and 0.0005·(5 000/n) between, weights 1–3),
    /// <c>rmat_S</c> (scale S, edge factor 16, Graph500 a, b, c, directed), or the parametric
    /// <c>ba:N:M</c>, <c>er:N:P[:directed]</c>, <c>rmat:S:EF[:undirected]</c>, <c>sbm:N:PIN:POUT[:W]</c>.
    /// </summary>
    public static CsrGraph Create(string name, int seed = Seed)
    {
        string[] parts = name.Split(':');
        if (parts.Length > 1)
        {
            return parts[0] switch
            {
                "ba" => GraphGenerators.BarabasiAlbert(ParseInt(parts[1]), ParseInt(parts[2]), seed),
                "er" => GraphGenerators.ErdosRenyi(ParseInt(parts[1]), ParseDouble(parts[2]), parts.Length > 3 && parts[3] == "directed", seed),
                "rmat" => GraphGenerators.Rmat(ParseInt(parts[1]), ParseInt(parts[2]), RmatA, RmatB, RmatC, seed, !(parts.Length > 3 && parts[3] == "undirected")),
                "sbm" => Sectors(ParseInt(parts[1]), ParseDouble(parts[2]), ParseDouble(parts[3]), parts.Length > 4 ? ParseInt(parts[4]) : 1, seed),
                _ => throw new ArgumentException($"Unknown graph family '{parts[0]}' in '{name}'.", nameof(name)),
            };
        }

        if (name.StartsWith("ba_", StringComparison.Ordinal))
        {
            return GraphGenerators.BarabasiAlbert(ParseSize(name[3..]), 5, seed);
        }

        if (name.StartsWith("sbm_", StringComparison.Ordinal))
        {
            int n = ParseSize(name[4..]);
            double scale = 5_000.0 / n;
            return Sectors(n, 0.01 * scale, 0.0005 * scale, 3, seed);
        }

        if (name.StartsWith("rmat_", StringComparison.Ordinal))
        {
            return GraphGenerators.Rmat(ParseInt(name[5..]), RmatEdgeFactor, RmatA, RmatB, RmatC, seed);
        }

        throw new ArgumentException($"Unknown graph '{name}'; known: {string.Join(", ", Names)} or ba:N:M, er:N:P[:directed], rmat:S:EF[:undirected], sbm:N:PIN:POUT[:W].", nameof(name));
    }

    /// <summary>A directed 5-block SBM ("sectors") with n/5 nodes per block.</summary>
    public static CsrGraph Sectors(int n, double inside, double between, int maxWeight, int seed)
    {
        const int k = 5;
        int[] sizes = new int[k];
        for (int b = 0; b < k; b++)
        {
            sizes[b] = (n / k) + (b < n % k ? 1 : 0);
        }

        double[,] p = new double[k, k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                p[a, b] = a == b ? inside : between;
            }
        }

        return GraphGenerators.StochasticBlockModel(sizes, p, directed: true, seed, maxWeight);
    }

    private static int ParseSize(string text) => text.EndsWith('m')
        ? ParseInt(text[..^1]) * 1_000_000
        : text.EndsWith('k') ? ParseInt(text[..^1]) * 1_000 : ParseInt(text);

    private static int ParseInt(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static double ParseDouble(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
