namespace NetworkGraph.Reports.Html;

/// <summary>Every label and sentence of the HTML report and of the CLI's human summary, in one language.</summary>
/// <remarks>Sentences with <c>{0}</c>, <c>{1}</c>… are composite formats (<see cref="string.Format(IFormatProvider, string, object[])"/>).</remarks>
public sealed class ReportText
{
    private ReportText()
    {
    }

    /// <summary>Care network analysis</summary>
    public required string Title { get; init; }

    /// <summary>Contents</summary>
    public required string Contents { get; init; }

    /// <summary>What to look at first</summary>
    public required string SummaryHeading { get; init; }

    /// <summary>{0} of the {1} actors have no tie at all and {2} more have only very rare contacts: they are the first to reach.</summary>
    public required string SummaryIsolated { get; init; }

    /// <summary>The most promising missing hospital ↔ ambulatory link is {0} ↔ {1}; {2} such pairs have no tie.</summary>
    public required string SummarySuggestion { get; init; }

    /// <summary>Every hospital actor already has a tie with every ambulatory actor.</summary>
    public required string SummaryNoSuggestion { get; init; }

    /// <summary>{0} actors hold the network together (removing one disconnects it){1}.</summary>
    public required string SummaryCutPoints { get; init; }

    /// <summary>, first of all {0}</summary>
    public required string SummaryCutPointsFirst { get; init; }

    /// <summary>Of the referral ties between two surveyed actors, {0} were reported by both ends; …</summary>
    public required string SummaryQuality { get; init; }

    /// <summary>No referral tie links two surveyed actors, so none can be confirmed; …</summary>
    public required string SummaryQualityNoShare { get; init; }

    /// <summary>How far the answers can be trusted</summary>
    public required string Quality { get; init; }

    /// <summary>referral ties confirmed by both ends</summary>
    public required string ConfirmedShare { get; init; }

    /// <summary>… of which sent by a {0} actor</summary>
    public required string ConfirmedBySetting { get; init; }

    /// <summary>actors named as partners but not surveyed</summary>
    public required string NotSurveyed { get; init; }

    /// <summary>respondents who named no partner</summary>
    public required string SilentRespondents { get; init; }

    /// <summary>partner names that matched no actor</summary>
    public required string UnresolvedPartners { get; init; }

    /// <summary>self-contradicting answers</summary>
    public required string Inconsistent { get; init; }

    /// <summary>The survey</summary>
    public required string Dataset { get; init; }

    /// <summary>figure</summary>
    public required string Figure { get; init; }

    /// <summary>value</summary>
    public required string Value { get; init; }

    /// <summary>actors</summary>
    public required string Actors { get; init; }

    /// <summary>respondents</summary>
    public required string Respondents { get; init; }

    /// <summary>home zone</summary>
    public required string HomeZone { get; init; }

    /// <summary>Layers of the network</summary>
    public required string Layers { get; init; }

    /// <summary>layer</summary>
    public required string LayerColumn { get; init; }

    /// <summary>actors</summary>
    public required string Nodes { get; init; }

    /// <summary>ties</summary>
    public required string Ties { get; init; }

    /// <summary>density</summary>
    public required string Density { get; init; }

    /// <summary>reciprocity</summary>
    public required string Reciprocity { get; init; }

    /// <summary>components</summary>
    public required string Components { get; init; }

    /// <summary>isolated</summary>
    public required string Isolated { get; init; }

    /// <summary>modularity</summary>
    public required string Modularity { get; init; }

    /// <summary>The questionnaire</summary>
    public required string Questionnaire { get; init; }

    /// <summary>How often: {0}</summary>
    public required string FrequencyOf { get; init; }

    /// <summary>Channels used: {0}</summary>
    public required string ChannelsOf { get; init; }

    /// <summary>Number of channels: {0}</summary>
    public required string ChannelCountOf { get; init; }

    /// <summary>Top 10 partners in the zone: {0}</summary>
    public required string TopInZoneOf { get; init; }

    /// <summary>Top 10 partners outside the zone: {0}</summary>
    public required string TopOutOfZoneOf { get; init; }

    /// <summary>frequency</summary>
    public required string Frequency { get; init; }

