using System.Text;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>The valid seeds the service targets mutate: the zone 6 survey, its archives, a workbook, hostile archives.</summary>
internal static class FuzzInputs
{
    public static readonly string[] Tables = ["actors.csv", "respondents.csv", "answers.csv", "partners.csv"];

    private static readonly Lazy<byte[][]> Zone6 = new(() => [.. Tables.Select(t => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "zone6", t)))]);

    private static readonly Lazy<byte[]> TemplateWorkbook = new(() =>
    {
        string folder = Path.Combine(Path.GetTempPath(), "ng-fuzz-template-" + Guid.NewGuid().ToString("N"));
        try
        {
            return File.ReadAllBytes(SurveyTemplate.Write(folder, "fr", SurveyTemplateFormat.Xlsx)[0]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    private static readonly Lazy<byte[]> Bomb = new(() => RawZip.DeflatedZeros(Limits.MaxZipUncompressedBytes + (1 << 20)));

    private static readonly Lazy<(string Name, byte[] Zip)[]> ZipSeeds = new(() => BuildZipSeeds());

    /// <summary>The four tables of the committed zone 6 survey, in <see cref="Tables"/> order.</summary>
    public static byte[][] Zone6Tables => [.. Zone6.Value.Select(t => (byte[])t.Clone())];

    /// <summary>The survey template as an Excel workbook (a valid wave with no tie).</summary>
    public static byte[] Workbook => TemplateWorkbook.Value;

    /// <summary>The zone 6 survey as a plain zip archive.</summary>
    public static byte[] Zone6Zip(byte[][]? tables = null, string folder = "")
    {
        tables ??= Zone6.Value;
        return RawZip.Build(Tables.Select((t, i) => new RawZipEntry(folder + t, tables[i])));
    }

    /// <summary>The archive seeds: valid ones, and one of each hostile kind the inbox and the upload must refuse or survive.</summary>
    public static IReadOnlyList<(string Name, byte[] Zip)> Zips => ZipSeeds.Value;

    /// <summary>The committed crashers of a corpus folder (<c>zip</c>, <c>multipart</c>), by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Corpus(string kind) =>
        Directory.Exists(FuzzRun.Corpus(kind))
            ? [.. Directory.GetFiles(FuzzRun.Corpus(kind)).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))]
            : [];

    private static (string, byte[])[] BuildZipSeeds()
    {
        byte[][] t = Zone6.Value;
        RawZipEntry[] Plain() => [.. Tables.Select((name, i) => new RawZipEntry(name, t[i]))];
        byte[] escaped = "id,name\nx,y\n"u8.ToArray();
        var seeds = new List<(string, byte[])>
        {
            ("zone6", Zone6Zip()),
            ("zone6-stored-in-folder", RawZip.Build([new RawZipEntry("zone6/", []) { Method = 0, ExternalAttributes = 0x41ED0010 }, .. Tables.Select((name, i) => new RawZipEntry("zone6/" + name, t[i]) { Method = 0 })])),
            ("zone6-zip64", RawZip.Build(Tables.Select((name, i) => new RawZipEntry(name, t[i]) { Zip64 = true }), zip64End: true)),
            ("workbook", RawZip.Build([new RawZipEntry("wave.xlsx", Workbook)])),
            ("slip-parent", RawZip.Build([.. Plain(), new RawZipEntry($"../{ServiceContract.EscapeMarker}.csv", escaped)])),
            ("slip-deep", RawZip.Build([.. Plain(), new RawZipEntry($"a/../../../{ServiceContract.EscapeMarker}.csv", escaped)])),
            ("slip-backslash", RawZip.Build([.. Plain(), new RawZipEntry($"..\\..\\{ServiceContract.EscapeMarker}.csv", escaped)])),
            ("slip-absolute", RawZip.Build([.. Plain(), new RawZipEntry($"/tmp/{ServiceContract.EscapeMarker}.csv", escaped)])),
            ("slip-drive", RawZip.Build([.. Plain(), new RawZipEntry($"C:{ServiceContract.EscapeMarker}.csv", escaped)])),
            ("bomb-deflate", RawZip.Build([new RawZipEntry("actors.csv", []) { Compressed = Bomb.Value, RealSize = Limits.MaxZipUncompressedBytes + (1 << 20) }])),
            ("bomb-lying-size", RawZip.Build([new RawZipEntry("actors.csv", []) { Compressed = RawZip.DeflatedZeros(4 << 20), RealSize = 4 << 20, DeclaredSize = 100 }, .. Plain().Skip(1)])),
            ("duplicate-entries", RawZip.Build([.. Plain(), new RawZipEntry("actors.csv", "id\n"u8.ToArray())])),
            ("duplicate-in-folders", RawZip.Build([.. Plain(), new RawZipEntry("other/actors.csv", t[0])])),
            ("directories-only", RawZip.Build([new RawZipEntry("a/", []) { Method = 0 }, new RawZipEntry("a/b/", []) { Method = 0 }])),
            ("symlink-entry", RawZip.Build([new RawZipEntry("actors.csv", "/etc/passwd"u8.ToArray()) { Method = 0, ExternalAttributes = 0xA1FF0000 }, .. Plain().Skip(1)])),
            ("encrypted-entry", RawZip.Build([new RawZipEntry("actors.csv", t[0]) { Flags = 0x0801 }, .. Plain().Skip(1)])),
            ("unknown-method", RawZip.Build([new RawZipEntry("actors.csv", t[0]) { Method = 99 }, .. Plain().Skip(1)])),
            ("lzma-method", RawZip.Build([new RawZipEntry("actors.csv", t[0]) { Method = 14 }, .. Plain().Skip(1)])),
            ("forged-crc", RawZip.Build([new RawZipEntry("actors.csv", t[0]) { ForgedCrc = 0xDEADBEEF }, .. Plain().Skip(1)])),
            ("nul-in-name", RawZip.Build([.. Plain(), new RawZipEntry("extra\0.csv", escaped)])),
            ("long-name", RawZip.Build([.. Plain(), new RawZipEntry(new string('n', 300) + ".csv", escaped)])),
            ("latin1-name", RawZip.Build([.. Plain(), new RawZipEntry([0x72, 0xE9, 0x70, 0x2E, 0x63, 0x73, 0x76], escaped) { Flags = 0 }])),
            ("invalid-utf8-name", RawZip.Build([.. Plain(), new RawZipEntry([0x61, 0xC3, 0x28, 0xFF, 0x2E, 0x63, 0x73, 0x76], escaped)])),
            ("control-name", RawZip.Build([.. Plain(), new RawZipEntry("a\u0001\u001b[31m.csv", escaped)])),
            ("dot-names", RawZip.Build([.. Plain(), new RawZipEntry(".", []) { Method = 0 }, new RawZipEntry("./actors.csv", t[0])])),
            ("empty-archive", RawZip.Build([])),
            ("truncated-central-directory", Zone6Zip()[..^30]),
            ("too-many-entries", RawZip.Build(Enumerable.Range(0, Limits.MaxZipEntries + 1).Select(i => new RawZipEntry($"f{i}.csv", "x\n"u8.ToArray()) { Method = 0 }))),
        };
        return [.. seeds];
    }

    /// <summary>File names a client might send: plain, traversing, NUL-holding, very long, not UTF-8, reserved, odd.</summary>
    public static readonly byte[][] OddFileNames =
    [
        .. new[]
        {
            "actors.csv", "../actors.csv", "..\\..\\actors.csv", $"../../{ServiceContract.EscapeMarker}.csv", "/etc/actors.csv", "C:\\actors.csv",
            "actors.csv\0.zip", "a\0.csv", new string('a', 300) + ".csv", new string('a', 250) + ".csv", ".csv", ".zip", ".xlsx", "", " ", "actors.csv/",
            "actors.CSV", "wave.ZIP", "wave.zip", "wave.xlsx", "~$wave.xlsx", "con.csv", "actors.csv.", "a\u0001b.csv", "%2e%2e%2factors.csv",
            "actors.csv;.zip", "é.csv", "😀.csv", "nul\\..\\x.csv", "..", ".", "/", "wave.tar.gz", "actors.txt",
        }.Select(Encoding.UTF8.GetBytes),
        [0xE9, 0x2E, 0x63, 0x73, 0x76], [0xFF, 0xFE, 0x2E, 0x7A, 0x69, 0x70], [0xC3, 0x28, 0x2E, 0x78, 0x6C, 0x73, 0x78],
    ];

    /// <summary>Content types a client might give a part or a request.</summary>
    public static readonly string[] PartTypes =
    [
        "text/csv", "application/zip", "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain; charset=latin1",
        "application/json", "multipart/mixed; boundary=inner", "", "garbage", "text/csv; charset=\"utf-16\"", "image/png",
    ];
}
