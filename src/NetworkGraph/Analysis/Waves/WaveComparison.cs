using System.Collections.Immutable;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Waves;

/// <summary>What changed between two survey waves of the same care network (<c>compare.json</c>).</summary>
/// <remarks>Built by <see cref="WaveComparer.Compare"/>. Actor ids are those of the second wave: ids of the first wave
/// are translated through the <see cref="ActorMapping"/> first. Pairs of undirected layers are written with
/// <see cref="ActorPair.From"/> &lt; <see cref="ActorPair.To"/> (ordinal). Every list is sorted ordinally.
/// <para><threadsafety static="true" instance="true"/></para></remarks>
public sealed record WaveComparison
{
    /// <summary>Gets the first wave's dataset path, as given.</summary>
    public required string SourceA { get; init; }

    /// <summary>Gets the second wave's dataset path, as given.</summary>
    public required string SourceB { get; init; }

    /// <summary>Gets the changes of each layer, in <see cref="SurveyNetwork.Layers"/> order.</summary>
    public required ImmutableArray<LayerChange> Layers { get; init; }

    /// <summary>Gets the actors isolated (no tie in layer <c>all</c>) in the first wave and tied in the second.</summary>
    public required ImmutableArray<string> IsolatedResolved { get; init; }

    /// <summary>Gets the actors tied in the first wave and isolated in the second (actors of both waves only).</summary>
    public required ImmutableArray<string> IsolatedNew { get; init; }

    /// <summary>Gets the (hospital, ambulatory) pairs with no tie in layer <c>all</c> of the first wave and one in the second.</summary>
    public required ImmutableArray<HospitalAmbulatoryPair> HospitalAmbulatoryLinked { get; init; }

    /// <summary>Gets the (hospital, ambulatory) pairs tied in layer <c>all</c> of the first wave and not in the second.</summary>
    public required ImmutableArray<HospitalAmbulatoryPair> HospitalAmbulatoryLost { get; init; }

    /// <summary>Gets the one-way referrals of the first wave (a → b in layer <c>referral</c>, no b → a) that are reciprocal in the second.</summary>
    public required ImmutableArray<ActorPair> BecameReciprocal { get; init; }

    /// <summary>Gets the actors of both waves whose PageRank rank on layer <c>all</c> moved most, largest move first.</summary>
    public required ImmutableArray<RankMove> RankMovers { get; init; }

    /// <summary>Gets the questionnaire figures of both waves per contact type.</summary>
    public required ImmutableArray<SurveyFiguresPair> Survey { get; init; }

    /// <summary>Gets the E-I index of each setting on layer <c>all</c> in both waves and its permutation test.</summary>
    public required ImmutableArray<SettingChange> EIIndex { get; init; }

    /// <summary>Gets the number of hospital–ambulatory ties of layer <c>all</c> in both waves and its permutation test.</summary>
    public required HeadlineDelta HospitalAmbulatoryTies { get; init; }

    /// <summary>Gets the number of resampling rounds used by the permutation tests (0 when they were not run).</summary>
    public required int Permutations { get; init; }

    /// <summary>Gets the seed of the permutation tests.</summary>
    public required int Seed { get; init; }
}

/// <summary>A hospital-setting actor and an ambulatory-setting actor (<c>{hospital, ambulatory}</c>).</summary>
/// <param name="Hospital">The hospital-setting actor id.</param>
/// <param name="Ambulatory">The ambulatory-setting actor id.</param>
public sealed record HospitalAmbulatoryPair(string Hospital, string Ambulatory);

/// <summary>A figure in both waves, its change and, when tested, how often chance alone gives a change as large.</summary>
/// <param name="A">The value in the first wave (null when undefined).</param>
/// <param name="B">The value in the second wave (null when undefined).</param>
/// <param name="PValue">The two-sided permutation p-value (1 + exceed) / (R + 1) of <see cref="Delta"/>; null when not tested.</param>
public sealed record HeadlineDelta(double? A, double? B, double? PValue)
{
    /// <summary>Gets B − A, or null when either is undefined.</summary>
    public double? Delta => A is { } a && B is { } b ? b - a : null;
}

/// <summary>The changes of one layer.</summary>
/// <param name="Layer">The layer.</param>
/// <param name="Gained">Ties of the second wave absent from the first.</param>
/// <param name="Lost">Ties of the first wave absent from the second.</param>
/// <param name="Density">The density (as in <c>report.json</c>) of both waves, each over its own actors, tested.</param>
/// <param name="Reciprocity">The reciprocity of both waves (null for undirected layers), tested.</param>
/// <param name="Modularity">The modularity of both waves' Leiden partitions (not tested).</param>
public sealed record LayerChange(SurveyLayer Layer, ImmutableArray<ActorPair> Gained, ImmutableArray<ActorPair> Lost,
    HeadlineDelta Density, HeadlineDelta Reciprocity, HeadlineDelta Modularity);

/// <summary>A figure of one setting in both waves.</summary>
/// <param name="Setting">The setting.</param>
/// <param name="Value">The figure in both waves and its test.</param>
public sealed record SettingChange(Model.Setting Setting, HeadlineDelta Value);

/// <summary>An actor's rank (1 = highest PageRank on layer <c>all</c>, ties by id) in both waves.</summary>
/// <param name="Actor">The actor id (second wave).</param>
/// <param name="RankA">The rank in the first wave.</param>
/// <param name="RankB">The rank in the second wave.</param>
public sealed record RankMove(string Actor, int RankA, int RankB)
{
    /// <summary>Gets RankA − RankB: positive when the actor climbed.</summary>
    public int Change => RankA - RankB;
}

/// <summary>The questionnaire figures of one contact type in both waves.</summary>
/// <param name="A">The first wave's figures.</param>
/// <param name="B">The second wave's figures.</param>
public sealed record SurveyFiguresPair(ContactTypeFigures A, ContactTypeFigures B);