    /// <summary>channel</summary>
    public required string Channel { get; init; }

    /// <summary>channels cited</summary>
    public required string ChannelsCited { get; init; }

    /// <summary>partner</summary>
    public required string Partner { get; init; }

    /// <summary>respondents naming it</summary>
    public required string Mentions { get; init; }

    /// <summary>%</summary>
    public required string Percent { get; init; }

    /// <summary>none</summary>
    public required string None { get; init; }

    /// <summary>Place in the network (has / wants / should)</summary>
    public required string SelfPositioningHeading { get; init; }

    /// <summary>Each respondent rated, from 0 (none) to 5 (too present), the place their service has, wants and should have in the network.</summary>
    public required string SelfPositioningExplain { get; init; }

    /// <summary>setting</summary>
    public required string Setting { get; init; }

    /// <summary>has</summary>
    public required string Has { get; init; }

    /// <summary>wants</summary>
    public required string Wants { get; init; }

    /// <summary>should</summary>
    public required string Should { get; init; }

    /// <summary>wants − has</summary>
    public required string WantsMinusHas { get; init; }

    /// <summary>should − has</summary>
    public required string ShouldMinusHas { get; init; }

    /// <summary>The network</summary>
    public required string Network { get; init; }

    /// <summary>Drag to pan, scroll to zoom, hover or tap an actor for its card. Isolated actors are shown apart, on the right. The layout is computed with a fixed seed: it is the same at every opening.</summary>
    public required string MapExplain { get; init; }

    /// <summary>The interactive map was not built into this copy of NetworkGraph (Node.js was absent at build time); the tables below hold the same figures.</summary>
    public required string MapUnavailable { get; init; }

    /// <summary>Layer:</summary>
    public required string Layer { get; init; }

    /// <summary>Size by:</summary>
    public required string SizeBy { get; init; }

    /// <summary>Search an actor</summary>
    public required string Search { get; init; }

    /// <summary>Search an actor by name…</summary>
    public required string SearchPlaceholder { get; init; }

    /// <summary>Draw the suggested hospital ↔ ambulatory links</summary>
    public required string ShowSuggestions { get; init; }

    /// <summary>Settings (colour)</summary>
    public required string SettingLegend { get; init; }

    /// <summary>{0} ties shown</summary>
    public required string VisibleTies { get; init; }

    /// <summary>zone</summary>
    public required string Zone { get; init; }

    /// <summary>isolated</summary>
    public required string IsolatedActor { get; init; }

    /// <summary>The gaps</summary>
    public required string Gaps { get; init; }

    /// <summary>Isolated actors</summary>
    public required string IsolatedActors { get; init; }

    /// <summary>An isolated actor has no tie in any layer: nobody named it and it named nobody.</summary>
    public required string IsolatedExplain { get; init; }

    /// <summary>Peripheral actors</summary>
    public required string PeripheralActors { get; init; }

    /// <summary>A peripheral actor's ties are all very rare contacts.</summary>
    public required string PeripheralExplain { get; init; }

    /// <summary>actor</summary>
    public required string Actor { get; init; }

    /// <summary>Missing hospital ↔ ambulatory links</summary>
    public required string Missing { get; init; }

    /// <summary>Pairs of a hospital actor and an ambulatory actor with no tie, pairs inside the home zone first, then by score: the score (resource allocation) is high when the two share partners who have few other partners.</summary>
    public required string MissingExplain { get; init; }

    /// <summary>{0} pairs in all, {1} inside the zone; the first {2} are listed.</summary>
    public required string MissingCount { get; init; }

    /// <summary>Zone:</summary>
    public required string ZoneFilter { get; init; }

    /// <summary>all</summary>
    public required string AllZones { get; init; }

    /// <summary>hospital</summary>
    public required string Hospital { get; init; }

    /// <summary>ambulatory</summary>
    public required string Ambulatory { get; init; }

    /// <summary>score</summary>
    public required string Score { get; init; }

    /// <summary>in the zone</summary>
    public required string InZone { get; init; }

    /// <summary>yes</summary>
    public required string Yes { get; init; }

    /// <summary>no</summary>
    public required string No { get; init; }

