using BenchmarkDotNet.Attributes;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;

namespace Cordon.Benchmarks;

/// <summary>Party queries against the full OFAC SDN snapshot (about 9,000 entries with aliases): one op is one query.</summary>
[MemoryDiagnoser]
public class PartyMatchBenchmarks
{
    // A mix of designee variants, unrelated companies that share words, and people: what a screening day looks like.
    private static readonly string[] Queries =
    [
        "Shanghai Boyle Chemical Co., Ltd", "Kaikai Tech Co Ltd", "A Team Chemicals Company", "Zhang Jian", "Gordon Zheng",
        "Wuhan Sunrise Biotech Co. Ltd", "Importadora del Pacifico SA de CV", "Chemical Co Ltd", "Hubei Lingyun Plastics Co. Ltd",
        "Guangzhou Everwell Pharma", "Distribuidora Azteca SA de CV", "Maria Gonzalez", "Jiangsu Tianhe Import Export", "Quimica Norte S de RL",
        "International Trading Group Limited", "Peng Bo", "Global Technology Import Export SA", "Hong Pang General Trading Co Ltd",
        "Shenzhen Bright Chem Co", "Laboratorios Unidos SA",
    ];

    private PartyMatcher _matcher = null!;

    /// <summary>Reads the snapshot and builds the index (not timed).</summary>
    [GlobalSetup]
    public void Setup() => _matcher = new PartyMatcher(OfacCsvReader.Read(Path.Combine(BenchData.RepoRoot(), "..", "shared", "data", "ofac-sdn-2021")).Entries);

    /// <summary>All queries, once each.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int Match()
    {
        var found = 0;
        foreach (var query in Queries)
        {
            found += _matcher.Match(query).Count;
        }

        return found;
    }
}
