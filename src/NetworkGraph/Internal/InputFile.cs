namespace NetworkGraph.Internal;

/// <summary>The one check of an input path that the readers share, so every reader refuses an unusable path with
/// the same words.</summary>
internal static class InputFile
{
    /// <summary>Says why <paramref name="path"/> cannot be read as an input file, or returns <see langword="null"/>
    /// when it names a readable file (or a device or pipe such as <c>/dev/stdin</c>).</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The problem, in words that fit after the path, or <see langword="null"/>.</returns>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        if (File.Exists(path))
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                return $"is a symbolic link to '{target}', which does not exist";
            }
        }
        catch (IOException)
        {
            // A link loop or an unreadable parent: fall through to the plain message.
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }

        return "no such file";
    }
}
