using System.IO.Compression;
using System.Text;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>One entry of a hand-built zip archive, with every header field under the test's control.</summary>
internal sealed class RawZipEntry
{
    public RawZipEntry(string name, byte[] data)
    {
        Name = Encoding.UTF8.GetBytes(name);
        Data = data;
    }

    public RawZipEntry(byte[] name, byte[] data)
    {
        Name = name;
        Data = data;
    }

    /// <summary>The name bytes as stored (UTF-8 when <see cref="Flags"/> has bit 11).</summary>
    public byte[] Name { get; }

    /// <summary>The uncompressed content.</summary>
    public byte[] Data { get; }

    /// <summary>0 stored, 8 deflate; any other method stores <see cref="Data"/> as is under that method number.</summary>
    public ushort Method { get; init; } = 8;

    /// <summary>General purpose flags: bit 0 encrypted, bit 11 UTF-8 names.</summary>
    public ushort Flags { get; init; } = 0x0800;

    /// <summary>A CRC to write instead of the real one.</summary>
    public uint? ForgedCrc { get; init; }

    /// <summary>An uncompressed size to declare instead of the real one.</summary>
    public long? DeclaredSize { get; init; }

    /// <summary>Unix mode in the high 16 bits (e.g. a symbolic link, <c>0xA1FF</c>), DOS attributes in the low ones.</summary>
    public uint ExternalAttributes { get; init; }

    /// <summary>Whether sizes and offset are written in a zip64 extra field.</summary>
    public bool Zip64 { get; init; }

    /// <summary>Already compressed bytes to store instead of compressing <see cref="Data"/> (e.g. a deflate bomb).</summary>
    public byte[]? Compressed { get; init; }

    /// <summary>The real uncompressed size when <see cref="Compressed"/> is given.</summary>
    public long? RealSize { get; init; }
}

/// <summary>
/// Writes zip archives byte by byte (local headers, central directory, optional zip64 end records) so that seeds can hold
/// what no well-behaved zip library writes: lying sizes, forged CRCs, encrypted or symbolic-link entries, unknown methods,
/// duplicate names, names with NUL or invalid UTF-8. Format: PKWARE APPNOTE 6.3.
/// </summary>
internal static class RawZip
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Build(IEnumerable<RawZipEntry> entries, bool zip64End = false)
    {
        using var output = new MemoryStream();
        using var central = new MemoryStream();
        var w = new BinaryWriter(output);
        var c = new BinaryWriter(central);
        int count = 0;
        foreach (RawZipEntry e in entries)
        {
            count++;
            byte[] stored = e.Compressed ?? (e.Method == 8 ? Deflate(e.Data) : e.Data);
            uint crc = e.ForgedCrc ?? Crc32(e.Data);
            long size = e.DeclaredSize ?? e.RealSize ?? e.Data.Length;
            long offset = output.Position;
            byte[] extra = e.Zip64 ? Zip64Extra(size, stored.Length, null) : [];
            w.Write(0x04034b50u);
            w.Write((ushort)(e.Zip64 ? 45 : 20));
            w.Write(e.Flags);
            w.Write(e.Method);
            w.Write((ushort)0);
            w.Write((ushort)0x21);
            w.Write(crc);
            w.Write(e.Zip64 ? uint.MaxValue : (uint)stored.Length);
            w.Write(e.Zip64 ? uint.MaxValue : (uint)size);
            w.Write((ushort)e.Name.Length);
            w.Write((ushort)extra.Length);
            w.Write(e.Name);
            w.Write(extra);
            w.Write(stored);

            byte[] centralExtra = e.Zip64 ? Zip64Extra(size, stored.Length, offset) : [];
            c.Write(0x02014b50u);
            c.Write((ushort)0x031E);
            c.Write((ushort)(e.Zip64 ? 45 : 20));
            c.Write(e.Flags);
            c.Write(e.Method);
            c.Write((ushort)0);
            c.Write((ushort)0x21);
            c.Write(crc);
            c.Write(e.Zip64 ? uint.MaxValue : (uint)stored.Length);
            c.Write(e.Zip64 ? uint.MaxValue : (uint)size);
            c.Write((ushort)e.Name.Length);
            c.Write((ushort)centralExtra.Length);
            c.Write((ushort)0);
            c.Write((ushort)0);
            c.Write((ushort)0);
            c.Write(e.ExternalAttributes);
            c.Write(e.Zip64 ? uint.MaxValue : (uint)offset);
            c.Write(e.Name);
            c.Write(centralExtra);
        }

        c.Flush();
        long centralOffset = output.Position;
        w.Write(central.ToArray());
        long centralSize = central.Length;
        if (zip64End)
        {
            long end64 = output.Position;
            w.Write(0x06064b50u);
            w.Write(44L);
            w.Write((ushort)45);
            w.Write((ushort)45);
            w.Write(0u);
            w.Write(0u);
            w.Write((long)count);
            w.Write((long)count);
            w.Write(centralSize);
            w.Write(centralOffset);
            w.Write(0x07064b50u);
            w.Write(0u);
            w.Write(end64);
            w.Write(1u);
        }

        w.Write(0x06054b50u);
        w.Write((ushort)0);
        w.Write((ushort)0);
        w.Write(zip64End ? ushort.MaxValue : (ushort)count);
        w.Write(zip64End ? ushort.MaxValue : (ushort)count);
        w.Write(zip64End ? uint.MaxValue : (uint)centralSize);
        w.Write(zip64End ? uint.MaxValue : (uint)centralOffset);
        w.Write((ushort)0);
        w.Flush();
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return packed.ToArray();
    }

    /// <summary>Raw deflate of <paramref name="bytes"/> zero bytes, written a mebibyte at a time.</summary>
    public static byte[] DeflatedZeros(long bytes)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            byte[] zeros = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= zeros.Length)
            {
                deflate.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
            }
        }

        return packed.ToArray();
    }

    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static byte[] Zip64Extra(long size, long compressed, long? offset)
    {
        using var extra = new MemoryStream();
        var w = new BinaryWriter(extra);
        w.Write((ushort)0x0001);
        w.Write((ushort)(offset is null ? 16 : 24));
        w.Write(size);
        w.Write(compressed);
        if (offset is long o)
        {
            w.Write(o);
        }

        w.Flush();
        return extra.ToArray();
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
