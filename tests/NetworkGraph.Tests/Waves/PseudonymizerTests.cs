using System.Collections.Immutable;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.IO;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Waves;

/// <summary>With a pseudonymizer applied before analysis, no personal actor's name, alias or id, and no respondent's
/// function, years or date, appears in any output of the library writers.</summary>
public sealed class PseudonymizerTests
{
    private static readonly NodeMetricsOptions Options = new() { Columns = [MetricColumns.Degree, MetricColumns.PageRank], MaxDegreeOfParallelism = 1 };

    /// <summary>zone6 with two personal actors added (a GP by kind, a named psychologist by the person column) and partner mentions of them.</summary>
    private static IngestionResult WithPersons(string wave)
    {
        SurveyDataset d = SurveyReader.Read(RepositoryPaths.Data(wave)).ThrowIfInvalid();
        Actor gp = new() { Id = "dr_dupont", Name = "Docteur Jean Dupontel", Kind = "gp", Setting = Setting.Ambulatory, Zone = "6", Aliases = ["Dr Dupontel"] };
        Actor psy = new()
        {
            Id = "marie_lambertin", Name = "Marie Lambertin", Kind = "independent-psy", Setting = Setting.Ambulatory, Zone = "6",
            Attributes = d.ActorAttributeNames.ToImmutableDictionary(n => n, n => n == "person" ? "true" : "rue des Lambertins 3"),
        };
        Respondent r = d.Respondents[0];
        PartnerMention Mention(Actor a, ContactType t) => new() { RespondentId = r.Id, Type = t, Partner = a.Aliases.IsEmpty ? a.Name : a.Aliases[0], ActorId = a.Id, Frequency = Frequency.Regularly };
        return new IngestionResult
        {
            Dataset = d with
            {
                Actors = [.. d.Actors, gp, psy],
                Partners = [.. d.Partners, Mention(gp, ContactType.Sending), Mention(psy, ContactType.Exchange), Mention(gp, ContactType.Receiving)],
            },
        };
    }

    private static DatasetAnalysis Analyze(IngestionResult result, string source) =>
        DatasetAnalysis.Analyze(DatasetInput.Read(source, () => result), Options);

    private static List<string> Outputs(DatasetAnalysis a, DatasetAnalysis b)
    {
        var outputs = new List<string>();
        using (var s = new MemoryStream())
        {
            DatasetReportJsonWriter.Write(a, s);
            outputs.Add(Encoding.UTF8.GetString(s.ToArray()));
        }

        using (var w = new StringWriter())
        {
            MetricsCsvWriter.Write(a.LayerMetrics, w);
            outputs.Add(w.ToString());
        }

        NodeAttributeColumn names = NodeAttributeColumn.FromStrings("name", a.Network.Nodes.Keys.Select(id => a.Network.Dataset.Actors.First(x => x.Id == id).Name));
        using (var s = new MemoryStream())
        {
            GraphMLWriter.Write(a.Network[SurveyLayer.All], s, [names]);
            outputs.Add(Encoding.UTF8.GetString(s.ToArray()));
        }

        using (var s = new MemoryStream())
        {
            GexfWriter.Write(a.Network[SurveyLayer.Referral], s, [names]);
            outputs.Add(Encoding.UTF8.GetString(s.ToArray()));
        }

        using (var s = new MemoryStream())
        {
            CompareJsonWriter.Write(WaveComparer.Compare(a, b, new WaveComparisonOptions { Permutations = 9 }), s);
            outputs.Add(Encoding.UTF8.GetString(s.ToArray()));
        }

        using (var w = new StringWriter())
        {
            DirectoryCsvWriter.Write(ServiceDirectory.Build(a.Network), w);
            outputs.Add(w.ToString());
        }

        return outputs;
    }

    [Fact]
    public void Pseudonymized_Outputs_HoldNoPersonalNameIdOrRespondentDetail()
    {
        var p = new Pseudonymizer("secret S");
        IngestionResult raw = WithPersons("zone6");
        DatasetAnalysis a = Analyze(p.Apply(raw), "zone6");
        DatasetAnalysis b = Analyze(p.Apply(WithPersons("zone6-2017")), "zone6-2017");
        List<string> outputs = Outputs(a, b);

        string[] forbidden = ["dr_dupont", "Dupontel", "marie_lambertin", "Lambertin"];
        string[] respondentDetails = [.. raw.Dataset.Respondents.Select(r => r.Date).Where(x => x.Length > 0)];
        Assert.NotEmpty(respondentDetails);
        foreach (string output in outputs)
        {
            Assert.All(forbidden, f => Assert.DoesNotContain(f, output, StringComparison.OrdinalIgnoreCase));
            Assert.All(respondentDetails, f => Assert.DoesNotContain(f, output, StringComparison.Ordinal));
        }

        // The pseudonyms are there instead, identical in both waves.
        Assert.Contains(p.Pseudonym("dr_dupont"), outputs[0], StringComparison.Ordinal);
        Assert.Contains(p.Pseudonym("marie_lambertin"), outputs[5], StringComparison.Ordinal);
        Assert.Contains(b.Network.Nodes.Keys, id => id == p.Pseudonym("dr_dupont"));
    }

    [Fact]
    public void WithoutPseudonymizer_TheSameOutputsNameThePersons()
    {
        DatasetAnalysis a = Analyze(WithPersons("zone6"), "zone6");
        List<string> outputs = Outputs(a, a);
        Assert.Contains(outputs, o => o.Contains("dr_dupont", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o.Contains("Lambertin", StringComparison.Ordinal));
    }

    [Fact]
    public void Pseudonym_DependsOnTheSecret_AndIsStable()
    {
        Assert.Equal(new Pseudonymizer("a").Pseudonym("x"), new Pseudonymizer("a").Pseudonym("x"));
        Assert.NotEqual(new Pseudonymizer("a").Pseudonym("x"), new Pseudonymizer("b").Pseudonym("x"));
        Assert.Matches("^p-[0-9a-f]{12}$", new Pseudonymizer("a").Pseudonym("x"));
        Assert.True(Pseudonymizer.IsPersonal(new Actor { Id = "g", Name = "G", Kind = "GP" }));
        Assert.False(Pseudonymizer.IsPersonal(new Actor { Id = "g", Name = "G", Kind = "gp-group" }));
    }
}
