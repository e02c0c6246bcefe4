namespace Cordon.Server;

/// <summary>Finds the built web application: the folder given, then <c>wwwroot</c> next to the program, then the nearest
/// <c>web/dist</c> above the program or the working directory (as the rules folder is found), each only with an index.html.</summary>
public static class WebRootFolder
{
    /// <summary>The page every web route falls back to.</summary>
    public const string Index = "index.html";

    /// <summary>The folder, or null when no built web application is found.</summary>
    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(Path.Combine(explicitPath, Index)) ? Path.GetFullPath(explicitPath) : null;
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(besideProgram, Index)))
        {
            return besideProgram;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "web", "dist");
                if (File.Exists(Path.Combine(candidate, Index)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
