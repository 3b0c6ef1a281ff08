using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>The text labels of the survey vocabulary (docs/en/survey-format.md and docs/en/outputs.md), in both directions.</summary>
/// <remarks>
/// <para>Labels are lower case (<c>hospital</c>, <c>very_rarely</c>, <c>phone</c>…). Parsing ignores case and surrounding
/// spaces and treats <c>-</c> and a space like <c>_</c> (<c>Very rarely</c> = <c>very_rarely</c>); frequencies also
/// accept the questionnaire codes <c>0</c>–<c>3</c> (very rarely … systematically), channels the codes <c>0</c>–<c>4</c>
/// (phone, mail, meeting, informal, other).</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public static class SurveyLabels
{
    /// <summary>Gets the settings in report order: hospital, ambulatory, social, other.</summary>
    public static ImmutableArray<Setting> Settings { get; } = [Setting.Hospital, Setting.Ambulatory, Setting.Social, Setting.Other];

    /// <summary>Gets the contact types in report order: sending, receiving, exchange.</summary>
    public static ImmutableArray<ContactType> ContactTypes { get; } = [ContactType.Sending, ContactType.Receiving, ContactType.Exchange];

    /// <summary>Gets the frequencies in report order: none … systematically.</summary>
    public static ImmutableArray<Frequency> Frequencies { get; } =
        [Frequency.None, Frequency.VeryRarely, Frequency.Occasionally, Frequency.Regularly, Frequency.Systematically];

    /// <summary>Gets the single channels in report order: phone, mail, meeting, informal, other.</summary>
    public static ImmutableArray<Channel> Channels { get; } = [Channel.Phone, Channel.Mail, Channel.Meeting, Channel.Informal, Channel.Other];

    /// <summary>Gets the label of a setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns><c>hospital</c>, <c>ambulatory</c>, <c>social</c> or <c>other</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    public static string Format(Setting setting) => setting switch
    {
        Setting.Hospital => "hospital",
        Setting.Ambulatory => "ambulatory",
        Setting.Social => "social",
        Setting.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "Unknown setting."),
    };

    /// <summary>Gets the label of a contact type.</summary>
    /// <param name="type">The contact type.</param>
    /// <returns><c>sending</c>, <c>receiving</c> or <c>exchange</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static string Format(ContactType type) => type switch
    {
        ContactType.Sending => "sending",
        ContactType.Receiving => "receiving",
        ContactType.Exchange => "exchange",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown contact type."),
    };

    /// <summary>Gets the label of a frequency.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns><c>none</c>, <c>very_rarely</c>, <c>occasionally</c>, <c>regularly</c> or <c>systematically</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is not defined.</exception>
    public static string Format(Frequency frequency) => frequency switch
    {
        Frequency.None => "none",
        Frequency.VeryRarely => "very_rarely",
        Frequency.Occasionally => "occasionally",
        Frequency.Regularly => "regularly",
        Frequency.Systematically => "systematically",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };

    /// <summary>Gets the labels of a set of channels, <c>;</c>-separated in report order (empty for <see cref="Channel.None"/>).</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>E.g. <c>phone;meeting</c>.</returns>
    public static string Format(Channel channels) => string.Join(';', ChannelLabels(channels));

    /// <summary>Gets the labels of a set of channels in report order.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The labels, e.g. <c>["phone", "meeting"]</c>.</returns>
    public static ImmutableArray<string> ChannelLabels(Channel channels)
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        foreach (Channel c in Channels)
        {
            if ((channels & c) != 0)
            {
                labels.Add(ChannelLabel(c));
            }
        }

        return labels.ToImmutable();
    }

    /// <summary>Parses a setting label.</summary>
    /// <param name="text">The text.</param>
    /// <param name="setting">The setting, when the text is a setting label.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a setting label.</returns>
    public static bool TryParseSetting(string? text, out Setting setting)
    {
        setting = Key(text) switch
        {
            "hospital" or "hopital" => Setting.Hospital,
            "ambulatory" or "ambulatoire" => Setting.Ambulatory,
            "social" => Setting.Social,
            "other" or "autre" => Setting.Other,
            _ => (Setting)(-1),
        };
        return setting >= 0;
    }

    /// <summary>Parses a contact type label.</summary>
    /// <param name="text">The text.</param>
    /// <param name="type">The contact type, when the text is a contact type label.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a contact type label.</returns>
    public static bool TryParseContactType(string? text, out ContactType type)
    {
        type = Key(text) switch
        {
            "sending" or "envoi" => ContactType.Sending,
            "receiving" or "reception" => ContactType.Receiving,
            "exchange" or "echange" or "echange_d_informations" => ContactType.Exchange,
            _ => (ContactType)(-1),
        };
        return type >= 0;
    }

    /// <summary>Parses a frequency label or questionnaire code (<c>0</c> very rarely … <c>3</c> systematically).</summary>
    /// <param name="text">The text.</param>
    /// <param name="frequency">The frequency, when the text is a frequency label or code.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a frequency label or code.</returns>
    public static bool TryParseFrequency(string? text, out Frequency frequency)
    {
        frequency = Key(text) switch
        {
            "none" or "aucun" or "aucune" or "jamais" => Frequency.None,
            "very_rarely" or "0" or "tres_rarement" => Frequency.VeryRarely,
            "occasionally" or "1" or "occasionnellement" => Frequency.Occasionally,
            "regularly" or "2" or "regulierement" => Frequency.Regularly,
            "systematically" or "3" or "systematiquement" or "de_maniere_systematique" => Frequency.Systematically,
            _ => (Frequency)(-1),
        };
        return frequency >= 0;
    }

    /// <summary>Parses one channel label or questionnaire code (<c>0</c> phone … <c>4</c> other).</summary>
    /// <param name="text">The text.</param>
    /// <param name="channel">The channel, when the text is a channel label or code.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a channel label or code.</returns>
    public static bool TryParseChannel(string? text, out Channel channel)
    {
        channel = Key(text) switch
        {
            "phone" or "0" or "telephone" => Channel.Phone,
            "mail" or "1" or "courriel" or "e_mail" => Channel.Mail,
            "meeting" or "2" or "reunion_de_concertation" => Channel.Meeting,
            "informal" or "3" or "rencontre_informelle" => Channel.Informal,
            "other" or "4" or "autre" => Channel.Other,
            _ => Channel.None,
        };
        return channel != Channel.None;
    }

    /// <summary>Normalises a name for partner matching: trims, decomposes (Unicode NFD), drops combining marks, lower-cases.</summary>
    /// <param name="text">The name.</param>
    /// <returns>The key: e.g. <c>" Clinique Frères "</c> → <c>"clinique freres"</c>.</returns>
    /// <remarks>Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) are mapped to their base letter by a table, so
    /// matching does not depend on ICU (the library also runs in globalization-invariant mode).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string NormalizeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed = text.Trim();
        try
        {
            decomposed = decomposed.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Invalid code points (lone surrogates): match on the text as written.
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(LatinBaseLetters.BaseOf(c)));
        }

        return sb.ToString();
    }

    internal static string ChannelLabel(Channel channel) => channel switch
    {
        Channel.Phone => "phone",
        Channel.Mail => "mail",
        Channel.Meeting => "meeting",
        Channel.Informal => "informal",
        _ => "other",
    };

    /// <summary>The matching key of a code or label: accents and case dropped, each run of spaces, hyphens and
    /// apostrophes one underscore (<c>"Très rarement"</c> → <c>"tres_rarement"</c>, <c>"very-rarely"</c> → <c>"very_rarely"</c>).</summary>
    private static string Key(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        string name = NormalizeName(text);
        var key = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            bool separator = c is ' ' or '-' or '_' or '\'' or '\u2019' or '\t';
            if (!separator)
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }

        return key.ToString().TrimEnd('_');
    }
}
