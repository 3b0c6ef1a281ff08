using System.Collections.Immutable;
using NetworkGraph.Algorithms;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Surveys;

/// <summary>The survey-level results of a dataset (docs/en/outputs.md, every key except the per-node metrics): what
/// <c>report.json</c> serialises through <see cref="Reports.SurveyReportJsonWriter"/>.</summary>
/// <remarks>Built by <see cref="SurveyAnalyzer.Analyze(SurveyNetwork, int, CancellationToken)"/>. Lists of actors hold actor ids.
/// <para><threadsafety static="true" instance="true"/></para></remarks>
public sealed record SurveyAnalysis
{
    /// <summary>Gets the dataset summary (<c>dataset.*</c>).</summary>
    public required DatasetSummary Dataset { get; init; }

    /// <summary>Gets one summary per layer, in <see cref="SurveyNetwork.Layers"/> order (<c>layers.*</c>).</summary>
    public required ImmutableArray<LayerSummary> Layers { get; init; }

    /// <summary>Gets the questionnaire figures per contact type, in <see cref="SurveyLabels.ContactTypes"/> order (<c>survey.*</c>).</summary>
    public required ImmutableArray<ContactTypeFigures> Survey { get; init; }

    /// <summary>Gets the actors with no tie in layer <c>all</c>, in actor order (<c>isolated</c>).</summary>
    public required ImmutableArray<string> Isolated { get; init; }

    /// <summary>Gets the actors with at least one tie in layer <c>all</c> and weight 1 (very rarely) on every one (<c>peripheral</c>).</summary>
    public required ImmutableArray<string> Peripheral { get; init; }

    /// <summary>Gets the structural gaps (<c>gaps.*</c>).</summary>
    public required SurveyGaps Gaps { get; init; }

    /// <summary>Gets the brokers of layer <c>referral</c> by Gould–Fernandez role, actors with at least one open two-path,
    /// by total descending then id (<c>brokers</c>).</summary>
    public required ImmutableArray<BrokerSummary> Brokers { get; init; }

    /// <summary>Gets the self-positioning (role has / wants / should) per setting of the respondents' actors (<c>self_positioning</c>).</summary>
    public required ImmutableArray<SelfPositioning> SelfPositioning { get; init; }

    /// <summary>Gets the partner names, as written (trimmed), that matched no actor, in ordinal order (<c>validation.unresolved</c>).</summary>
    public required ImmutableArray<string> Unresolved { get; init; }

    /// <summary>Gets the closest actors for each partner name of <see cref="Unresolved"/>, same order, candidates best first
    /// (<see cref="PartnerMatcher"/>; <c>validation.suggestions</c>). Nothing is merged on their account.</summary>
    public ImmutableArray<KeyValuePair<string, ImmutableArray<PartnerSuggestion>>> Suggestions { get; init; } = [];

    /// <summary>Gets the partner names merged into an actor because the user accepted the suggestion, with the actor and
    /// score (<see cref="SurveyDataset.AcceptedSuggestions"/>; <c>validation.accepted</c>).</summary>
    public ImmutableArray<KeyValuePair<string, PartnerSuggestion>> Accepted { get; init; } = [];
}

/// <summary>Dataset counts (<c>dataset.*</c>).</summary>
/// <param name="Actors">Number of actors, unresolved partners included (<c>dataset.actors</c>).</param>
/// <param name="Respondents">Number of respondents (<c>dataset.respondents</c>).</param>
/// <param name="HomeZone">The most common zone among respondents' actors, one count per respondent, empty zones ignored,
/// ties to the ordinal-smallest; null when no respondent's actor has a zone (<c>dataset.home_zone</c>).</param>
public sealed record DatasetSummary(int Actors, int Respondents, string? HomeZone);

