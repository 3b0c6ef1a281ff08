using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

public sealed class SurveyJsonTests
{
    [Fact]
    public void WriteThenRead_RoundTripsTheDataset()
    {
        using var folder = new SurveyFolder();
        SurveyDataset original = SurveyReader.Read(folder.Path).ThrowIfInvalid();
        using var stream = new MemoryStream();
        SurveyJson.Write(original, stream);
        stream.Position = 0;
        IngestionResult result = SurveyJson.Read(stream);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        SurveyDataset copy = result.Dataset;
        Assert.Equal(original.Actors.Select(a => (a.Id, a.Name, a.Kind, a.Setting, a.Zone, string.Join("|", a.Aliases), a.IsUnresolved)), copy.Actors.Select(a => (a.Id, a.Name, a.Kind, a.Setting, a.Zone, string.Join("|", a.Aliases), a.IsUnresolved)));
        Assert.Equal("087 11 11 11", copy.Actors[0].Attributes["phone"]);
        Assert.Equal(original.ActorAttributeNames, copy.ActorAttributeNames);
        Assert.Equal(original.Respondents, copy.Respondents);
        Assert.Equal(original.Answers, copy.Answers);
        Assert.Equal(original.Partners, copy.Partners);
        Assert.Equal(original.Unresolved, copy.Unresolved);
    }

    [Fact]
    public void Read_InvalidItem_ReportsArrayPositionAndHeaderColumn()
    {
        const string json = """
            { "actors": [ { "id": "a", "name": "A", "kind": "k", "setting": "hospital", "zone": "6" },
                          { "id": "b", "name": "B", "kind": "k", "setting": "prison", "zone": "6" } ],
              "respondents": [ { "respondent": "r1", "actor": "a", "role_has": 9 } ],
              "answers": [], "partners": [] }
            """;
        IngestionResult result = SurveyJson.Read(json);
        Assert.Equal(
            [new IngestionIssue("dataset.json#actors", 2, 4, result.Issues[0].Message), new IngestionIssue("dataset.json#respondents", 1, 6, result.Issues[1].Message)],
            result.Issues);
    }

    [Fact]
    public void Read_MalformedJson_ReportsPosition()
    {
        IngestionResult result = SurveyJson.Read("{\n \"actors\": [,]\n}");
        IngestionIssue issue = Assert.Single(result.Issues);
        Assert.Equal("dataset.json", issue.File);
        Assert.Equal(2, issue.Line);
    }
}
