using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace NetworkGraph.Internal;

/// <summary>
/// Software prefetch hints for loops whose next random accesses are known a few steps ahead (e.g. the next nodes of
/// a peeling order): the loads of several steps overlap instead of waiting on one cache miss at a time.
/// </summary>
/// <remarks>
/// A prefetch is only a hint: it never faults and never changes a value, so an index past the end of the array or
/// an array moved by the GC in between costs a wasted hint, not a wrong result. No-op where SSE is not available.
/// </remarks>
internal static class CachePrefetch
{
    /// <summary>Hints that <c>array[index]</c> is about to be read. No bounds check: any index is harmless.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Read(int[] array, int index)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)(uint)index)));
        }
    }
}
