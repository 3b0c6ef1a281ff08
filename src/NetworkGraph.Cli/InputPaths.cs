namespace NetworkGraph.Cli;

/// <summary>One check of the input paths given on the command line, one set of messages, exit 2.</summary>
internal static class InputPaths
{
    /// <summary>Checks that <paramref name="path"/> is a readable file (or a FIFO, a device).</summary>
    /// <exception cref="UsageException">It is missing, a folder, or a dangling or looping link.</exception>
    public static void CheckFile(string option, string path)
    {
        CheckLink(path);
        if (Directory.Exists(path))
        {
            throw new UsageException($"{path}: is a folder, not a file (for a survey dataset folder, give it without {option})");
        }

        if (!Path.Exists(path))
        {
            throw new UsageException($"{path}: no such file");
        }
    }

    /// <summary>Checks that <paramref name="path"/> is a folder.</summary>
    /// <exception cref="UsageException">It is missing, a file, or a dangling or looping link.</exception>
    public static void CheckFolder(string path)
    {
        CheckLink(path);
        if (Directory.Exists(path))
        {
            return;
        }

        throw new UsageException(Path.Exists(path)
            ? $"{path}: not a dataset folder (for an edge list use --edges {path})"
            : $"{path}: no such dataset folder");
    }

    private static void CheckLink(string path)
    {
        if (path.Length == 0)
        {
            throw new UsageException("the input path is empty");
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return;
        }

        FileSystemInfo? final;
        try
        {
            final = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            throw new UsageException($"{path}: is a symbolic link that loops");
        }

        if (final is null || !Path.Exists(final.FullName))
        {
            throw new UsageException($"{path}: is a symbolic link to {info.LinkTarget}, which does not exist");
        }
    }
}
