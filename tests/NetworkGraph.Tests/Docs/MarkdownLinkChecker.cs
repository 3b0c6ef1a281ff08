using System.Text;
using System.Text.RegularExpressions;

namespace NetworkGraph.Tests.Docs;

/// <summary>
/// Finds the relative links of Markdown files whose target file or anchor does not exist, and the files that send
/// readers to a specification outside the repository.
/// </summary>
/// <remarks>Anchors follow GitHub's heading slugs: lower case, punctuation other than <c>-</c> and <c>_</c> removed,
/// spaces turned into <c>-</c>, repeated headings suffixed <c>-1</c>, <c>-2</c>, …; explicit
/// <c>&lt;a id="…"&gt;</c> anchors count too. Links inside code blocks and code spans are not links.</remarks>
internal static partial class MarkdownLinkChecker
{
    /// <summary>Folders that hold build output, tool state or local runs, not repository content.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "bin", "obj", "artifacts", "node_modules", "BenchmarkDotNet.Artifacts", "TestResults", ".vs", ".idea",
        "inbox", "work",
    };

    /// <summary>File kinds searched for references to an external specification.</summary>
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".cs", ".csproj", ".props", ".targets", ".globalconfig", ".editorconfig", ".sln", ".json", ".py",
        ".sh", ".ps1", ".txt", ".yml", ".yaml", ".xml",
    };

    /// <summary>Gets what no file may mention (spelt in pieces so this file does not mention it).</summary>
    public static IReadOnlyList<string> ForbiddenMentions { get; } =
        [".." + "/shared", "CONTRACT" + ".md", "CONTRACT" + " §"];

    /// <summary>Links to this address are links into the repository (package READMEs use them, since nuget.org does not
    /// resolve relative links), and are checked as such.</summary>
    public const string RepositoryBlob = "https://github.com/networkgraph/networkgraph/blob/main/";

    /// <summary>Every Markdown file under <paramref name="root"/>, outside build and tool folders.</summary>
    public static IEnumerable<string> MarkdownFiles(string root) =>
        RepositoryFiles(root).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every text file under <paramref name="root"/> (source, project, documentation, scripts).</summary>
    public static IEnumerable<string> TextFiles(string root) =>
        RepositoryFiles(root).Where(f => TextExtensions.Contains(Path.GetExtension(f))
            || (Path.GetExtension(f).Length == 0 && IsScriptFolder(Path.GetDirectoryName(f)!)));

    /// <summary>The relative links of one Markdown file, as written, with their 1-based line.</summary>
    public static IEnumerable<(int Line, string Target)> Links(string markdown)
    {
        bool inFence = false;
        string[] lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            string text = CodeSpan().Replace(line, string.Empty);
            foreach (Match m in InlineLink().Matches(text))
            {
                string target = m.Groups["target"].Value.Trim('<', '>');
                if (target.StartsWith(RepositoryBlob, StringComparison.Ordinal) || !IsExternal(target))
                {
                    yield return (i + 1, target);
                }
            }
        }
    }

    /// <summary>The anchors a Markdown file defines: one per heading (GitHub slugs) and per explicit <c>id</c>.</summary>
    public static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        bool inFence = false;
        foreach (string raw in markdown.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match m in ExplicitAnchor().Matches(line))
            {
                anchors.Add(m.Groups["id"].Value);
            }

            Match heading = Heading().Match(line);
            if (heading.Success)
            {
                string slug = Slug(heading.Groups["text"].Value);
                int count = seen.GetValueOrDefault(slug);
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : slug + "-" + count);
            }
        }

        return anchors;
    }

    /// <summary>GitHub's anchor for a heading text.</summary>
    public static string Slug(string heading)
    {
        string text = MarkdownLinkText().Replace(heading.Trim(), "${text}");
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>Every broken relative link of the Markdown files under <paramref name="root"/>, as
    /// <c>file:line: target (reason)</c>, paths relative to <paramref name="root"/>.</summary>
    public static List<string> BrokenLinks(string root)
    {
        var broken = new List<string>();
        var anchorCache = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string file in MarkdownFiles(root))
        {
            string markdown = File.ReadAllText(file);
            foreach ((int line, string target) in Links(markdown))
            {
                int hash = target.IndexOf('#', StringComparison.Ordinal);
                string pathPart = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
                string anchor = hash < 0 ? string.Empty : Uri.UnescapeDataString(target[(hash + 1)..]);
                bool fromRoot = pathPart.StartsWith(RepositoryBlob, StringComparison.Ordinal);
                string resolved = pathPart.Length == 0
                    ? file
                    : fromRoot
                        ? Path.GetFullPath(Path.Combine(root, pathPart[RepositoryBlob.Length..]))
                        : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, pathPart));
                string where = $"{Path.GetRelativePath(root, file)}:{line}: {target}";
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add(where + " (no such file)");
                    continue;
                }

                if (anchor.Length == 0)
                {
                    continue;
                }

                if (!resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(resolved))
                {
                    broken.Add(where + " (anchor into a file that is not Markdown)");
                    continue;
                }

                if (!anchorCache.TryGetValue(resolved, out var anchors))
                {
                    anchors = Anchors(File.ReadAllText(resolved));
                    anchorCache[resolved] = anchors;
                }

                if (!anchors.Contains(anchor))
                {
                    broken.Add(where + " (no such heading)");
                }
            }
        }

        return broken;
    }

    /// <summary>Every line of a text file under <paramref name="root"/> that mentions one of
    /// <see cref="ForbiddenMentions"/>, as <c>file:line: text</c>.</summary>
    public static List<string> ForbiddenReferences(string root)
    {
        var found = new List<string>();
        foreach (string file in TextFiles(root))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (ForbiddenMentions.Any(f => lines[i].Contains(f, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        return found;
    }

    private static bool IsExternal(string target) =>
        target.Contains("://", StringComparison.Ordinal)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("doi:", StringComparison.OrdinalIgnoreCase);

    private static bool IsScriptFolder(string folder)
    {
        string name = Path.GetFileName(folder);
        return name is ".ci" or "scripts" or "tools";
    }

    private static IEnumerable<string> RepositoryFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (string sub in Directory.EnumerateDirectories(folder))
            {
                string name = Path.GetFileName(sub);
                bool localRun = folder == root && name.StartsWith("out", StringComparison.OrdinalIgnoreCase);
                if (!SkippedFolders.Contains(name) && !localRun)
                {
                    pending.Push(sub);
                }
            }

            foreach (string file in Directory.EnumerateFiles(folder))
            {
                yield return file;
            }
        }
    }

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\[(?:[^\[\]]|\[[^\]]*\])*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s+(?:name|id)=""(?<id>[^""]+)""")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLinkText();
}
