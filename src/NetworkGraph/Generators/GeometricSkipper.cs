using System.Diagnostics;

namespace NetworkGraph.Generators;

/// <summary>
/// Enumerates the indices of a Bernoulli(p) subset of [0, count) in increasing order by drawing the
/// gaps between successes from the geometric distribution, in O(1 + p·count) time.
/// </summary>
/// <remarks>
/// The skipping method of V. Batagelj and U. Brandes, "Efficient generation of large random networks",
/// Physical Review E 71:036113, 2005. <see href="https://doi.org/10.1103/PhysRevE.71.036113"/>
/// </remarks>
internal struct GeometricSkipper
{
    private readonly long _count;
    private readonly double _p;
    private readonly double _logQ;
    private long _current;

    public GeometricSkipper(long count, double p)
    {
        Debug.Assert(count >= 0 && p is >= 0 and <= 1);
        _count = count;
        _p = p;
        _logQ = p is > 0 and < 1 ? Math.Log(1 - p) : 0;
        _current = -1;
    }

    /// <summary>Advances to the next selected index; false when the range is exhausted.</summary>
    public bool TryNext(ref Xoshiro256StarStar random, out long index)
    {
        if (_p <= 0 || _current >= _count)
        {
            index = -1;
            return false;
        }

        if (_p >= 1)
        {
            _current++;
        }
        else
        {
            // Gap - 1 ~ Geometric(p) = floor(log(1 - r) / log(1 - p)); clamp before converting (huge gaps).
            double skip = Math.Floor(Math.Log(1 - random.NextDouble()) / _logQ);
            _current = skip >= _count ? _count : _current + 1 + (long)skip;
        }

        index = _current;
        return _current < _count;
    }
}
