namespace NetworkGraph.Cli;

/// <summary>"Did you mean" for mistyped names: the closest candidate by edit distance (Levenshtein, 1966).</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="typed"/>, if it is within a third of its length (at least 1 edit, at most 3).</summary>
    /// <remarks>O(k·|typed|·|candidate|) for k candidates.</remarks>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        int limit = Math.Clamp(typed.TrimStart('-').Length / 3, 1, 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Distance(typed, candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
