using NetworkGraph.Analysis.Surveys;
using NetworkGraph.Model;
using NetworkGraph.Surveys;

namespace NetworkGraph.Tests.Surveys;

/// <summary>Tie confirmation and coverage figures on a small hand-checked survey.</summary>
public sealed class QualityTests
{
    [Fact]
    public void ConfirmationAndCoverageAreCounted()
    {
        // r1 (cpfa, hospital) sends to avat; r2 (avat, ambulatory) receives from cpfa: confirmed.
        // r1 sends to gp (not surveyed); r2 sends to cpfa, r1 does not say it receives from avat: unconfirmed.
        // r3 (cpas) names nobody.
        using var folder = new SurveyFolder(
            respondents: "respondent,actor\nr1,cpfa\nr2,avat\nr3,cpas\n",
            answers: "respondent,type,frequency\nr1,sending,regularly\nr2,receiving,regularly\nr2,sending,occasionally\nr2,exchange,none\n",
            partners: "respondent,type,partner,frequency\nr1,sending,avat,\nr1,sending,the gp,\nr2,receiving,CPFA,\nr2,sending,cpfa,\nr2,exchange,cpas,regularly\n");
        IngestionResult read = SurveyReader.Read(folder.Path);
        Assert.True(read.IsValid, string.Join("\n", read.Issues));

        SurveyQuality quality = SurveyQuality.Compute(read.Dataset);

        // Referral ties between surveyed actors: cpfa → avat (confirmed), avat → cpfa (sent only).
        Assert.Equal(0.5, quality.ConfirmedReferralShare);
        Assert.Equal(1.0, quality.ConfirmedBySetting.Single(kv => kv.Key == Setting.Hospital).Value);
        Assert.Equal(0.0, quality.ConfirmedBySetting.Single(kv => kv.Key == Setting.Ambulatory).Value);
        Assert.Null(quality.ConfirmedBySetting.Single(kv => kv.Key == Setting.Social).Value);
        Assert.Equal(["gp"], quality.NotSurveyed);
        Assert.Equal(["r3"], quality.SilentRespondents);
        IngestionIssue issue = Assert.Single(quality.Inconsistent);
        Assert.Equal(6, issue.Line);
        Assert.Contains("cpas", issue.Message, StringComparison.Ordinal);
    }
}
