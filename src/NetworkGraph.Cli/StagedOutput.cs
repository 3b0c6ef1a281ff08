using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NetworkGraph.Cli;

/// <summary>
/// Output files are written into a hidden staging folder next to OUT_DIR (<c>.ng-PID</c>, short so that a long but
/// valid OUT_DIR still works; <c>.ng-PID-N</c> for the N-th run in the same process) and moved into OUT_DIR only when every one of them is complete. The move is all or
/// nothing: if one file cannot land, those already moved are put back as they were.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private bool _committed;

    /// <summary>Creates the staging folder of an OUT_DIR already checked by <see cref="OutputTarget.Check"/>.</summary>
    public StagedOutput(OutputTarget target)
    {
        _target = target.FullPath;
        Directory.CreateDirectory(target.Parent);
        StagingFolders.RemoveStale(target.Parent);
        _staging = Path.Combine(target.Parent, StagingFolders.NewName());
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        Directory.CreateDirectory(_staging);
        StagingFolders.Register(_staging);
    }

    /// <summary>The path to write an output file to.</summary>
    public string PathOf(string fileName) => Path.Combine(_staging, fileName);

    /// <summary>Moves every staged file into OUT_DIR, all or none.</summary>
    /// <exception cref="IOException">A file could not land; OUT_DIR is as it was before.</exception>
    public void Commit()
    {
        Directory.CreateDirectory(_target);
        string backup = Path.Combine(_staging, "old");
        Directory.CreateDirectory(backup);
        var moved = new List<string>();
        var replaced = new List<string>();
        try
        {
            foreach (string file in Directory.GetFiles(_staging))
            {
                string name = Path.GetFileName(file);
                string destination = Path.Combine(_target, name);
                if (Directory.Exists(destination))
                {
                    throw new IOException($"{destination}: is a folder; cannot write {name} there");
                }

                if (File.Exists(destination))
                {
                    File.Move(destination, Path.Combine(backup, name));
                    replaced.Add(name);
                }

                File.Move(file, destination);
                moved.Add(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (string name in moved)
            {
                File.Delete(Path.Combine(_target, name));
            }

            foreach (string name in replaced)
            {
                File.Move(Path.Combine(backup, name), Path.Combine(_target, name));
            }

            throw;
        }

        Directory.Delete(_staging, recursive: true);
        StagingFolders.Unregister(_staging);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            StagingFolders.Delete(_staging);
        }
    }
}

/// <summary>The staging folders of this process (deleted on a hard exit) and the clean-up of those left by dead processes.</summary>
internal static class StagingFolders
{
    /// <summary>The name prefix of staging folders; the process id follows.</summary>
    public const string Prefix = ".ng-";

    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static int _runs;

    /// <summary>A staging folder name unique to this process and run: <c>.ng-PID-N</c>.</summary>
    public static string NewName() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _runs)}");

    public static void Register(string folder) => Live[folder] = 0;

    public static void Unregister(string folder) => Live.TryRemove(folder, out _);

    /// <summary>Deletes every staging folder of this process (a second Ctrl-C).</summary>
    public static void DeleteAll()
    {
        foreach (string folder in Live.Keys)
        {
            Delete(folder);
        }
    }

    /// <summary>Best-effort delete: a staging folder is hidden and never taken for output.</summary>
    public static void Delete(string folder)
    {
        Unregister(folder);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove as stale.
        }
    }

    /// <summary>Removes the staging folders in <paramref name="parent"/> whose process is no longer running.</summary>
    public static void RemoveStale(string parent)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories(parent, Prefix + "*");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string folder in candidates)
        {
            string suffix = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                Delete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
