namespace NetworkGraph.Internal;

/// <summary>The one check of an input path that the readers share, so every reader refuses an unusable path with
/// the same words.</summary>
internal static class InputFile
{
    /// <summary>Says why <paramref name="path"/> cannot be read as an input file, or returns <see langword="null"/>
    /// when it names a file (or a device or pipe such as <c>/dev/stdin</c>).</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The problem, in words that fit after the path (<c>PATH: problem</c>), or <see langword="null"/>.</returns>
    public static string? Problem(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                FileSystemInfo? final = File.ResolveLinkTarget(path, returnFinalTarget: true);
                if (final is null || !final.Exists)
                {
                    return $"is a symbolic link to '{target}', which does not exist";
                }
            }
        }
        catch (IOException)
        {
            return "is a symbolic link that loops (it points, directly or not, to itself)";
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }

        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        return File.Exists(path) ? null : "no such file";
    }
}
