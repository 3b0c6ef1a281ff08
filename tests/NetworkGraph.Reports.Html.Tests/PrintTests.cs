using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;

namespace NetworkGraph.Reports.Html.Tests;

/// <summary>Prints report.html, compare.html and directory.html of data/zone6 to PDF in Debian's chromium and checks
/// what comes out of the printer: A4 pages, a sane number of them, the maps as non-blank pictures, nothing wider than
/// the printable area, no dark background, every actor of the directory once. The PDFs and screenshots of the print
/// layout go to <c>screenshots/</c> in the test output folder.</summary>
public sealed partial class PrintTests
{
    // A4 in PostScript points (210 × 297 mm); Chromium writes 595.92 × 842.88.
    private const double A4Width = 595.28, A4Height = 841.89, Tolerance = 2;

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void Report_PrintsOnA4_WithTheMapAsAPictureOfItsView(ReportLanguage language)
    {
        BrowserTests.SkipWithoutBrowser();
        Assert.SkipWhen(HtmlPage.MapScript is null, "the front end was not built (Node.js absent)");
        (JsonElement r, Pdf pdf) = Print("report.html", Zone6.Html(language), $"print-report-{language.ToCode()}");

        AssertCleanPrint(r, pdf, minPages: 4, maxPages: 30);
        JsonElement image = Assert.Single(r.GetProperty("images").EnumerateArray());
        AssertPicture(image);
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void ComparePage_PrintsOnA4_WithBothMapsAsPictures(ReportLanguage language)
    {
        BrowserTests.SkipWithoutBrowser();
        Assert.SkipWhen(HtmlPage.MapScript is null, "the front end was not built (Node.js absent)");
        (JsonElement r, Pdf pdf) = Print("compare.html", CompareHtml(language, null), $"print-compare-{language.ToCode()}");

        AssertCleanPrint(r, pdf, minPages: 2, maxPages: 15);
        JsonElement[] images = [.. r.GetProperty("images").EnumerateArray()];
        Assert.Equal(["ng-cmp-print-a", "ng-cmp-print-b"], images.Select(i => i.GetProperty("id").GetString()));
        foreach (JsonElement image in images)
        {
            AssertPicture(image);
        }
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.French)]
    public void DirectoryPage_PrintsOnA4_WithEveryActorOnce(ReportLanguage language)
    {
        BrowserTests.SkipWithoutBrowser();
        ServiceDirectory directory = ServiceDirectory.Build(Zone6.Analysis.Network);
        using var writer = new StringWriter();
        DirectoryHtmlWriter.Write(writer, directory, "zone6", language);
        (JsonElement r, Pdf pdf) = Print("directory.html", writer.ToString(), $"print-directory-{language.ToCode()}");

        AssertCleanPrint(r, pdf, minPages: 2, maxPages: directory.Entries.Length / 2);
        string[] shown = [.. r.GetProperty("actorRowsShown").EnumerateArray().Select(x => x.GetString()!)];
        Assert.Equal(directory.Entries.Select(e => e.Actor.Id).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    internal static string CompareHtml(ReportLanguage language, ActorMapping? mapping)
    {
        DatasetAnalysis b = DatasetAnalysis.Analyze(DatasetInput.Read(Path.Combine(Zone6.Root, "data", "zone6-2017")));
        WaveComparison comparison = WaveComparer.Compare(Zone6.Analysis, b, new WaveComparisonOptions { Permutations = 19, Mapping = mapping });
        using var writer = new StringWriter();
        CompareHtmlWriter.Write(writer, comparison, Zone6.Analysis, b, language, mapping);
        return writer.ToString();
    }

    private static void AssertCleanPrint(JsonElement r, Pdf pdf, int minPages, int maxPages)
    {
        Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
        Assert.Empty(r.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(r.GetProperty("requests").EnumerateArray());
        Assert.InRange(pdf.Pages.Count, minPages, maxPages);
        Assert.All(pdf.Pages, p =>
        {
            Assert.InRange(p.Width, A4Width - Tolerance, A4Width + Tolerance);
            Assert.InRange(p.Height, A4Height - Tolerance, A4Height + Tolerance);
        });
        int printable = r.GetProperty("printableWidth").GetInt32();
        Assert.Empty(r.GetProperty("overflowing").EnumerateArray());
        Assert.InRange(r.GetProperty("scrollWidth").GetInt32(), 0, printable + 1);
        Assert.Empty(r.GetProperty("darkBackgrounds").EnumerateArray());
    }

    private static void AssertPicture(JsonElement image)
    {
        string id = image.GetProperty("id").GetString()!;
        Assert.True(image.GetProperty("shown").GetBoolean(), id + " is shown in print");
        Assert.True(image.GetProperty("naturalWidth").GetInt32() > 200, id + " holds a picture");
        // Actors and ties cover a few percent of the picture; a blank or failed capture is all white.
        Assert.True(image.GetProperty("nonWhite").GetDouble() > 0.01, id + " is not blank");
        Assert.True(image.GetProperty("coloured").GetDouble() > 0.0005, id + " shows colours (settings, ties gained or lost)");
    }

    private static (JsonElement Result, Pdf Pdf) Print(string name, string html, string stem)
    {
        string dir = Path.Combine(Path.GetTempPath(), "ng-print-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, name);
            File.WriteAllText(file, html);
            string shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(shots);
            string pdfPath = Path.Combine(shots, stem + ".pdf");
            JsonElement r = BrowserTests.RunNode([Path.Combine(AppContext.BaseDirectory, "browser", "check-print.mjs"), file, pdfPath, Path.Combine(shots, stem + ".png"), BrowserTests.Frontend]);
            Assert.False(r.TryGetProperty("error", out JsonElement error), error.ToString());
            return (r, Pdf.Read(pdfPath));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The pages of a PDF as Chromium (Skia) writes it: one uncompressed page dictionary per page with its
    /// MediaBox.</summary>
    internal sealed record Pdf(IReadOnlyList<(double Width, double Height)> Pages)
    {
        public static Pdf Read(string path)
        {
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
            string text = Encoding.Latin1.GetString(bytes);
            int pages = PageRegex().Count(text);
            var boxes = MediaBoxRegex().Matches(text)
                .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
                .ToList();
            Assert.Equal(pages, boxes.Count);
            return new Pdf(boxes);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageRegex();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBoxRegex();
}
