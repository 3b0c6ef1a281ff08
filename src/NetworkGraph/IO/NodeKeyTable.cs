using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using NetworkGraph.Graphs;

namespace NetworkGraph.IO;

/// <summary>
/// Interns node keys given as UTF-8 bytes, numbering them 0, 1, … in first-appearance order, with no
/// string per lookup.
/// </summary>
/// <remarks>
/// <para>Keys are copied once into a byte arena. Canonical non-negative integers below
/// <see cref="DirectLimit"/> (digits only, no leading zero) are found through a direct array indexed by
/// their value; every other key goes through an open-addressing hash table over the arena (linear probing,
/// load ≤ 1/2, the 32-bit hash of each key kept to skip most byte comparisons). The two paths never see the
/// same key, since which path a key takes depends only on its bytes.</para>
/// <para>Memory: the key bytes plus about 12 bytes per node, plus 4 bytes per value up to the largest
/// integer key seen (at most 32 MiB), plus 8 bytes per hashed key. Not thread-safe.</para>
/// </remarks>
internal sealed unsafe class NodeKeyTable
{
    /// <summary>Integer keys below this value are found by direct indexing.</summary>
    internal const uint DirectLimit = 1u << 23;

    private int[] _direct = new int[1024]; // value -> node + 1 (0: absent)
    private byte[] _arena = new byte[1 << 16];
    private int _arenaLength;
    private int[] _keyStart = new int[1024]; // node -> start of its key; _keyStart[Count] = _arenaLength
    private uint[] _hashes = []; // node -> hash (hashed keys only; allocated with the first one)
    private int[] _slots = new int[1024]; // hash slot -> node + 1 (0: empty)
    private int _hashed;
    private int _count;

    /// <summary>Gets the number of distinct keys.</summary>
    public int Count => _count;

    /// <summary>Gets the node of a canonical integer key (its decimal digits, no leading zero), adding it when new.</summary>
    /// <param name="value">The integer value of the key, below <see cref="DirectLimit"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAddInteger(uint value)
    {
        Debug.Assert(value < DirectLimit, "value below the direct limit");
        int[] direct = _direct;
        if (value < (uint)direct.Length)
        {
            int found = direct[value];
            if (found != 0)
            {
                return found - 1;
            }
        }

        return AddInteger(value);
    }

    /// <summary>Replaces each integer key value in <paramref name="keys"/> by its node, adding the new ones in order
    /// (as <see cref="GetOrAddInteger"/> would one by one), with the table entries prefetched a few keys ahead so
    /// that their cache misses overlap.</summary>
    /// <param name="keys">Values below <see cref="DirectLimit"/>; overwritten with their nodes.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void GetOrAddIntegers(Span<int> keys)
    {
        const int distance = 16;
        for (int i = 0; i < keys.Length; i++)
        {
            if (Sse.IsSupported && i + distance < keys.Length)
            {
                uint ahead = (uint)keys[i + distance];
                int[] table = _direct;
                if (ahead < (uint)table.Length)
                {
                    fixed (int* at = &table[ahead])
                    {
                        Sse.Prefetch0(at);
                    }
                }
            }

            keys[i] = GetOrAddInteger((uint)keys[i]);
        }
    }

    /// <summary>Gets the node of any key, adding it when new.</summary>
    /// <param name="key">The key's bytes.</param>
    /// <param name="length">The number of bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(byte* key, int length)
    {
        uint hash = Utf8NodeKeys.Hash(new ReadOnlySpan<byte>(key, length));
        int mask = _slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (true)
        {
            int found = _slots[slot];
            if (found == 0)
            {
                break;
            }

            int node = found - 1;
            if (_hashes[node] == hash)
            {
                int start = _keyStart[node];
                if (_keyStart[node + 1] - start == length
                    && new ReadOnlySpan<byte>(key, length).SequenceEqual(new ReadOnlySpan<byte>(_arena, start, length)))
                {
                    return node;
                }
            }

            slot = (slot + 1) & mask;
        }

        int added = Append(key, length);
        if (_hashes.Length < _keyStart.Length)
        {
            Array.Resize(ref _hashes, _keyStart.Length);
        }

        _hashes[added] = hash;
        _slots[slot] = added + 1;
        _hashed++;
        if (_hashed * 2 > _slots.Length)
        {
            Rehash();
        }

        return added;
    }

