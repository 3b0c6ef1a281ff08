using System.Globalization;
using System.Text;

namespace NetworkGraph.Internal;

/// <summary>Makes text from an input file safe to print inside an error message.</summary>
internal static class MessageText
{
    /// <summary>The most characters of one quoted value kept in a message.</summary>
    public const int MaxQuoted = 80;

    /// <summary>Escapes control characters (<c>\0</c>, <c>\t</c>, <c>\uXXXX</c>) and cuts every <c>'quoted'</c>
    /// value longer than <see cref="MaxQuoted"/> characters, adding how long it was. O(length).</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message, one printable line.</returns>
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sb = new StringBuilder(Math.Min(message.Length, 1024));
        int i = 0;
        while (i < message.Length)
        {
            char c = message[i];
            if (c == '\'' && (i == 0 || !char.IsLetterOrDigit(message[i - 1])))
            {
                int close = FindClosingQuote(message, i + 1);
                if (close > i + 1 + MaxQuoted)
                {
                    sb.Append('\'');
                    AppendEscaped(sb, message.AsSpan(i + 1, MaxQuoted));
                    sb.Append(CultureInfo.InvariantCulture, $"…' ({close - i - 1} characters)");
                    i = close + 1;
                    continue;
                }
            }

            AppendEscaped(sb, message.AsSpan(i, 1));
            i++;
        }

        return sb.ToString();
    }

    private static int FindClosingQuote(string message, int from)
    {
        for (int j = from; j < message.Length; j++)
        {
            if (message[j] == '\'' && (j + 1 == message.Length || !char.IsLetterOrDigit(message[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == '\0')
            {
                sb.Append("\\0");
            }
            else if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
