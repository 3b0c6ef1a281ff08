namespace NetworkGraph.IO;

/// <summary>The value type of a <see cref="NodeAttributeColumn"/>.</summary>
public enum NodeAttributeType
{
    /// <summary>A 64-bit floating-point number (GraphML <c>double</c>, GEXF <c>double</c>).</summary>
    Double = 0,

    /// <summary>A string (GraphML and GEXF <c>string</c>).</summary>
    String = 1,
}
