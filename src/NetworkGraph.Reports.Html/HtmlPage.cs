using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Reports.Html;

/// <summary>Builds one self-contained page: inline style, inline script, no external resource of any kind.</summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Title)> _toc = [];
    private readonly string _title;
    private readonly ReportText _text;

    public HtmlPage(string title, ReportText text)
    {
        _title = title;
        _text = text;
    }

    public static CultureInfo Culture(ReportText text) =>
        CultureInfo.GetCultureInfo(text.Language == ReportLanguage.French ? "fr-FR" : "en-GB");

    /// <summary>The bundled map script, or null when the front end was not built (Node.js absent at build time).</summary>
    public static string? MapScript { get; } = LoadMapScript();

    private static string? LoadMapScript()
    {
        using Stream? stream = typeof(HtmlPage).Assembly.GetManifestResourceStream("NetworkGraph.Reports.Html.map.js");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    public string Format(double? value) => value is double v && double.IsFinite(v)
        ? Math.Round(v, 3).ToString("0.###", Culture(_text))
        : "–";

    public string Format(long value) => value.ToString("N0", Culture(_text));

    public HtmlPage Raw(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    public HtmlPage Section(string id, string title)
    {
        if (_toc.Count > 0)
        {
            _body.Append("</section>\n");
        }

        _toc.Add((id, title));
        _body.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{Encode(title)}</h2>\n");
        return this;
    }

    public HtmlPage Heading(string text, string? id = null)
    {
        _body.Append(id is null ? "<h3>" : $"<h3 id=\"{id}\">").Append(Encode(text)).Append("</h3>\n");
        return this;
    }

    public HtmlPage Paragraph(string text, string? cssClass = null)
    {
        _body.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public HtmlPage Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null, string? id = null, IEnumerable<string?>? rowAttributes = null)
    {
        _body.Append(id is null ? "<table>" : $"<table id=\"{id}\">");
        if (caption is not null)
        {
            _body.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        }

        _body.Append("<thead><tr>");
        foreach (string h in header)
        {
            _body.Append("<th scope=\"col\">").Append(Encode(h)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>\n");
        using IEnumerator<string?>? attrs = rowAttributes?.GetEnumerator();
        int count = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            string? attr = attrs is not null && attrs.MoveNext() ? attrs.Current : null;
            _body.Append(attr is null ? "<tr>" : $"<tr {attr}>");
            for (int i = 0; i < row.Count; i++)
            {
                _body.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(Encode(row[i])).Append(i == 0 ? "</th>" : "</td>");
            }

            _body.Append("</tr>\n");
            count++;
        }

        if (count == 0)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{header.Count}\">{Encode(_text.None)}</td></tr>\n");
        }

        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>A horizontal bar chart (server-rendered SVG) with its figures as a table next to it.</summary>
    /// <remarks><c>labelHeader</c> heads the table's first column: what the bars are (frequency, channel, partner…).</remarks>
    public HtmlPage Chart(string id, string caption, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueHeader, IReadOnlyList<string>? extraColumn = null, string? extraHeader = null, string? labelHeader = null)
    {
        const int barHeight = 18, gap = 6, labelWidth = 215, width = 470, maxLabel = 30;
        // Bars grow from zero; with a negative value (an E-I index) zero sits in the middle and bars grow either way.
        double max = values.Count == 0 ? 0 : values.Where(double.IsFinite).DefaultIfEmpty(0).Max(Math.Abs);
        bool diverging = values.Any(v => v < 0);
        double plot = width - labelWidth - 50;
        double zero = diverging ? labelWidth + 25 + (plot / 2) : labelWidth;
        double scale = max > 0 ? (diverging ? (plot / 2) - 25 : plot) / max : 0;
        int height = Math.Max(1, values.Count) * (barHeight + gap);
        var inv = CultureInfo.InvariantCulture;
        _body.Append(inv, $"<figure class=\"chart\" id=\"{id}\"><figcaption>{Encode(caption)}</figcaption><div class=\"chart-body\">");
        _body.Append(inv, $"<svg role=\"img\" aria-labelledby=\"{id}-t\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title id=\"{id}-t\">{Encode(caption)}</title>");
        for (int i = 0; i < values.Count; i++)
        {
            double v = double.IsFinite(values[i]) ? values[i] : 0;
            double w = Math.Abs(v) * scale;
            double x = v < 0 ? zero - w : zero;
            int y = i * (barHeight + gap);
            // The label column holds about 30 characters at 12 px; longer names are cut, whole in the tooltip and the table.
            string label = labels[i].Length > maxLabel ? labels[i][..(maxLabel - 1)].TrimEnd() + "…" : labels[i];
            string tip = label.Length == labels[i].Length ? string.Empty : $"<title>{Encode(labels[i])}</title>";
            _body.Append(inv, $"<text x=\"{labelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{tip}{Encode(label)}</text>");
            _body.Append(inv, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{barHeight}\" fill=\"#0072B2\"/>");
            _body.Append(v < 0
                ? string.Create(inv, $"<text x=\"{x - 4:0.#}\" y=\"{y + 13}\" text-anchor=\"end\">{Encode(Format(values[i]))}</text>")
                : string.Create(inv, $"<text x=\"{x + w + 4:0.#}\" y=\"{y + 13}\">{Encode(Format(values[i]))}</text>"));
        }

        if (diverging)
        {
            _body.Append(inv, $"<line x1=\"{zero:0.#}\" x2=\"{zero:0.#}\" y1=\"0\" y2=\"{height}\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
        }

        _body.Append("</svg>");
        var header = new List<string> { labelHeader ?? string.Empty, valueHeader };
        if (extraHeader is not null)
        {
            header.Add(extraHeader);
        }

        _body.Append("<table class=\"chart-table\"><thead><tr><th scope=\"col\">").Append(Encode(header[0])).Append("</th>");
        foreach (string h in header.Skip(1))
        {
            _body.Append("<th scope=\"col\">").Append(Encode(h)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        for (int i = 0; i < values.Count; i++)
        {
            _body.Append("<tr><th scope=\"row\">").Append(Encode(labels[i])).Append("</th><td>").Append(Encode(Format(values[i]))).Append("</td>");
            if (extraColumn is not null)
            {
                _body.Append("<td>").Append(Encode(extraColumn[i])).Append("</td>");
            }

            _body.Append("</tr>");
        }

        if (values.Count == 0)
        {
            _body.Append(inv, $"<tr><td colspan=\"{header.Count}\">{Encode(_text.None)}</td></tr>");
        }

        _body.Append("</tbody></table></div></figure>\n");
        return this;
    }

    /// <summary>The map's container and controls, its data as a JSON island, and the bundled script.</summary>
    public HtmlPage Map(Action<Utf8JsonWriter> writeData)
    {
        if (MapScript is null)
        {
            return Paragraph(_text.MapUnavailable, "note");
        }

        MapText m = MapText.For(_text.Language);
        _body.Append("<p class=\"explain no-print\">").Append(Encode(m.Keyboard)).Append("</p>");
        _body.Append("<div id=\"ng-map-controls\" class=\"no-print\"></div><div class=\"map-wrap\"><div id=\"ng-map\" tabindex=\"0\" aria-label=\"").Append(Encode(m.MapLabel)).Append("\"></div><aside id=\"ng-card\" hidden></aside></div>")
            .Append("<figure id=\"ng-map-figure\"><img id=\"ng-map-print\" alt=\"").Append(Encode(m.PrintAlt)).Append("\"><figcaption>").Append(Encode(m.PrintCaption)).Append("</figcaption></figure>\n");
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            writeData(json);
            json.WriteStartObject("text");
            json.WriteString("layer", _text.Layer);
            json.WriteString("sizeBy", _text.SizeBy);
            json.WriteString("search", _text.Search);
            json.WriteString("searchPlaceholder", _text.SearchPlaceholder);
            json.WriteString("showSuggestions", _text.ShowSuggestions);
            json.WriteString("settingLegend", _text.SettingLegend);
            json.WriteString("visibleTies", _text.VisibleTies);
            json.WriteString("zone", _text.Zone);
            json.WriteString("isolated", _text.IsolatedActor);
            json.WriteString("suggested", m.Suggested);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        // Utf8JsonWriter escapes <, > and & by default, so the island cannot close its script element.
        _body.Append("<script type=\"application/json\" id=\"ng-data\">").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append("</script>\n");
        return this;
    }

    public override string ToString()
    {
        var toc = new StringBuilder();
        foreach ((string id, string title) in _toc)
        {
            toc.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{Encode(title)}</a></li>");
        }

        string body = _body.ToString();
        bool hasMap = body.Contains("id=\"ng-data\"", StringComparison.Ordinal) || body.Contains("id=\"ng-compare-data\"", StringComparison.Ordinal);
        string script = MapScript is null || !hasMap
            ? string.Empty
            : "<script>" + MapScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "</script>";
        return $$"""
        <!DOCTYPE html>
        <html lang="{{_text.Language.ToCode()}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
        <link rel="icon" href="data:,">
        <title>{{Encode(_title)}}</title>
        <style>{{Style}}</style>
        </head>
        <body>
        <a class="skip" href="#main">{{Encode(_text.Contents)}}</a>
        <header><h1>{{Encode(_title)}}</h1>
        {{(_toc.Count > 1 ? $"<nav aria-label=\"{Encode(_text.Contents)}\"><h2>{Encode(_text.Contents)}</h2><ol>{toc}</ol></nav>" : string.Empty)}}
        </header>
        <main id="main">
        {{body}}{{(_toc.Count > 0 ? "</section>" : string.Empty)}}
        </main>
        {{script}}
        </body>
        </html>
        """;
    }

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 76rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.4; }
        a { color: #0057a0; } a:focus, button:focus, select:focus, input:focus, #ng-map:focus { outline: 3px solid #E69F00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .3rem; }
        nav ol { columns: 2; } .summary { background: #f1f6fb; border-left: 4px solid #0072B2; padding: .6rem 1rem; }
        table { border-collapse: collapse; margin: .4rem 0 1.2rem; } caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; } thead th { background: #f0f0f0; }
        td { font-variant-numeric: tabular-nums; } tbody th { font-weight: normal; }
        .chart { margin: 0 0 1.5rem; break-inside: avoid; } .chart figcaption { font-weight: 600; margin-bottom: .3rem; }
        .chart-body { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; } .chart svg text { font-size: 12px; fill: #1a1a1a; }
        .explain { color: #333; font-size: .95em; max-width: 60rem; } .note { font-style: italic; }
        .map-wrap { position: relative; } #ng-map { width: 100%; height: 600px; border: 1px solid #ccc; background: #fff; }
        #ng-card { position: absolute; top: .5rem; right: .5rem; max-width: 18rem; background: rgba(255,255,255,.95); border: 1px solid #999; padding: .4rem .6rem; font-size: .9em; }
        #ng-card.left { right: auto; left: .5rem; } #ng-card h4 { margin: 0 0 .2rem; } #ng-map-controls { margin: .5rem 0; } #ng-map-controls label, #ng-map-controls select, #ng-map-controls input { margin-right: .4rem; }
        #ng-legend { display: inline-block; border: 1px solid #ccc; margin: .4rem 0; } .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 50%; vertical-align: middle; }
        #ng-map-figure { display: none; } ul.roles { margin-top: 0; }
        @media print {
          @page { size: A4; margin: 15mm; }
          html, body { background: #fff; color: #000; }
          body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; } .no-print, .skip, #ng-map, #ng-card, .map-wrap { display: none !important; }
          #ng-map-figure { display: block; margin: 0; break-inside: avoid; } #ng-map-print { display: block; box-sizing: border-box; width: 100%; height: auto; border: 1px solid #999; }
          #ng-map-figure figcaption { font-size: 8.5pt; font-style: italic; margin-top: 2mm; }
          #questionnaire, #network, #gaps { break-before: page; } h2, h3, caption, figcaption, .explain { break-after: avoid; } p { orphans: 3; widows: 3; }
          table { break-inside: auto; max-width: 100%; } tr, .chart, .summary { break-inside: avoid; } thead { display: table-header-group; }
          th, td { padding: .1rem .3rem; } thead th { background: none; border-bottom: 1.5pt solid #000; } .summary { background: none; border-left: 3pt solid #000; }
          .chart-body { flex-wrap: nowrap; gap: 4mm; } .chart-body svg { flex: 0 0 55%; width: 55%; height: auto; } .chart-table { flex: 1 1 auto; font-size: 8.5pt; margin: 0; }
          nav ol { columns: 2; } a { color: inherit; text-decoration: none; } td, th { overflow-wrap: break-word; }
        }
        """;
}
