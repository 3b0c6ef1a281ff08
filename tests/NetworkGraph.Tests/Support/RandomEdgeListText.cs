using System.Globalization;
using System.Text;

namespace NetworkGraph.Tests.Support;

/// <summary>Random edge-list text with lines of every kind the format has: integer and other ids, node lines, blank
/// and comment lines (whole or trailing), self-loops, repeated ties, weights written several ways, spaces and tabs,
/// CRLF.</summary>
internal static class RandomEdgeListText
{
    private static readonly string[] Separators = [" ", "\t", "  ", " \t "];

    /// <summary>Writes <paramref name="lines"/> random lines.</summary>
    /// <param name="rng">The source of randomness.</param>
    /// <param name="lines">The number of lines.</param>
    /// <param name="words">Ids other than small integers, drawn for about one id in four.</param>
    /// <param name="integers">Small integer ids are drawn from [0, integers).</param>
    public static string Create(Random rng, int lines, IReadOnlyList<string> words, int integers)
    {
        var sb = new StringBuilder();
        string Id() => rng.Next(4) == 0 ? words[rng.Next(words.Count)] : rng.Next(integers).ToString(CultureInfo.InvariantCulture);
        for (int i = 0; i < lines; i++)
        {
            string sep = Separators[rng.Next(Separators.Length)];
            if (rng.Next(4) == 0)
            {
                sb.Append(sep);
            }

            switch (rng.Next(12))
            {
                case 0:
                    sb.Append("# comment ").Append(Id());
                    break;
                case 1:
                    break;
                case 2:
                    sb.Append(Id());
                    break;
                case 3:
                    string self = Id();
                    sb.Append(self).Append(sep).Append(self);
                    break;
                case < 8:
                    sb.Append(Id()).Append(sep).Append(Id());
                    break;
                default:
                    double w = rng.Next(3) == 0 ? 1 : (rng.Next(1, 100_000) / 1000.0) * Math.Pow(10, rng.Next(-3, 4));
                    sb.Append(Id()).Append(sep).Append(Id()).Append(sep).Append(w.ToString(rng.Next(3) == 0 ? "E4" : "R", CultureInfo.InvariantCulture));
                    break;
            }

            if (rng.Next(5) == 0)
            {
                sb.Append(sep).Append("#tail");
            }

            sb.Append(rng.Next(3) == 0 ? "\r\n" : "\n");
        }

        return sb.ToString();
    }
}
