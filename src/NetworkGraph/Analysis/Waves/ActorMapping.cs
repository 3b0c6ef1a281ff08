using System.Collections.Immutable;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Waves;

/// <summary>How actor ids of a first wave translate to a second wave: renamed actors (one old id, one new id) and merged
/// actors (several old ids, one new id). Ids not listed are unchanged.</summary>
/// <remarks>Read from a CSV file with header <c>from,to</c> (comma or semicolon). <threadsafety static="true" instance="true"/></remarks>
public sealed class ActorMapping
{
    private readonly ImmutableDictionary<string, string> _map;

    /// <summary>Creates a mapping.</summary>
    /// <param name="pairs">Old id → new id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    public ActorMapping(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _map = pairs.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the pairs old id → new id.</summary>
    public ImmutableDictionary<string, string> Pairs => _map;

    /// <summary>Translates a first-wave id.</summary>
    /// <param name="id">The first-wave id.</param>
    /// <returns>The second-wave id.</returns>
    public string Map(string id) => _map.TryGetValue(id, out string? to) ? to : id;

    /// <summary>Reads a mapping file (<c>from,to</c> header, one pair per line).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SurveyFormatException">A line is malformed, an id is empty or an old id is listed twice (file, line and column named).</exception>
    public static ActorMapping Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string file = Path.GetFileName(path);
        string[] lines = File.ReadAllLines(path);
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines.Length == 0)
        {
            throw Error(1, 1, "empty file: expected the header from,to");
        }

        char delimiter = lines[0].Contains(';', StringComparison.Ordinal) && !lines[0].Contains(',', StringComparison.Ordinal) ? ';' : ',';
        string[] header = lines[0].TrimStart('\uFEFF').Split(delimiter);
        if (header.Length != 2 || header[0].Trim() != "from" || header[1].Trim() != "to")
        {
            throw Error(1, 1, "expected the header from,to");
        }

        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            string[] cells = lines[i].Split(delimiter);
            if (cells.Length != 2)
            {
                throw Error(i + 1, 1, $"expected 2 cells, found {cells.Length}");
            }

            string from = cells[0].Trim();
            string to = cells[1].Trim();
            if (from.Length == 0 || to.Length == 0)
            {
                throw Error(i + 1, from.Length == 0 ? 1 : 2, "empty actor id");
            }

            if (!pairs.TryAdd(from, to))
            {
                throw Error(i + 1, 1, $"actor '{from}' is mapped twice");
            }
        }

        return new ActorMapping(pairs);

        SurveyFormatException Error(int line, int column, string message) =>
            new([new IngestionIssue(file, line, column, message)]);
    }
}
