using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;

namespace Cordon.Application.Loading;

/// <summary>Where watch lists come from, for every host: the files given, else the lists imported into the store; clearances
/// come from the store.</summary>
public static class WatchListSource
{
    /// <summary>Reads <paramref name="watchlists"/> (OFAC SDN folders or files, in-house CSV); with none given, the lists imported
    /// into the store at <paramref name="storePath"/>. Throws <see cref="FileNotFoundException"/> for a list that does not exist.</summary>
    public static WatchListLoad Load(IReadOnlyList<string> watchlists, string? storePath)
    {
        var entries = new List<WatchListEntry>();
        var problems = new List<string>();
        foreach (var path in watchlists)
        {
            var list = WatchListReader.Read(path);
            problems.AddRange(list.Problems.Select(p => p.ToString()));
            entries.AddRange(list.Entries);
        }

        IReadOnlyList<Clearance> clearances = [];
        // Only an existing store is opened: screening without lists must not create one as a side effect.
        if (storePath is not null && File.Exists(storePath))
        {
            using var store = new PartyStore(storePath);
            if (watchlists.Count == 0)
            {
                entries.AddRange(store.Entries());
            }

            clearances = store.Clearances();
        }

        return new WatchListLoad(entries.Count == 0 ? null : new PartyScreener(new PartyMatcher(entries), clearances), problems);
    }
}
