using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Docs;

/// <summary>A clone of the repository documents itself: every relative Markdown link and anchor resolves, and no
/// file sends readers to a specification they do not have.</summary>
public sealed class MarkdownLinksTests
{
    [Fact]
    public void EveryRelativeLink_InEveryMarkdownFile_Resolves()
    {
        List<string> broken = MarkdownLinkChecker.BrokenLinks(RepositoryPaths.Root);

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void TheWalk_CoversTheDocumentationPages()
    {
        var files = MarkdownLinkChecker.MarkdownFiles(RepositoryPaths.Root)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("README.md", files);
        Assert.Contains("docs/README.md", files);
        Assert.Contains("docs/en/survey-format.md", files);
        Assert.Contains("data/zone6/README.md", files);
        Assert.NotEmpty(MarkdownLinkChecker.Links(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "README.md"))));
    }

    [Fact]
    public void NoFile_MentionsAnExternalSpecification()
    {
        List<string> found = MarkdownLinkChecker.ForbiddenReferences(RepositoryPaths.Root);

        Assert.True(found.Count == 0, "references to a specification outside the repository:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("`report.json`", "reportjson")]
    [InlineData("1. Survey dataset (a folder)", "1-survey-dataset-a-folder")]
    [InlineData("Colonnes de `metrics.csv` — définitions", "colonnes-de-metricscsv--définitions")]
    [InlineData("[Edge list](edge-list-format.md) and more", "edge-list-and-more")]
    [InlineData("snake_case and-dash", "snake_case-and-dash")]
    public void Slug_FollowsGitHubHeadingAnchors(string heading, string expected)
    {
        Assert.Equal(expected, MarkdownLinkChecker.Slug(heading));
    }

    [Fact]
    public void Links_IgnoreCodeAndExternalAddresses()
    {
        string markdown = "See [a](a.md#x) and [b](https://example.org/b.md), `[c](c.md)`.\n```\n[d](d.md)\n```\n![e](img/e.png)\n"
            + "[f](" + MarkdownLinkChecker.RepositoryBlob + "docs/f.md)\n";

        var links = MarkdownLinkChecker.Links(markdown).ToList();

        Assert.Equal([(1, "a.md#x"), (5, "img/e.png"), (6, MarkdownLinkChecker.RepositoryBlob + "docs/f.md")], links);
    }

    [Fact]
    public void Checker_ReportsMissingFilesMissingAnchorsAndForbiddenMentions()
    {
        DirectoryInfo root = Directory.CreateTempSubdirectory("networkgraph-docs-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "page.md"), "# Title\n\n## Same\n## Same\n");
            File.WriteAllText(
                Path.Combine(root.FullName, "README.md"),
                "[ok](page.md#title) [ok2](page.md#same-1) [self](#top)\n<a id=\"top\"></a>\n[gone](missing.md) [bad](page.md#nowhere)\n"
                + "[abs](" + MarkdownLinkChecker.RepositoryBlob + "page.md#same) [absgone](" + MarkdownLinkChecker.RepositoryBlob + "nope.md)\n");
            File.WriteAllText(Path.Combine(root.FullName, "Code.cs"), "// see " + MarkdownLinkChecker.ForbiddenMentions[2] + "4\n");

            List<string> broken = MarkdownLinkChecker.BrokenLinks(root.FullName);
            List<string> forbidden = MarkdownLinkChecker.ForbiddenReferences(root.FullName);

            Assert.Equal(
                [
                    "README.md:3: missing.md (no such file)",
                    "README.md:3: page.md#nowhere (no such heading)",
                    "README.md:4: " + MarkdownLinkChecker.RepositoryBlob + "nope.md (no such file)",
                ],
                broken);
            Assert.Equal(["Code.cs:1: // see " + MarkdownLinkChecker.ForbiddenMentions[2] + "4"], forbidden);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
