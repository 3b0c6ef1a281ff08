using System.Globalization;
using System.Text;
using NetworkGraph.IO;

namespace NetworkGraph.Tests.IO;

/// <summary>The weight parser against <see cref="double.Parse(string, NumberStyles, IFormatProvider?)"/>, bit for bit.</summary>
public sealed class DecimalParserTests
{
    private const NumberStyles Float = NumberStyles.Float;

    [Theory]
    [InlineData(1, 500_000)]
    [InlineData(2, 500_000)]
    [InlineData(3, 500_000)]
    [InlineData(4, 500_000)]
    public void TryParse_RandomDecimals_SameBitsAsDoubleParse(int seed, int count)
    {
        // Four shapes a weight column takes, with both the fast path and the fallback well represented.
        var rng = new Random(seed);
        var sb = new StringBuilder();
        int fast = 0, mismatches = 0;
        string? firstMismatch = null;
        Span<byte> bytes = stackalloc byte[64];
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            switch (i % 4)
            {
                case 0: // survey exports: a few decimals
                    sb.Append(rng.Next(0, 1000)).Append('.').Append(rng.Next(0, 1_000_000).ToString("D" + rng.Next(1, 7), CultureInfo.InvariantCulture));
                    break;
                case 1: // scientific, short mantissa
                    sb.Append(rng.Next(1, 1000)).Append(rng.Next(2) == 0 ? 'e' : 'E').Append(rng.Next(2) == 0 ? "-" : "+").Append(rng.Next(0, 40));
                    break;
                case 2: // shortest round-trip text of any positive double in range: up to 17 digits
                    sb.Append(Math.Exp((rng.NextDouble() * 690) - 345).ToString("R", CultureInfo.InvariantCulture));
                    break;
                default: // random digit strings, up to 25 significant digits and exponents up to ±330
                    for (int d = rng.Next(1, 12); d > 0; d--)
                    {
                        sb.Append((char)('0' + rng.Next(10)));
                    }

                    if (rng.Next(2) == 0)
                    {
                        sb.Append('.');
                        for (int d = rng.Next(0, 14); d > 0; d--)
                        {
                            sb.Append((char)('0' + rng.Next(10)));
                        }
                    }

                    if (rng.Next(2) == 0)
                    {
                        sb.Append('e').Append(rng.Next(-330, 330));
                    }

                    break;
            }

            string text = sb.ToString();
            int length = Encoding.ASCII.GetBytes(text, bytes);
            double expected = double.Parse(text, Float, CultureInfo.InvariantCulture);
            if (DecimalParser.TryParseFast(bytes[..length], out _))
            {
                fast++;
            }

            bool ok = DecimalParser.TryParse(bytes[..length], out double actual);
            if (!ok || BitConverter.DoubleToInt64Bits(actual) != BitConverter.DoubleToInt64Bits(expected))
            {
                mismatches++;
                firstMismatch ??= $"'{text}': expected {expected:R}, parsed {actual:R} (ok: {ok})";
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} of {count} differ; first: {firstMismatch}");
        Assert.InRange(fast, count / 4, count - (count / 8)); // both paths exercised
    }

    [Theory]
    [InlineData("9007199254740993")] // 2^53 + 1: halfway between two doubles, ties to even
    [InlineData("9007199254740995")] // 2^53 + 3: halfway, rounds up to even
    [InlineData("9007199254740993.0000000000000000001")] // just above halfway: rounds up
    [InlineData("2.00000000000000011102230246251565404236316680908203125")] // 2 + half an ulp, exactly
    [InlineData("2.00000000000000011102230246251565404236316680908203126")] // a hair above
    [InlineData("2.00000000000000011102230246251565404236316680908203124")] // a hair below
    [InlineData("0.1")]
    [InlineData("0.30000000000000004")]
    [InlineData("3.141592653589793238462643383279502884197")]
    [InlineData("123456789012345")] // 15 digits: fast path
    [InlineData("1234567890123456")] // 16 digits: fallback
    [InlineData("12345678901234567890")]
    [InlineData("1e22")] // largest exact power of ten
    [InlineData("1e23")] // the first that is not
    [InlineData("1e-22")]
    [InlineData("1e-23")]
    [InlineData("8.9884656743115795e307")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("2.2250738585072014e-308")] // smallest normal
    [InlineData("2.2250738585072011e-308")] // largest subnormal
    [InlineData("4.9406564584124654e-324")] // smallest subnormal
    [InlineData("2.4703282292062327e-324")] // halfway to zero: rounds to even (zero)
    [InlineData("2.4703282292062328e-324")] // just above: the smallest subnormal
    [InlineData("0.000000000000000000000000000000000000000000001")]
    [InlineData("000000000000000000000000000000000012.5")]
    [InlineData("12.500000000000000000000000000000000000")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("+1.5")]
    [InlineData("1E+0005")]
    [InlineData("7e-0003")]
    public void TryParse_HardCases_SameBitsAsDoubleParse(string text)
    {
        double expected = double.Parse(text, Float, CultureInfo.InvariantCulture);
        Assert.True(DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out double actual));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("1_000")]
    [InlineData("--1")]
    public void TryParse_NotANumber_Refused(string text)
    {
        Assert.Equal(double.TryParse(text, Float, CultureInfo.InvariantCulture, out _), DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }
}
