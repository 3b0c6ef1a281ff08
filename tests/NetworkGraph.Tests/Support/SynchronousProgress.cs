namespace NetworkGraph.Tests.Support;

/// <summary>
/// Records every progress report as it is made (unlike <see cref="Progress{T}"/>, which posts reports to a
/// synchronisation context); safe to report to from worker threads.
/// </summary>
internal sealed class SynchronousProgress(List<double> reports) : IProgress<double>
{
    public void Report(double value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
