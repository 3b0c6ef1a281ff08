namespace NetworkGraph.Algorithms;

/// <summary>Visits the common elements of two sorted, repeat-free rows, by merging or, when one row is much
/// shorter, by binary search of its elements in the other.</summary>
internal static class SortedIntersection
{
    /// <summary>Receives the positions of one common element in each row.</summary>
    public interface IVisitor
    {
        void Common(int indexInA, int indexInB);
    }

    public static void ForEach<TVisitor>(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ref TVisitor visitor)
        where TVisitor : struct, IVisitor, allows ref struct
    {
        if (a.Length * 16 < b.Length)
        {
            int offset = 0;
            for (int i = 0; i < a.Length; i++)
            {
                int k = b[offset..].BinarySearch(a[i]);
                if (k >= 0)
                {
                    visitor.Common(i, offset + k);
                    offset += k + 1;
                }
                else
                {
                    offset += ~k;
                }

                if (offset >= b.Length)
                {
                    return;
                }
            }

            return;
        }

        if (b.Length * 16 < a.Length)
        {
            int offset = 0;
            for (int j = 0; j < b.Length; j++)
            {
                int k = a[offset..].BinarySearch(b[j]);
                if (k >= 0)
                {
                    visitor.Common(offset + k, j);
                    offset += k + 1;
                }
                else
                {
                    offset += ~k;
                }

                if (offset >= a.Length)
                {
                    return;
                }
            }

            return;
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            int p = a[x], q = b[y];
            if (p < q)
            {
                x++;
            }
            else if (p > q)
            {
                y++;
            }
            else
            {
                visitor.Common(x++, y++);
            }
        }
    }
}
