using System.Globalization;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.Model;

namespace NetworkGraph.Reports.Html;

/// <summary>Writes <c>directory.html</c>, the directory of services ("répertoire") of a survey wave: one section per
/// setting, one table per kind, every actor once with every extra attribute of <c>actors.csv</c> (but the <c>person</c> flag) and the
/// partners it works with most per contact type.</summary>
/// <remarks>Self-contained and offline, in the style of <c>report.html</c>. A search box filters every table as one
/// types (ignoring case and accents) and a click on a column header sorts its table; both need no network. The print
/// stylesheet lays the directory out on A4, each setting starting a page, table headers repeated and no row split
/// across two pages. O(n · c) for n actors and c columns.</remarks>
public static class DirectoryHtmlWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="directory">The directory (pseudonymize the dataset first to publish it).</param>
    /// <param name="source">The dataset path, named in the title.</param>
    /// <param name="language">The language of every label and sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, ServiceDirectory directory, string source, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(source);
        ReportText t = ReportText.For(language);
        FollowUpText f = FollowUpText.For(language);
        CultureInfo culture = HtmlPage.Culture(t);
        var names = directory.Entries.ToDictionary(e => e.Actor.Id, e => e.Actor.Name, StringComparer.Ordinal);
        string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => names.GetValueOrDefault(id, id)));
        string title = f.DirectoryTitle + " — " + Path.GetFileName(Path.TrimEndingDirectorySeparator(source));
        var page = new HtmlPage(title, t);
        page.Raw(Style);
        page.Paragraph(f.DirectoryExplain, "explain");
        page.Raw($"<p class=\"no-print\"><label for=\"ng-dir-search\">{HtmlPage.Encode(f.DirectorySearch)}</label> <input type=\"search\" id=\"ng-dir-search\" placeholder=\"{HtmlPage.Encode(f.DirectorySearchPlaceholder)}\"> <span id=\"ng-dir-count\">{HtmlPage.Encode(string.Format(culture, f.DirectoryCount, directory.Entries.Length))}</span> · {HtmlPage.Encode(f.SortHint)}</p>");

        // The person flag only marks who is pseudonymized: directory.csv keeps it, the page leaves it out.
        string[] attributes = [.. directory.AttributeNames.Where(a => !string.Equals(a, "person", StringComparison.OrdinalIgnoreCase))];
        string[] header = [f.Name, t.Zone, .. attributes.Select(f.Attribute), f.SendsTo, f.ReceivesFrom, f.ExchangesWith];
        foreach (var setting in directory.Entries.GroupBy(e => e.Actor.Setting))
        {
            page.Section("setting-" + SettingKey(setting.Key), Capitalised(t.SettingNames[(int)setting.Key], culture));
            foreach (var kind in setting.GroupBy(e => e.Actor.Kind, StringComparer.Ordinal))
            {
                string kindKey = SettingKey(setting.Key) + "-" + Key(kind.Key);
                page.Table(
                    header,
                    kind.Select(e => (IReadOnlyList<string>)[
                        e.Actor.Name, e.Actor.Zone,
                        .. attributes.Select(a => e.Actor.Attributes.GetValueOrDefault(a, string.Empty)),
                        Names(e.TopSending), Names(e.TopReceiving), Names(e.TopExchange)]),
                    string.Format(culture, f.Kind, KindNames.Name(kind.Key, language)),
                    "kind-" + kindKey,
                    kind.Select(e => "data-actor=\"" + HtmlPage.Encode(e.Actor.Id) + "\""));
            }
        }

        page.Raw("<script>" + Script + "</script>");
        writer.Write(page.ToString());
    }

    private static string SettingKey(Setting setting) => setting.ToString().ToLowerInvariant();

    private static string Key(string kind)
    {
        var key = new StringBuilder(kind.Length);
        foreach (char c in kind)
        {
            key.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return key.Length == 0 ? "none" : key.ToString();
    }

    private static string Capitalised(string text, CultureInfo culture) => text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];

    private const string Style = """
        <style>
        #main table { width: 100%; } #main th[scope=col] { cursor: pointer; } #main th[aria-sort=ascending]::after { content: " ▲"; } #main th[aria-sort=descending]::after { content: " ▼"; }
        tr.ng-hidden { display: none; } #ng-dir-search { min-width: 18rem; }
        @media print {
          body { font-size: 8.5pt; } main > section + section { break-before: page; } #main table { break-inside: auto; } tr { break-inside: avoid; } thead { display: table-header-group; }
          #main th[scope=col]::after { content: none !important; } header nav { display: none; }
        }
        </style>
        """;

    // Search: hides the rows that do not contain every typed word (case and accents ignored); sort: click a header.
    private const string Script = """
        (function () {
          var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
          var rows = Array.prototype.slice.call(document.querySelectorAll('#main tbody tr'));
          rows.forEach(function (r) { r.dataset.text = fold(r.textContent); });
          var count = document.getElementById('ng-dir-count'), label = count.textContent, total = rows.length;
          document.getElementById('ng-dir-search').addEventListener('input', function (e) {
            var words = fold(e.target.value).split(/\s+/).filter(Boolean), shown = 0;
            rows.forEach(function (r) {
              var hit = words.every(function (w) { return r.dataset.text.indexOf(w) >= 0; });
              r.classList.toggle('ng-hidden', !hit); if (hit) { shown++; }
            });
            count.textContent = words.length ? label.replace(String(total), shown + ' / ' + total) : label;
          });
          Array.prototype.forEach.call(document.querySelectorAll('#main table'), function (table) {
            var heads = table.querySelectorAll('thead th');
            Array.prototype.forEach.call(heads, function (th, i) {
              th.tabIndex = 0;
              var sort = function () {
                var asc = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                var body = table.tBodies[0], list = Array.prototype.slice.call(body.rows);
                list.sort(function (a, b) {
                  var x = a.cells[i] ? a.cells[i].textContent : '', y = b.cells[i] ? b.cells[i].textContent : '';
                  return (asc ? 1 : -1) * x.localeCompare(y, document.documentElement.lang, { numeric: true, sensitivity: 'base' });
                });
                list.forEach(function (r) { body.appendChild(r); });
              };
              th.addEventListener('click', sort);
              th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
            });
          });
        })();
        """;
}
