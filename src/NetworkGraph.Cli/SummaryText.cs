using System.Globalization;
using NetworkGraph.Reports.Html;

namespace NetworkGraph.Cli;

/// <summary>The sentences of <c>analyze</c>'s human summary on standard output, in one language (<c>--lang</c>).</summary>
/// <remarks>Each sentence is a composite format (<see cref="string.Format(IFormatProvider, string, object[])"/>) read
/// with <see cref="Culture"/>: the French summary writes decimal commas, the English one decimal points.</remarks>
internal sealed class SummaryText
{
    private SummaryText()
    {
    }

    /// <summary>The culture numbers are written in.</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>{0} actors, {1} respondents, home zone {2}</summary>
    public required string Dataset { get; init; }

    /// <summary>isolated actors ({0}): {1}</summary>
    public required string Isolated { get; init; }

    /// <summary>peripheral actors ({0}): {1}</summary>
    public required string Peripheral { get; init; }

    /// <summary>top brokers (referral): {0}</summary>
    public required string Brokers { get; init; }

    /// <summary>{0} ({1}): an actor and a figure in a list.</summary>
    public required string Item { get; init; }

    /// <summary>hospital-ambulatory pairs with no tie: {0}; best suggestions: {1}</summary>
    public required string Missing { get; init; }

    /// <summary>{0} - {1} ({2:0.###}): a suggested pair and its score.</summary>
    public required string Pair { get; init; }

    /// <summary>one-way referral ties: {0}; cut points: {1}</summary>
    public required string OneWayAndCutPoints { get; init; }

    /// <summary>none</summary>
    public required string None { get; init; }

    /// <summary>wrote {0} to {1}</summary>
    public required string Wrote { get; init; }

    /// <summary>{0} nodes, {1} edges ({2}), density {3:0.####}, {4} component(s), {5} isolated</summary>
    public required string Graph { get; init; }

    /// <summary>directed</summary>
    public required string Directed { get; init; }

    /// <summary>undirected</summary>
    public required string Undirected { get; init; }

    /// <summary>{0} communities, modularity {1:0.####}</summary>
    public required string Communities { get; init; }

    /// <summary>top {0}: {1}</summary>
    public required string Top { get; init; }

    /// <summary>The names of the metrics in <see cref="Top"/>, by column name; a column not listed keeps its name.</summary>
    public required IReadOnlyDictionary<string, string> Metrics { get; init; }

    /// <summary>referral ties confirmed by both ends: {0} (by sender's setting: {1})</summary>
    public required string Confirmed { get; init; }

    /// <summary>named but not surveyed ({0}): {1}</summary>
    public required string NotSurveyed { get; init; }

    /// <summary>respondents who named no partner ({0}): {1}</summary>
    public required string Silent { get; init; }

    /// <summary>self-contradicting answers: {0}; first: {1}</summary>
    public required string Inconsistent { get; init; }

    /// <summary>merged partner '{0}' into {1} [{2}] (score {3:0.##})</summary>
    public required string Merged { get; init; }

    /// <summary>partner names that matched no actor: {0}</summary>
    public required string Unmatched { get; init; }

    /// <summary>  '{0}': no close actor</summary>
    public required string NoClose { get; init; }

    /// <summary>  '{0}': did you mean {1} [{2}] (score {3:0.##})?</summary>
    public required string DidYouMean { get; init; }

    /// <summary>  … and {0} more (report.json, validation.suggestions)</summary>
    public required string More { get; init; }

    /// <summary>{0:0}%: a share in percent.</summary>
    public required string Percent { get; init; }

    /// <summary>The advice to run again with --accept-suggestions.</summary>
    public required string AcceptHint { get; init; }

