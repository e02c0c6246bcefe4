using Cordon.Chemistry;

namespace Cordon.Benchmarks;

/// <summary>Shared inputs for the benchmarks: a fixed sample of NCI SMILES and the repository root.</summary>
public static class BenchData
{
    /// <summary>The NCI set shipped by Debian's rdkit-data package.</summary>
    public const string NciFile = "/usr/share/RDKit/Data/NCI/first_5K.smi";

    /// <summary>How many SMILES each benchmark iterates over.</summary>
    public const int SampleSize = 200;

    /// <summary>The first <see cref="SampleSize"/> SMILES of the NCI set that parse.</summary>
    public static IReadOnlyList<string> Smiles()
    {
        if (!File.Exists(NciFile))
        {
            throw new FileNotFoundException("Install rdkit-data (apt-get install -y rdkit-data) for the NCI set.", NciFile);
        }

        var result = new List<string>(SampleSize);
        foreach (var line in File.ReadLines(NciFile))
        {
            var smiles = line.Split('\t')[0].Trim();
            if (smiles.Length == 0)
            {
                continue;
            }

            // Keep only what parses, so every benchmark times successful work rather than error paths.
            try
            {
                using var molecule = Molecule.FromSmiles(smiles);
            }
            catch (ChemistryException)
            {
                continue;
            }

            result.Add(smiles);
            if (result.Count == SampleSize)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The repository root: the nearest folder above the binaries holding rules/kb.yaml.</summary>
    public static string RepoRoot()
    {
        // BenchmarkDotNet runs a generated copy of this assembly from a nested bin folder, so the
        // root cannot be a fixed relative path; walking up works from both places.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No rules/kb.yaml above {AppContext.BaseDirectory}.");
    }
}
