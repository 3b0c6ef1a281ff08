using System.Text.Json;
using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Graphs;
using NetworkGraph.Model;
using NetworkGraph.Reports;
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
/// Degrees in all: hosp 3, gp 3, ssm 4, cpas 1, isosl 2, psy 2, Police 1, judge 0; n = 8, n(n − 1) = 56.
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

        // density: 7/56, 2/56, 2·2/56, 8/56, 2·8/56.
        Assert.Equal([0.125, 1.0 / 28, 1.0 / 14, 1.0 / 7, 2.0 / 7], a.Layers.Select(l => l.Density), new ToleranceComparer(1e-12));

        // reciprocity: sending hosp⇄gp, gp⇄ssm = 4 of 7 arcs; receiving none of 2; referral 4 of 8; undirected layers null.
        Assert.Equal(4.0 / 7, a.Layers[0].Reciprocity!.Value, 12);
        Assert.Equal(0.0, a.Layers[1].Reciprocity);
        Assert.Null(a.Layers[2].Reciprocity);
        Assert.Equal(0.5, a.Layers[3].Reciprocity!.Value, 12);
        Assert.Null(a.Layers[4].Reciprocity);

        // weak components: sending {hosp gp ssm isosl psy} + cpas, judge, Police; receiving {gp hosp Police} + 5 singletons;
        // exchange {ssm cpas isosl} + 5; referral {hosp gp ssm isosl psy Police} + cpas, judge; all: everyone but judge + judge.
        Assert.Equal([4, 6, 6, 3, 2], a.Layers.Select(l => l.Components));
        Assert.Equal(["judge"], a.Isolated);
        Assert.Equal(["Police"], a.Peripheral);
        Assert.Equal(["Police"], a.Unresolved);
    }

    [Fact]
    public void Analyze_Modularity_OptimalPartitionOfEveryLayer()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);

        // The best partitions (an exhaustive search over the 4 140 partitions of the 8 actors agrees), weights used:
        // sending, m = 18: {hosp gp isosl} L 8, k_out 14, k_in 10; {ssm psy} L 2, k_out 4, k_in 8
        //   → 10/18 − (140 + 32)/324 = 8/324 = 2/81.
        // receiving (gp→hosp 2, Police→gp 1) and exchange (a star): nothing beats one community, Q = 0.
        // referral, m = 19: {hosp gp isosl Police} L 9, k_out 15, k_in 11; {ssm psy} L 2, k_out 4, k_in 8
        //   → 11/19 − (165 + 32)/361 = 12/361.
        // all, m = 20: {ssm cpas isosl} L 6, k 19; {hosp gp psy Police} L 7, k 21 → 13/20 − (361 + 441)/1600 = 119/800.
        Assert.Equal([2.0 / 81, 0, 0, 12.0 / 361, 119.0 / 800], a.Layers.Select(l => l.Modularity!.Value), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Analyze_EdgelessLayers_NullModularityAndReciprocityZeroDensity()
    {
        // Only hosp → gp (sending): receiving and exchange have no tie.
        using var folder = new SurveyFolder(Actors, Respondents, Answers, "respondent,type,partner\nr1,sending,gp\n");
        SurveyAnalysis a = SurveyAnalyzer.Analyze(SurveyNetwork.Build(SurveyReader.Read(folder.Path).ThrowIfInvalid()), TestContext.Current.CancellationToken);
        LayerSummary receiving = a.Layers[1], exchange = a.Layers[2];
        Assert.Equal((0L, 0.0, 7, 7), (receiving.Edges, receiving.Density, receiving.Components, receiving.Isolated));
        Assert.Null(receiving.Reciprocity);
        Assert.Null(receiving.Modularity);
        Assert.Null(exchange.Modularity);
        Assert.Equal(0.0, a.Layers[0].Reciprocity);
        Assert.Equal(1.0 / 42, a.Layers[0].Density, 12); // n = 7 actors (no unresolved partner here)
        Assert.Equal(0.0, a.Layers[0].Modularity); // one tie: hosp and gp together, 1 − 1·1/1 = 0
        Assert.Empty(a.Gaps.CutPoints);
        Assert.Equal(5, a.Gaps.MissingHospitalAmbulatory.Length); // 2 hospitals × 3 ambulatory − hosp—gp
        Assert.All(a.Gaps.MissingHospitalAmbulatory, t => Assert.Equal(0.0, t.Score));
        Assert.Equal(
            [("hosp", "psy"), ("hosp", "ssm"), ("isosl", "gp"), ("isosl", "psy"), ("isosl", "ssm")],
            a.Gaps.MissingHospitalAmbulatory.Select(t => (t.Hospital, t.Ambulatory)));
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
    public void Analyze_MissingHospitalAmbulatory_ResourceAllocationBestFirst()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);

        // Hospitals hosp, isosl × ambulatory gp, ssm, psy; tied in all: hosp—gp, hosp—psy, isosl—ssm.
        // hosp–ssm: common gp (d 3), isosl (2), psy (2) → 1/3 + 1/2 + 1/2 = 4/3.
        // isosl–gp and isosl–psy: common hosp (3), ssm (4) → 1/3 + 1/4 = 7/12 each; tied, so by ambulatory id.
        Assert.Equal(
            [new SuggestedTie("hosp", "ssm", 4.0 / 3), new SuggestedTie("isosl", "gp", 7.0 / 12), new SuggestedTie("isosl", "psy", 7.0 / 12)],
            a.Gaps.MissingHospitalAmbulatory,
            new SuggestedTieComparer());
    }

    [Fact]
    public void Analyze_CutPoints_ArticulationPointsOfAllInActorOrder()
    {
        SurveyAnalysis a = SurveyAnalyzer.Analyze(Network(), TestContext.Current.CancellationToken);

        // gp holds the leaf Police, ssm the leaf cpas; removing hosp, isosl or psy leaves the rest connected via ssm.
        Assert.Equal(["gp", "ssm"], a.Gaps.CutPoints);
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
            SurveyReportJsonWriter.Write(a, writer);
        }

        using JsonDocument doc = JsonDocument.Parse(stream.ToArray());
        JsonElement root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("dataset").GetProperty("actors").GetInt32());
        Assert.Equal("6", root.GetProperty("dataset").GetProperty("home_zone").GetString());
        JsonElement referral = root.GetProperty("layers").GetProperty("referral");
        Assert.Equal(8, referral.GetProperty("edges").GetInt32());
        Assert.Equal(1.0 / 7, referral.GetProperty("density").GetDouble(), 12);
        Assert.Equal(0.5, referral.GetProperty("reciprocity").GetDouble(), 12);
        Assert.Equal(3, referral.GetProperty("components").GetInt32());
        Assert.Equal(2, referral.GetProperty("isolated").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("layers").GetProperty("all").GetProperty("reciprocity").ValueKind);
        Assert.Equal(119.0 / 800, root.GetProperty("modularity").GetProperty("all").GetDouble(), 12);
        Assert.Equal(0.0, root.GetProperty("modularity").GetProperty("exchange").GetDouble());
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
        JsonElement missing = gaps.GetProperty("missing_hospital_ambulatory");
        Assert.Equal(3, missing.GetArrayLength());
        Assert.Equal("hosp", missing[0].GetProperty("hospital").GetString());
        Assert.Equal("ssm", missing[0].GetProperty("ambulatory").GetString());
        Assert.Equal(4.0 / 3, missing[0].GetProperty("score").GetDouble(), 12);
        Assert.Equal(["gp", "ssm"], gaps.GetProperty("cut_points").EnumerateArray().Select(e => e.GetString()));
        JsonElement broker = root.GetProperty("brokers")[0];
        Assert.Equal("gp", broker.GetProperty("actor").GetString());
        Assert.Equal(2, broker.GetProperty("gatekeeper").GetInt32());
        Assert.Equal(1, broker.GetProperty("liaison").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("self_positioning").GetProperty("other").GetProperty("role_has").GetProperty("mean").ValueKind);
        Assert.Equal("Police", root.GetProperty("validation").GetProperty("unresolved")[0].GetString());
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}

internal sealed class SuggestedTieComparer : IEqualityComparer<SuggestedTie>
{
    public bool Equals(SuggestedTie? x, SuggestedTie? y) =>
        x is not null && y is not null && x.Hospital == y.Hospital && x.Ambulatory == y.Ambulatory && Math.Abs(x.Score - y.Score) <= 1e-12;

    public int GetHashCode(SuggestedTie obj) => 0;
}
