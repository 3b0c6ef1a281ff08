using System.Globalization;
using System.Runtime.CompilerServices;

namespace NetworkGraph.IO;

/// <summary>Parses the decimal numbers of text files (edge weights) from their UTF-8 bytes, giving exactly the
/// double <see cref="double.Parse(string, NumberStyles, IFormatProvider?)"/> gives in invariant culture.</summary>
/// <remarks><para>Short decimals (at most 15 significant digits, power of ten at most 22 in magnitude: <c>0.734</c>,
/// <c>2</c>, <c>1e-3</c>, <c>12.5E+4</c>) take Clinger's exact fast path, a few nanoseconds; anything else is
/// left to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>, which
/// rounds correctly in every case. Thread-safe.</para>
/// <para>Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990, 92–101.
/// <see href="https://doi.org/10.1145/93542.93557"/></para></remarks>
internal static class DecimalParser
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a number in invariant culture (<see cref="NumberStyles.Float"/>).</summary>
    /// <param name="s">The number's bytes.</param>
    /// <param name="value">The correctly rounded value (it may be infinite, NaN or subnormal: the caller checks the range).</param>
    /// <returns>Whether <paramref name="s"/> is a number.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse(ReadOnlySpan<byte> s, out double value)
        => TryParseFast(s, out value) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Clinger's fast path (Clinger 1990, "How to read floating point numbers accurately"): a decimal
    /// <c>digits[.digits][e[±]digits]</c> whose significand fits in 53 bits and whose power of ten is at most 22 in
    /// magnitude is the correctly rounded quotient or product of two exact doubles. Anything else (more digits, a
    /// larger exponent, another syntax) returns false and is left to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>,
    /// so the result is always the one <c>double.Parse</c> gives.</summary>
    /// <param name="s">The number's bytes (ASCII).</param>
    /// <param name="value">The correctly rounded value, when the fast path applies.</param>
    /// <returns>Whether the fast path applied.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseFast(ReadOnlySpan<byte> s, out double value)
    {
        unchecked
        {
            value = 0;
            int i = 0;
            ulong mantissa = 0;
            int digits = 0;
            int scale = 0;
            bool any = false;
            while (i < s.Length && (uint)(s[i] - '0') <= 9)
            {
                if (mantissa != 0 || s[i] != '0')
                {
                    mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                    digits++;
                }

                any = true;
                i++;
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && (uint)(s[i] - '0') <= 9)
                {
                    if (mantissa != 0 || s[i] != '0')
                    {
                        mantissa = (mantissa * 10) + (uint)(s[i] - '0');
                        digits++;
                    }

                    scale--;
                    any = true;
                    i++;
                }
            }

            if (!any || digits > 15)
            {
                return false;
            }

            if (i < s.Length && (s[i] | 0x20) == 'e')
            {
                i++;
                bool negative = false;
                if (i < s.Length && (s[i] == '-' || s[i] == '+'))
                {
                    negative = s[i] == '-';
                    i++;
                }

                int exponent = 0;
                int start = i;
                while (i < s.Length && (uint)(s[i] - '0') <= 9 && i - start < 4)
                {
                    exponent = (exponent * 10) + (s[i] - '0');
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                scale += negative ? -exponent : exponent;
            }

            if (i != s.Length || scale < -22 || scale > 22)
            {
                return false;
            }

            double m = mantissa;
            value = scale < 0 ? m / PowersOfTen[-scale] : m * PowersOfTen[scale];
            return true;
        }
    }
}
