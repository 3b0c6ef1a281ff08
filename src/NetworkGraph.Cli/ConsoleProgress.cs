using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Analysis;

namespace NetworkGraph.Cli;

/// <summary>Progress on stderr for stages that run longer than a couple of seconds: one line per update, at most one a second.</summary>
internal sealed class ConsoleProgress(TextWriter error, bool quiet) : IProgress<MetricsProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly Stopwatch _stage = new();
    private readonly Stopwatch _lastPrint = new();
    private string _current = string.Empty;

    public void Report(MetricsProgress value)
    {
        if (quiet)
        {
            return;
        }

        lock (_gate)
        {
            if (value.Stage != _current)
            {
                _current = value.Stage;
                _stage.Restart();
                _lastPrint.Reset();
            }

            bool done = value.Fraction >= 1;
            if (_stage.Elapsed < Delay || (!done && _lastPrint.IsRunning && _lastPrint.Elapsed < TimeSpan.FromSeconds(1)))
            {
                return;
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"networkgraph: {value.Stage} {value.Fraction * 100:0}% ({_stage.Elapsed.TotalSeconds:0.0} s)"));
            _lastPrint.Restart();
        }
    }
}
