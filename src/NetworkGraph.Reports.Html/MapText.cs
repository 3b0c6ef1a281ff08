namespace NetworkGraph.Reports.Html;

/// <summary>The words of the maps (metric names in the actor's card and the size menu, the printed picture, the two
/// maps of <c>compare.html</c>) in one language.</summary>
/// <remarks>Sentences with <c>{0}</c>, <c>{1}</c>… are composite formats; <see cref="CompareCounts"/> is filled in by
/// the page's script.</remarks>
internal sealed class MapText
{
    private MapText()
    {
    }

    /// <summary>Metric column → its name as shown.</summary>
    public required IReadOnlyDictionary<string, string> Metrics { get; init; }

    /// <summary>Alternative text of the printed map.</summary>
    public required string PrintAlt { get; init; }

    /// <summary>Caption of the printed map.</summary>
    public required string PrintCaption { get; init; }

    /// <summary>Suggested links, in the printed legend.</summary>
    public required string Suggested { get; init; }

    public required string CompareMaps { get; init; }

    public required string CompareMapsExplain { get; init; }

    public required string CompareMapsText { get; init; }

    public required string CompareCounts { get; init; }

    public required string Gained { get; init; }

    public required string Lost { get; init; }

    public required string Unchanged { get; init; }

    public required string MapOf { get; init; }

    /// <summary>How to move the maps with the keyboard.</summary>
    public required string Keyboard { get; init; }

    /// <summary>Accessible name of the report's map.</summary>
    public required string MapLabel { get; init; }

    public static MapText For(ReportLanguage language) => language == ReportLanguage.French ? French : English;

    private static readonly MapText English = new()
    {
        Metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["degree"] = "ties (degree)",
            ["strength"] = "weighted ties (strength)",
            ["betweenness"] = "betweenness",
            ["pagerank"] = "PageRank",
            ["eigenvector"] = "eigenvector centrality",
            ["closeness"] = "closeness",
            ["harmonic"] = "harmonic closeness",
            ["core"] = "core number",
            ["constraint"] = "constraint (Burt)",
        },
        PrintAlt = "Map of the network as it was shown on screen when the page was printed.",
        PrintCaption = "The map as shown on screen (layer, filters and zoom) when the page was printed; colours by setting.",
        Suggested = "suggested links",
        CompareMaps = "The two surveys on one map",
        CompareMapsExplain = "Both maps place each actor at the same spot (one layout of the actors of both surveys, computed with a fixed seed) and move together. On the first survey's map the ties lost since are drawn thick in vermillion; on the second survey's map the ties gained are drawn thick in blue; unchanged ties are thin and grey.",
        CompareMapsText = "The same changes, tie by tie, are listed in the tables of the section “{0}”.",
        CompareCounts = "{0} ties gained, {1} lost",
        Gained = "ties gained",
        Lost = "ties lost",
        Unchanged = "unchanged ties",
        MapOf = "Map of the survey {0}",
        Keyboard = "With the keyboard: Tab reaches the map, the arrow keys move it, + and − zoom in and out, 0 shows the whole map again.",
        MapLabel = "Network map: arrow keys move it, + and − zoom, 0 shows it whole",
    };

    private static readonly MapText French = new()
    {
        Metrics = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["degree"] = "liens (degré)",
            ["strength"] = "liens pondérés (force)",
            ["betweenness"] = "intermédiarité",
            ["pagerank"] = "PageRank",
            ["eigenvector"] = "centralité de vecteur propre",
            ["closeness"] = "proximité",
            ["harmonic"] = "proximité harmonique",
            ["core"] = "noyau (k-core)",
            ["constraint"] = "contrainte (Burt)",
        },
        PrintAlt = "Carte du réseau telle qu'elle était affichée à l'écran au moment de l'impression.",
        PrintCaption = "La carte telle qu'elle était affichée à l'écran (couche, filtres et zoom) au moment de l'impression ; couleurs par secteur.",
        Suggested = "liens suggérés",
        CompareMaps = "Les deux enquêtes sur une même carte",
        CompareMapsExplain = "Les deux cartes placent chaque acteur au même endroit (une seule disposition des acteurs des deux enquêtes, calculée avec une graine fixe) et se déplacent ensemble. Sur la carte de la première enquête, les liens perdus depuis sont tracés en vermillon, en trait épais ; sur celle de la deuxième, les liens gagnés sont tracés en bleu, en trait épais ; les liens inchangés sont fins et gris.",
        CompareMapsText = "Les mêmes changements, lien par lien, figurent dans les tableaux de la section « {0} ».",
        CompareCounts = "{0} liens gagnés, {1} perdus",
        Gained = "liens gagnés",
        Lost = "liens perdus",
        Unchanged = "liens inchangés",
        MapOf = "Carte de l'enquête {0}",
        Keyboard = "Au clavier : la touche Tab mène à la carte, les flèches la déplacent, + et − zooment et dézooment, 0 affiche de nouveau toute la carte.",
        MapLabel = "Carte du réseau : les flèches la déplacent, + et − zooment, 0 l'affiche en entier",
    };
}