/// <summary>Figures of one layer (<c>layers.&lt;layer&gt;.*</c> and <c>modularity.&lt;layer&gt;</c>).</summary>
/// <param name="Layer">The layer.</param>
/// <param name="Nodes">Number of nodes (every actor).</param>
/// <param name="Edges">Number of ties.</param>
/// <param name="Density">m / (n(n − 1)) when the layer is directed, 2m / (n(n − 1)) when undirected, n = every actor
/// (<see cref="Cohesion.Density"/>); 0 when the layer has no tie or n ≤ 1.</param>
/// <param name="Reciprocity">The share of directed ties whose reverse tie exists (NetworkX <c>overall_reciprocity</c>,
/// <see cref="Cohesion.Reciprocity"/>); null for an undirected layer and for a directed layer with no tie (0/0).</param>
/// <param name="Components">Number of weakly connected components, each isolated actor one of them (<see cref="Components.Weak"/>).</param>
/// <param name="Isolated">Number of actors with no tie in the layer.</param>
/// <param name="Modularity">The modularity of the layer's Leiden partition (<see cref="Communities.Leiden"/> with the
/// seed given to <see cref="SurveyAnalyzer.Analyze(SurveyNetwork, int, CancellationToken)"/>, resolution 1, tie weights
/// used; directed layers use the directed modularity of Leicht &amp; Newman); null when the layer has no tie (modularity
/// divides by the total tie weight, so it is undefined there: Leiden then returns singletons with NaN modularity).</param>
public sealed record LayerSummary(SurveyLayer Layer, int Nodes, long Edges, double Density, double? Reciprocity, int Components, int Isolated, double? Modularity);

/// <summary>Questionnaire figures of one contact type (<c>survey.*.&lt;type&gt;</c>).</summary>
/// <remarks>Counts are of respondents. Respondents with no answer row for the type count as <c>none</c>.</remarks>
public sealed record ContactTypeFigures
{
    /// <summary>Gets the contact type.</summary>
    public required ContactType Type { get; init; }

    /// <summary>Gets the respondents per frequency, indexed by <see cref="Frequency"/> value (none … systematically).</summary>
    public required ImmutableArray<int> Frequency { get; init; }

    /// <summary>Gets the respondents with frequency ≠ none citing each channel, in <see cref="SurveyLabels.Channels"/> order.</summary>
    public required ImmutableArray<int> Channels { get; init; }

    /// <summary>Gets the respondents with frequency ≠ none by number of channels cited: index 0 = one channel … 4 = five.</summary>
    public required ImmutableArray<int> ChannelCount { get; init; }

    /// <summary>Gets up to 10 partners whose zone is the home zone, by mentions descending then id (<c>in_zone</c>).</summary>
    public required ImmutableArray<PartnerCount> TopInZone { get; init; }

    /// <summary>Gets up to 10 partners outside the home zone (unresolved partners included), same order (<c>out_of_zone</c>).</summary>
    public required ImmutableArray<PartnerCount> TopOutOfZone { get; init; }
}

/// <summary>A partner and the number of distinct respondents who named it for a contact type.</summary>
/// <param name="Actor">The partner's actor id.</param>
/// <param name="Mentions">Distinct respondents naming it.</param>
public sealed record PartnerCount(string Actor, int Mentions);

/// <summary>Structural gaps (<c>gaps.*</c>).</summary>
public sealed record SurveyGaps
{
    /// <summary>Gets the ties of layer <c>all</c> between settings: [a][b] indexed by <see cref="Setting"/>, symmetric, [a][a] = ties inside a.</summary>
    public required ImmutableArray<ImmutableArray<long>> SettingMixing { get; init; }

    /// <summary>Gets the E-I index of each setting on layer <c>all</c>, indexed by <see cref="Setting"/>; null when the setting has no tie.</summary>
    public required ImmutableArray<double?> EIIndex { get; init; }

