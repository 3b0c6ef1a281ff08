using System.Diagnostics;

namespace NetworkGraph.Graphs;

/// <summary>A partition of a graph's nodes into connected components: one label per node.</summary>
/// <remarks>
/// <para>Labels are numbered <c>0 … Count − 1</c> in order of each component's first node (its smallest
/// node index), so node 0 is always in component 0 and the labelling does not depend on the algorithm
/// that found the components. An isolated node is a component of its own.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class ComponentLabels
{
    private readonly int[] _labels;
    private readonly int[] _sizes;

    internal ComponentLabels(int[] labels, int count)
    {
        _labels = labels;
        _sizes = new int[count];
        foreach (int label in labels)
        {
            Debug.Assert((uint)label < (uint)count, "labels lie in [0, count)");
            _sizes[label]++;
        }
    }

    /// <summary>Gets the number of components.</summary>
    public int Count => _sizes.Length;

    /// <summary>Gets the number of nodes labelled.</summary>
    public int NodeCount => _labels.Length;

    /// <summary>Gets the component label of every node, indexed by node.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>Gets the number of nodes of every component, indexed by label.</summary>
    public ReadOnlySpan<int> Sizes => _sizes;

    /// <summary>Gets the size of the largest component (0 for the empty graph).</summary>
    public int LargestSize => _sizes.Length == 0 ? 0 : _sizes.Max();

    /// <summary>Gets the component label of <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is not a node index.</exception>
    public int this[int node]
    {
        get
        {
            if (unchecked((uint)node >= (uint)_labels.Length))
            {
                throw new ArgumentOutOfRangeException(nameof(node), node, $"Node {node} is not in the graph ({_labels.Length} nodes).");
            }

            return _labels[node];
        }
    }

    /// <summary>Gets the nodes of component <paramref name="label"/>, in increasing order.</summary>
    /// <remarks>O(n): scans the labels.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not in <c>[0, Count)</c>.</exception>
    public int[] Members(int label)
    {
        if (unchecked((uint)label >= (uint)_sizes.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(label), label, $"Component {label} does not exist ({_sizes.Length} components).");
        }

        int[] members = new int[_sizes[label]];
        int k = 0;
        for (int v = 0; v < _labels.Length && k < members.Length; v++)
        {
            if (_labels[v] == label)
            {
                members[k++] = v;
            }
        }

        return members;
    }

    /// <summary>Relabels arbitrary component ids (<c>0 … idCount − 1</c>) in order of each component's first node.</summary>
    internal static ComponentLabels FromIds(int[] ids, int idCount)
    {
        int[] map = new int[idCount];
        Array.Fill(map, -1);
        int next = 0;
        for (int v = 0; v < ids.Length; v++)
        {
            int id = ids[v];
            int label = map[id];
            if (label < 0)
            {
                label = map[id] = next++;
            }

            ids[v] = label;
        }

        return new ComponentLabels(ids, next);
    }
}
