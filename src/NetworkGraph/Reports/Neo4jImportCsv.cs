using System.Buffers;
using System.Globalization;
using System.Text;

namespace NetworkGraph.Reports;

/// <summary>
/// A buffered UTF-8 writer of CSV fields as <c>neo4j-admin database import</c> reads them with its defaults
/// (<c>--delimiter=,</c>, <c>--quote="</c>, <c>--legacy-style-quoting=false</c>, <c>--ignore-empty-strings=false</c>,
/// <c>--trim-strings=false</c>).
/// </summary>
/// <remarks>
/// <para>An unquoted empty field is "no value": the property is not set. A string that is empty, holds a comma, a quote,
/// a line break, or starts or ends with a space or a control character is quoted, inner quotes doubled (RFC 4180; a
/// backslash is an ordinary character), so neo4j-admin reads back exactly the text given; a line break inside a field
/// also needs <c>--multiline-fields=true</c>, which <see cref="Multiline"/> records. A NUL character is refused: the
/// importer cannot store it faithfully.</para>
/// <para>Numbers are written invariant: integral values below 10¹⁵ without a fraction, others round-trip (<c>R</c>), so a
/// value reads back bit for bit; NaN and infinities are written as no value.</para>
/// </remarks>
internal sealed class Neo4jImportCsv : IDisposable
{
    private static readonly SearchValues<byte> QuoteBytes = SearchValues.Create(",\"\r\n"u8);
    private static readonly SearchValues<char> QuoteChars = SearchValues.Create(",\"\r\n");
    private readonly Stream _stream;
    private readonly string _file;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _used;

    /// <param name="stream">The output, left open.</param>
    /// <param name="file">The file name used in error messages, e.g. <c>nodes.csv</c>.</param>
    public Neo4jImportCsv(Stream stream, string file)
    {
        _stream = stream;
        _file = file;
    }

    /// <summary>Gets a value indicating whether a field written so far holds a line break.</summary>
    public bool Multiline { get; private set; }

    /// <summary>Gets the data rows ended so far (the header not counted).</summary>
    public long Rows { get; private set; } = -1;

    /// <summary>Writes ASCII text that needs no quoting (a header, a label, a relationship type).</summary>
    public void Raw(string ascii)
    {
        Ensure(ascii.Length);
        _used += Encoding.ASCII.GetBytes(ascii, _buffer.AsSpan(_used));
    }

    /// <summary>Writes a field delimiter.</summary>
    public void Comma()
    {
        Ensure(1);
        _buffer[_used++] = (byte)',';
    }

    /// <summary>Writes <paramref name="count"/> empty fields, each preceded by a delimiter.</summary>
    public void Commas(int count)
    {
        Ensure(count);
        _buffer.AsSpan(_used, count).Fill((byte)',');
        _used += count;
    }

    /// <summary>Ends a row.</summary>
    public void EndRow()
    {
        Ensure(1);
        _buffer[_used++] = (byte)'\n';
        Rows++;
    }

    /// <summary>Writes a string property or id, quoted when neo4j-admin would otherwise misread it.</summary>
    /// <param name="value">The text.</param>
    /// <param name="what">What the text is, for the error message (e.g. <c>actor name</c>).</param>
    /// <exception cref="NetworkGraphException">The text holds a NUL character.</exception>
    public void String(string value, string what)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw Refused(value, what);
        }

        bool quote = value.Length == 0 || value.AsSpan().IndexOfAny(QuoteChars) >= 0 || value[0] <= ' ' || value[^1] <= ' ';
        if (!quote)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(value.Length));
            _used += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
            return;
        }

        Multiline |= value.AsSpan().IndexOfAny('\r', '\n') >= 0;
        string escaped = value.Replace("\"", "\"\"", StringComparison.Ordinal);
        Ensure(Encoding.UTF8.GetMaxByteCount(escaped.Length) + 2);
        _buffer[_used++] = (byte)'"';
        _used += Encoding.UTF8.GetBytes(escaped, _buffer.AsSpan(_used));
        _buffer[_used++] = (byte)'"';
    }

    /// <summary>Writes UTF-8 text (a node key of a graph read from a file) with the quoting of <see cref="String"/>.</summary>
    /// <exception cref="NetworkGraphException">The text is empty or holds a NUL character.</exception>
    public void Utf8(ReadOnlySpan<byte> value, string what)
    {
        if (value.IsEmpty || value.Contains((byte)0))
        {
            throw Refused(Encoding.UTF8.GetString(value), what);
        }

        if (value.IndexOfAny(QuoteBytes) < 0 && value[0] > (byte)' ' && value[^1] > (byte)' ')
        {
            Ensure(value.Length);
            value.CopyTo(_buffer.AsSpan(_used));
            _used += value.Length;
            return;
        }

        Multiline |= value.IndexOfAny((byte)'\r', (byte)'\n') >= 0;
        Ensure((2 * value.Length) + 2);
        _buffer[_used++] = (byte)'"';
        foreach (byte b in value)
        {
            _buffer[_used++] = b;
            if (b == (byte)'"')
            {
                _buffer[_used++] = b;
            }
        }

        _buffer[_used++] = (byte)'"';
    }

    /// <summary>Writes a number; NaN and infinities as no value (an absent property).</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        Ensure(32);
        bool ok = CsvFormat.IsWrittenAsInteger(value)
            ? ((long)value).TryFormat(_buffer.AsSpan(_used), out int written, default, CultureInfo.InvariantCulture)
            : value.TryFormat(_buffer.AsSpan(_used), out written, "R", CultureInfo.InvariantCulture);
        System.Diagnostics.Debug.Assert(ok, "32 bytes hold any double");
        _used += written;
    }

    /// <summary>Writes an integer.</summary>
    public void Integer(long value)
    {
        Ensure(20);
        value.TryFormat(_buffer.AsSpan(_used), out int written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void Boolean(bool value) => Raw(value ? "true" : "false");

    /// <summary>Writes out what is buffered and flushes the stream.</summary>
    public void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
        _stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private NetworkGraphException Refused(string value, string what)
    {
        string shown = value.Replace("\0", "\\0", StringComparison.Ordinal);
        shown = shown.Length > 60 ? shown[..60] + "…" : shown;
        return new NetworkGraphException(value.Length == 0
            ? $"{_file}: a {what} is empty; neo4j-admin would read it as a missing id"
            : $"{_file}: the {what} '{shown}' holds a NUL character, which neo4j-admin cannot import");
    }

    private void Ensure(int bytes)
    {
        if (_used + bytes <= _buffer.Length)
        {
            return;
        }

        _stream.Write(_buffer, 0, _used);
        _used = 0;
        if (bytes > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(bytes);
        }
    }
}
