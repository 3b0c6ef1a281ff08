namespace NetworkGraph.Cli;

/// <summary>
/// Output files are written into a hidden staging folder next to OUT_DIR and moved into OUT_DIR only when
/// every one of them is complete, so a failed or cancelled run never leaves outputs that look complete.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private bool _committed;

    public StagedOutput(string target)
    {
        _target = Path.GetFullPath(target);
        string parent = Path.GetDirectoryName(_target.TrimEnd(Path.DirectorySeparatorChar)) ?? _target;
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target.TrimEnd(Path.DirectorySeparatorChar))}.partial-{Environment.ProcessId}");
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        Directory.CreateDirectory(_staging);
    }

    public string PathOf(string fileName) => Path.Combine(_staging, fileName);

    public void Commit()
    {
        Directory.CreateDirectory(_target);
        foreach (string file in Directory.GetFiles(_staging))
        {
            File.Move(file, Path.Combine(_target, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Delete(_staging, recursive: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            try
            {
                Directory.Delete(_staging, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a staging folder is hidden and never taken for output.
            }
        }
    }
}
