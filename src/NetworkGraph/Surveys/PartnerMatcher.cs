using System.Collections.Immutable;
using System.Text;
using NetworkGraph.Model;

namespace NetworkGraph.Surveys;

/// <summary>A suggested actor for a partner name that matched no actor: the actor id and the match score in (0, 1].</summary>
/// <param name="Actor">The actor id.</param>
/// <param name="Score">The score (see <see cref="PartnerMatcher.Score"/>): 1 = same words, lower = further apart.</param>
/// <remarks><threadsafety static="true" instance="true"/></remarks>
public sealed record PartnerSuggestion(string Actor, double Score);

/// <summary>Suggests the closest actors for a partner name as a respondent typed it ("le Dr de la rue Xhavée",
/// "Freres Alexiens", "A.V.A.T.").</summary>
/// <remarks>
/// <para>Names are compared as sets of words after <see cref="Tokens"/>: accents and case are ignored, punctuation
/// splits words, spaced or dotted initials are joined (<c>A.V.A.T.</c> → <c>avat</c>), and articles, prepositions and
/// titles are dropped (<c>le</c>, <c>la</c>, <c>l'</c>, <c>de</c>, <c>du</c>, <c>des</c>, <c>d'</c>, <c>et</c>,
/// <c>the</c>, <c>of</c>, <c>Dr</c>, <c>docteur</c>, <c>Pr</c>, <c>service(s)</c>, …), so word order does not matter.</para>
/// <para><see cref="Score"/> of a partner name p against one name c of an actor (its id, name or one alias):
/// 1 when both have the same words; 0.95 when p is one word equal to the initials of c's words (an acronym) or c is one
/// word equal to p's initials; otherwise a soft Jaccard index S = Σ sim / (|P| + |C| − Σ sim), where each word of P is
/// paired with its most similar unused word of C and sim = 1 − Levenshtein distance / longer length (kept when ≥ 0.75,
/// so one typo in a word of four letters or more still pairs; a word that is a prefix of at least 4 letters of the other
/// counts 0.9, for abbreviations like <c>psy</c>chiatrique). An actor's score is the maximum over its names.</para>
/// <para>Cost: O(a · w² · l²) per partner for a names of w words of l letters; the actor names are tokenised once.</para>
/// <para><threadsafety static="true" instance="false"/> Instances are read-only after construction and safe to share.</para>
/// </remarks>
public sealed class PartnerMatcher
{
    private static readonly FrozenWords Ignored = new(
        "le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "un", "une", "sur", "pour", "par",
        "the", "of", "and", "for", "dr", "docteur", "docteurs", "doctor", "pr", "professeur", "mr", "mme", "m",
        "service", "services", "st", "ste");

    private readonly (string Actor, string[] Words, string Initials)[] _names;

    /// <summary>Initializes a matcher over actors (their id, name and aliases); unresolved actors are skipped.</summary>
    /// <param name="actors">The actors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actors"/> is null.</exception>
    public PartnerMatcher(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var names = new List<(string, string[], string)>();
        foreach (Actor actor in actors)
        {
            if (actor.IsUnresolved)
            {
                continue;
            }

            foreach (string name in (string[])[actor.Id, actor.Name, .. actor.Aliases])
            {
                string[] words = Tokens(name);
                if (words.Length > 0)
                {
                    names.Add((actor.Id, words, Initials(name)));
                }
            }
        }

        _names = [.. names];
    }

    /// <summary>Gets the best actors for a partner name, best first (ties by id, ordinal), at most <paramref name="count"/>,
    /// each with a score at or above <paramref name="minimumScore"/>.</summary>
    /// <param name="partner">The partner name as written.</param>
    /// <param name="count">The maximum number of suggestions.</param>
    /// <param name="minimumScore">The lowest score kept.</param>
    /// <returns>The suggestions (empty when nothing is close).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    public ImmutableArray<PartnerSuggestion> Suggest(string partner, int count = 3, double minimumScore = 0.4)
    {
        ArgumentNullException.ThrowIfNull(partner);
        string[] words = Tokens(partner);
        string initials = Initials(partner);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach ((string actor, string[] nameWords, string nameInitials) in _names)
        {
            double score = ScoreWords(words, initials, nameWords, nameInitials);
            if (score >= minimumScore && (!best.TryGetValue(actor, out double old) || score > old))
            {
                best[actor] = score;
            }
        }

        return [.. best
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(kv => new PartnerSuggestion(kv.Key, Math.Round(kv.Value, 4)))];
    }

