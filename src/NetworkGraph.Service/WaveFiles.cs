using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>A wave that cannot be stored, with the located issues that explain why.</summary>
internal sealed class InvalidWaveException : Exception
{
    public InvalidWaveException(IReadOnlyList<IngestionIssue> issues)
        : base(issues.Count > 0 ? issues[0].Message : "invalid wave") => Issues = issues;

    public InvalidWaveException(string file, string message)
        : this([new IngestionIssue(file, 0, 0, message)])
    {
    }

    public InvalidWaveException()
        : this([])
    {
    }

    public InvalidWaveException(string message)
        : this(string.Empty, message)
    {
    }

    public InvalidWaveException(string message, Exception innerException)
        : base(message, innerException) => Issues = [new IngestionIssue(string.Empty, 0, 0, message)];

    /// <summary>The located issues (line and column 0 when they do not apply).</summary>
    public IReadOnlyList<IngestionIssue> Issues { get; }

    /// <summary>The issues as the lines of <c>error.txt</c>: <c>file:line:column: message</c>.</summary>
    public string ToErrorText()
    {
        var text = new StringBuilder();
        foreach (IngestionIssue issue in Issues)
        {
            text.Append(issue.File).Append(':').Append(issue.Line).Append(':').Append(issue.Column).Append(": ").Append(issue.Message).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>File helpers of the inbox: safe archive extraction, content hashing, wave ids.</summary>
internal static class WaveFiles
{
    /// <summary>
    /// Extracts a wave archive into <paramref name="destination"/> after checking every entry:
    /// no entry outside the wave (<c>../</c>, absolute paths), at most <see cref="Limits.MaxZipEntries"/>
    /// entries and <see cref="Limits.MaxZipUncompressedBytes"/> bytes, counted while inflating so a
    /// lying header cannot get past; no encrypted entry, symbolic link, control character or over-long name, and no two
    /// entries for the same file. A corrupt archive or entry (bad central directory, local header, CRC or method) is an
    /// <see cref="InvalidWaveException"/> naming the archive, like every refusal. Nothing is written outside
    /// <paramref name="destination"/>.
    /// </summary>
    public static void ExtractZip(Stream zip, string archiveName, string destination)
    {
        ZipArchive archive;
        System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidWaveException(archiveName, "not a readable zip archive: " + e.Message);
        }

        using (archive)
        {
            try
            {
                // The central directory is read on first access, so a corrupt one surfaces here.
                entries = archive.Entries;
            }
            catch (InvalidDataException e)
            {
                throw new InvalidWaveException(archiveName, "not a readable zip archive: " + e.Message);
            }

            if (entries.Count > Limits.MaxZipEntries)
            {
                throw new InvalidWaveException(archiveName, $"the archive holds {entries.Count} entries; at most {Limits.MaxZipEntries} are accepted");
            }

            string root = Path.GetFullPath(destination);
            var targets = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (ZipArchiveEntry entry in entries)
            {
                string name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Any(part => part == ".."))
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' lies outside the wave");
                }

                if (name.Any(char.IsControl))
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' has a control character in its name");
                }

                // A wave is flat: files inside one top folder are taken as if at the root; "." parts are no folder at all.
                string fileName = Path.GetFileName(name);
                if (name.EndsWith('/') || fileName is "" or ".")
                {
                    continue;
                }

                if (!IsSafeFileName(fileName))
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' has a name longer than {MaxFileNameBytes} bytes");
                }

                if (entry.IsEncrypted)
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' is encrypted; send the archive without a password");
                }

