using System.CommandLine;

namespace NetworkGraph.Cli.Commands;

/// <summary>What a command reads: a survey dataset (<c>DATASET_DIR</c>, a folder or a workbook) or an edge list
/// (<c>--edges FILE</c>, with <c>--directed</c>), shared by <c>analyze</c> and <c>export</c> with one description and
/// one check each.</summary>
/// <param name="edgesExample">The file of the help's <c>--edges</c> example.</param>
internal sealed class GraphSourceOptions(string edgesExample)
{
    private readonly Argument<string?> _dataset = new("DATASET_DIR")
    {
        Description = "The survey dataset: a folder of actors.csv, respondents.csv, answers.csv, partners.csv, or one Excel workbook (.xlsx) with these four sheets. Give it or --edges, not both.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _edges = new("--edges")
    {
        Description = "A plain edge list (one 'source target [weight]' per line; .gz accepted) instead of a dataset. Example: --edges " + edgesExample,
        HelpName = "FILE",
    };

    private readonly Option<bool> _directed = new("--directed")
    {
        Description = "Read the edge list as directed arcs. Default: undirected. --edges only.",
    };

    /// <summary>Adds the argument and both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(_dataset);
        command.Add(_edges);
        command.Add(_directed);
    }

    /// <summary>Gets the source asked for: exactly one of <paramref name="dataset"/> and <paramref name="edges"/> is set.</summary>
    /// <exception cref="UsageException">Both or neither are given, or <c>--directed</c> comes with a dataset.</exception>
    public void From(ParseResult result, out string? dataset, out string? edges, out bool directed)
    {
        dataset = result.GetValue(_dataset);
        edges = result.GetValue(_edges);
        directed = result.GetValue(_directed);
        if ((dataset is null) == (edges is null))
        {
            throw new UsageException(dataset is null
                ? "give a DATASET_DIR or --edges FILE"
                : "give either DATASET_DIR or --edges FILE, not both");
        }

        if (dataset is not null && directed)
        {
            throw new UsageException("--directed applies to --edges only: a dataset's layers have fixed directions");
        }
    }
}