    /// <summary>Gets the suggestions for every unresolved partner name of a dataset (<c>validation.suggestions</c>), in
    /// <see cref="SurveyDataset.Unresolved"/> order; a name with no close actor has an empty list.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>Partner name as written → candidates, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ImmutableArray<KeyValuePair<string, ImmutableArray<PartnerSuggestion>>> SuggestUnresolved(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var matcher = new PartnerMatcher(dataset.Actors);
        return [.. dataset.Unresolved.Select(name => KeyValuePair.Create(name, matcher.Suggest(name)))];
    }

    /// <summary>Merges every unresolved partner whose best suggestion scores at or above <paramref name="threshold"/> into
    /// that actor (what <c>--accept-suggestions SCORE</c> asks for): its mentions now name the actor, and the placeholder
    /// actor and its <see cref="SurveyDataset.Unresolved"/> entry are removed. Each merge is returned and appended to
    /// <see cref="SurveyDataset.AcceptedSuggestions"/> (<c>validation.accepted</c>); nothing else changes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="threshold">The lowest score accepted, in (0, 1].</param>
    /// <param name="accepted">The merges: partner name as written → the actor and score.</param>
    /// <returns>The dataset with the merges applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1].</exception>
    public static SurveyDataset AcceptSuggestions(SurveyDataset dataset, double threshold, out ImmutableArray<KeyValuePair<string, PartnerSuggestion>> accepted)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!(threshold > 0 && threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The score threshold must be in (0, 1].");
        }

        var merges = new Dictionary<string, PartnerSuggestion>(StringComparer.Ordinal);
        foreach ((string partner, ImmutableArray<PartnerSuggestion> candidates) in SuggestUnresolved(dataset))
        {
            if (candidates.Length > 0 && candidates[0].Score >= threshold)
            {
                merges[partner] = candidates[0];
            }
        }

        accepted = [.. dataset.Unresolved.Where(merges.ContainsKey).Select(p => KeyValuePair.Create(p, merges[p]))];
        if (merges.Count == 0)
        {
            return dataset;
        }

        return dataset with
        {
            Actors = [.. dataset.Actors.Where(a => !(a.IsUnresolved && merges.ContainsKey(a.Id)))],
            Partners = [.. dataset.Partners.Select(m => !m.IsResolved && merges.TryGetValue(m.ActorId, out PartnerSuggestion? to)
                ? m with { ActorId = to.Actor, IsResolved = true }
                : m)],
            Unresolved = [.. dataset.Unresolved.Where(p => !merges.ContainsKey(p))],
            AcceptedSuggestions = [.. dataset.AcceptedSuggestions, .. accepted],
        };
    }

    /// <summary>Scores a partner name against one actor name (see the class remarks), in [0, 1].</summary>
    /// <param name="partner">The partner name as written.</param>
    /// <param name="name">An actor's id, name or alias.</param>
    /// <returns>The score: 1 = same words, 0 = nothing in common.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double Score(string partner, string name)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(name);
        return ScoreWords(Tokens(partner), Initials(partner), Tokens(name), Initials(name));
    }

    /// <summary>Splits a name into its significant words: accents and case removed, punctuation as spaces, dotted or
    /// spaced initials joined, ignored words dropped (all of them kept if nothing else remains).</summary>
    /// <param name="text">The name.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string[] Tokens(string text)
    {
        string[] all = RawWords(text);
        string[] kept = [.. all.Where(w => !Ignored.Contains(w))];
        return kept.Length > 0 ? kept : all;
    }

    private static string[] RawWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string key = SurveyLabels.NormalizeName(text);
        var words = new List<string>();
        var sb = new StringBuilder();
        var letters = new StringBuilder();
        foreach (string part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "a.v.a.t." and "a v a t" are one acronym.
            if (part.Length >= 3 && part.Split('.', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } dotted && dotted.All(d => d.Length == 1 && char.IsLetter(d[0])))
            {
                Flush(letters, words);
                words.Add(string.Concat(dotted));
                continue;
            }

            sb.Clear();
            foreach (char c in part)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(c);
                }
                else
                {
                    AddWord(sb, letters, words);
                }
            }

            AddWord(sb, letters, words);
        }

        Flush(letters, words);
        return [.. words];
    }

    private static void AddWord(StringBuilder sb, StringBuilder letters, List<string> words)
    {
        if (sb.Length == 0)
        {
            return;
        }

        string word = sb.ToString();
        sb.Clear();
        if (word.Length == 1 && char.IsLetter(word[0]) && word != "l" && word != "d" && word != "a")
        {
            letters.Append(word);
            return;
        }

        Flush(letters, words);
        words.Add(word);
    }

    private static void Flush(StringBuilder letters, List<string> words)
    {
        if (letters.Length > 0)
        {
            words.Add(letters.ToString());
            letters.Clear();
        }
    }

    /// <summary>The first letters of the significant words of a name, or its first acronym-like word.</summary>
    private static string Initials(string text)
    {
        string[] words = Tokens(text);
        return words.Length >= 2 ? string.Concat(words.Where(w => char.IsLetter(w[0])).Select(w => w[0])) : string.Empty;
    }

    private static double ScoreWords(string[] p, string pInitials, string[] c, string cInitials)
    {
        if (p.Length == 0 || c.Length == 0)
        {
            return 0;
        }

        if (p.Length == c.Length && p.Order(StringComparer.Ordinal).SequenceEqual(c.Order(StringComparer.Ordinal)))
        {
            return 1;
        }

        if ((p.Length == 1 && cInitials.Length >= 2 && p[0] == cInitials) || (c.Length == 1 && pInitials.Length >= 2 && c[0] == pInitials))
        {
            return 0.95;
        }

        bool[] used = new bool[c.Length];
        double sum = 0;
        foreach (string word in p)
        {
            int bestIndex = -1;
            double best = 0;
            for (int j = 0; j < c.Length; j++)
            {
                if (!used[j])
                {
                    double sim = WordSimilarity(word, c[j]);
                    if (sim > best)
                    {
                        best = sim;
                        bestIndex = j;
                    }
                }
            }

            if (bestIndex >= 0)
            {
                used[bestIndex] = true;
                sum += best;
            }
        }

        double score = sum / (p.Length + c.Length - sum);
        return Math.Min(score, 0.99);
    }

    private static double WordSimilarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        int shorter = Math.Min(a.Length, b.Length);
        if (shorter >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return 0.9;
        }

        int longer = Math.Max(a.Length, b.Length);
        if (longer - shorter > 2 || shorter < 4)
        {
            return 0;
        }

        double sim = 1 - ((double)Levenshtein(a, b) / longer);
        return sim >= 0.75 ? sim : 0;
    }

    /// <summary>The Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment).</summary>
    internal static int Levenshtein(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private sealed class FrozenWords(params string[] words)
    {
        private readonly HashSet<string> _set = new(words, StringComparer.Ordinal);

        public bool Contains(string word) => _set.Contains(word);
    }
}
