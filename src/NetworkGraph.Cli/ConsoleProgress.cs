using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Analysis;

namespace NetworkGraph.Cli;

/// <summary>
/// Progress on stderr for stages that run longer than a couple of seconds. On a terminal: at most one line a second,
/// with the time left estimated from the pace so far. Otherwise (a log file, a pipe): one line every 10 seconds.
/// </summary>
internal sealed class ConsoleProgress : IProgress<MetricsProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private readonly TextWriter _error;
    private readonly bool _quiet;
    private readonly bool _terminal;
    private readonly TimeSpan _interval;
    private readonly Func<TimeSpan> _clock;
    private readonly Lock _gate = new();
    private TimeSpan _stageStart;
    private TimeSpan? _lastPrint;
    private string? _current;

    /// <summary>Creates the progress sink.</summary>
    /// <param name="error">Where lines go.</param>
    /// <param name="quiet">Print nothing.</param>
    /// <param name="terminal">Whether <paramref name="error"/> is a terminal.</param>
    /// <param name="clock">Elapsed time since some origin (tests pass their own); default: a stopwatch.</param>
    public ConsoleProgress(TextWriter error, bool quiet, bool terminal, Func<TimeSpan>? clock = null)
    {
        _error = error;
        _quiet = quiet;
        _terminal = terminal;
        _interval = terminal ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10);
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }

        _clock = clock;
    }

    public void Report(MetricsProgress value)
    {
        if (_quiet)
        {
            return;
        }

        lock (_gate)
        {
            TimeSpan now = _clock();
            if (value.Stage != _current)
            {
                _current = value.Stage;
                _stageStart = now;
                _lastPrint = null;
            }

            TimeSpan elapsed = now - _stageStart;
            if (elapsed < Delay || (_lastPrint is { } last && now - last < _interval))
            {
                return;
            }

            string line = string.Create(CultureInfo.InvariantCulture, $"networkgraph: {value.Stage} {value.Fraction * 100:0}% ({elapsed.TotalSeconds:0} s");
            if (_terminal && value.Fraction is > 0 and < 1)
            {
                double left = elapsed.TotalSeconds * (1 - value.Fraction) / value.Fraction;
                line += string.Create(CultureInfo.InvariantCulture, $", about {left:0} s left");
            }

            _error.WriteLine(line + ")");
            _lastPrint = now;
        }
    }
}
