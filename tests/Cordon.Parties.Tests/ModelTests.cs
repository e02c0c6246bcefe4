using Cordon.Parties.Matching;

namespace Cordon.Parties.Tests;

/// <summary>The model in rules/parties/party-model.json is complete, and docs/party-matching.md shows the same weights.</summary>
public sealed class ModelTests
{
    [Fact]
    public void The_documentation_lists_every_feature_with_the_models_weight()
    {
        var model = PartyModel.Default;
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "party-matching.md"));
        Assert.Contains($"`{model.Algorithm}` version `{model.Version}`", docs);
        foreach (var feature in model.Features)
        {
            Assert.Contains($"| `{feature.Name}` | {feature.Weight.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} |", docs);
        }
    }

    [Fact]
    public void A_model_file_missing_a_feature_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"party-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(RepoRoot(), "rules", "parties", "party-model.json")).Replace("\"gender_mismatch\"", "\"gender_other\""));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => PartyModel.Load(path));
            Assert.Contains(path, error.Message);
            Assert.Contains("gender_mismatch", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "parties", "party-model.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("rules/parties/party-model.json not found above the test's folder");
    }
}
