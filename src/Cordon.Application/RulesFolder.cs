using Cordon.Regulation.Loading;

namespace Cordon.Application;

/// <summary>Finds the rules folder: the one given, then CORDON_RULES, then the nearest rules/kb.yaml above the program or the
/// working directory.</summary>
public static class RulesFolder
{
    /// <summary>The folder, or null when none is found.</summary>
    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("CORDON_RULES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (File.Exists(Path.Combine(candidate, RulesLoader.ManifestFile)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
