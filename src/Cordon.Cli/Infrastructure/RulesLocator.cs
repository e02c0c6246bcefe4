using Cordon.Regulation.Loading;

namespace Cordon.Cli.Infrastructure;

/// <summary>Finds the rules folder: --rules, then CORDON_RULES, then the nearest rules/kb.yaml above the program or the working directory.</summary>
internal static class RulesLocator
{
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
