using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace NetworkGraph.Service.Tests.FollowUp;

/// <summary>Datasets and helpers of the compare, directory and pseudonymization tests.</summary>
internal static class FollowUpKit
{
    public const string Secret = "zone6-follow-up-secret";

    /// <summary>The personal actors <see cref="AddPersons"/> adds: their ids, names and name parts.</summary>
    public static readonly string[] Personal = ["dr_lambert", "jm_dupont", "Lambert", "Dupont", "Jean-Marc"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Copies a committed dataset (<c>zone6</c> or <c>zone6-2017</c>) into <paramref name="to"/>.</summary>
    public static string CopyDataset(string name, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, name), "*.csv"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }

    /// <summary>Copies the CSV files of <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*.csv"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    /// <summary>Two persons: a GP who answered the survey and a coordinator flagged <c>person=true</c>, both named by
    /// partners; in the second wave CHSA starts exchanging with the GP (a gained tie, so compare names her).</summary>
    public static void AddPersons(string folder, bool secondWave)
    {
        File.AppendAllText(Path.Combine(folder, "actors.csv"),
            "dr_lambert,Dr Anne Lambert,gp,ambulatory,6,\"Dr Lambert;A. Lambert\",Verviers,,false\n" +
            "jm_dupont,Jean-Marc Dupont,coordinator,social,6,J-M Dupont,Verviers,,true\n");
        File.AppendAllText(Path.Combine(folder, "respondents.csv"), "R90,dr_lambert,médecin généraliste installée depuis peu,12,2015-09-30,2,3,3\n");
        File.AppendAllText(Path.Combine(folder, "answers.csv"),
            "R90,sending,regularly,phone,\nR90,receiving,occasionally,phone,\nR90,exchange,occasionally,phone,\n");
        File.AppendAllText(Path.Combine(folder, "partners.csv"),
            "R90,sending,CHR Verviers,,,\nR90,exchange,Jean-Marc Dupont,,,\nR01,sending,Dr Lambert,,,\nR02,exchange,J-M Dupont,,,\n" +
            (secondWave ? "R03,exchange,A. Lambert,,,\n" : string.Empty));
    }

    /// <summary>Uploads the CSV files of a folder as one zip under <paramref name="id"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(RunningService service, string id, string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string file in Directory.GetFiles(folder, "*.csv"))
            {
                using Stream entry = zip.CreateEntry(Path.GetFileName(file)).Open();
                entry.Write(File.ReadAllBytes(file));
            }
        }

        using var multipart = new MultipartFormDataContent { { new StringContent(id), "id" } };
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        multipart.Add(content, "file", id + ".zip");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = multipart };
        post.Headers.Add("X-Api-Key", RunningService.Key);
        return await service.Client.SendAsync(post, Ct);
    }

    /// <summary>Uploads and checks the answer is 201.</summary>
    public static async Task UploadOkAsync(RunningService service, string id, string folder)
    {
        HttpResponseMessage answer = await UploadAsync(service, id, folder);
        Assert.True(answer.StatusCode == HttpStatusCode.Created, $"upload of {id}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>The records of an RFC 4180 CSV text (quoted fields, doubled quotes, LF or CRLF).</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }

    /// <summary>The text as a reader sees it: HTML entities, percent-escapes and JSON \u escapes decoded.</summary>
    public static string Readable(string text) =>
        Regex.Replace(WebUtility.HtmlDecode(text), @"\\u([0-9A-Fa-f]{4})", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    /// <summary>Whether <paramref name="value"/> occurs in <paramref name="text"/> as a whole word, ignoring case.</summary>
    public static bool Contains(string text, string value) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}_])" + Regex.Escape(value) + @"(?![\p{L}\p{N}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
