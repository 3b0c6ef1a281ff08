namespace NetworkGraph.Analysis.Waves;

/// <summary>Options of <see cref="WaveComparer.Compare"/>.</summary>
public sealed record WaveComparisonOptions
{
    /// <summary>Gets the translation of first-wave actor ids to second-wave ids (renamed or merged actors); null for none.</summary>
    public ActorMapping? Mapping { get; init; }

    /// <summary>Gets the number of resampling rounds R of the permutation tests (0 skips them). Default 999.</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Gets the seed of the permutation tests (same seed, same p-values). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets how many rank movers to list. Default 10.</summary>
    public int RankMovers { get; init; } = 10;
}
