using BenchmarkDotNet.Attributes;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Benchmarks;

/// <summary>Party queries against a 300,000-entry synthetic in-house list (600,000 names): one op is one query. The setup reports the
/// managed memory the list and its index hold.</summary>
[MemoryDiagnoser]
public class LargeListBenchmarks
{
    private const int Size = 300_000;

    private PartyMatcher _matcher = null!;
    private PartyQuery[] _queries = [];

    /// <summary>Generates the list, builds the index once (not timed), and prints the memory held by both.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var entries = LargeListGenerator.Generate(Size);
        var listed = GC.GetTotalMemory(forceFullCollection: true);
        _matcher = new PartyMatcher(entries);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// LargeList: {_matcher.Entries} entries; the list holds {(listed - before) / (1024.0 * 1024.0):0} MB, the index {(after - listed) / (1024.0 * 1024.0):0} MB managed memory; process working set {Environment.WorkingSet / (1024.0 * 1024.0):0} MB");

        // Half the queries are entries of the list (some with a typo or another word order), half are names it does not hold.
        var random = new Random(7);
        var queries = new List<PartyQuery>();
        for (var i = 0; i < 10; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            queries.Add(new PartyQuery(i % 2 == 0 ? entry.Name : entry.Names[1].Name));
        }

        queries.AddRange(LargeListGenerator.Generate(Size + 10).Skip(Size).Select(e => new PartyQuery(e.Name + " Holdings")));
        _queries = queries.ToArray();
        GC.KeepAlive(entries);
    }

    /// <summary>All queries, once each.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int Match()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            found += _matcher.Match(query).Count;
        }

        return found;
    }
}
