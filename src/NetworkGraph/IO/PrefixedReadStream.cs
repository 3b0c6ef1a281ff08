namespace NetworkGraph.IO;

/// <summary>A read-only stream that first returns some bytes already read from an inner stream, then the rest of it.</summary>
internal sealed class PrefixedReadStream(byte[] prefix, int prefixLength, Stream inner) : ForwardReadStream
{
    private int _prefixPosition;

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefixLength)
        {
            int n = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }

        return inner.Read(buffer);
    }
}
