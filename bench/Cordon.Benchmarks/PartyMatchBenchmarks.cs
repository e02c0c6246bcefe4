using BenchmarkDotNet.Attributes;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;

namespace Cordon.Benchmarks;

/// <summary>Party queries against the full OFAC SDN snapshot (about 9,000 entries with aliases): one op is one query.</summary>
[MemoryDiagnoser]
public class PartyMatchBenchmarks
{
    // A mix of designee variants, unrelated companies that share words, people with and without a date of birth, a typo, a disguise:
    // what a screening day looks like.
    private static readonly PartyQuery[] Queries =
    [
        new("Shanghai Boyle Chemical Co., Ltd"), new("Kaikai Tech Co Ltd"), new("A Team Chemicals Company"), new("Zhang Jian"),
        new("Gordon Zheng"), new("Wuhan Sunrise Biotech Co. Ltd"), new("Importadora del Pacifico SA de CV"), new("Chemical Co Ltd"),
        new("Hubei Lingyun Plastics Co. Ltd"), new("Guangzhou Everwell Pharma"), new("Distribuidora Azteca SA de CV"), new("Maria Gonzalez"),
        new("Jiangsu Tianhe Import Export"), new("Quimica Norte S de RL"), new("International Trading Group Limited"),
        new("Zhang Lei") { BirthDate = Cordon.Parties.BirthDate.Parse("1976-01-03") }, new("Global Technology Import Export SA"),
        new("Colombo Peruana de Tejdos SA"), new("B\u043Eyle Chemical"), new("Luis Fernando Sanchez Arellano") { Country = Cordon.Parties.Countries.Find("MX") },
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
