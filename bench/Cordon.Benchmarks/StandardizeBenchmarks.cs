using BenchmarkDotNet.Attributes;
using Cordon.Chemistry;

namespace Cordon.Benchmarks;

/// <summary>Parent standardisation (largest organic fragment, neutralise) on molecules parsed beforehand.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class StandardizeBenchmarks
{
    private Molecule[] _molecules = [];

    /// <summary>Parses the NCI sample once so only standardisation is timed.</summary>
    [GlobalSetup]
    public void Setup() => _molecules = BenchData.Smiles().Select(Molecule.FromSmiles).ToArray();

    /// <summary>Frees the native molecules.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var molecule in _molecules)
        {
            molecule.Dispose();
        }
    }

    /// <summary>Standardises every molecule of the sample and frees the parent.</summary>
    [Benchmark(OperationsPerInvoke = BenchData.SampleSize)]
    public int Standardize()
    {
        var removed = 0;
        foreach (var molecule in _molecules)
        {
            using var standard = molecule.Standardize();
            removed += standard.RemovedFragments.Count;
        }

        return removed;
    }
}
