using System.Collections.Immutable;
using System.Text;

namespace NetworkGraph.Surveys;

/// <summary>The file format of a blank survey template.</summary>
public enum SurveyTemplateFormat
{
    /// <summary>One workbook: an instructions sheet and the four tables as sheets, with drop-down lists for coded columns.</summary>
    Xlsx,

    /// <summary>The four CSV files (UTF-8, comma-separated) and a <c>LISEZMOI.txt</c> or <c>README.txt</c>.</summary>
    Csv,
}

/// <summary>Writes a blank survey in the dataset format, ready to fill in Excel or LibreOffice: the four tables with their
/// headers and one example row each, drop-down lists for the coded columns (setting, type, frequency, channels) and
/// instructions that explain each code in the questionnaire's own words (the three contact types, the frequency scale,
/// the channels, the 0–5 self-positioning scale). A filled template is a valid dataset as it is.</summary>
/// <remarks>Coded cells hold the codes (<c>hospital</c>, <c>regularly</c>, …), which every version of the reader accepts;
/// the instructions give the questionnaire's label next to each code. Files are written to temporary names and moved into
/// place, so a failure leaves nothing half-written. <threadsafety static="true" instance="true"/></remarks>
public static class SurveyTemplate
{
    private static readonly string[] SettingCodes = ["hospital", "ambulatory", "social", "other"];
    private static readonly string[] TypeCodes = ["sending", "receiving", "exchange"];
    private static readonly string[] FrequencyCodes = ["none", "very_rarely", "occasionally", "regularly", "systematically"];
    private static readonly string[] ChannelCodes = ["phone", "mail", "meeting", "informal", "other", "phone;mail", "phone;meeting", "phone;mail;meeting"];
    private static readonly string[] ActorHeader = ["id", "name", "kind", "setting", "zone", "aliases"];
    private static readonly string[] RespondentHeader = ["respondent", "actor", "function", "years", "date", "role_has", "role_wants", "role_should"];
    private static readonly string[] AnswerHeader = ["respondent", "type", "frequency", "channels", "reason"];
    private static readonly string[] PartnerHeader = ["respondent", "type", "partner", "frequency", "channels", "formal"];

    /// <summary>Writes the template into a folder (created if needed).</summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="language"><c>fr</c> (default) or <c>en</c>: sheet names, instructions and example rows.</param>
    /// <param name="format">A workbook (<c>enquete.xlsx</c> / <c>survey.xlsx</c>) or four CSV files and a read-me.</param>
    /// <returns>The paths of the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is neither <c>fr</c> nor <c>en</c>.</exception>
    public static ImmutableArray<string> Write(string directory, string language = "fr", SurveyTemplateFormat format = SurveyTemplateFormat.Xlsx)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(language);
        bool fr = language.Equals("fr", StringComparison.OrdinalIgnoreCase);
        if (!fr && !language.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The language '{language}' is not supported; use fr or en.", nameof(language));
        }

        Directory.CreateDirectory(directory);
        string[][][] tables = Tables(fr);
        if (format == SurveyTemplateFormat.Xlsx)
        {
            string path = Path.Combine(directory, fr ? "enquete.xlsx" : "survey.xlsx");
            string[] names = fr ? ["acteurs", "répondants", "réponses", "partenaires"] : ["actors", "respondents", "answers", "partners"];
            var sheets = new List<WorkbookSheet>
            {
                new(fr ? "consignes" : "instructions", [.. Instructions(fr).Select(l => (IReadOnlyList<string>)[l])]) { Widths = [110] },
                new(names[0], tables[0]) { Lists = new Dictionary<int, IReadOnlyList<string>> { [3] = SettingCodes }, Widths = [16, 40, 24, 14, 10, 30] },
                new(names[1], tables[1]) { Widths = [14, 16, 24, 8, 12, 10, 10, 10] },
                new(names[2], tables[2]) { Lists = new Dictionary<int, IReadOnlyList<string>> { [1] = TypeCodes, [2] = FrequencyCodes, [3] = ChannelCodes }, Widths = [14, 12, 16, 22, 40] },
                new(names[3], tables[3]) { Lists = new Dictionary<int, IReadOnlyList<string>> { [1] = TypeCodes, [3] = FrequencyCodes, [4] = ChannelCodes, [5] = ["true", "false"] }, Widths = [14, 12, 40, 16, 22, 10] },
            };
            WorkbookWriter.Write(path, sheets);
            return [path];
        }

