namespace NetworkGraph.Reports.Html;

/// <summary>The labels and sentences of <c>compare.html</c> and <c>directory.html</c> in one language; the shared words
/// (layers, settings, frequencies, channels) come from <see cref="ReportText"/>.</summary>
/// <remarks>Sentences with <c>{0}</c>, <c>{1}</c>… are composite formats.</remarks>
internal sealed class FollowUpText
{
    private FollowUpText()
    {
    }

    public required string CompareTitle { get; init; }

    public required string CompareSummary { get; init; }

    public required string BeyondChanceLead { get; init; }

    public required string NothingBeyondChance { get; init; }

    public required string NotTested { get; init; }

    public required string ChangeRose { get; init; }

    public required string ChangeFell { get; init; }

    public required string MethodExplain { get; init; }

    public required string Headlines { get; init; }

    public required string WaveA { get; init; }

    public required string WaveB { get; init; }

    public required string Change { get; init; }

    public required string PValue { get; init; }

    public required string BeyondChance { get; init; }

    public required string DensityOf { get; init; }

    public required string ReciprocityOf { get; init; }

    public required string ModularityOf { get; init; }

    public required string EIOf { get; init; }

    public required string HospitalAmbulatoryTies { get; init; }

    public required string TiesHeading { get; init; }

    public required string TiesExplain { get; init; }

    public required string TiesCount { get; init; }

    public required string Gained { get; init; }

    public required string Lost { get; init; }

    public required string IsolatedHeading { get; init; }

    public required string IsolatedResolved { get; init; }

    public required string IsolatedNew { get; init; }

    public required string HospitalAmbulatoryHeading { get; init; }

    public required string Linked { get; init; }

    public required string Reciprocal { get; init; }

    public required string ReciprocalExplain { get; init; }

    public required string RankMovers { get; init; }

    public required string RankMoversExplain { get; init; }

    public required string Rank { get; init; }

    public required string SurveyHeading { get; init; }

    public required string DirectoryTitle { get; init; }

    public required string DirectoryExplain { get; init; }

    public required string DirectorySearch { get; init; }

    public required string DirectorySearchPlaceholder { get; init; }

    public required string DirectoryCount { get; init; }

    public required string SortHint { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string SendsTo { get; init; }

    public required string ReceivesFrom { get; init; }

    public required string ExchangesWith { get; init; }

    public required IReadOnlyDictionary<string, string> AttributeNames { get; init; }

    public static FollowUpText English { get; } = new()
    {
        CompareTitle = "Follow-up: what changed between two surveys",
        CompareSummary = "What changed",
        BeyondChanceLead = "Beyond chance (p < 0.05): ",
        NothingBeyondChance = "No headline change is beyond chance (every p-value is 0.05 or more): with this many respondents, the differences seen could come from who answered rather than from the network.",
        NotTested = "The permutation tests were not run (0 rounds): the changes below are shown without p-values.",
        ChangeRose = "{0} rose from {1} to {2} (p = {3})",
        ChangeFell = "{0} fell from {1} to {2} (p = {3})",
        MethodExplain = "Each p-value is the share of {0} random re-draws in which chance alone gives a change at least as large: in each re-draw, the answers of every service surveyed twice are swapped between the two surveys with one chance in two, as if nothing had changed (a paired permutation test: Good 2005; Phipson & Smyth 2010). A p-value below 0.05 means the change is unlikely to be noise.",
        Headlines = "Headline figures",
        WaveA = "first survey",
        WaveB = "second survey",
        Change = "change",
        PValue = "p-value",
        BeyondChance = "beyond chance",
        DensityOf = "density ({0})",
        ReciprocityOf = "reciprocity ({0})",
        ModularityOf = "modularity ({0})",
        EIOf = "E-I index ({0})",
        HospitalAmbulatoryTies = "hospital ↔ ambulatory ties",
        TiesHeading = "Ties gained and lost",
        TiesExplain = "Ties present in the second survey only (gained) or in the first only (lost), layer by layer.",
        TiesCount = "{0} — ties gained: {1}, lost: {2}",
        Gained = "gained",
        Lost = "lost",
        IsolatedHeading = "Isolated actors",
        IsolatedResolved = "No longer isolated",
        IsolatedNew = "Newly isolated",
        HospitalAmbulatoryHeading = "Hospital ↔ ambulatory pairs",
        Linked = "Newly linked",
        Reciprocal = "One-way referrals that became reciprocal",
        ReciprocalExplain = "Referrals from one actor to another with no referral back in the first survey, and referrals both ways in the second.",
        RankMovers = "Actors whose place moved most",
        RankMoversExplain = "Rank by PageRank on all contacts (1 = most central); a positive change means the actor moved up.",
        Rank = "rank",
        SurveyHeading = "The questionnaire side by side",
        DirectoryTitle = "Directory of services",
        DirectoryExplain = "Who does what in the network: every actor of the survey once, by setting and kind, with the partners it works with most.",
        DirectorySearch = "Search the directory",
        DirectorySearchPlaceholder = "Name, town, kind…",
        DirectoryCount = "{0} actors",
        SortHint = "Click a column header to sort.",
        Name = "name",
        Kind = "kind: {0}",
        SendsTo = "sends persons to",
        ReceivesFrom = "receives persons from",
        ExchangesWith = "exchanges information with",
        AttributeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["municipality"] = "town", ["access"] = "access", ["phone"] = "phone", ["address"] = "address",
            ["population"] = "population served", ["delay"] = "waiting time", ["contact"] = "contact", ["person"] = "person", ["category"] = "category (survey report)",
        },
    };

