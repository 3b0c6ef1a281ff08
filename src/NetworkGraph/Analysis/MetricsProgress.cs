namespace NetworkGraph.Analysis;

/// <summary>Progress of a metrics computation.</summary>
/// <param name="Stage">The stage running (a column name, or <c>components</c>).</param>
/// <param name="Fraction">The fraction of that stage done, in [0, 1].</param>
public readonly record struct MetricsProgress(string Stage, double Fraction);
