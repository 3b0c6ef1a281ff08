using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NetworkGraph.Analysis;
using NetworkGraph.Analysis.Waves;
using NetworkGraph.Model;
using NetworkGraph.Reports;
using NetworkGraph.Reports.Html;
using NetworkGraph.Surveys;

namespace NetworkGraph.Cli.Commands;

/// <summary><c>networkgraph compare</c>: what changed between two survey waves of the same care network.</summary>
internal sealed class CompareCommand : ICliCommand
{
    /// <summary>The output files, in the order they are written.</summary>
    internal static readonly ImmutableArray<string> OutputNames = ["compare.json", "compare.html"];

    private readonly Argument<string> _waveA = new("WAVE_A_DIR")
    {
        Description = "The first (earlier) survey dataset folder.",
    };

    private readonly Argument<string> _waveB = new("WAVE_B_DIR")
    {
        Description = "The second (later) survey dataset folder.",
    };

    private readonly Option<string> _out = SharedOptions.Out("follow-up");

    private readonly Option<ReportLanguage?> _lang = SharedOptions.Language("compare.html", ReportLanguage.English);

    private readonly Option<string?> _mapping = new("--mapping")
    {
        Description = "A CSV file with a 'from,to' header translating first-wave actor ids to second-wave ids (renamed or merged services). Default: actors matched by id. Example: --mapping renamed.csv",
        HelpName = "FILE",
    };

    private readonly Option<int?> _permutations = new("--permutations")
    {
        Description = "Resampling rounds of the permutation tests behind the p-values; 0 skips them. Default: 999. Example: --permutations 4999",
        HelpName = "R",
    };

    private readonly Option<int?> _seed = SharedOptions.Seed("the permutation tests and of the communities", 1);

    private readonly Option<bool> _quiet = SharedOptions.Quiet();

    private readonly PersonalDataOptions _personal = new();

    /// <inheritdoc/>
    public Command Build(CliContext context)
    {
        var command = new Command("compare", """
            Compare two survey waves of the same care network and write compare.json and compare.html into OUT_DIR: ties gained and lost per layer, actors no longer or newly isolated, hospital-ambulatory pairs linked or lost, density and reciprocity changes with permutation p-values, rank movers and survey figures side by side.
              networkgraph compare WAVE_A_DIR WAVE_B_DIR --out OUT_DIR [--lang en|fr] [--mapping FILE] [--pseudonymize --secret S]
            Example: networkgraph compare data/zone6 data/zone6-2017 -o follow-up --lang fr
            """)
        {
            _waveA, _waveB, _out, _lang, _mapping, _permutations, _seed, _quiet,
        };
        _personal.AddTo(command);
        command.SetAction(result => Run(result, context));
        return command;
    }

    private int Run(ParseResult r, CliContext context)
    {
        string a = r.GetValue(_waveA)!, b = r.GetValue(_waveB)!;
        int permutations = r.GetValue(_permutations) ?? 999;
        if (permutations < 0)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--permutations takes a number of rounds ≥ 0; got {permutations}"));
        }

        Pseudonymizer? pseudonymizer = _personal.From(r);
        string? mappingPath = r.GetValue(_mapping);
        string outDir = r.GetValue(_out) ?? string.Empty;
        OutputTarget target = OutputTarget.Check(outDir, mappingPath is null ? [a, b] : [a, b, mappingPath], OutputNames);
        ActorMapping? mapping = null;
        if (mappingPath is not null)
        {
            InputPaths.CheckFile("--mapping", mappingPath);
            mapping = ActorMapping.Read(mappingPath);
        }

        CancellationToken ct = context.CancellationToken;
        DatasetInput? inputA = DatasetLoader.Read(a, pseudonymizer, context.Error);
        if (inputA is null)
        {
            return CliApp.InvalidInput;
        }

        DatasetInput? inputB = DatasetLoader.Read(b, pseudonymizer, context.Error);
        if (inputB is null)
        {
            return CliApp.InvalidInput;
        }

        if (mapping is not null && pseudonymizer is not null)
        {
            mapping = Pseudonymized(mapping, pseudonymizer, a, b);
        }

        int seed = r.GetValue(_seed) ?? 1;
        var metrics = new NodeMetricsOptions { Seed = seed };
        DatasetAnalysis analysisA = DatasetAnalysis.Analyze(inputA, metrics, ct);
        DatasetAnalysis analysisB = DatasetAnalysis.Analyze(inputB, metrics, ct);
        WaveComparison comparison = WaveComparer.Compare(analysisA, analysisB, new WaveComparisonOptions { Mapping = mapping, Permutations = permutations, Seed = seed }, ct);
        ReportLanguage language = r.GetValue(_lang) ?? ReportLanguage.English;
        using (var staged = new StagedOutput(target))
        {
            using (FileStream json = File.Create(staged.PathOf("compare.json")))
            {
                CompareJsonWriter.Write(comparison, json, ct);
            }

            using (var html = new StreamWriter(staged.PathOf("compare.html"), append: false, new UTF8Encoding(false)))
            {
                CompareHtmlWriter.Write(html, comparison, analysisA, analysisB, language, mapping);
            }

            ct.ThrowIfCancellationRequested();
            staged.Commit();
        }

        if (!r.GetValue(_quiet))
        {
            TextWriter o = context.Output;
            foreach (LayerChange layer in comparison.Layers)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SurveyNetwork.LayerName(layer.Layer)}: {layer.Gained.Length} tie(s) gained, {layer.Lost.Length} lost"));
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"isolated actors: {comparison.IsolatedResolved.Length} no longer, {comparison.IsolatedNew.Length} newly; hospital-ambulatory pairs: {comparison.HospitalAmbulatoryLinked.Length} linked, {comparison.HospitalAmbulatoryLost.Length} lost"));
            o.WriteLine($"wrote {string.Join(", ", OutputNames)} to {outDir}");
        }

        return CliApp.Success;
    }

    /// <summary>Translates a mapping written with real ids into the pseudonyms of both waves.</summary>
    private static ActorMapping Pseudonymized(ActorMapping mapping, Pseudonymizer p, string a, string b)
    {
        HashSet<string> personalA = PersonalIds(a), personalB = PersonalIds(b);
        return new ActorMapping(mapping.Pairs.Select(kv => KeyValuePair.Create(
            personalA.Contains(kv.Key) ? p.Pseudonym(kv.Key) : kv.Key,
            personalB.Contains(kv.Value) ? p.Pseudonym(kv.Value) : kv.Value)));
    }

    private static HashSet<string> PersonalIds(string folder)
    {
        SurveyDataset raw = DatasetLoader.Read(folder, null).Network.Dataset;
        return [.. raw.Actors.Where(Pseudonymizer.IsPersonal).Select(x => x.Id)];
    }
}