                if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' is a symbolic link; send the files themselves");
                }

                if (!targets.TryAdd(fileName, entry))
                {
                    throw new InvalidWaveException(archiveName, $"entries '{Shown(targets[fileName].FullName)}' and '{Shown(entry.FullName)}' are the same file of the wave");
                }

                string target = Path.GetFullPath(Path.Combine(root, fileName));
                if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' lies outside the wave");
                }
            }

            Directory.CreateDirectory(root);
            long total = 0;
            byte[] buffer = new byte[81920];
            foreach ((string fileName, ZipArchiveEntry entry) in targets)
            {
                try
                {
                    using Stream input = entry.Open();
                    using FileStream output = File.Create(Path.Combine(root, fileName));
                    uint crc = 0xFFFFFFFFu;
                    int read;
                    while ((read = input.Read(buffer)) > 0)
                    {
                        total += read;
                        if (total > Limits.MaxZipUncompressedBytes)
                        {
                            throw new InvalidWaveException(archiveName, $"the archive inflates to more than {Limits.MaxZipUncompressedBytes / (1024 * 1024)} MiB");
                        }

                        crc = Crc32(crc, buffer.AsSpan(0, read));
                        output.Write(buffer, 0, read);
                    }

                    if (~crc != entry.Crc32)
                    {
                        throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' is corrupt: its content does not match its checksum (CRC-32)");
                    }
                }
                catch (Exception e) when (e is InvalidDataException or NotSupportedException)
                {
                    // A corrupt local header, deflate stream or CRC, or a compression method other than stored and deflate.
                    throw new InvalidWaveException(archiveName, $"entry '{Shown(entry.FullName)}' cannot be read: {e.Message}");
                }
            }
        }
    }

    private static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    })];

    /// <summary>Continues a CRC-32 (the zip polynomial, reflected, ISO-HDLC) over <paramref name="data"/>; start from all ones and complement at the end.</summary>
    private static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>Longest file name (in UTF-8 bytes) an archive entry may have: the common file system limit.</summary>
    private const int MaxFileNameBytes = 255;

    /// <summary>Whether <paramref name="fileName"/> (no folder) can be written as is: no control character, at most 255 UTF-8 bytes.</summary>
    internal static bool IsSafeFileName(string fileName) =>
        fileName.Length > 0 && !fileName.Any(char.IsControl) && Encoding.UTF8.GetByteCount(fileName) <= MaxFileNameBytes;

    /// <summary>A client's name fit for a message: control characters as <c>\uXXXX</c>, cut after 100 characters.</summary>
    internal static string Shown(string name)
    {
        var text = new StringBuilder();
        foreach (char c in name.Length > 100 ? name[..100] : name)
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return name.Length > 100 ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>What to read in a wave folder: the folder itself (the four CSV files), or the one Excel workbook
    /// (<c>.xlsx</c>) it holds when it has no CSV file.</summary>
    public static string DatasetPath(string folder)
    {
        if (Directory.GetFiles(folder, "*.csv").Length == 0 && Directory.GetFiles(folder).Where(WorkbookReader.IsWorkbookPath).ToArray() is [string workbook])
        {
            return workbook;
        }

        return folder;
    }

    /// <summary>SHA-256 of the wave's CSV files and workbooks (names and contents, in ordinal name order), hex.</summary>
    public static string ContentHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in Directory.GetFiles(folder).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || WorkbookReader.IsWorkbookPath(f)).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            byte[] bytes = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="id"/> is a usable wave id: letters, digits, <c>-</c>, <c>_</c>, <c>.</c>, 1–100 characters, not starting with a dot.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 100 && id[0] != '.' &&
        id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Moves <paramref name="source"/> to <paramref name="destination"/> (or only creates that folder when <paramref name="createOnly"/>), adding <c>-2</c>, <c>-3</c>… when the name is taken.</summary>
    public static string MoveAside(string source, string destination, bool isDirectory, bool createOnly = false)
    {
        string target = destination;
        for (int i = 2; Directory.Exists(target) || File.Exists(target); i++)
        {
            target = destination + "-" + i;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (createOnly)
        {
            Directory.CreateDirectory(target);
        }
        else if (isDirectory)
        {
            Directory.Move(source, target);
        }
        else
        {
            File.Move(source, target);
        }

        return target;
    }
}