    /// <summary>One-way referrals</summary>
    public required string OneWay { get; init; }

    /// <summary>A referral from one actor to another with no referral back and no information exchange between them, heaviest first (weight = frequency code + 1).</summary>
    public required string OneWayExplain { get; init; }

    /// <summary>from</summary>
    public required string From { get; init; }

    /// <summary>to</summary>
    public required string To { get; init; }

    /// <summary>weight</summary>
    public required string Weight { get; init; }

    /// <summary>Cut points</summary>
    public required string CutPoints { get; init; }

    /// <summary>A cut point is an actor whose removal splits the network (layer all) into more pieces.</summary>
    public required string CutPointsExplain { get; init; }

    /// <summary>Brokers and their roles</summary>
    public required string Brokers { get; init; }

    /// <summary>Counts of referral paths A → B → C where B links two actors, by the settings involved (Gould &amp; Fernandez, 1989).</summary>
    public required string BrokersExplain { get; init; }

    /// <summary>coordinator</summary>
    public required string Coordinator { get; init; }

    /// <summary>coordinator: links two actors of its own setting.</summary>
    public required string CoordinatorExplain { get; init; }

    /// <summary>gatekeeper</summary>
    public required string Gatekeeper { get; init; }

    /// <summary>gatekeeper: lets an outside actor reach its own setting.</summary>
    public required string GatekeeperExplain { get; init; }

    /// <summary>representative</summary>
    public required string Representative { get; init; }

    /// <summary>representative: carries its own setting's referrals to another setting.</summary>
    public required string RepresentativeExplain { get; init; }

    /// <summary>consultant</summary>
    public required string Consultant { get; init; }

    /// <summary>consultant: links two actors of one other setting.</summary>
    public required string ConsultantExplain { get; init; }

    /// <summary>liaison</summary>
    public required string Liaison { get; init; }

    /// <summary>liaison: links two different settings, neither its own.</summary>
    public required string LiaisonExplain { get; init; }

    /// <summary>total</summary>
    public required string Total { get; init; }

    /// <summary>E-I index per setting</summary>
    public required string EIIndex { get; init; }

    /// <summary>The E-I index is (ties outside the setting − ties inside) / all ties: −1 means a setting that keeps to itself, +1 one that only works outward.</summary>
    public required string EIExplain { get; init; }

    /// <summary>Top actors per metric</summary>
    public required string TopActors { get; init; }

    /// <summary>Distributions of the main metrics</summary>
    public required string Distributions { get; init; }

    /// <summary>interval</summary>
    public required string Bin { get; init; }

    /// <summary>actors</summary>
    public required string Count { get; init; }

    /// <summary>directed</summary>
    public required string Directed { get; init; }

    /// <summary>communities</summary>
    public required string Communities { get; init; }

    /// <summary>The map shows a sample of {0} of the {1} nodes (the most connected) and the ties between them: a browser cannot draw more smoothly.</summary>
    public required string SampledMap { get; init; }

    /// <summary>The graph</summary>
    public required string Graph { get; init; }

    /// <summary>Survey waves</summary>
    public required string WavesTitle { get; init; }

    /// <summary>wave</summary>
    public required string Wave { get; init; }

    /// <summary>status</summary>
    public required string Status { get; init; }

    /// <summary>No wave yet.</summary>
    public required string NoWaves { get; init; }

    /// <summary>ingested</summary>
    public required string Ingested { get; init; }

    /// <summary>directory of services</summary>
    public required string DirectoryLink { get; init; }

    /// <summary>changes since {0}</summary>
    public required string ChangesSince { get; init; }

    /// <summary>Compare two waves</summary>
    public required string CompareHeading { get; init; }

    /// <summary>Earlier wave</summary>
    public required string EarlierWave { get; init; }

    /// <summary>Later wave</summary>
    public required string LaterWave { get; init; }

    /// <summary>Compare</summary>
    public required string CompareButton { get; init; }

    /// <summary>Language of the pages:</summary>
    public required string PageLanguage { get; init; }

    /// <summary>sending</summary>
    public required string Sending { get; init; }

    /// <summary>receiving</summary>
    public required string Receiving { get; init; }

    /// <summary>information exchange</summary>
    public required string Exchange { get; init; }

