using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace NetworkGraph.Graphs;

/// <summary>
/// Node keys kept as one UTF-8 arena with start offsets, looked up through an open-addressing table: the
/// compact form of a <see cref="NodeIndex"/> for graphs read from files (millions of keys).
/// </summary>
/// <remarks>
/// <para>Memory: the key bytes plus 4 bytes per node for the offsets, plus 4 bytes per table slot (a power of
/// two at least 2n, so 8–16 bytes per node); a string per key would take 30–40 bytes more, and a
/// <see cref="Dictionary{TKey, TValue}"/> entry another 24. A key's string is made when asked for.</para>
/// <para>Lookup: hash of the UTF-8 bytes, linear probing at load ≤ 1/2, byte comparison. Immutable, so
/// thread-safe.</para>
/// </remarks>
internal sealed class Utf8NodeKeys
{
    private const int StackKeyBytes = 256;

    private readonly byte[] _arena;
    private readonly int[] _starts;
    private readonly int[] _slots; // slot -> node + 1 (0: empty)

    private Utf8NodeKeys(byte[] arena, int[] starts, int[] slots)
    {
        _arena = arena;
        _starts = starts;
        _slots = slots;
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Gets the key bytes, all keys end to end in node order.</summary>
    internal byte[] Arena => _arena;

    /// <summary>Gets where each key starts in <see cref="Arena"/>; entry <c>Count</c> is the arena length.</summary>
    internal int[] Starts => _starts;

    /// <summary>
    /// Indexes keys given as an arena and start offsets, both taken over (not copied). O(total key bytes) time.
    /// </summary>
    /// <param name="arena">The key bytes, at least <c>starts[^1]</c> long; valid UTF-8 is the caller's promise.</param>
    /// <param name="starts">n + 1 non-decreasing offsets, <c>starts[0] = 0</c>.</param>
    /// <param name="duplicate">The first node whose key repeats an earlier one, or −1; the index is null then.</param>
    /// <returns>The index, or null when a key repeats.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Utf8NodeKeys? Create(byte[] arena, int[] starts, out int duplicate)
    {
        int n = starts.Length - 1;
        int size = (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * n, 16)), 1u << 30);
        int[] slots = new int[size];
        int mask = size - 1;
        for (int v = 0; v < n; v++)
        {
            ReadOnlySpan<byte> key = arena.AsSpan(starts[v], starts[v + 1] - starts[v]);
            int slot = (int)(Hash(key) & (uint)mask);
            while (true)
            {
                int found = slots[slot];
                if (found == 0)
                {
                    slots[slot] = v + 1;
                    break;
                }

                if (arena.AsSpan(starts[found - 1], starts[found] - starts[found - 1]).SequenceEqual(key))
                {
                    duplicate = v;
                    return null;
                }

                slot = (slot + 1) & mask;
            }
        }

        duplicate = -1;
        return new Utf8NodeKeys(arena, starts, slots);
    }

    /// <summary>Gets the UTF-8 bytes of a node's key.</summary>
    public ReadOnlySpan<byte> GetUtf8(int node) => _arena.AsSpan(_starts[node], _starts[node + 1] - _starts[node]);

    /// <summary>Decodes a node's key (a new string per call).</summary>
    public string GetString(int node) => Encoding.UTF8.GetString(GetUtf8(node));

    /// <summary>Finds the node of a key given as UTF-8, or −1.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(Hash(key) & (uint)mask);
        while (true)
        {
            int found = _slots[slot];
            if (found == 0)
            {
                return -1;
            }

            if (GetUtf8(found - 1).SequenceEqual(key))
            {
                return found - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Finds the node of a key, or −1 (also for a string that is not valid UTF-16, which no key is).</summary>
    public int Find(string key)
    {
        int max = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = max > StackKeyBytes ? ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[StackKeyBytes];
            OperationStatus status = Utf8.FromUtf16(key, bytes, out _, out int written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? Find(bytes[..written]) : -1;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A 32-bit hash of a byte string (multiply–rotate over 8-byte words, then a 64-bit finaliser).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
            int i = 0;
            for (; i + 8 <= key.Length; i += 8)
            {
                h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.AsRef(in key[i]))) * 0xC2B2AE3D27D4EB4FUL, 31);
            }

            ulong tail = 0;
            for (int shift = 0; i < key.Length; i++, shift += 8)
            {
                tail |= (ulong)key[i] << shift;
            }

            h = (h ^ tail) * 0x165667B19E3779F9UL;
            h ^= h >> 29;
            h *= 0x85EBCA77C2B2AE63UL;
            h ^= h >> 32;
            return (uint)h;
        }
    }
}
