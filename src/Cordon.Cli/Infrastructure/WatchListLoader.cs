using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;

namespace Cordon.Cli.Infrastructure;

/// <summary>Builds the party screener from --watchlist files, or from the lists imported into the store; clearances come from the store.</summary>
internal static class WatchListLoader
{
    /// <summary>The screener, or null (with the reason on stderr) when there is no list to screen against.</summary>
    public static PartyScreener? Load(IReadOnlyList<string> watchlists, string storePath, TextWriter error, bool required)
    {
        var entries = new List<WatchListEntry>();
        foreach (var path in watchlists)
        {
            var list = WatchListReader.Read(path);
            foreach (var problem in list.Problems)
            {
                error.WriteLine($"{problem} (skipped)");
            }

            entries.AddRange(list.Entries);
        }

        IReadOnlyList<Clearance> clearances = [];
        // Only an existing store is opened: screening without lists must not create one as a side effect.
        if (File.Exists(storePath))
        {
            using var store = new PartyStore(storePath);
            if (watchlists.Count == 0)
            {
                entries.AddRange(store.Entries());
            }

            clearances = store.Clearances();
        }

        if (entries.Count == 0)
        {
            if (required)
            {
                error.WriteLine($"cordon: no watch list: give --watchlist PATH or import one with 'cordon lists import PATH' (store: {storePath})");
            }

            return null;
        }

        return new PartyScreener(new PartyMatcher(entries), clearances);
    }
}