    /// <summary>Adds the keys of <paramref name="other"/> that this table lacks, in <paramref name="other"/>'s order,
    /// and maps each of <paramref name="other"/>'s nodes to this table's node of the same key.</summary>
    /// <param name="other">A table filled from the text that follows this table's.</param>
    /// <returns>For each node of <paramref name="other"/>, the node of its key here.</returns>
    /// <remarks>O(total key bytes of <paramref name="other"/>): numbering the keys of two consecutive stretches of a
    /// text this way gives the first-appearance order of the whole text.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Merge(NodeKeyTable other)
    {
        int[] map = new int[other._count];
        fixed (byte* arena = other._arena)
        {
            for (int node = 0; node < map.Length; node++)
            {
                int start = other._keyStart[node], length = other._keyStart[node + 1] - start;
                map[node] = IsDirectInteger(new ReadOnlySpan<byte>(arena + start, length), out uint value)
                    ? GetOrAddInteger(value)
                    : GetOrAdd(arena + start, length);
            }
        }

        return map;
    }

    /// <summary>Gets whether a token of decimal digits takes the direct path: at most nine digits, no leading zero,
    /// a value below <see cref="DirectLimit"/>. The parser applies it to the digits it has just read.</summary>
    /// <param name="length">The number of digits.</param>
    /// <param name="first">The first digit.</param>
    /// <param name="value">The digits' value (meaningful for up to nine digits).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TakesDirectPath(int length, byte first, uint value)
        => length <= 9 && (length == 1 || first != '0') && value < DirectLimit;

    /// <summary>Gets whether a key takes the direct path: decimal digits only, and <see cref="TakesDirectPath"/>.</summary>
    /// <param name="key">The key's bytes.</param>
    /// <param name="value">The key's value, when it takes the direct path.</param>
    public static bool IsDirectInteger(ReadOnlySpan<byte> key, out uint value)
    {
        value = 0;
        if (key.IsEmpty || key.Length > 9)
        {
            return false;
        }

        foreach (byte b in key)
        {
            uint digit = unchecked((uint)(b - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return TakesDirectPath(key.Length, key[0], value);
    }

    /// <summary>Hands the keys over to a <see cref="NodeIndex"/> that keeps them as UTF-8 (trimmed copies of the
    /// arena and offsets; the table itself is garbage afterwards).</summary>
    /// <remarks>O(total key bytes). The arena holds valid UTF-8 and byte-distinct keys.</remarks>
    public NodeIndex CreateIndex()
    {
        byte[] arena = _arena.AsSpan(0, _arenaLength).ToArray();
        int[] starts = _keyStart.AsSpan(0, _count + 1).ToArray();
        Utf8NodeKeys? keys = Utf8NodeKeys.Create(arena, starts, out _);
        Debug.Assert(keys is not null, "interned keys are distinct");
        return new NodeIndex(keys!);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private int AddInteger(uint value)
    {
        if (value >= (uint)_direct.Length)
        {
            int size = (int)Math.Min(DirectLimit, BitOperations.RoundUpToPowerOf2(value + 1));
            Array.Resize(ref _direct, size);
        }

        // The key is the value's canonical decimal digits: write them back.
        byte* digits = stackalloc byte[10];
        bool formatted = value.TryFormat(new Span<byte>(digits, 10), out int length, default, CultureInfo.InvariantCulture);
        Debug.Assert(formatted, "a uint takes at most 10 digits");
        int node = Append(digits, length);
        _direct[value] = node + 1;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Append(byte* key, int length)
    {
        int node = _count;
        if (node + 1 >= _keyStart.Length)
        {
            int size = _keyStart.Length * 2;
            Array.Resize(ref _keyStart, size);
        }

        if (_arena.Length - _arenaLength < length)
        {
            long size = Math.Max((long)_arena.Length * 2, (long)_arenaLength + length);
            if (size > Array.MaxLength)
            {
                size = Array.MaxLength;
                if (size - _arenaLength < length)
                {
                    throw new NotSupportedException($"Node keys take more than {Array.MaxLength} bytes in total.");
                }
            }

            Array.Resize(ref _arena, (int)size);
        }

        new ReadOnlySpan<byte>(key, length).CopyTo(_arena.AsSpan(_arenaLength));
        _keyStart[node] = _arenaLength;
        _arenaLength += length;
        _keyStart[node + 1] = _arenaLength;
        _count = node + 1;
        return node;
    }

    private void Rehash()
    {
        int[] slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        foreach (int found in _slots)
        {
            if (found == 0)
            {
                continue;
            }

            int slot = (int)(_hashes[found - 1] & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = found;
        }

        _slots = slots;
    }
}
