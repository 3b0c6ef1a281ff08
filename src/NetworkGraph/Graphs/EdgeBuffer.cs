using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Graphs;

/// <summary>
/// Staged edges for bulk building: sources and targets in chunked <see cref="int"/> arrays, with no
/// per-edge object; weights are staged only once a weight other than 1 has been seen.
/// </summary>
/// <remarks>
/// <para>Memory: 8 bytes per edge while every weight is 1, 16 bytes per edge afterwards. The first chunk starts
/// small and doubles, so small graphs stay small; later chunks hold 2^20 edges each.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class EdgeBuffer
{
    internal const int ChunkBits = 20;
    internal const int ChunkSize = 1 << ChunkBits;

    private readonly List<int[]> _sources = [];
    private readonly List<int[]> _targets = [];
    private List<double[]>? _weights;
    private int[] _curSources = [];
    private int[] _curTargets = [];
    private double[]? _curWeights;
    private int _slot;
    private long _count;

    /// <summary>Gets the number of staged edges.</summary>
    public long Count => _count;

    /// <summary>Gets a value indicating whether a weight other than 1 was staged.</summary>
    public bool IsWeighted => _weights is not null;

    /// <summary>Gets the number of chunks (the last one may be partly filled).</summary>
    public int ChunkCount => _sources.Count;

    /// <summary>Stages an edge of weight 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int source, int target)
    {
        int slot = _slot;
        int[] s = _curSources;
        if ((uint)slot >= (uint)s.Length)
        {
            Grow();
            s = _curSources;
            slot = _slot;
        }

        s[slot] = source;
        _curTargets[slot] = target;
        if (_curWeights is not null)
        {
            _curWeights[slot] = 1.0;
        }

        _slot = slot + 1;
        _count++;
    }

    /// <summary>Stages a weighted edge (the caller has validated the weight).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int source, int target, double weight)
    {
        if (weight != 1.0 && _weights is null)
        {
            StartWeights();
        }

        int slot = _slot;
        if ((uint)slot >= (uint)_curSources.Length)
        {
            Grow();
            slot = _slot;
        }

        _curSources[slot] = source;
        _curTargets[slot] = target;
        if (_curWeights is not null)
        {
            _curWeights[slot] = weight;
        }

        _slot = slot + 1;
        _count++;
    }

    /// <summary>Gets the filled part of chunk <paramref name="chunk"/>; <paramref name="weights"/> is empty when unweighted.</summary>
    public int GetChunk(int chunk, out int[] sources, out int[] targets, out double[]? weights)
    {
        Debug.Assert((uint)chunk < (uint)_sources.Count, "chunk in range");
        sources = _sources[chunk];
        targets = _targets[chunk];
        weights = _weights?[chunk];
        long before = chunk == 0 ? 0 : ChunkSizeBefore(chunk);
        return (int)Math.Min(sources.Length, _count - before);
    }

    /// <summary>Drops chunk <paramref name="chunk"/> (after it has been consumed) so the GC can reclaim it early.</summary>
    public void ReleaseChunk(int chunk)
    {
        _sources[chunk] = [];
        _targets[chunk] = [];
        if (_weights is not null)
        {
            _weights[chunk] = [];
        }
    }

    /// <summary>Drops every chunk.</summary>
    public void Clear()
    {
        _sources.Clear();
        _targets.Clear();
        _weights?.Clear();
        _curSources = [];
        _curTargets = [];
        _curWeights = null;
        _slot = 0;
    }

    private static long ChunkSizeBefore(int chunk) => (long)chunk * ChunkSize;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_sources.Count == 1 && _curSources.Length < ChunkSize)
        {
            // The first chunk starts small and doubles up to a full chunk.
            int size = Math.Min(ChunkSize, _curSources.Length * 2);
            Array.Resize(ref _curSources, size);
            Array.Resize(ref _curTargets, size);
            _sources[0] = _curSources;
            _targets[0] = _curTargets;
            if (_curWeights is not null)
            {
                Array.Resize(ref _curWeights, size);
                _weights![0] = _curWeights;
            }

            return;
        }

        int length = _sources.Count == 0 ? 1024 : ChunkSize;
        _curSources = new int[length];
        _curTargets = new int[length];
        _sources.Add(_curSources);
        _targets.Add(_curTargets);
        if (_weights is not null)
        {
            _curWeights = new double[length];
            _weights.Add(_curWeights);
        }

        _slot = 0;
    }

    private void StartWeights()
    {
        // Every edge so far had weight 1: back-fill ones for the chunks already staged.
        _weights = new List<double[]>(_sources.Count);
        foreach (int[] s in _sources)
        {
            double[] w = new double[s.Length];
            Array.Fill(w, 1.0);
            _weights.Add(w);
        }

        _curWeights = _weights.Count == 0 ? null : _weights[^1];
    }
}
