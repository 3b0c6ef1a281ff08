namespace NetworkGraph.Tests.Support;

/// <summary>A pipe-like stream: cannot seek, and hands out at most 3 bytes per read.</summary>
internal sealed class NonSeekableStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 3));

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A seekable stream whose content is <paramref name="before"/> until it has been rewound twice, then
/// <paramref name="after"/>: a file rewritten while a reader goes over it a second time.</summary>
internal sealed class ChangingStream(byte[] before, byte[] after) : Stream
{
    private int _rewinds;
    private long _position;

    private byte[] Content => _rewinds >= 2 ? after : before;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => Content.Length;

    public override long Position
    {
        get => _position;
        set
        {
            if (value == 0)
            {
                _rewinds++;
            }

            _position = value;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        byte[] content = Content;
        int n = (int)Math.Max(0, Math.Min(count, content.Length - _position));
        Array.Copy(content, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