    /// <summary>Gets every (hospital-setting actor, ambulatory-setting actor) pair with no tie in layer <c>all</c>, scored by
    /// the resource-allocation index on layer <c>all</c>, best suggestion first (<c>missing_hospital_ambulatory</c>).</summary>
    /// <remarks>
    /// <para>Score: Σ over the common neighbours w of the two actors in layer <c>all</c> of 1 / d(w), d = the number of
    /// ties of w (<see cref="LinkPrediction.ResourceAllocation"/>, NetworkX <c>resource_allocation_index</c>; tie weights
    /// ignored); 0 when they share no partner. It rises with shared partners and discounts partners that are tied to
    /// everyone, such as a "general practitioners" collective, more strongly than Adamic–Adar (1 / ln d) does, which
    /// also predicted missing links better in most networks of the paper.</para>
    /// <para>Order: score descending (scores equal after rounding to 12 decimals count as tied, so that sums of the same
    /// terms in another order rank alike), then hospital id, then ambulatory id (ordinal).</para>
    /// <para>Reference: T. Zhou, L. Lü, Y.-C. Zhang, "Predicting missing links via local information", European Physical
    /// Journal B 71(4):623–630, 2009, <see href="https://doi.org/10.1140/epjb/e2009-00335-8"/>.</para>
    /// </remarks>
    public required ImmutableArray<SuggestedTie> MissingHospitalAmbulatory { get; init; }

    /// <summary>Gets the referral ties from → to with no to → from referral tie and no exchange tie between the two, by from id then to id.</summary>
    public required ImmutableArray<ActorPair> Asymmetric { get; init; }

    /// <summary>Gets the articulation points of layer <c>all</c> (actors whose removal disconnects their component,
    /// <see cref="Components.ArticulationPoints"/>), in actor order (<c>cut_points</c>).</summary>
    public required ImmutableArray<string> CutPoints { get; init; }
}

/// <summary>A missing hospital–ambulatory tie and its link-prediction score (<c>{hospital, ambulatory, score}</c>).</summary>
/// <param name="Hospital">The hospital-setting actor id.</param>
/// <param name="Ambulatory">The ambulatory-setting actor id.</param>
/// <param name="Score">The resource-allocation index of the pair on layer <c>all</c> (see <see cref="SurveyGaps.MissingHospitalAmbulatory"/>).</param>
public sealed record SuggestedTie(string Hospital, string Ambulatory, double Score);

/// <summary>An ordered pair of actors (<c>{from, to}</c>).</summary>
/// <param name="From">The source actor id.</param>
/// <param name="To">The target actor id.</param>
public sealed record ActorPair(string From, string To);

/// <summary>The Gould–Fernandez brokerage counts of one actor on layer <c>referral</c>, groups = settings.</summary>
/// <param name="Actor">The actor id.</param>
/// <param name="Coordinator">a = b = c.</param>
/// <param name="Gatekeeper">b = c ≠ a.</param>
/// <param name="Representative">a = b ≠ c.</param>
/// <param name="Consultant">a = c ≠ b.</param>
/// <param name="Liaison">all different.</param>
public sealed record BrokerSummary(string Actor, long Coordinator, long Gatekeeper, long Representative, long Consultant, long Liaison)
{
    /// <summary>Gets the total number of open two-paths brokered.</summary>
    public long Total => Coordinator + Gatekeeper + Representative + Consultant + Liaison;
}

/// <summary>The self-positioning of the respondents of one setting on the 0–5 scale (0 none … 5 too present).</summary>
/// <param name="Setting">The setting of the respondents' actors.</param>
/// <param name="Respondents">Respondents whose actor has this setting.</param>
/// <param name="Has">The place they have.</param>
/// <param name="Wants">The place they would like to have.</param>
/// <param name="Should">The place they should have.</param>
/// <param name="WantsMinusHas">Mean of (wants − has) over respondents who gave both; null when none did.</param>
/// <param name="ShouldMinusHas">Mean of (should − has) over respondents who gave both; null when none did.</param>
public sealed record SelfPositioning(Setting Setting, int Respondents, RoleStatistic Has, RoleStatistic Wants, RoleStatistic Should, double? WantsMinusHas, double? ShouldMinusHas);

/// <summary>How many respondents gave a role value and its mean.</summary>
/// <param name="Count">Respondents who gave a value.</param>
/// <param name="Mean">The mean value; null when <paramref name="Count"/> is 0.</param>
public sealed record RoleStatistic(int Count, double? Mean);
