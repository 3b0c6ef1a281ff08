using System.Text.Json;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Surveys;
using NetworkGraph.Tests.Surveys;

namespace NetworkGraph.Tests.Analysis.Surveys;

/// <summary>
/// A hand-made survey; every figure below is worked out by hand from these rows.
/// Nodes: hosp(H,6) gp(A,6) ssm(A,6) cpas(S,6) isosl(H,5) judge(O,6) psy(A,6), then the unresolved "Police"(O).
/// Ties — sending: hosp→gp 3, hosp→isosl 1, hosp→psy 2, gp→hosp 4, gp→ssm 4, ssm→gp 2, ssm→psy 2;
/// receiving: gp→hosp 2, Police→gp 1; exchange: ssm—cpas 3, ssm—isosl 3.
/// referral = 8 arcs; all = 8 edges: hosp—gp 4 (3 reports), hosp—isosl 1, hosp—psy 2, gp—ssm 4 (2 reports), ssm—psy 2,
/// Police—gp 1, ssm—cpas 3, ssm—isosl 3.
/// </summary>
public sealed class SurveyAnalyzerTests
{
    private const string Actors =
        "id,name,kind,setting,zone\n" +
        "hosp,Hôpital,psychiatric-hospital,hospital,6\n" +
        "gp,Médecins généralistes,gp,ambulatory,6\n" +
        "ssm,SSM,mental-health-service,ambulatory,6\n" +
        "cpas,CPAS,social-service,social,6\n" +
        "isosl,ISoSL,psychiatric-hospital,hospital,5\n" +
        "judge,Secteur judiciaire,judicial,other,6\n" +
        "psy,Psychiatres,psychiatrist,ambulatory,6\n";

    private const string Respondents =
        "respondent,actor,function,years,date,role_has,role_wants,role_should\n" +
        "r1,hosp,nurse,10,,2,4,5\n" +
        "r2,gp,gp,20,,1,3,\n" +
        "r3,ssm,psychologist,3,,,,\n" +
        "r4,cpas,social worker,7,,3,3,3\n";

    private const string Answers =
        "respondent,type,frequency,channels,reason\n" +
        "r1,sending,regularly,phone;mail,\n" +
        "r1,receiving,occasionally,phone,\n" +
        "r1,exchange,none,,secret\n" +
        "r2,sending,systematically,phone;mail;meeting,\n" +
        "r2,receiving,very_rarely,informal,\n" +
        "r3,sending,occasionally,phone,\n" +
        "r3,exchange,regularly,phone;mail;meeting;informal;other,\n";

    private const string Partners =
        "respondent,type,partner,frequency\n" +
        "r1,sending,gp,\n" +
        "r1,sending,isosl,very_rarely\n" +
        "r1,sending,psy,occasionally\n" +
        "r1,receiving,gp,\n" +
        "r2,sending,hosp,\n" +
        "r2,sending,ssm,\n" +
        "r2,receiving,Police,\n" +
        "r3,sending,gp,\n" +
        "r3,sending,psy,\n" +
        "r3,exchange,cpas,\n" +
        "r3,exchange,ISOSL,\n";

    private static SurveyNetwork Network()
    {
        using var folder = new SurveyFolder(Actors, Respondents, Answers, Partners);
        IngestionResult result = SurveyReader.Read(folder.Path);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return SurveyNetwork.Build(result.Dataset);
    }

    private static int N(SurveyNetwork net, string id) => net.Nodes.IndexOf(id);

    [Fact]
    public void Build_Layers_HaveHandComputedTiesWeightsAndReports()
    {
        SurveyNetwork net = Network();
        Assert.Equal(["hosp", "gp", "ssm", "cpas", "isosl", "judge", "psy", "Police"], net.Nodes.Keys);
        Assert.Equal([7L, 2, 2, 8, 8], SurveyNetwork.Layers.Select(l => net[l].EdgeCount));
        Assert.All(SurveyNetwork.Layers, l => Assert.Equal(8, net[l].NodeCount));
        Assert.Equal([true, true, false, true, false], SurveyNetwork.Layers.Select(l => net[l].IsDirected));
        Assert.Same(net[SurveyLayer.Referral], net.Graph["referral"]);

        CsrGraph sending = net[SurveyLayer.Sending];
        Assert.True(sending.TryGetWeight(N(net, "hosp"), N(net, "gp"), out double w) && w == 3);
        Assert.True(sending.TryGetWeight(N(net, "hosp"), N(net, "isosl"), out w) && w == 1); // per-tie frequency
        Assert.True(sending.TryGetWeight(N(net, "gp"), N(net, "hosp"), out w) && w == 4);
        Assert.False(sending.HasEdge(N(net, "gp"), N(net, "psy")));

        CsrGraph receiving = net[SurveyLayer.Receiving];
        Assert.True(receiving.TryGetWeight(N(net, "gp"), N(net, "hosp"), out w) && w == 2); // partner → respondent's actor
        Assert.True(receiving.HasEdge(N(net, "Police"), N(net, "gp")));
        Assert.False(receiving.HasEdge(N(net, "gp"), N(net, "Police")));

        Assert.True(net[SurveyLayer.Referral].TryGetWeight(N(net, "gp"), N(net, "hosp"), out w) && w == 4); // max(4, 2)
        Assert.Equal(2, net.Reports(SurveyLayer.Referral, N(net, "gp"), N(net, "hosp")));
        Assert.Equal(1, net.Reports(SurveyLayer.Referral, N(net, "hosp"), N(net, "gp")));
        Assert.True(net[SurveyLayer.All].TryGetWeight(N(net, "gp"), N(net, "hosp"), out w) && w == 4);
        Assert.Equal(3, net.Reports(SurveyLayer.All, N(net, "gp"), N(net, "hosp")));
        Assert.Equal(3, net.Reports(SurveyLayer.All, N(net, "hosp"), N(net, "gp")));
        Assert.Equal(2, net.Reports(SurveyLayer.All, N(net, "ssm"), N(net, "gp")));
        Assert.True(net[SurveyLayer.Exchange].TryGetWeight(N(net, "isosl"), N(net, "ssm"), out w) && w == 3);
        Assert.Equal(0, net.Reports(SurveyLayer.Exchange, N(net, "hosp"), N(net, "gp")));
    }

