namespace Cordon.Regulation.Tests;

/// <summary>Locates the repository's rules folder from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Rules { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return Path.Combine(dir.FullName, "rules");
            }
        }

        throw new DirectoryNotFoundException("rules/kb.yaml not found above " + AppContext.BaseDirectory);
    }
}