    /// <summary>referral</summary>
    public required string Referral { get; init; }

    /// <summary>all contacts</summary>
    public required string AllLayers { get; init; }

    /// <summary>none, very rarely, occasionally, regularly, systematically.</summary>
    public required IReadOnlyList<string> FrequencyNames { get; init; }

    /// <summary>phone, mail / e-mail, concertation meeting, informal meeting, other.</summary>
    public required IReadOnlyList<string> ChannelNames { get; init; }

    /// <summary>hospital, ambulatory, social, other.</summary>
    public required IReadOnlyList<string> SettingNames { get; init; }

    /// <summary>The language of these texts.</summary>
    public required ReportLanguage Language { get; init; }

    /// <summary>The English texts.</summary>
    public static ReportText English { get; } = new()
    {
        Language = ReportLanguage.English,
        Title = "Care network analysis",
        Contents = "Contents",
        SummaryHeading = "What to look at first",
        SummaryIsolated = "{0} of the {1} actors have no tie at all and {2} more have only very rare contacts: they are the first to reach.",
        SummarySuggestion = "The most promising missing hospital ↔ ambulatory link is {0} ↔ {1}; {2} such pairs have no tie.",
        SummaryNoSuggestion = "Every hospital actor already has a tie with every ambulatory actor.",
        SummaryCutPoints = "{0} actors hold the network together (removing one disconnects it){1}.",
        SummaryCutPointsFirst = ", first of all {0}",
        SummaryQuality = "Of the referral ties between two surveyed actors, {0} were reported by both ends; {1} actors named as partners were not surveyed and {2} respondents named no partner.",
        SummaryQualityNoShare = "No referral tie links two surveyed actors, so none can be confirmed; {1} actors named as partners were not surveyed and {2} respondents named no partner.",
        Quality = "How far the answers can be trusted",
        ConfirmedShare = "referral ties between surveyed actors confirmed by both ends",
        ConfirmedBySetting = "… of those sent by a {0} actor",
        NotSurveyed = "actors named as partners but not surveyed",
        SilentRespondents = "respondents who named no partner",
        UnresolvedPartners = "partner names that matched no actor",
        Inconsistent = "self-contradicting answers",
        Dataset = "The survey",
        Figure = "figure",
        Value = "value",
        Actors = "actors",
        Respondents = "respondents",
        HomeZone = "home zone",
        Layers = "Layers of the network",
        LayerColumn = "layer",
        Nodes = "actors",
        Ties = "ties",
        Density = "density",
        Reciprocity = "reciprocity",
        Components = "components",
        Isolated = "isolated",
        Modularity = "modularity",
        Questionnaire = "The questionnaire",
        FrequencyOf = "How often: {0}",
        ChannelsOf = "Channels used: {0}",
        ChannelCountOf = "Number of channels: {0}",
        TopInZoneOf = "Top 10 partners in the zone: {0}",
        TopOutOfZoneOf = "Top 10 partners outside the zone: {0}",
        Frequency = "frequency",
        Channel = "channel",
        ChannelsCited = "channels cited",
        Partner = "partner",
        Mentions = "respondents naming it",
        Percent = "%",
        None = "none",
        SelfPositioningHeading = "Place in the network (has / wants / should)",
        SelfPositioningExplain = "Each respondent rated, from 0 (none) to 5 (too present), the place their service has, wants and should have in the network.",
        Setting = "setting",
        Has = "has",
        Wants = "wants",
        Should = "should",
        WantsMinusHas = "wants − has",
        ShouldMinusHas = "should − has",
        Network = "The network",
        MapExplain = "Drag to pan, scroll to zoom, hover or tap an actor for its card. Isolated actors are shown apart, on the right. The layout is computed with a fixed seed: it is the same at every opening.",
        MapUnavailable = "The interactive map was not built into this copy of NetworkGraph (Node.js was absent at build time); the tables below hold the same figures.",
        Layer = "Layer:",
        SizeBy = "Size by:",
        Search = "Search an actor",
        SearchPlaceholder = "Search an actor by name…",
        ShowSuggestions = "Draw the suggested hospital ↔ ambulatory links",
        SettingLegend = "Settings (colour)",
        VisibleTies = "{0} ties shown",
        Zone = "zone",
        IsolatedActor = "isolated",
        Gaps = "The gaps",
        IsolatedActors = "Isolated actors",
        IsolatedExplain = "An isolated actor has no tie in any layer: nobody named it and it named nobody.",
        PeripheralActors = "Peripheral actors",
        PeripheralExplain = "A peripheral actor's ties are all very rare contacts.",
        Actor = "actor",
        Missing = "Missing hospital ↔ ambulatory links",
        MissingExplain = "Pairs of a hospital actor and an ambulatory actor with no tie, pairs inside the home zone first, then by score: the score (resource allocation) is high when the two share partners who have few other partners.",
        MissingCount = "{0} pairs in all, {1} inside the zone; the first {2} are listed.",
        ZoneFilter = "Zone:",
        AllZones = "all",
        Hospital = "hospital",
        Ambulatory = "ambulatory",
        Score = "score",
        InZone = "in the zone",
        Yes = "yes",
        No = "no",
        OneWay = "One-way referrals",
        OneWayExplain = "A referral from one actor to another with no referral back and no information exchange between them, heaviest first (weight = frequency code + 1).",
        From = "from",
        To = "to",
        Weight = "weight",
        CutPoints = "Cut points",
        CutPointsExplain = "A cut point is an actor whose removal splits the network (layer all) into more pieces.",
        Brokers = "Brokers and their roles",
        BrokersExplain = "Counts of referral paths A → B → C where B links two actors, by the settings involved (Gould & Fernandez, 1989).",
        Coordinator = "coordinator",
        CoordinatorExplain = "coordinator: links two actors of its own setting.",
        Gatekeeper = "gatekeeper",
        GatekeeperExplain = "gatekeeper: lets an outside actor reach its own setting.",
        Representative = "representative",
        RepresentativeExplain = "representative: carries its own setting's referrals to another setting.",
        Consultant = "consultant",
        ConsultantExplain = "consultant: links two actors of one other setting.",
        Liaison = "liaison",
        LiaisonExplain = "liaison: links two different settings, neither its own.",
        Total = "total",
        EIIndex = "E-I index per setting",
        EIExplain = "The E-I index is (ties outside the setting − ties inside) / all ties: −1 means a setting that keeps to itself, +1 one that only works outward.",
        TopActors = "Top actors per metric",
        Distributions = "Distributions of the main metrics",
        Bin = "interval",
        Count = "actors",
        Directed = "directed",
        Communities = "communities",
        SampledMap = "The map shows a sample of {0} of the {1} nodes (the most connected) and the ties between them: a browser cannot draw more smoothly.",
        Graph = "The graph",
        WavesTitle = "Survey waves",
        Wave = "wave",
        Status = "status",
        NoWaves = "No wave yet.",
        Ingested = "ingested",
        DirectoryLink = "directory of services",
        ChangesSince = "changes since {0}",
        CompareHeading = "Compare two waves",
        EarlierWave = "Earlier wave",
        LaterWave = "Later wave",
        CompareButton = "Compare",
        PageLanguage = "Language of the pages:",
        Sending = "sending",
        Receiving = "receiving",
        Exchange = "information exchange",
        Referral = "referral",
        AllLayers = "all contacts",
        FrequencyNames = ["none", "very rarely", "occasionally", "regularly", "systematically"],
        ChannelNames = ["phone", "mail / e-mail", "concertation meeting", "informal meeting", "other"],
        SettingNames = ["hospital", "ambulatory", "social", "other"],
    };

