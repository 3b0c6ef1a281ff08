using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>Replaces personal actors by keyed pseudonyms and drops respondents' personal details, before any analysis or
/// writer runs, so that no output names a person.</summary>
/// <remarks>
/// <para><b>Personal actors</b>: kind <c>gp</c>, <c>psychiatrist</c> or <c>psychologist</c> (ignoring case), or a
/// <c>person</c> attribute equal to <c>true</c> (ignoring case). Their id and name both become
/// <c>p-</c> + the first 12 hex digits of HMAC-SHA256(secret, "actor:" + id) (RFC 2104; FIPS 198-1), their aliases and
/// extra attributes are dropped (except <c>person</c>), and every partner mention of them is rewritten to the pseudonym.
/// The same secret and id give the same pseudonym in every wave; without the secret the pseudonym cannot be reversed
/// or recomputed from the id.</para>
/// <para><b>Respondents</b>: function, years of experience and interview date are cleared (the 0–5 self-positioning is
/// kept: outputs only show it aggregated per setting), and respondent ids become <c>r-</c> + a keyed hash.</para>
/// <para>Unresolved partner names (kind <c>unknown</c>) are not personal by this rule: a respondent who wrote a person's
/// name as a partner should list that person in <c>actors.csv</c> with <c>person=true</c>.</para>
/// <para><threadsafety static="true" instance="true"/></para>
/// </remarks>
public sealed class Pseudonymizer
{
    /// <summary>The shortest secret the command line and the service accept, so that the pseudonyms cannot be guessed
    /// by trying secrets.</summary>
    public const int MinSecretLength = 12;

    private static readonly string[] PersonalKinds = ["gp", "psychiatrist", "psychologist"];
    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer keyed by a secret.</summary>
    /// <param name="secret">The secret (UTF-8); keep it to pseudonymize later waves alike.</param>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is empty.</exception>
    public Pseudonymizer(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Gets whether an actor is personal (see the remarks).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> for a personal actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public static bool IsPersonal(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return PersonalKinds.Contains(actor.Kind.Trim(), StringComparer.OrdinalIgnoreCase)
            || (actor.Attributes.TryGetValue("person", out string? person) && string.Equals(person.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Gets the pseudonym of a personal actor id.</summary>
    /// <param name="actorId">The actor id.</param>
    /// <returns><c>p-</c> and 12 hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actorId"/> is null.</exception>
    public string Pseudonym(string actorId)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return "p-" + Hash("actor:" + actorId);
    }

    /// <summary>Pseudonymizes the dataset of a reading (issues kept as they are).</summary>
    /// <param name="result">The reading.</param>
    /// <returns>The reading with its dataset pseudonymized.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public IngestionResult Apply(IngestionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { Dataset = Apply(result.Dataset) };
    }

    /// <summary>Pseudonymizes a dataset: personal actors renamed everywhere, respondents' details cleared.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>A new dataset; build its <see cref="SurveyNetwork"/> and analyse that.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public SurveyDataset Apply(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var actors = ImmutableArray.CreateBuilder<Actor>(dataset.Actors.Length);
        foreach (Actor actor in dataset.Actors)
        {
            if (!IsPersonal(actor))
            {
                actors.Add(actor);
                continue;
            }

            string pseudonym = Pseudonym(actor.Id);
            renamed[actor.Id] = pseudonym;
            ImmutableDictionary<string, string> kept = actor.Attributes.TryGetValue("person", out string? person)
                ? ImmutableDictionary<string, string>.Empty.Add("person", person)
                : ImmutableDictionary<string, string>.Empty;
            actors.Add(actor with { Id = pseudonym, Name = pseudonym, Aliases = [], Attributes = kept });
        }

        var respondents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Respondent r in dataset.Respondents)
        {
            respondents.TryAdd(r.Id, "r-" + Hash("respondent:" + r.Id));
        }

        string Actor(string id) => renamed.TryGetValue(id, out string? p) ? p : id;
        string RespondentId(string id) => respondents.TryGetValue(id, out string? p) ? p : "r-" + Hash("respondent:" + id);

        return dataset with
        {
            Actors = actors.MoveToImmutable(),
            Respondents = [.. dataset.Respondents.Select(r => r with
            {
                Id = RespondentId(r.Id),
                ActorId = Actor(r.ActorId),
                Function = string.Empty,
                Years = string.Empty,
                Date = string.Empty,
            })],
            Answers = [.. dataset.Answers.Select(a => a with { RespondentId = RespondentId(a.RespondentId), Reason = string.Empty })],
            Partners = [.. dataset.Partners.Select(m => m with
            {
                RespondentId = RespondentId(m.RespondentId),
                ActorId = Actor(m.ActorId),
                Partner = renamed.TryGetValue(m.ActorId, out string? pseudonym) ? pseudonym : m.Partner,
            })],
        };
    }

    private string Hash(string text)
    {
        byte[] mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(mac.AsSpan(0, 6));
    }
}