    [Fact]
    public void Build_SelfTie_IsDropped()
    {
        using var folder = new SurveyFolder(Actors, Respondents, Answers, "respondent,type,partner\nr1,sending,Hôpital\nr1,sending,gp\n");
        SurveyNetwork net = SurveyNetwork.Build(SurveyReader.Read(folder.Path).ThrowIfInvalid());
        Assert.Equal(1, net[SurveyLayer.Sending].EdgeCount);
        Assert.Equal(1, net[SurveyLayer.All].EdgeCount);
    }

    [Fact]
    public void Analyze_DatasetAndLayers()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);
        Assert.Equal(new DatasetSummary(8, 4, "6"), a.Dataset);
        Assert.Equal([8, 8, 8, 8, 8], a.Layers.Select(l => l.Nodes));
        Assert.Equal([7L, 2, 2, 8, 8], a.Layers.Select(l => l.Edges));
        Assert.Equal([3, 5, 5, 2, 1], a.Layers.Select(l => l.Isolated));
        Assert.Equal(["judge"], a.Isolated);
        Assert.Equal(["Police"], a.Peripheral);
        Assert.Equal(["Police"], a.Unresolved);
    }

    [Fact]
    public void Analyze_FrequencyChannelsAndChannelCounts()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);
        Assert.Equal([ContactType.Sending, ContactType.Receiving, ContactType.Exchange], a.Survey.Select(s => s.Type));

        // none, very_rarely, occasionally, regularly, systematically (r4 has no rows: none everywhere).
        Assert.Equal([1, 0, 1, 1, 1], a.Survey[0].Frequency);
        Assert.Equal([2, 1, 1, 0, 0], a.Survey[1].Frequency);
        Assert.Equal([3, 0, 0, 1, 0], a.Survey[2].Frequency);

        // phone, mail, meeting, informal, other.
        Assert.Equal([3, 2, 1, 0, 0], a.Survey[0].Channels);
        Assert.Equal([1, 0, 0, 1, 0], a.Survey[1].Channels);
        Assert.Equal([1, 1, 1, 1, 1], a.Survey[2].Channels);

        // 1 … 5 channels.
        Assert.Equal([1, 1, 1, 0, 0], a.Survey[0].ChannelCount);
        Assert.Equal([2, 0, 0, 0, 0], a.Survey[1].ChannelCount);
        Assert.Equal([0, 0, 0, 0, 1], a.Survey[2].ChannelCount);
    }

    [Fact]
    public void Analyze_TopPartners_ByMentionsThenIdInsideAndOutsideZone()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);
        Assert.Equal([new PartnerCount("gp", 2), new PartnerCount("psy", 2), new PartnerCount("hosp", 1), new PartnerCount("ssm", 1)], a.Survey[0].TopInZone);
        Assert.Equal([new PartnerCount("isosl", 1)], a.Survey[0].TopOutOfZone);
        Assert.Equal([new PartnerCount("gp", 1)], a.Survey[1].TopInZone);
        Assert.Equal([new PartnerCount("Police", 1)], a.Survey[1].TopOutOfZone);
        Assert.Equal([new PartnerCount("cpas", 1)], a.Survey[2].TopInZone);
        Assert.Equal([new PartnerCount("isosl", 1)], a.Survey[2].TopOutOfZone);
    }

    [Fact]
    public void Analyze_MixingEIIndexAndAsymmetricTies()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);

        // hospital, ambulatory, social, other.
        long[][] expected = [[1, 3, 0, 0], [3, 2, 1, 1], [0, 1, 0, 0], [0, 1, 0, 0]];
        Assert.Equal(expected.Select(r => r.ToList()), a.Gaps.SettingMixing.Select(r => r.ToList()));

        // H: E 3, I 1 → 0.5. A: E 5, I 2 → 3/7. S: E 1 → 1. O: E 1 → 1.
        Assert.Equal(0.5, a.Gaps.EIIndex[0]!.Value, 12);
        Assert.Equal(3.0 / 7.0, a.Gaps.EIIndex[1]!.Value, 12);
        Assert.Equal(1.0, a.Gaps.EIIndex[2]);
        Assert.Equal(1.0, a.Gaps.EIIndex[3]);

        Assert.Equal([new ActorPair("Police", "gp"), new ActorPair("hosp", "isosl"), new ActorPair("hosp", "psy"), new ActorPair("ssm", "psy")], a.Gaps.Asymmetric);
    }

    [Fact]
    public void Analyze_Brokers_EveryRoleOnReferral()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);

        // gp: hosp→gp→ssm gatekeeper, ssm→gp→hosp representative, Police→gp→hosp liaison, Police→gp→ssm gatekeeper.
        // hosp: gp→hosp→isosl gatekeeper, gp→hosp→psy consultant. ssm: gp→ssm→psy coordinator.
        Assert.Equal(
            [
                new BrokerSummary("gp", Coordinator: 0, Gatekeeper: 2, Representative: 1, Consultant: 0, Liaison: 1),
                new BrokerSummary("hosp", Coordinator: 0, Gatekeeper: 1, Representative: 0, Consultant: 1, Liaison: 0),
                new BrokerSummary("ssm", Coordinator: 1, Gatekeeper: 0, Representative: 0, Consultant: 0, Liaison: 0),
            ],
            a.Brokers);
    }

    [Fact]
    public void Analyze_SelfPositioning_MeansAndCountsPerSetting()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);
        Assert.Equal(new SelfPositioning(Setting.Hospital, 1, new RoleStatistic(1, 2), new RoleStatistic(1, 4), new RoleStatistic(1, 5), 2, 3), a.SelfPositioning[0]);
        Assert.Equal(new SelfPositioning(Setting.Ambulatory, 2, new RoleStatistic(1, 1), new RoleStatistic(1, 3), new RoleStatistic(0, null), 2, null), a.SelfPositioning[1]);
        Assert.Equal(new SelfPositioning(Setting.Social, 1, new RoleStatistic(1, 3), new RoleStatistic(1, 3), new RoleStatistic(1, 3), 0, 0), a.SelfPositioning[2]);
        Assert.Equal(new SelfPositioning(Setting.Other, 0, new RoleStatistic(0, null), new RoleStatistic(0, null), new RoleStatistic(0, null), null, null), a.SelfPositioning[3]);
    }

    [Fact]
    public void SurveyReportJson_Write_UsesContractKeys()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            SurveyReportJson.Write(a, writer);
        }

        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("dataset").GetProperty("actors").GetInt32());
        Assert.Equal("6", root.GetProperty("dataset").GetProperty("home_zone").GetString());
        Assert.Equal(8, root.GetProperty("layers").GetProperty("referral").GetProperty("edges").GetInt32());
        Assert.Equal(1, root.GetProperty("survey").GetProperty("frequency").GetProperty("sending").GetProperty("none").GetInt32());
        Assert.Equal(3, root.GetProperty("survey").GetProperty("channels").GetProperty("sending").GetProperty("phone").GetInt32());
        Assert.Equal(1, root.GetProperty("survey").GetProperty("channel_count").GetProperty("exchange").GetProperty("5").GetInt32());
        JsonElement top = root.GetProperty("survey").GetProperty("top_partners").GetProperty("sending");
        Assert.Equal("gp", top.GetProperty("in_zone")[0].GetProperty("actor").GetString());
        Assert.Equal(2, top.GetProperty("in_zone")[0].GetProperty("mentions").GetInt32());
        Assert.Equal("isosl", top.GetProperty("out_of_zone")[0].GetProperty("actor").GetString());
        Assert.Equal("judge", root.GetProperty("isolated")[0].GetString());
        Assert.Equal("Police", root.GetProperty("peripheral")[0].GetString());
        JsonElement gaps = root.GetProperty("gaps");
        Assert.Equal(3, gaps.GetProperty("setting_mixing").GetProperty("hospital").GetProperty("ambulatory").GetInt32());
        Assert.Equal(3, gaps.GetProperty("setting_mixing").GetProperty("ambulatory").GetProperty("hospital").GetInt32());
        Assert.Equal(0.5, gaps.GetProperty("ei_index").GetProperty("hospital").GetDouble(), 12);
        Assert.Equal("Police", gaps.GetProperty("asymmetric")[0].GetProperty("from").GetString());
        Assert.Equal("gp", gaps.GetProperty("asymmetric")[0].GetProperty("to").GetString());
        JsonElement broker = root.GetProperty("brokers")[0];
        Assert.Equal("gp", broker.GetProperty("actor").GetString());
        Assert.Equal(2, broker.GetProperty("gatekeeper").GetInt32());
        Assert.Equal(1, broker.GetProperty("liaison").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("self_positioning").GetProperty("other").GetProperty("role_has").GetProperty("mean").ValueKind);
        Assert.Equal("Police", root.GetProperty("validation").GetProperty("unresolved")[0].GetString());
    }
}
