using System.Collections.Immutable;
using System.Text.Json;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Analysis.Surveys;

/// <summary>How far a survey network can be trusted: tie confirmation and coverage.</summary>
/// <remarks>
/// <para><see cref="ConfirmedReferralShare"/>: among the <c>referral</c> ties a → b whose two ends are surveyed actors
/// (actors with at least one respondent), the share that both ends reported: a respondent of a named b for
/// <c>sending</c> and a respondent of b named a for <c>receiving</c>. Null when there is no such tie.
/// <see cref="ConfirmedBySetting"/>: the same, grouped by the setting of the sender a (settings with no such tie are
/// null). <see cref="NotSurveyed"/>: ids of actors named as partners that have no respondent (ordinal order).
/// <see cref="SilentRespondents"/>: respondents who named no partner at all (ordinal order). <see cref="Inconsistent"/>:
/// answers that contradict themselves: a partner named, with a per-tie frequency, for a type the respondent answered
/// <c>none</c>; the line is the mention's position among the partner rows + 1 (the header is line 1), which is the line of
/// <c>partners.csv</c> when that file has no blank or multi-line rows.</para>
/// <para>Time O(m log m) for m partner mentions. <threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed record SurveyQuality
{
    /// <summary>Gets the share of referral ties between surveyed actors reported by both ends, or null.</summary>
    public double? ConfirmedReferralShare { get; init; }

    /// <summary>Gets the confirmed share per setting of the sender (null when the setting has no such tie).</summary>
    public ImmutableArray<KeyValuePair<Setting, double?>> ConfirmedBySetting { get; init; } = [];

    /// <summary>Gets the actors named as partners that have no respondent.</summary>
    public ImmutableArray<string> NotSurveyed { get; init; } = [];

    /// <summary>Gets the respondents who named no partner.</summary>
    public ImmutableArray<string> SilentRespondents { get; init; } = [];

    /// <summary>Gets the self-contradicting answers.</summary>
    public ImmutableArray<IngestionIssue> Inconsistent { get; init; } = [];

    /// <summary>Computes the figures of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static SurveyQuality Compute(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var actorOf = dataset.Respondents.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ActorId, StringComparer.Ordinal);
        var surveyed = new HashSet<string>(actorOf.Values, StringComparer.Ordinal);
        var settingOf = dataset.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Setting, StringComparer.Ordinal);
        var sentBySender = new HashSet<(string, string)>();
        var receivedByReceiver = new HashSet<(string, string)>();
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        var inconsistent = new List<IngestionIssue>();
        int row = 1;
        foreach (PartnerMention m in dataset.Partners)
        {
            row++;
            speakers.Add(m.RespondentId);
            if (!actorOf.TryGetValue(m.RespondentId, out string? own) || own == m.ActorId)
            {
                continue;
            }

            if (m.Type == ContactType.Sending)
            {
                sentBySender.Add((own, m.ActorId));
            }
            else if (m.Type == ContactType.Receiving)
            {
                receivedByReceiver.Add((m.ActorId, own));
            }

            if (m.Frequency is not null && dataset.FrequencyOf(m.RespondentId, m.Type) == Frequency.None)
            {
                inconsistent.Add(new IngestionIssue(SurveyReader.PartnersFile, row, 0,
                    $"Respondent '{m.RespondentId}' names '{m.Partner}' for {SurveyLabels.Format(m.Type)} but answered none for that type."));
            }
        }

        var ties = sentBySender.Union(receivedByReceiver).Where(t => surveyed.Contains(t.Item1) && surveyed.Contains(t.Item2)).ToArray();
        int confirmed = ties.Count(t => sentBySender.Contains(t) && receivedByReceiver.Contains(t));
        return new SurveyQuality
        {
            ConfirmedReferralShare = ties.Length == 0 ? null : (double)confirmed / ties.Length,
            ConfirmedBySetting = [.. SurveyLabels.Settings.Select(s =>
            {
                var mine = ties.Where(t => settingOf.GetValueOrDefault(t.Item1, Setting.Other) == s).ToArray();
                double? share = mine.Length == 0 ? null : (double)mine.Count(t => sentBySender.Contains(t) && receivedByReceiver.Contains(t)) / mine.Length;
                return KeyValuePair.Create(s, share);
            })],
            NotSurveyed = [.. dataset.Partners.Select(m => m.ActorId).Where(a => !surveyed.Contains(a)).Distinct().Order(StringComparer.Ordinal)],
            SilentRespondents = [.. dataset.Respondents.Select(r => r.Id).Where(r => !speakers.Contains(r)).Distinct().Order(StringComparer.Ordinal)],
            Inconsistent = [.. inconsistent],
        };
    }

    /// <summary>Writes the figures as the <c>quality</c> object of <c>report.json</c>: <c>confirmed_referral_share</c>,
    /// <c>confirmed_by_setting.&lt;setting&gt;</c>, <c>not_surveyed</c>, <c>silent_respondents</c> and
    /// <c>inconsistent</c> (<c>[{file, line, message}]</c>).</summary>
    /// <param name="writer">The JSON writer, inside an object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject("quality");
        WriteShare(writer, "confirmed_referral_share", ConfirmedReferralShare);
        writer.WriteStartObject("confirmed_by_setting");
        foreach ((Setting setting, double? share) in ConfirmedBySetting)
        {
            WriteShare(writer, SurveyLabels.Format(setting), share);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("not_surveyed");
        foreach (string id in NotSurveyed)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("silent_respondents");
        foreach (string id in SilentRespondents)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("inconsistent");
        foreach (IngestionIssue issue in Inconsistent)
        {
            writer.WriteStartObject();
            writer.WriteString("file", issue.File);
            writer.WriteNumber("line", issue.Line);
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, double? share)
    {
        if (share is double value)
        {
            writer.WriteNumber(name, Math.Round(value, 6));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