        string[] files = [SurveyReader.ActorsFile, SurveyReader.RespondentsFile, SurveyReader.AnswersFile, SurveyReader.PartnersFile];
        var written = new List<string>();
        for (int i = 0; i < files.Length; i++)
        {
            written.Add(WriteText(Path.Combine(directory, files[i]), string.Concat(tables[i].Select(row => string.Join(',', row.Select(Quote)) + "\n"))));
        }

        written.Add(WriteText(Path.Combine(directory, fr ? "LISEZMOI.txt" : "README.txt"), string.Join("\n", Instructions(fr)) + "\n"));
        return [.. written];
    }

    private static string[][][] Tables(bool fr) =>
    [
        [ActorHeader, fr
            ? ["ssm_exemple", "Service de santé mentale de Verviers (exemple)", "mental-health-service", "ambulatory", "6", "SSM Verviers;SSM"]
            : ["cmhc_example", "Community mental health centre (example)", "mental-health-service", "ambulatory", "1", "CMHC"]],
        [RespondentHeader, fr
            ? ["R01", "ssm_exemple", "psychologue", "5", "2026-01-15", "3", "4", "4"]
            : ["R01", "cmhc_example", "psychologist", "5", "2026-01-15", "3", "4", "4"]],
        [AnswerHeader, ["R01", "sending", "regularly", "phone;meeting", string.Empty]],
        [PartnerHeader, ["R01", "sending", fr ? "Hôpital psychiatrique (exemple)" : "Psychiatric hospital (example)", string.Empty, string.Empty, string.Empty]],
    ];

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string WriteText(string path, string text)
    {
        string temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(true));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return path;
    }

    /// <summary>The instructions, one paragraph per line.</summary>
    internal static string[] Instructions(bool fr) => fr
        ?
        [
            "Modèle d'enquête sur le travail en réseau — consignes de saisie",
            "Remplissez les quatre feuilles acteurs, répondants, réponses et partenaires, puis lancez : networkgraph analyze enquete.xlsx --out rapport. Chaque feuille contient une ligne d'exemple : remplacez-la ou supprimez-la. Ne modifiez pas la première ligne (les en-têtes).",
            string.Empty,
            "Feuille acteurs : une ligne par institution, service ou type d'acteur (par exemple « médecins généralistes »).",
            "id : identifiant court et unique, sans espace (lettres, chiffres, _ . -), par exemple chr_verviers. name : le nom complet. kind : la catégorie, en texte libre (psychiatric-hospital, gp, mental-health-service…). zone : la zone de soins, par exemple 6. aliases : les autres noms que les professionnels emploient, séparés par des points-virgules (CHR;La Tourelle).",
            "setting (liste déroulante) : hospital = hôpital (hospitalisation, résidentiel, hôpital de jour, post-cure) ; ambulatory = ambulatoire (médecins généralistes, services de santé mentale et d'aide aux usagers de drogues, psychiatres et psychologues indépendants, maisons médicales) ; social = social (services sociaux, logement, prévention, aide à la jeunesse, entraide) ; other = autre (secteur judiciaire, écoles, police…).",
            string.Empty,
            "Feuille répondants : une ligne par professionnel interrogé.",
            "respondent : un identifiant (R01, R02…). actor : l'identifiant de son institution dans la feuille acteurs. function : sa fonction. years : le nombre d'années d'expérience. date : la date de l'entretien (2026-01-15).",
            "role_has, role_wants, role_should : la place que la personne estime avoir, aimerait avoir et devrait avoir dans l'accompagnement des personnes présentant une problématique d'assuétude, sur une ligne allant de 0 à 5 : 0 = aucune, 1 = faible, 2 = pas assez présent, 3 = présent, 4 = bien présent, 5 = trop présent. Laissez vide si la question n'a pas été posée.",
            string.Empty,
            "Feuille réponses : une ligne par répondant et par type de contact, pour l'année écoulée. Sans ligne pour un type, le répondant est compté comme n'ayant eu aucun contact de ce type.",
            "type (liste déroulante) : sending = contacts d'envoi (des personnes que vous avez envoyées vers d'autres professionnels ou d'autres services : envoi effectif, prise de contact ou conseil de réorientation) ; receiving = contacts de réception (des personnes que vous recevez d'autres services, ou des contacts d'autres services à propos de personnes à recevoir) ; exchange = contacts d'échange d'informations (avec des services ou des professionnels, à propos de personnes présentant une problématique d'assuétude).",
            "frequency (liste déroulante) : none = aucun contact ; very_rarely = très rarement (0 dans le questionnaire) ; occasionally = occasionnellement (1) ; regularly = régulièrement (2) ; systematically = de manière systématique (3). Attention : le chiffre 0 veut dire « très rarement », pas « aucun ».",
            "channels (liste déroulante, plusieurs choix séparés par des points-virgules) : phone = par téléphone ; mail = par mail ; meeting = lors de réunions de concertation ; informal = lors de rencontres informelles ; other = autres. Laissez vide quand la fréquence est none.",
            "reason : quand il n'y a pas eu de contact de ce type, comment la personne l'explique.",
            string.Empty,
            "Feuille partenaires : une ligne par acteur ou institution cité par un répondant pour un type de contact.",
            "partner : le nom tel que la personne l'a dit. Il est rapproché des identifiants, noms et autres noms de la feuille acteurs, sans tenir compte des majuscules ni des accents ; un nom qui ne correspond à aucun acteur est signalé dans le rapport avec les acteurs les plus proches.",
            "frequency et channels : facultatifs, pour ce partenaire en particulier ; vides, ce sont ceux de la réponse du répondant pour ce type. formal : true quand une convention de partenariat écrite existe.",
        ]
        :
        [
            "Care-network survey template — how to fill it in",
            "Fill in the four sheets actors, respondents, answers and partners, then run: networkgraph analyze survey.xlsx --out report. Each sheet holds one example row: replace or delete it. Keep the first row (the headers) as it is.",
            string.Empty,
            "Sheet actors: one row per institution, service or kind of actor (e.g. \"general practitioners\").",
            "id: a short unique identifier without spaces (letters, digits, _ . -), e.g. chr_verviers. name: the full name. kind: a free-text category (psychiatric-hospital, gp, mental-health-service…). zone: the care zone, e.g. 6. aliases: other names professionals use, separated by semicolons (CHR;La Tourelle).",
            "setting (drop-down): hospital (inpatient, residential, day hospital, post-cure); ambulatory (GPs, outpatient mental-health and addiction services, independent psychiatrists and psychologists, medical houses); social (social services, housing, prevention, youth aid, self-help); other (judicial sector, schools, police…).",
            string.Empty,
            "Sheet respondents: one row per interviewed professional.",
            "respondent: an identifier (R01, R02…). actor: the id of their institution in the actors sheet. function: their job. years: years of experience. date: the interview date (2026-01-15).",
            "role_has, role_wants, role_should: the place the person thinks they have, would like to have and should have in supporting people with an addiction problem, on a line from 0 to 5: 0 = none, 1 = weak, 2 = not present enough, 3 = present, 4 = well present, 5 = too present. Leave empty when the question was not asked.",
            string.Empty,
            "Sheet answers: one row per respondent and contact type, for the past year. A respondent with no row for a type counts as having had no contact of that type.",
            "type (drop-down): sending = people you sent to other professionals or services (an actual referral, making contact, or advice to go elsewhere); receiving = people you receive from other services, or contacts from other services about people to receive; exchange = exchanges of information with services or professionals about people with an addiction problem.",
            "frequency (drop-down): none = no contact; very_rarely (0 in the questionnaire); occasionally (1); regularly (2); systematically (3). Beware: the number 0 means \"very rarely\", not \"none\".",
            "channels (drop-down; several values separated by semicolons): phone; mail; meeting = concertation meetings; informal = informal meetings; other. Leave empty when the frequency is none.",
            "reason: when there was no contact of that type, how the person explains it.",
            string.Empty,
            "Sheet partners: one row per actor or institution named by a respondent for a contact type.",
            "partner: the name as the person said it. It is matched against the ids, names and aliases of the actors sheet, ignoring case and accents; a name that matches no actor is listed in the report with the closest actors.",
            "frequency and channels: optional, for this partner only; when empty, the respondent's answer for that type applies. formal: true when a written partnership agreement exists.",
        ];
}