    /// <summary>English, as the summary has always read.</summary>
    public static SummaryText English { get; } = new()
    {
        Culture = CultureInfo.InvariantCulture,
        Dataset = "{0} actors, {1} respondents, home zone {2}",
        Isolated = "isolated actors ({0}): {1}",
        Peripheral = "peripheral actors ({0}): {1}",
        Brokers = "top brokers (referral): {0}",
        Item = "{0} ({1})",
        Missing = "hospital-ambulatory pairs with no tie: {0}; best suggestions: {1}",
        Pair = "{0} - {1} ({2:0.###})",
        OneWayAndCutPoints = "one-way referral ties: {0}; cut points: {1}",
        None = "none",
        Wrote = "wrote {0} to {1}",
        Graph = "{0} nodes, {1} edges ({2}), density {3:0.####}, {4} component(s), {5} isolated",
        Directed = "directed",
        Undirected = "undirected",
        Communities = "{0} communities, modularity {1:0.####}",
        Top = "top {0}: {1}",
        Percent = "{0:0}%",
        Confirmed = "referral ties confirmed by both ends: {0} (by sender's setting: {1})",
        NotSurveyed = "named but not surveyed ({0}): {1}",
        Silent = "respondents who named no partner ({0}): {1}",
        Inconsistent = "self-contradicting answers: {0}; first: {1}",
        Merged = "merged partner '{0}' into {1} [{2}] (score {3:0.##})",
        Unmatched = "partner names that matched no actor: {0}",
        NoClose = "  '{0}': no close actor",
        DidYouMean = "  '{0}': did you mean {1} [{2}] (score {3:0.##})?",
        More = "  … and {0} more (report.json, validation.suggestions)",
        AcceptHint = "  nothing was merged on these suggestions; to merge the close ones, run again with --accept-suggestions SCORE (e.g. 0.9)",
        Metrics = new Dictionary<string, string>(StringComparer.Ordinal),
    };

    /// <summary>French, in the words of the questionnaire and of the French report.</summary>
    public static SummaryText French { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        Dataset = "{0} acteurs, {1} répondants, zone de référence {2}",
        Isolated = "acteurs isolés ({0}) : {1}",
        Peripheral = "acteurs périphériques ({0}) : {1}",
        Brokers = "principaux intermédiaires (orientation) : {0}",
        Item = "{0} ({1})",
        Missing = "paires hôpital-ambulatoire sans aucun lien : {0} ; meilleures suggestions : {1}",
        Pair = "{0} - {1} ({2:0.###})",
        OneWayAndCutPoints = "orientations à sens unique : {0} ; points de rupture : {1}",
        None = "aucun",
        Wrote = "fichiers écrits dans {1} : {0}",
        Graph = "{0} nœuds, {1} liens ({2}), densité {3:0.####}, {4} composante(s), {5} isolé(s)",
        Directed = "orientés",
        Undirected = "non orientés",
        Communities = "{0} communautés, modularité {1:0.####}",
        Top = "en tête pour {0} : {1}",
        Percent = "{0:0} %",
        Confirmed = "orientations confirmées par les deux acteurs : {0} (selon le secteur de l'envoyeur : {1})",
        NotSurveyed = "acteurs cités mais non interrogés ({0}) : {1}",
        Silent = "répondants qui n'ont cité aucun partenaire ({0}) : {1}",
        Inconsistent = "réponses contradictoires : {0} ; la première : {1}",
        Merged = "partenaire « {0} » rattaché à {1} [{2}] (score {3:0.##})",
        Unmatched = "noms de partenaires sans acteur correspondant : {0}",
        NoClose = "  « {0} » : aucun acteur proche",
        DidYouMean = "  « {0} » : acteur le plus proche, {1} [{2}] (score {3:0.##})",
        More = "  … et {0} autres (report.json, validation.suggestions)",
        AcceptHint = "  rien n'a été fusionné d'après ces suggestions ; pour rattacher les plus proches, relancez avec --accept-suggestions SCORE (par exemple 0.9)",
        Metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["betweenness"] = "l'intermédiarité",
            ["pagerank"] = "le PageRank",
        },
    };

    /// <summary>The sentences of a language.</summary>
    public static SummaryText For(ReportLanguage language) => language == ReportLanguage.French ? French : English;

    /// <summary>Formats one sentence with <see cref="Culture"/>.</summary>
    public string Format(string format, params object?[] args) => string.Format(Culture, format, args);

    /// <summary>The name of a metric column in <see cref="Top"/>.</summary>
    public string Metric(string column) => Metrics.TryGetValue(column, out string? name) ? name : column;
}
