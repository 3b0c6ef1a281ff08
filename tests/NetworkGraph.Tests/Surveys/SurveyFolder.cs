using System.Text;

namespace NetworkGraph.Tests.Surveys;

/// <summary>A temporary dataset folder with a small valid survey; tests replace or delete files.</summary>
internal sealed class SurveyFolder : IDisposable
{
    public const string Actors =
        "id,name,kind,setting,zone,aliases,phone\n" +
        "cpfa,Clinique Psychiatrique des Frères Alexiens,psychiatric-hospital,hospital,6,CPFA;Frères Alexiens,087 11 11 11\n" +
        "gp,Médecins généralistes,gp,ambulatory,6,the GP,\n" +
        "avat,AVAT,mental-health-service,ambulatory,6,,\n" +
        "cpas,CPAS Verviers,social-service,social,6,,\n";

    public const string Respondents =
        "respondent,actor,function,years,date,role_has,role_wants,role_should\n" +
        "r1,cpfa,psychiatrist,10,2015-02-10,3,4,4\n" +
        "r2,avat,psychologist,5,2015-03-01,,,\n";

    public const string Answers =
        "respondent,type,frequency,channels,reason\n" +
        "r1,sending,regularly,phone;meeting,\n" +
        "r1,receiving,2,phone,\n" +
        "r2,sending,occasionally,phone,\n" +
        "r2,exchange,none,,not our mission\n";

    public const string Partners =
        "respondent,type,partner,frequency,channels,formal\n" +
        "r1,sending,the gp,,,\n" +
        "r1,receiving,AVAT,systematically,,true\n" +
        "r2,sending,frères alexiens,,,\n" +
        "r2,sending,Police,,,\n";

    public SurveyFolder(string? actors = Actors, string? respondents = Respondents, string? answers = Answers, string? partners = Partners)
    {
        Path = _temp.Path;
        Write("actors.csv", actors);
        Write("respondents.csv", respondents);
        Write("answers.csv", answers);
        Write("partners.csv", partners);
    }

    private readonly NetworkGraph.Tests.Support.TempDirectory _temp = new();

    public string Path { get; }

    public void Write(string file, string? text, bool bom = false)
    {
        string path = System.IO.Path.Combine(Path, file);
        if (text is null)
        {
            File.Delete(path);
            return;
        }

        File.WriteAllText(path, text, new UTF8Encoding(bom));
    }

    public void Dispose() => _temp.Dispose();
}
