using System.Globalization;
using System.IO.Compression;

namespace NetworkGraph.IO;

/// <summary>Decompresses a gzip stream and checks its trailer: the CRC-32 and length of the decompressed text must
/// match the last eight bytes of the compressed data (RFC 1952 §2.3.1).</summary>
/// <remarks>
/// <para>The compressed bytes pass through a counter that keeps the last eight seen; when the decompressor reports
/// the end, the rest of the input is drained (bytes after the end of the gzip data are then seen too) and the trailer
/// compared. So a file cut anywhere (even in the trailer), one with bytes appended, and one whose CRC or length is
/// wrong are refused, with the byte offset where the valid data ends. A file of several gzip members
/// (<c>cat a.gz b.gz</c>) is refused too, with advice to recompress it as one. Cost: one table-driven CRC-32 over
/// the text, about 1 ns a byte.</para>
/// </remarks>
internal sealed class GzipCheckedStream : Stream
{
    private static readonly uint[] CrcTable = CreateTable();

    private readonly string _file;
    private readonly TailCountingStream _compressed;
    private readonly GZipStream _inflater;
    private uint _crc = uint.MaxValue;
    private long _length;
    private bool _checked;

    public GzipCheckedStream(Stream compressed, string file)
    {
        _file = file;
        _compressed = new TailCountingStream(compressed);
        _inflater = new GZipStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_checked)
        {
            return 0;
        }

        int n;
        try
        {
            n = _inflater.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new GraphFormatException(_file, string.Create(CultureInfo.InvariantCulture, $"the gzip data is corrupt (a compressed block or the CRC-32 check failed): {ex.Message}"), ex);
        }

        if (n == 0)
        {
            CheckTrailer();
            return 0;
        }

        uint crc = _crc;
        foreach (byte b in buffer[..n])
        {
            crc = CrcTable[(int)((crc ^ b) & 0xFF)] ^ (crc >> 8);
        }

        _crc = crc;
        _length += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflater.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckTrailer()
    {
        _checked = true;
        _compressed.Drain();
        long total = _compressed.Count;
        uint crc = ~_crc;
        uint size = unchecked((uint)(_length & uint.MaxValue));
        if (total < 18)
        {
            throw new GraphFormatException(_file, string.Create(CultureInfo.InvariantCulture,
                $"the gzip data is truncated: it ends at byte {total}, before its end (a gzip file holds at least 18 bytes); download or copy the file again"));
        }

        ReadOnlySpan<byte> tail = _compressed.Tail;
        uint tailCrc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail);
        uint tailSize = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
        if (tailCrc == crc && tailSize == size)
        {
            return;
        }

        // Bytes appended after a complete gzip file: find the end of the gzip data among the last bytes read.
        ReadOnlySpan<byte> kept = _compressed.Kept;
        for (int end = kept.Length - 1; end >= 8 && total - kept.Length + end >= 18; end--)
        {
            if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(kept[(end - 8)..]) == crc
                && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(kept[(end - 4)..]) == size)
            {
                long at = total - kept.Length + end;
                throw new GraphFormatException(_file, string.Create(CultureInfo.InvariantCulture,
                    $"the gzip data ends at byte {at}, but {total - at} more bytes follow that are not gzip data; remove them, or compress the text again"));
            }
        }

        string what = tailSize == size
            ? "its CRC-32 does not match the decompressed text (the data is corrupt)"
            : "it is truncated, has bytes appended after its end, or joins several gzip files (then recompress it as one: gzip -dc FILE | gzip > NEW.gz)";
        throw new GraphFormatException(_file, string.Create(CultureInfo.InvariantCulture,
            $"the gzip data fails its trailer check at byte {total}: {what}; {_length} bytes were decompressed before byte {total}"));
    }

    private static uint[] CreateTable()
    {
        uint[] table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }

    /// <summary>Passes reads through, counting the bytes and keeping the last <see cref="Window"/> of them.</summary>
    private sealed class TailCountingStream(Stream inner) : Stream
    {
        public const int Window = 4096;

        private readonly byte[] _window = new byte[Window];
        private int _kept;

        public long Count { get; private set; }

        /// <summary>Gets the last bytes read (up to <see cref="Window"/>), oldest first.</summary>
        public ReadOnlySpan<byte> Kept => _window.AsSpan(0, _kept);

        public ReadOnlySpan<byte> Tail => _window.AsSpan(_kept - 8, 8);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void Drain()
        {
            byte[] buffer = new byte[1 << 16];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            if (n >= Window)
            {
                buffer.Slice(n - Window, Window).CopyTo(_window);
                _kept = Window;
            }
            else if (n > 0)
            {
                int keep = Math.Min(_kept, Window - n);
                _window.AsSpan(_kept - keep, keep).CopyTo(_window);
                buffer[..n].CopyTo(_window.AsSpan(keep));
                _kept = keep + n;
            }

            Count += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
