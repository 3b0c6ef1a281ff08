namespace NetworkGraph.Algorithms;

/// <summary>A neighbourhood-based link-prediction score (see <see cref="LinkPrediction"/>).</summary>
public enum LinkPredictionScore
{
    /// <summary>The number of common neighbours, |N(u) ∩ N(v)|.</summary>
    CommonNeighbors,

    /// <summary>The Jaccard coefficient, |N(u) ∩ N(v)| / |N(u) ∪ N(v)|.</summary>
    Jaccard,

    /// <summary>The Adamic–Adar index, Σ over common neighbours w of 1 / ln d(w).</summary>
    AdamicAdar,

    /// <summary>The resource-allocation index, Σ over common neighbours w of 1 / d(w).</summary>
    ResourceAllocation,
}
