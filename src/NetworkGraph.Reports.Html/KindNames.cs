namespace NetworkGraph.Reports.Html;

/// <summary>What the directory calls the usual kinds of actor (the <c>kind</c> column of <c>actors.csv</c>, a free-text
/// code such as <c>psychiatric-hospital</c>) in each language; a kind it does not know is shown as written, its
/// hyphens read as spaces.</summary>
internal static class KindNames
{
    private static readonly Dictionary<string, (string English, string French)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["addiction-service"] = ("addiction service", "service d'aide en assuétudes"),
        ["associative"] = ("voluntary sector", "secteur associatif"),
        ["day-hospital"] = ("day hospital", "hôpital de jour"),
        ["emergency-department"] = ("emergency department", "service d'urgences"),
        ["family-planning"] = ("family planning centre", "centre de planning familial"),
        ["general-hospital"] = ("general hospital", "hôpital général"),
        ["general-practitioners"] = ("general practitioners", "médecins généralistes"),
        ["gp-group"] = ("local group of GPs", "groupe local de médecins généralistes (GLEM)"),
        ["health-outreach"] = ("health outreach", "santé de proximité"),
        ["health-promotion"] = ("health promotion", "promotion de la santé"),
        ["home-care"] = ("home care", "soins à domicile"),
        ["independent-psy"] = ("independent psychiatrist or psychologist", "psychiatre ou psychologue indépendant"),
        ["judicial"] = ("judicial services", "secteur judiciaire"),
        ["medical-house"] = ("medical house (group practice)", "maison médicale"),
        ["mental-health-service"] = ("mental health service", "service de santé mentale"),
        ["mobile-team"] = ("mobile team", "équipe mobile"),
        ["pharmacist"] = ("pharmacists", "pharmaciens"),
        ["post-cure"] = ("post-cure centre", "centre de postcure"),
        ["prevention-network"] = ("prevention network", "réseau de prévention"),
        ["prevention-service"] = ("prevention service", "service de prévention"),
        ["psychiatric-hospital"] = ("psychiatric hospital", "hôpital psychiatrique"),
        ["psychiatric-nursing-home"] = ("psychiatric nursing home", "maison de soins psychiatriques"),
        ["psychosocial-day-centre"] = ("psychosocial day centre", "centre de jour psychosocial"),
        ["school"] = ("schools", "secteur scolaire"),
        ["self-help"] = ("self-help group", "groupe d'entraide"),
        ["shelter"] = ("shelter", "maison d'accueil"),
        ["sheltered-housing"] = ("sheltered housing", "initiative d'habitation protégée"),
        ["social-cohesion-plan"] = ("social cohesion plan", "plan de cohésion sociale"),
        ["social-service"] = ("social service", "service social"),
        ["social-welfare"] = ("public social welfare centre", "centre public d'action sociale (CPAS)"),
        ["youth-aid"] = ("youth aid service", "service d'aide à la jeunesse"),
        ["unknown"] = ("not stated", "non précisé"),
    };

    /// <summary>The kind as the directory shows it.</summary>
    public static string Name(string kind, ReportLanguage language) =>
        Known.TryGetValue(kind.Trim(), out var names)
            ? language == ReportLanguage.French ? names.French : names.English
            : kind.Replace('-', ' ');
}
