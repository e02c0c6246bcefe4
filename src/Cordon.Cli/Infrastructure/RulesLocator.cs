namespace Cordon.Cli.Infrastructure;

/// <summary>Finds the rules folder as every host does (<see cref="Application.RulesFolder"/>).</summary>
internal static class RulesLocator
{
    public static string? Find(string? explicitPath) => Application.RulesFolder.Find(explicitPath);
}
