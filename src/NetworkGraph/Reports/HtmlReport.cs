using System.Globalization;
using System.Net;
using System.Text;

namespace NetworkGraph.Reports;

/// <summary>A small builder of self-contained HTML pages (no script, no external resource: opens offline).</summary>
internal sealed class HtmlReport
{
    private readonly StringBuilder _body = new();
    private readonly string _title;
    private readonly string _lang;

    public HtmlReport(string title, string lang = "en")
    {
        _title = title;
        _lang = lang;
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Format(double? value) => value is double v && double.IsFinite(v)
        ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture)
        : "–";

    public HtmlReport Heading(string text, int level = 2)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<h{level}>{Encode(text)}</h{level}>\n");
        return this;
    }

    public HtmlReport Paragraph(string text)
    {
        _body.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        _body.Append("<table>");
        if (caption is not null)
        {
            _body.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        }

        _body.Append("<thead><tr>");
        foreach (string h in header)
        {
            _body.Append("<th>").Append(Encode(h)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>\n");
        int count = 0;
        foreach (IReadOnlyList<string> row in rows)
        {
            _body.Append("<tr>");
            foreach (string cell in row)
            {
                _body.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>\n");
            count++;
        }

        if (count == 0)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{header.Count}\">{(_lang == "fr" ? "aucun" : "none")}</td></tr>\n");
        }

        _body.Append("</tbody></table>\n");
        return this;
    }

    public override string ToString() =>
        $$"""
        <!DOCTYPE html>
        <html lang="{{_lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(_title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; }
        th { background: #f3f3f3; }
        td:not(:first-child) { font-variant-numeric: tabular-nums; }
        </style>
        </head>
        <body>
        <h1>{{Encode(_title)}}</h1>
        {{_body}}
        </body>
        </html>
        """;
}
