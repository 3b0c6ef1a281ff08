namespace NetworkGraph.Cli;

/// <summary>An OUT_DIR checked before any computing: every refusal is exit 2 and names the path as the user gave it.</summary>
internal sealed record OutputTarget(string Given, string FullPath, string Parent)
{
    /// <summary>Checks that <paramref name="given"/> can become the output folder.</summary>
    /// <param name="given">The <c>--out</c> value as typed.</param>
    /// <param name="inputs">The input paths (an edge list or a dataset folder), which OUT_DIR must not be.</param>
    /// <param name="outputNames">The file names that will be written into OUT_DIR.</param>
    /// <exception cref="UsageException">OUT_DIR cannot be used; the message says why.</exception>
    public static OutputTarget Check(string given, IEnumerable<string> inputs, IEnumerable<string> outputNames)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            throw new UsageException("--out: the output folder is empty; give a folder name, e.g. --out results");
        }

        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"--out {given}: not a valid path ({e.Message})");
        }

        foreach (string input in inputs)
        {
            if (SamePath(full, input))
            {
                throw new UsageException($"--out {given}: is the input itself; choose another output folder");
            }
        }

        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null)
        {
            FileSystemInfo? final;
            try
            {
                final = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                throw new UsageException($"--out {given}: is a symbolic link that loops; remove it or choose another folder");
            }

            if (final is null || !final.Exists)
            {
                throw new UsageException($"--out {given}: is a symbolic link to {info.LinkTarget}, which does not exist; remove the link or create its target");
            }

            if (final is not DirectoryInfo && !Directory.Exists(final.FullName))
            {
                throw new UsageException($"--out {given}: is a symbolic link to a file, not a folder");
            }
        }
        else if (File.Exists(full) || (info.Exists == false && Path.Exists(full)))
        {
            throw new UsageException($"--out {given}: is a file, not a folder; choose a folder (it is created if missing)");
        }

        if (Directory.Exists(full))
        {
            foreach (string name in outputNames)
            {
                if (Directory.Exists(Path.Combine(full, name)))
                {
                    throw new UsageException($"--out {given}: contains a folder named {name}, which an output file would replace; move it away");
                }
            }
        }

        string parent = Path.GetDirectoryName(full) ?? full;
        CheckWritable(given, Directory.Exists(full) ? full : NearestExisting(given, parent));
        return new OutputTarget(given, full, parent);
    }

    private static string NearestExisting(string given, string folder)
    {
        string? current = folder;
        while (current is not null && !Directory.Exists(current))
        {
            if (File.Exists(current))
            {
                throw new UsageException($"--out {given}: {current} is a file, so no folder can be made below it");
            }

            current = Path.GetDirectoryName(current);
        }

        return current ?? folder;
    }

    private static void CheckWritable(string given, string folder)
    {
        string probe = Path.Combine(folder, StagingFolders.Prefix + "probe-" + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out {given}: cannot write in {folder} (permission denied or read-only)");
        }
    }

    private static bool SamePath(string full, string input)
    {
        try
        {
            string other = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (string.Equals(full, other, StringComparison.Ordinal))
            {
                return true;
            }

            // The same file reached through a link.
            FileSystemInfo? a = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(true) ?? new FileInfo(full) : null;
            FileSystemInfo? b = File.Exists(other) ? new FileInfo(other).ResolveLinkTarget(true) ?? new FileInfo(other) : null;
            return a is not null && b is not null && string.Equals(a.FullName, b.FullName, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
