namespace NetworkGraph.Internal;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014): a small, fast, seedable generator, used directly for independent
/// per-sample and per-community streams and to seed the graph generators' xoshiro256** state.
/// </summary>
/// <remarks>
/// Reference: G. L. Steele Jr., D. Lea and C. H. Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014. <see href="https://doi.org/10.1145/2660193.2660195"/>
/// </remarks>
internal struct SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Creates a stream from a seed and two stream coordinates (e.g. level and community).</summary>
    public static SplitMix64 ForStream(int seed, int a, int b)
    {
        unchecked
        {
            var mixer = new SplitMix64(((ulong)(uint)seed << 32) ^ (uint)a);
            ulong s = mixer.NextUInt64() ^ ((ulong)(uint)b * GoldenGamma);
            return new SplitMix64(s);
        }
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong z = _state += GoldenGamma;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns a double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an int in [0, <paramref name="bound"/>) by multiply-shift (bias below 2⁻³²).</summary>
    public int NextInt(int bound) => (int)Math.BigMul(NextUInt64(), (ulong)bound, out _);

    /// <summary>Shuffles a span (Fisher–Yates; each index drawn as the top 31 bits modulo the remaining length).</summary>
    public void Shuffle(Span<int> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)((NextUInt64() >> 33) % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
