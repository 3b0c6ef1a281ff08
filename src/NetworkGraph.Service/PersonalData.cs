using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NetworkGraph.Surveys;

namespace NetworkGraph.Service;

/// <summary>
/// The service's pseudonymization: the <see cref="Pseudonymizer"/> of the configured secret (or none), and the
/// check value stored with every wave so that the service can tell under which secret a wave was stored.
/// </summary>
/// <remarks>
/// Waves are pseudonymized at ingestion, before anything is analysed or stored: the database, its backups and the
/// Neo4j graph never hold a personal actor's name, every answer is served from what was stored (so no route can
/// forget to pseudonymize), and the stored outputs are byte for byte those of the command line with
/// <c>--pseudonymize --secret S</c>. The check value is HMAC-SHA256(secret, "networkgraph-service:secret-check"),
/// 16 hex digits: it tells secrets apart without revealing them.
/// </remarks>
internal sealed class PersonalData
{
    /// <summary>The environment variable read when <c>NetworkGraph:Secret</c> is not configured, as on the command line.</summary>
    public const string SecretVariable = "NETWORKGRAPH_SECRET";

    /// <summary>Reads the secret from the options, else from <see cref="SecretVariable"/>.</summary>
    /// <exception cref="InvalidOperationException">The secret is shorter than <see cref="Pseudonymizer.MinSecretLength"/> characters.</exception>
    public PersonalData(IOptions<ServiceOptions> options)
        : this(string.IsNullOrEmpty(options.Value.Secret) ? Environment.GetEnvironmentVariable(SecretVariable) : options.Value.Secret)
    {
    }

    /// <summary>Uses <paramref name="secret"/>; null or empty means no pseudonymization.</summary>
    /// <exception cref="InvalidOperationException">The secret is shorter than <see cref="Pseudonymizer.MinSecretLength"/> characters.</exception>
    public PersonalData(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        if (secret.Length < Pseudonymizer.MinSecretLength)
        {
            // The secret itself is never part of a message.
            throw new InvalidOperationException($"NetworkGraph:Secret (or {SecretVariable}) is {secret.Length} characters long; give at least {Pseudonymizer.MinSecretLength} so that the pseudonyms cannot be guessed");
        }

        Pseudonymizer = new Pseudonymizer(secret);
        SecretCheck = Check(secret);
    }

    /// <summary>The pseudonymizer of the configured secret, or null when the service runs without one.</summary>
    public Pseudonymizer? Pseudonymizer { get; }

    /// <summary>The check value of the configured secret, or null.</summary>
    public string? SecretCheck { get; }

    /// <summary>The check value stored with a wave pseudonymized under <paramref name="secret"/>.</summary>
    public static string Check(string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "networkgraph-service:secret-check"u8).AsSpan(0, 8));

    /// <summary>
    /// Why a wave stored with <paramref name="storedCheck"/> may not be served, or null when it may: with a secret
    /// configured, a wave stored in clear or under another secret would name personal actors (or mix pseudonyms).
    /// </summary>
    public string? Refusal(string id, string? storedCheck)
    {
        if (SecretCheck is null || storedCheck == SecretCheck)
        {
            return null;
        }

        return storedCheck is null
            ? $"wave '{id}' was stored before the service was given its pseudonymization secret, so its answers would name personal actors; delete it and upload it again"
            : $"wave '{id}' was pseudonymized under another secret; delete it and upload it again";
    }
}