    public static FollowUpText French { get; } = new()
    {
        CompareTitle = "Suivi : ce qui a changé entre deux enquêtes",
        CompareSummary = "Ce qui a changé",
        BeyondChanceLead = "Au-delà du hasard (p < 0,05) : ",
        NothingBeyondChance = "Aucun changement principal ne dépasse le hasard (toutes les valeurs p sont de 0,05 ou plus) : avec si peu de répondants, les différences observées peuvent tenir à qui a répondu plutôt qu'au réseau lui-même.",
        NotTested = "Les tests par permutation n'ont pas été effectués (0 tirage) : les changements ci-dessous sont donnés sans valeur p.",
        ChangeRose = "{0} : hausse de {1} à {2} (p = {3})",
        ChangeFell = "{0} : baisse de {1} à {2} (p = {3})",
        MethodExplain = "Chaque valeur p est la part de {0} tirages au hasard où le seul hasard donne un écart au moins aussi grand : à chaque tirage, les réponses de chaque service interrogé deux fois sont échangées entre les deux enquêtes avec une chance sur deux, comme si rien n'avait changé (test par permutation apparié : Good 2005 ; Phipson et Smyth 2010). Une valeur p inférieure à 0,05 signifie que le changement a peu de chances d'être dû au hasard.",
        Headlines = "Chiffres principaux",
        WaveA = "première enquête",
        WaveB = "deuxième enquête",
        Change = "écart",
        PValue = "valeur p",
        BeyondChance = "au-delà du hasard",
        DensityOf = "densité ({0})",
        ReciprocityOf = "réciprocité ({0})",
        ModularityOf = "modularité ({0})",
        EIOf = "indice E-I ({0})",
        HospitalAmbulatoryTies = "liens hôpital ↔ ambulatoire",
        TiesHeading = "Liens gagnés et perdus",
        TiesExplain = "Liens présents seulement dans la deuxième enquête (gagnés) ou seulement dans la première (perdus), couche par couche.",
        TiesCount = "{0} — liens gagnés : {1}, perdus : {2}",
        Gained = "gagné",
        Lost = "perdu",
        IsolatedHeading = "Acteurs isolés",
        IsolatedResolved = "Ne sont plus isolés",
        IsolatedNew = "Nouvellement isolés",
        HospitalAmbulatoryHeading = "Paires hôpital ↔ ambulatoire",
        Linked = "Nouvellement reliées",
        Reciprocal = "Orientations à sens unique devenues réciproques",
        ReciprocalExplain = "Orientations d'un acteur vers un autre sans orientation en retour dans la première enquête, et dans les deux sens dans la deuxième.",
        RankMovers = "Acteurs dont la place a le plus changé",
        RankMoversExplain = "Rang selon le PageRank sur l'ensemble des contacts (1 = le plus central) ; un écart positif signifie que l'acteur est monté.",
        Rank = "rang",
        SurveyHeading = "Le questionnaire côte à côte",
        DirectoryTitle = "Répertoire des services",
        DirectoryExplain = "Qui fait quoi dans le réseau : chaque acteur de l'enquête une seule fois, par secteur et par type, avec les partenaires avec qui il travaille le plus.",
        DirectorySearch = "Rechercher dans le répertoire",
        DirectorySearchPlaceholder = "Nom, commune, type…",
        DirectoryCount = "{0} acteurs",
        SortHint = "Cliquez sur l'en-tête d'une colonne pour trier.",
        Name = "nom",
        Kind = "type : {0}",
        SendsTo = "oriente des personnes vers",
        ReceivesFrom = "reçoit des personnes de",
        ExchangesWith = "échange des informations avec",
        AttributeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["municipality"] = "commune", ["access"] = "accès", ["phone"] = "téléphone", ["address"] = "adresse",
            ["population"] = "public", ["delay"] = "délai", ["contact"] = "contact", ["person"] = "personne", ["category"] = "catégorie (rapport d'enquête)",
        },
    };

    public static FollowUpText For(ReportLanguage language) => language == ReportLanguage.French ? French : English;

    public string Attribute(string name) => AttributeNames.TryGetValue(name, out string? label) ? label : name;
}
