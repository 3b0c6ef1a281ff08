using System.CommandLine;
using System.Text.RegularExpressions;
using NetworkGraph.Cli;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Cli;

/// <summary>The options several commands take (<c>--out</c>, <c>--lang</c>, <c>--quiet</c>, <c>--seed</c>) mean the same, read the same in the help and are checked the same way in every command.</summary>
public sealed partial class SharedOptionsTests
{
    public static TheoryData<string> SharedNames => ["--out", "--lang", "--quiet", "--seed", "--threads"];

    [Theory]
    [MemberData(nameof(SharedNames))]
    public void EveryCommand_DescribesASharedOptionAlike(string name)
    {
        RootCommand root = CliApp.Build(new CliContext(TextWriter.Null, TextWriter.Null, CancellationToken.None));
        var declared = root.Subcommands.SelectMany(c => c.Options.Where(o => o.Name == name).Select(o => (Command: c.Name, Option: o))).ToList();
        Assert.NotEmpty(declared);
        var shapes = declared.Select(d => Shape(d.Option)).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(shapes.Count == 1, string.Join(Environment.NewLine, declared.Select(d => $"{d.Command}: {Shape(d.Option)}")));
    }

    [Fact]
    public void Out_IsRequiredWithTheShortAliasInEveryCommand()
    {
        RootCommand root = CliApp.Build(new CliContext(TextWriter.Null, TextWriter.Null, CancellationToken.None));
        // export writes into its --neo4j-import folder, the name neo4j-admin users look for; every other command has --out.
        foreach (Command command in root.Subcommands.Where(c => c.Name != "export"))
        {
            Option? output = command.Options.SingleOrDefault(o => o.Name == "--out");
            Assert.True(output is not null, command.Name);
            Assert.True(output.Required, command.Name);
            Assert.Contains("-o", output.Aliases);
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("compare")]
    [InlineData("directory")]
    [InlineData("template")]
    public void EmptyOut_RefusedAlikeByEveryCommand(string command)
    {
        var (code, _, error) = CliRunner.Run([command, .. Inputs(command), "--out", " "]);
        Assert.Equal(2, code);
        Assert.Contains("--out: the output folder is empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("compare")]
    [InlineData("directory")]
    [InlineData("template")]
    public void UnknownLanguage_RefusedAlikeByEveryCommand(string command)
    {
        using var temp = new TempDirectory();
        string outDir = temp.Combine("out");
        var (code, _, error) = CliRunner.Run([command, .. Inputs(command), "--out", outDir, "--lang", "de"]);
        Assert.Equal(2, code);
        Assert.Contains("--lang takes en or fr; got 'de'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Language_AnyCase_Accepted()
    {
        using var temp = new TempDirectory();
        var (code, output, error) = CliRunner.Run("template", "-o", temp.Path, "--lang", "EN", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.True(File.Exists(temp.Combine("README.txt")), output);
        Assert.Contains("--lang en", output, StringComparison.Ordinal);
    }

    /// <summary>The option as the help shows it, with the command's own example and the words naming what it applies to taken out.</summary>
    private static string Shape(Option option)
    {
        string description = ExampleSuffix().Replace(option.Description ?? string.Empty, string.Empty);
        description = LanguageOf().Replace(description, "Language of …:");
        description = SeedOf().Replace(description, "Seed of …:");
        description = DefaultValue().Replace(description, "Default: …");
        return $"{string.Join(",", option.Aliases.Order(StringComparer.Ordinal))} <{option.HelpName}> {description}";
    }

    private static string[] Inputs(string command) => command switch
    {
        "analyze" => ["--edges", Fixtures.EdgeListPath("lesmis")],
        "compare" => [RepositoryPaths.Data("zone6"), RepositoryPaths.Data("zone6")],
        "directory" => [RepositoryPaths.Data("zone6")],
        _ => [],
    };

    [GeneratedRegex(@" Example: .*$")]
    private static partial Regex ExampleSuffix();

    [GeneratedRegex(@"^Language of [^:]*:")]
    private static partial Regex LanguageOf();

    [GeneratedRegex(@"^Seed of [^:]*:")]
    private static partial Regex SeedOf();

    [GeneratedRegex(@"Default: \w+")]
    private static partial Regex DefaultValue();
}
