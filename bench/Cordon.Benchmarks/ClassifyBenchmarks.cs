using BenchmarkDotNet.Attributes;
using Cordon.Regulation.Loading;
using Cordon.Screening;

namespace Cordon.Benchmarks;

/// <summary>The whole check of one SMILES (resolve, standardise, classify) against the repository's rules.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class ClassifyBenchmarks
{
    private QueryRecord[] _records = [];
    private ChemicalChecker _checker = null!;

    /// <summary>Loads the knowledge base and builds the records once, outside the timed region.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var load = RulesLoader.Load(Path.Combine(BenchData.RepoRoot(), "rules"));
        // Timing a half-loaded knowledge base would give figures that mean nothing.
        var errors = load.Problems.Where(p => p.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The rules do not load: " + string.Join("; ", errors));
        }

        _checker = new ChemicalChecker(load.KnowledgeBase, new CheckOptions());
        // Records are built here so their allocation is not charged to Check.
        _records = BenchData.Smiles().Select((smiles, i) => new QueryRecord(i, smiles, null, 1)).ToArray();
    }

    /// <summary>Checks every record of the sample.</summary>
    [Benchmark(OperationsPerInvoke = BenchData.SampleSize)]
    public int Check()
    {
        var statuses = 0;
        foreach (var record in _records)
        {
            // Summing the verdicts keeps the result live without hashing the whole record.
            statuses += (int)_checker.Check(record).Status;
        }

        return statuses;
    }
}
