using System.Text;
using NetworkGraph.Graphs;
using NetworkGraph.IO;

namespace NetworkGraph.Tests.Graphs;

/// <summary>The two forms of <see cref="NodeIndex"/>: strings (built in code) and UTF-8 (read from a file).</summary>
public sealed class NodeIndexTests
{
    private static readonly string LongKey = new string('k', 300) + "é";

    private static readonly string[] KeyList = ["7", "07", "é", "node-1", "日本", "\uFFFD", LongKey, "x"];

    private static NodeIndex FromFile()
    {
        string text = string.Join('\n', KeyList) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return EdgeListReader.Read(stream, "keys.txt", ct: TestContext.Current.CancellationToken).Nodes;
    }

    public static TheoryData<string> Forms => ["strings", "utf8"];

    private static NodeIndex Make(string form) => form == "utf8" ? FromFile() : NodeIndex.Create(KeyList);

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryKey_RoundTrips(string form)
    {
        NodeIndex index = Make(form);
        Assert.Equal(KeyList.Length, index.Count);
        Assert.Equal(KeyList, index.Keys);
        for (int v = 0; v < KeyList.Length; v++)
        {
            Assert.Equal(KeyList[v], index[v]);
            Assert.Equal(v, index.IndexOf(KeyList[v]));
            Assert.True(index.TryGetIndex(KeyList[v], out int found));
            Assert.Equal(v, found);
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void MissingKeys_NotFound(string form)
    {
        NodeIndex index = Make(form);
        foreach (string missing in new[] { "", "8", "007", "E", "e\u0301", "\uD800", LongKey + "!", "X" })
        {
            Assert.False(index.TryGetIndex(missing, out _), missing);
            Assert.Throws<KeyNotFoundException>(() => index.IndexOf(missing));
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void OutOfRange_Throws(string form)
    {
        NodeIndex index = Make(form);
        Assert.Throws<ArgumentOutOfRangeException>(() => index[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => index[KeyList.Length]);
    }

    [Fact]
    public void ManyKeys_AllFoundThroughTheUtf8Table()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(i % 2 == 0 ? $"{i}\n" : $"n{i}\n");
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        NodeIndex index = EdgeListReader.Read(stream, "many.txt", ct: TestContext.Current.CancellationToken).Nodes;
        Assert.Equal(20_000, index.Count);
        for (int i = 0; i < 20_000; i++)
        {
            Assert.Equal(i, index.IndexOf(i % 2 == 0 ? $"{i}" : $"n{i}"));
        }

        Assert.False(index.TryGetIndex("n0", out _));
    }
}
