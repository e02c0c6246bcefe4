using BenchmarkDotNet.Attributes;
using Cordon.Chemistry;

namespace Cordon.Benchmarks;

/// <summary>SMILES parsing and sanitisation through the native shim, one op per molecule.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class ParseBenchmarks
{
    private IReadOnlyList<string> _smiles = [];

    /// <summary>Reads the NCI sample once, outside the timed region.</summary>
    [GlobalSetup]
    public void Setup() => _smiles = BenchData.Smiles();

    /// <summary>Parses every SMILES of the sample and frees it.</summary>
    [Benchmark(OperationsPerInvoke = BenchData.SampleSize)]
    public int Parse()
    {
        var atoms = 0;
        foreach (var smiles in _smiles)
        {
            using var molecule = Molecule.FromSmiles(smiles);
            // Touch the result so the parse cannot be treated as dead code.
            atoms += molecule.AtomCount;
        }

        return atoms;
    }
}