    /// <summary>The French texts.</summary>
    public static ReportText French { get; } = new()
    {
        Language = ReportLanguage.French,
        Title = "Analyse du réseau de soins",
        Contents = "Sommaire",
        SummaryHeading = "À regarder en premier",
        SummaryIsolated = "{0} des {1} acteurs n'ont aucun lien et {2} autres n'ont que des contacts très rares : ce sont les premiers à rejoindre.",
        SummarySuggestion = "Le lien hôpital ↔ ambulatoire manquant le plus prometteur est {0} ↔ {1} ; {2} paires de ce type n'ont aucun lien.",
        SummaryNoSuggestion = "Chaque acteur hospitalier a déjà un lien avec chaque acteur ambulatoire.",
        SummaryCutPoints = "{0} acteurs tiennent le réseau (le retrait de l'un d'eux le déconnecte){1}.",
        SummaryCutPointsFirst = ", en premier lieu {0}",
        SummaryQuality = "Parmi les liens d'orientation entre deux acteurs ayant participé à l'enquête, {0} ont été déclarés des deux côtés ; {1} acteurs cités comme partenaires n'ont pas participé à l'enquête et {2} répondants n'ont cité aucun partenaire.",
        SummaryQualityNoShare = "Aucun lien d'orientation ne relie deux acteurs ayant participé à l'enquête : aucun ne peut donc être confirmé ; {1} acteurs cités comme partenaires n'ont pas participé à l'enquête et {2} répondants n'ont cité aucun partenaire.",
        Quality = "Fiabilité des réponses",
        ConfirmedShare = "liens d'orientation entre acteurs ayant participé à l'enquête, confirmés des deux côtés",
        ConfirmedBySetting = "… parmi ceux envoyés par un acteur de type {0}",
        NotSurveyed = "acteurs cités comme partenaires mais absents de l'enquête",
        SilentRespondents = "répondants n'ayant cité aucun partenaire",
        UnresolvedPartners = "noms de partenaires ne correspondant à aucun acteur",
        Inconsistent = "réponses contradictoires",
        Dataset = "L'enquête",
        Figure = "indicateur",
        Value = "valeur",
        Actors = "acteurs",
        Respondents = "répondants",
        HomeZone = "zone de référence",
        Layers = "Couches du réseau",
        LayerColumn = "couche",
        Nodes = "acteurs",
        Ties = "liens",
        Density = "densité",
        Reciprocity = "réciprocité",
        Components = "composantes",
        Isolated = "isolés",
        Modularity = "modularité",
        Questionnaire = "Le questionnaire",
        FrequencyOf = "Fréquence des contacts : {0}",
        ChannelsOf = "Moyens de communication utilisés : {0}",
        ChannelCountOf = "Nombre de moyens utilisés : {0}",
        TopInZoneOf = "Les 10 principaux partenaires dans la zone : {0}",
        TopOutOfZoneOf = "Les 10 principaux partenaires hors zone : {0}",
        Frequency = "fréquence",
        Channel = "moyen",
        ChannelsCited = "moyens cités",
        Partner = "partenaire",
        Mentions = "répondants le citant",
        Percent = "%",
        None = "aucun",
        SelfPositioningHeading = "Place dans le réseau (a / souhaite / devrait avoir)",
        SelfPositioningExplain = "Chaque répondant a situé, de 0 (aucune) à 5 (trop présente), la place que son service a, souhaite avoir et devrait avoir dans le réseau.",
        Setting = "secteur",
        Has = "a",
        Wants = "souhaite",
        Should = "devrait avoir",
        WantsMinusHas = "souhaite − a",
        ShouldMinusHas = "devrait − a",
        Network = "Le réseau",
        MapExplain = "Faites glisser pour vous déplacer, utilisez la molette pour zoomer, survolez ou touchez un acteur pour voir sa fiche. Les acteurs isolés sont regroupés à droite. La disposition est calculée avec une graine fixe : elle est identique à chaque ouverture.",
        MapUnavailable = "La carte interactive n'a pas été intégrée à cette version de NetworkGraph (Node.js était absent lors de la compilation) ; les tableaux ci-dessous donnent les mêmes chiffres.",
        Layer = "Couche :",
        SizeBy = "Taille selon :",
        Search = "Rechercher un acteur",
        SearchPlaceholder = "Rechercher un acteur par son nom…",
        ShowSuggestions = "Tracer les liens hôpital ↔ ambulatoire suggérés",
        SettingLegend = "Secteurs (couleur)",
        VisibleTies = "{0} liens affichés",
        Zone = "zone",
        IsolatedActor = "isolé",
        Gaps = "Les manques",
        IsolatedActors = "Acteurs isolés",
        IsolatedExplain = "Un acteur isolé n'a aucun lien, dans aucune couche : personne ne l'a cité et il n'a cité personne.",
        PeripheralActors = "Acteurs périphériques",
        PeripheralExplain = "Un acteur périphérique n'a que des contacts très rares.",
        Actor = "acteur",
        Missing = "Liens hôpital ↔ ambulatoire manquants",
        MissingExplain = "Paires d'un acteur hospitalier et d'un acteur ambulatoire sans aucun lien, celles de la zone de référence d'abord, puis par score : le score (allocation de ressources) est élevé quand les deux ont des partenaires communs qui ont eux-mêmes peu d'autres partenaires.",
        MissingCount = "{0} paires au total, dont {1} dans la zone ; les {2} premières sont listées.",
        ZoneFilter = "Zone :",
        AllZones = "toutes",
        Hospital = "hôpital",
        Ambulatory = "ambulatoire",
        Score = "score",
        InZone = "dans la zone",
        Yes = "oui",
        No = "non",
        OneWay = "Orientations à sens unique",
        OneWayExplain = "Une orientation d'un acteur vers un autre sans orientation en retour ni échange d'informations entre eux, les plus fréquentes d'abord (poids = code de fréquence + 1).",
        From = "de",
        To = "vers",
        Weight = "poids",
        CutPoints = "Points de rupture",
        CutPointsExplain = "Un point de rupture est un acteur dont le retrait coupe le réseau (couche all) en plusieurs morceaux.",
        Brokers = "Intermédiaires et leurs rôles",
        BrokersExplain = "Nombre de chemins d'orientation A → B → C où B relie deux acteurs, selon les secteurs en jeu (Gould et Fernandez, 1989).",
        Coordinator = "coordinateur",
        CoordinatorExplain = "coordinateur : relie deux acteurs de son propre secteur.",
        Gatekeeper = "gardien",
        GatekeeperExplain = "gardien : fait entrer dans son secteur un acteur d'un autre secteur.",
        Representative = "représentant",
        RepresentativeExplain = "représentant : porte les orientations de son secteur vers un autre secteur.",
        Consultant = "consultant",
        ConsultantExplain = "consultant : relie deux acteurs d'un même autre secteur.",
        Liaison = "agent de liaison",
        LiaisonExplain = "agent de liaison : relie deux secteurs différents, dont aucun n'est le sien.",
        Total = "total",
        EIIndex = "Indice E-I par secteur",
        EIExplain = "L'indice E-I vaut (liens hors secteur − liens dans le secteur) / tous les liens : −1 pour un secteur replié sur lui-même, +1 pour un secteur tourné uniquement vers l'extérieur.",
        TopActors = "Acteurs en tête par indicateur",
        Distributions = "Distribution des principaux indicateurs",
        Bin = "intervalle",
        Count = "acteurs",
        Directed = "orienté",
        Communities = "communautés",
        SampledMap = "La carte montre un échantillon de {0} des {1} nœuds (les plus connectés) et les liens entre eux : un navigateur ne peut pas en dessiner davantage de façon fluide.",
        Graph = "Le graphe",
        WavesTitle = "Vagues d'enquête",
        Wave = "vague",
        Status = "état",
        NoWaves = "Aucune vague pour l'instant.",
        Ingested = "reçue le",
        DirectoryLink = "répertoire des services",
        ChangesSince = "évolution depuis {0}",
        CompareHeading = "Comparer deux vagues",
        EarlierWave = "Vague la plus ancienne",
        LaterWave = "Vague la plus récente",
        CompareButton = "Comparer",
        PageLanguage = "Langue des pages\u00a0:",
        Sending = "envoi",
        Receiving = "réception",
        Exchange = "échange d'informations",
        Referral = "orientation",
        AllLayers = "tous les contacts",
        FrequencyNames = ["jamais", "très rarement", "occasionnellement", "régulièrement", "systématiquement"],
        ChannelNames = ["téléphone", "courrier / e-mail", "réunion de concertation", "rencontre informelle", "autre"],
        SettingNames = ["hospitalier", "ambulatoire", "social", "autre"],
    };

    /// <summary>The texts of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The texts.</returns>
    public static ReportText For(ReportLanguage language) => language == ReportLanguage.French ? French : English;
}
