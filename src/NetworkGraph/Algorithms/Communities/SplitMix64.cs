namespace NetworkGraph.Algorithms;

/// <summary>A small, fast, seedable generator (Steele, Lea &amp; Flood 2014) for independent per-community streams.</summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Creates a stream from a seed and two stream coordinates (e.g. level and community).</summary>
    public static SplitMix64 ForStream(int seed, int a, int b)
    {
        unchecked
        {
            var mixer = new SplitMix64(((ulong)(uint)seed << 32) ^ (uint)a);
            ulong s = mixer.NextUInt64() ^ ((ulong)(uint)b * 0x9E3779B97F4A7C15UL);
            return new SplitMix64(s);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns a double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an int in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)((NextUInt64() >> 33) % (ulong)maxExclusive);

    /// <summary>Shuffles a span (Fisher–Yates).</summary>
    public void Shuffle(Span<int> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
