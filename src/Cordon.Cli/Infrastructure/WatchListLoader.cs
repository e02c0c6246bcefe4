using Cordon.Application;
using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;

namespace Cordon.Cli.Infrastructure;

/// <summary>Builds the party screener from --watchlist files, or from the lists imported into the case store; clearances come
/// from the case store.</summary>
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
        if (CaseStoreOpener.Open(storePath, create: false) is { } store)
        {
            var records = new ClearanceService(store, TimeProvider.System);
            if (watchlists.Count == 0)
            {
                entries.AddRange(records.EntriesAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult());
            }

            clearances = records.ClearancesAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult();
        }

        if (entries.Count == 0)
        {
            if (required)
            {
                error.WriteLine($"cordon: no watch list: give --watchlist PATH or import one with 'cordon lists import PATH' (store: {CaseStoreOpener.Describe(storePath)})");
            }

            return null;
        }

        return new PartyScreener(new PartyMatcher(entries), clearances);
    }
}
