using System.Collections.Immutable;
using System.Globalization;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>Validates the four tables of a survey dataset and assembles the <see cref="SurveyDataset"/>, resolving partner names.</summary>
internal sealed class SurveyAssembler
{
    internal static readonly string[] ActorColumns = ["id", "name", "kind", "setting", "zone"];
    internal static readonly string[] RespondentColumns = ["respondent", "actor"];
    internal static readonly string[] AnswerColumns = ["respondent", "type", "frequency"];
    internal static readonly string[] PartnerColumns = ["respondent", "type", "partner"];
    private static readonly string[] ActorKnownColumns = [.. ActorColumns, "aliases"];

    private readonly List<IngestionIssue> _issues;
    private readonly List<Actor> _actors = [];
    private readonly Dictionary<string, Actor> _actorById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Respondent> _respondents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, ContactType), Answer> _answers = [];
    private bool _actorsRead;
    private bool _respondentsRead;
    private bool _answersRead;

    /// <summary>Answers (respondent, type) whose row has an error already reported: their partners are not reported
    /// again as "answered none", so one root error gives one message.</summary>
    private readonly HashSet<(string, ContactType)> _failedAnswers = [];

    /// <summary>Respondent ids named in answers.csv or partners.csv but not in respondents.csv, in order of first
    /// mention: where the first mention is reported (-1 when folded into an empty-id message), how many rows, which files.</summary>
    private readonly Dictionary<string, UnknownRespondent> _unknownRespondents = new(StringComparer.Ordinal);

    /// <summary>The index in the issues of the first respondents.csv row refused for an empty id, or -1.</summary>
    private int _emptyRespondentIssue = -1;

    public SurveyAssembler(List<IngestionIssue> issues) => _issues = issues;

    public SurveyDataset Assemble(SurveyTable? actors, SurveyTable? respondents, SurveyTable? answers, SurveyTable? partners)
    {
        ImmutableArray<string> attributeNames = ReadActors(actors);
        ImmutableArray<Respondent> respondentList = ReadRespondents(respondents);
        ImmutableArray<Answer> answerList = ReadAnswers(answers);
        (ImmutableArray<PartnerMention> mentions, ImmutableArray<string> unresolved, List<Actor> created) = ReadPartners(partners);
        ReportUnknownRespondents();
        return new SurveyDataset
        {
            Actors = [.. _actors, .. created],
            ActorAttributeNames = attributeNames,
            Respondents = respondentList,
            Answers = answerList,
            Partners = mentions,
            Unresolved = unresolved,
        };
    }

    private bool HasColumns(SurveyTable? table, string[] required)
    {
        if (table is null)
        {
            return false;
        }

        bool ok = true;
        foreach (string column in required)
        {
            if (table.IndexOf(column) < 0)
            {
                _issues.Add(new IngestionIssue(table.FileName, 1, table.Header.Count + 1, $"The required column '{column}' is missing from the header; the header needs: {string.Join(", ", required)}."));
                ok = false;
            }
        }

        return ok;
    }

    private void Add(SurveyTable table, SurveyRow row, int column, string message) =>
        _issues.Add(new IngestionIssue(table.FileName, row.Line, column + 1, message));

    private ImmutableArray<string> ReadActors(SurveyTable? table)
    {
        if (!HasColumns(table, ActorColumns))
        {
            return [];
        }

        _actorsRead = true;
        if (table!.Rows.Count == 0)
        {
            _issues.Add(new IngestionIssue(table.FileName, 2, 1, "The file holds only its header and no actor; a survey needs one row per actor under the header."));
            return [];
        }

        int id = table.IndexOf("id"), name = table.IndexOf("name"), kind = table.IndexOf("kind"),
            setting = table.IndexOf("setting"), zone = table.IndexOf("zone"), aliases = table.IndexOf("aliases");
        var extra = new List<(string Name, int Index)>();
        for (int i = 0; i < table.Header.Count; i++)
        {
            string column = table.Header[i].Trim();
            if (column.Length > 0 && table.IndexOf(column) == i && !ActorKnownColumns.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                extra.Add((column, i));
            }
        }

        foreach (SurveyRow row in table.Rows)
        {
            string actorId = row.Cell(id);
            if (actorId.Length == 0)
            {
                Add(table, row, id, "The actor id is empty; every actor needs a unique id.");
                continue;
            }

            if (!IsValidId(actorId))
            {
                Add(table, row, id, $"The actor id '{actorId}' is invalid; use only letters, digits, '_', '.' and '-'.");
                continue;
            }

            if (_actorById.ContainsKey(actorId))
            {
                Add(table, row, id, $"The actor id '{actorId}' is given twice; actor ids must be unique.");
                continue;
            }

            string settingText = row.Cell(setting);
            if (!SurveyLabels.TryParseSetting(settingText, out Setting parsed))
            {
                Add(table, row, setting, $"The setting '{settingText}' is unknown; use hospital, ambulatory, social or other.");
                parsed = Setting.Other;
            }

            var attributes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach ((string column, int index) in extra)
            {
                attributes[column] = row.Cell(index);
            }

            var actor = new Actor
            {
                Id = actorId,
                Name = row.Cell(name),
                Kind = row.Cell(kind),
                Setting = parsed,
                Zone = row.Cell(zone),
                Aliases = [.. row.Cell(aliases).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                Attributes = attributes.ToImmutable(),
            };
            _actors.Add(actor);
            _actorById.Add(actorId, actor);
        }

        return [.. extra.Select(e => e.Name)];
    }

    private ImmutableArray<Respondent> ReadRespondents(SurveyTable? table)
    {
        if (!HasColumns(table, RespondentColumns))
        {
            return [];
        }

        _respondentsRead = true;
        int id = table!.IndexOf("respondent"), actor = table.IndexOf("actor"), function = table.IndexOf("function"),
            years = table.IndexOf("years"), date = table.IndexOf("date"), has = table.IndexOf("role_has"),
            wants = table.IndexOf("role_wants"), should = table.IndexOf("role_should");
        var list = ImmutableArray.CreateBuilder<Respondent>();
        foreach (SurveyRow row in table.Rows)
        {
            string respondentId = row.Cell(id);
            if (respondentId.Length == 0)
            {
                _emptyRespondentIssue = _emptyRespondentIssue < 0 ? _issues.Count : _emptyRespondentIssue;
                Add(table, row, id, "The respondent id is empty; every respondent needs a unique id.");
                continue;
            }

            if (_respondents.ContainsKey(respondentId))
            {
                Add(table, row, id, $"The respondent '{respondentId}' is given twice; respondent ids must be unique.");
                continue;
            }

            string actorId = row.Cell(actor);
            if (_actorsRead && !_actorById.ContainsKey(actorId))
            {
                Add(table, row, actor, $"The actor '{actorId}' of respondent '{respondentId}' is not in actors.csv; use an actor id.");
            }

            var respondent = new Respondent
            {
                Id = respondentId,
                ActorId = actorId,
                Function = row.Cell(function),
                Years = row.Cell(years),
                Date = row.Cell(date),
                RoleHas = Role(table, row, has, "role_has"),
                RoleWants = Role(table, row, wants, "role_wants"),
                RoleShould = Role(table, row, should, "role_should"),
            };
            _respondents.Add(respondentId, respondent);
            list.Add(respondent);
        }

        return list.ToImmutable();
    }

    private int? Role(SurveyTable table, SurveyRow row, int column, string name)
    {
        string text = row.Cell(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value is >= 0 and <= 5)
        {
            return value;
        }

        Add(table, row, column, $"The {name} value '{text}' is not on the 0–5 scale; use a whole number from 0 to 5, or leave it empty.");
        return null;
    }

    private ImmutableArray<Answer> ReadAnswers(SurveyTable? table)
    {
        if (!HasColumns(table, AnswerColumns))
        {
            return [];
        }

        _answersRead = true;
        int respondent = table!.IndexOf("respondent"), type = table.IndexOf("type"), frequency = table.IndexOf("frequency"),
            channels = table.IndexOf("channels"), reason = table.IndexOf("reason");
        var list = ImmutableArray.CreateBuilder<Answer>();
        foreach (SurveyRow row in table.Rows)
        {
            bool ok = true;
            string respondentId = ParseRespondent(table, row, respondent, ref ok);

            if (!ParseType(table, row, type, out ContactType contactType))
            {
                ok = false;
            }

            string frequencyText = row.Cell(frequency);
            bool frequencyOk = SurveyLabels.TryParseFrequency(frequencyText, out Frequency parsedFrequency);
            if (!frequencyOk)
            {
                Add(table, row, frequency, $"The frequency '{frequencyText}' is unknown; use none, very_rarely, occasionally, regularly, systematically (or the codes 0–3).");
                ok = false;
            }

            Channel parsedChannels = ParseChannels(table, row, channels, ref ok);
            if (frequencyOk && parsedFrequency == Frequency.None && parsedChannels != Channel.None)
            {
                Add(table, row, channels, "Channels are given although the frequency is none; leave channels empty when there is no contact.");
                ok = false;
            }

            if (ok && _answers.ContainsKey((respondentId, contactType)))
            {
                Add(table, row, type, $"Respondent '{respondentId}' has a second answer row for type '{SurveyLabels.Format(contactType)}'; give one row per respondent and type.");
                continue;
            }

            if (!ok)
            {
                _failedAnswers.Add((respondentId, contactType));
                continue;
            }

            var answer = new Answer
            {
                RespondentId = respondentId,
                Type = contactType,
                Frequency = parsedFrequency,
                Channels = parsedChannels,
                Reason = row.Cell(reason),
            };
            _answers.Add((respondentId, contactType), answer);
            list.Add(answer);
        }

        return list.ToImmutable();
    }

    private (ImmutableArray<PartnerMention> Mentions, ImmutableArray<string> Unresolved, List<Actor> Created) ReadPartners(SurveyTable? table)
    {
        var created = new List<Actor>();
        if (!HasColumns(table, PartnerColumns))
        {
            return ([], [], created);
        }

        int respondent = table!.IndexOf("respondent"), type = table.IndexOf("type"), partner = table.IndexOf("partner"),
            frequency = table.IndexOf("frequency"), channels = table.IndexOf("channels"), formal = table.IndexOf("formal");
        Dictionary<string, string> lookup = BuildLookup();
        var unresolvedByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var unresolved = ImmutableArray.CreateBuilder<string>();
        var list = ImmutableArray.CreateBuilder<PartnerMention>();
        foreach (SurveyRow row in table.Rows)
        {
            bool ok = true;
            string respondentId = ParseRespondent(table, row, respondent, ref ok);

            ok &= ParseType(table, row, type, out ContactType contactType);
            string partnerText = row.Cell(partner);
            if (partnerText.Length == 0)
            {
                Add(table, row, partner, "The partner is empty; name the actor or institution.");
                ok = false;
            }

            Frequency? tieFrequency = null;
            string frequencyText = row.Cell(frequency);
            if (frequencyText.Length > 0)
            {
                if (!SurveyLabels.TryParseFrequency(frequencyText, out Frequency f))
                {
                    Add(table, row, frequency, $"The frequency '{frequencyText}' is unknown; use very_rarely, occasionally, regularly, systematically (or the codes 0–3), or leave it empty.");
                    ok = false;
                }
                else if (f == Frequency.None)
                {
                    Add(table, row, frequency, "A named partner cannot have frequency none; give the frequency of this tie, or leave it empty to use the respondent's answer.");
                    ok = false;
                }
                else
                {
                    tieFrequency = f;
                }
            }

            Channel? tieChannels = null;
            if (row.Cell(channels).Length > 0)
            {
                tieChannels = ParseChannels(table, row, channels, ref ok);
            }

            bool? isFormal = null;
            string formalText = row.Cell(formal);
            if (formalText.Length > 0)
            {
                isFormal = formalText.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" => true,
                    "false" or "no" or "0" => false,
                    _ => null,
                };
                if (isFormal is null)
                {
                    Add(table, row, formal, $"The formal value '{formalText}' is not a boolean; use true or false, or leave it empty.");
                    ok = false;
                }
            }

            Frequency answered = _answers.TryGetValue((respondentId, contactType), out Answer? answer) ? answer.Frequency : Frequency.None;
            if (ok && _answersRead && tieFrequency is null && answered == Frequency.None && !_failedAnswers.Contains((respondentId, contactType)))
            {
                Add(table, row, frequency < 0 ? partner : frequency, $"Respondent '{respondentId}' names a partner for type '{SurveyLabels.Format(contactType)}' but answered none (or nothing) for that type; give the tie's frequency or the respondent's answer.");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            bool resolved = lookup.TryGetValue(SurveyLabels.NormalizeName(partnerText), out string? actorId);
            if (!resolved)
            {
                string key = SurveyLabels.NormalizeName(partnerText);
                if (!unresolvedByKey.TryGetValue(key, out actorId))
                {
                    actorId = partnerText;
                    unresolvedByKey.Add(key, actorId);
                    unresolved.Add(actorId);
                    created.Add(new Actor { Id = actorId, Name = actorId, Kind = "unknown", Setting = Setting.Other, Zone = string.Empty, IsUnresolved = true });
                }
            }

            list.Add(new PartnerMention
            {
                RespondentId = respondentId,
                Type = contactType,
                Partner = partnerText,
                ActorId = actorId!,
                IsResolved = resolved,
                Frequency = tieFrequency,
                Channels = tieChannels,
                Formal = isFormal,
            });
        }

        return (list.ToImmutable(), unresolved.ToImmutable(), created);
    }

    /// <summary>Normalised id, name and alias → actor id; ids take precedence over names, names over aliases, earlier actors over later ones.</summary>
    private Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Actor actor in _actors)
        {
            lookup.TryAdd(SurveyLabels.NormalizeName(actor.Id), actor.Id);
        }

        foreach (Actor actor in _actors)
        {
            if (actor.Name.Length > 0)
            {
                lookup.TryAdd(SurveyLabels.NormalizeName(actor.Name), actor.Id);
            }
        }

        foreach (Actor actor in _actors)
        {
            foreach (string alias in actor.Aliases)
            {
                lookup.TryAdd(SurveyLabels.NormalizeName(alias), actor.Id);
            }
        }

        return lookup;
    }

    private string ParseRespondent(SurveyTable table, SurveyRow row, int column, ref bool ok)
    {
        string id = row.Cell(column);
        if (_respondentsRead && !_respondents.ContainsKey(id))
        {
            // Reported once per id (its later rows are counted), or folded into the empty-id message, which is then
            // the likely root cause: one mistake gives one message, not one per row that names the respondent.
            if (!_unknownRespondents.TryGetValue(id, out UnknownRespondent? unknown))
            {
                unknown = new UnknownRespondent(_emptyRespondentIssue < 0 ? _issues.Count : -1);
                _unknownRespondents.Add(id, unknown);
                if (unknown.Issue >= 0)
                {
                    Add(table, row, column, $"The respondent '{id}' is not in respondents.csv.");
                }
            }

            unknown.Rows++;
            unknown.Files.Add(table.FileName);
            ok = false;
        }

        return id;
    }

    /// <summary>Completes the messages about respondents missing from respondents.csv with the rows that name them.</summary>
    private void ReportUnknownRespondents()
    {
        if (_unknownRespondents.Count == 0)
        {
            return;
        }

        static string Files(SortedSet<string> files) => string.Join(" and ", files);

        foreach ((string id, UnknownRespondent unknown) in _unknownRespondents)
        {
            if (unknown.Issue >= 0 && unknown.Rows > 1)
            {
                IngestionIssue first = _issues[unknown.Issue];
                _issues[unknown.Issue] = first with
                {
                    Message = string.Create(CultureInfo.InvariantCulture, $"The respondent '{id}' is not in respondents.csv; {Files(unknown.Files)} name it on {unknown.Rows} rows, reported here once; add it to respondents.csv or correct the id."),
                };
            }
        }

        var folded = _unknownRespondents.Where(u => u.Value.Issue < 0).ToList();
        if (_emptyRespondentIssue >= 0 && folded.Count > 0)
        {
            const int Shown = 5;
            var files = new SortedSet<string>(folded.SelectMany(u => u.Value.Files), StringComparer.Ordinal);
            string ids = string.Join(", ", folded.Take(Shown).Select(u => string.Create(CultureInfo.InvariantCulture, $"'{u.Key}' ({u.Value.Rows} {(u.Value.Rows == 1 ? "row" : "rows")})")));
            string more = folded.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {folded.Count - Shown} more") : string.Empty;
            IngestionIssue root = _issues[_emptyRespondentIssue];
            _issues[_emptyRespondentIssue] = root with
            {
                Message = string.Create(CultureInfo.InvariantCulture, $"The respondent id is empty; every respondent needs a unique id. {Files(files)} name respondents missing from respondents.csv: {ids}{more}; if this row is one of them, write its id here."),
            };
        }
    }

    private sealed class UnknownRespondent(int issue)
    {
        public int Issue { get; } = issue;

        public int Rows { get; set; }

        public SortedSet<string> Files { get; } = new(StringComparer.Ordinal);
    }

    private bool ParseType(SurveyTable table, SurveyRow row, int column, out ContactType type)
    {
        string text = row.Cell(column);
        if (SurveyLabels.TryParseContactType(text, out type))
        {
            return true;
        }

        Add(table, row, column, $"The type '{text}' is unknown; use sending, receiving or exchange.");
        return false;
    }

    private Channel ParseChannels(SurveyTable table, SurveyRow row, int column, ref bool ok)
    {
        Channel result = Channel.None;
        foreach (string part in row.Cell(column).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (SurveyLabels.TryParseChannel(part, out Channel channel))
            {
                result |= channel;
            }
            else
            {
                Add(table, row, column, $"The channel '{part}' is unknown; use phone, mail, meeting, informal or other, separated by ';'.");
                ok = false;
            }
        }

        return result;
    }

    internal static bool IsValidId(string id)
    {
        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || char.IsLetter(c) || char.IsDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return id.Length > 0;
    }
}
