using System.Globalization;
using System.Text.RegularExpressions;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>The server-rendered bar charts: bars inside the picture, negative values (an E-I index) drawn to the left of
/// a zero line, long labels cut but whole in the tooltip.</summary>
public sealed partial class ChartTests
{
    [Fact]
    public void NegativeValues_AreDrawnLeftOfTheZeroLine_AndPositiveOnesRightOfIt()
    {
        var page = new HtmlPage("t", ReportText.For(ReportLanguage.English));
        page.Chart("ei", "E-I", ["keeps to itself", "half and half", "works outward"], [-0.5, 0.25, 1], "E-I");
        string html = page.ToString();

        (double X, double W)[] bars = [.. RectRegex().Matches(html).Select(m => (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)))];
        Match line = ZeroLineRegex().Match(html);
        Assert.True(line.Success, "a diverging chart draws its zero line");
        double zero = Parse(line.Groups[1].Value);
        Assert.Equal(3, bars.Length);
        Assert.All(bars, b => Assert.True(b.W >= 0 && b.X >= 0, $"bar at {b.X} of width {b.W} lies inside the picture"));
        Assert.Equal(zero, bars[0].X + bars[0].W, 0.11);
        Assert.Equal(zero, bars[1].X, 0.11);
        Assert.Equal(zero, bars[2].X, 0.11);
        // Lengths are proportional to the values: |−0.5| is half of 1, 0.25 a quarter.
        Assert.Equal(bars[2].W / 2, bars[0].W, 0.2);
        Assert.Equal(bars[2].W / 4, bars[1].W, 0.2);
    }

    [Fact]
    public void PositiveValues_GrowFromTheLabelColumn_WithNoZeroLine()
    {
        var page = new HtmlPage("t", ReportText.For(ReportLanguage.French));
        string name = "Centre Hospitalier Régional de Verviers site La Tourelle";
        page.Chart("top", "Top", [name, "CPAS"], [8, 4], "n");
        string html = page.ToString();

        Assert.DoesNotMatch(ZeroLineRegex(), html);
        (double X, double W)[] bars = [.. RectRegex().Matches(html).Select(m => (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)))];
        Assert.Equal(bars[0].X, bars[1].X);
        Assert.Equal(bars[0].W / 2, bars[1].W, 0.2);
        Assert.Contains("<title>" + HtmlPage.Encode(name) + "</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + HtmlPage.Encode(name) + "</text>", html, StringComparison.Ordinal);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex("<rect x=\"([-0-9.]+)\" y=\"[0-9]+\" width=\"([-0-9.]+)\"")]
    private static partial Regex RectRegex();

    [GeneratedRegex("<line x1=\"([-0-9.]+)\"")]
    private static partial Regex ZeroLineRegex();
}
