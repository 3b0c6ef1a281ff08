using System.Diagnostics;
using NetworkGraph.Internal;

namespace NetworkGraph.Generators;

/// <summary>
/// A small, fast, fully specified pseudo-random generator (xoshiro256** seeded by SplitMix64), so that
/// generated graphs are identical on every platform and runtime version.
/// </summary>
/// <remarks>
/// Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators", ACM Transactions
/// on Mathematical Software 47(4):36, 2021. <see href="https://doi.org/10.1145/3460772"/>
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(int seed)
    {
        var seeder = new SplitMix64(unchecked((ulong)(long)seed));
        _s0 = seeder.NextUInt64();
        _s1 = seeder.NextUInt64();
        _s2 = seeder.NextUInt64();
        _s3 = seeder.NextUInt64();
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Returns a uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a uniform integer in [0, bound) without modulo bias (Lemire's method).</summary>
    public int NextInt(int bound)
    {
        Debug.Assert(bound > 0);
        ulong product = (NextUInt64() >> 32) * (ulong)bound;
        uint low = unchecked((uint)product);
        if (low < (uint)bound)
        {
            uint threshold = unchecked((uint)-bound) % (uint)bound;
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * (ulong)bound;
                low = unchecked((uint)product);
            }
        }

        return (int)(product >> 32);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
