using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Cli.Infrastructure;

/// <summary>The CLI's side of <see cref="WatchListSource"/>: the lists and clearances of the case store, skipped lines and a
/// missing list (when one is required) written to stderr.</summary>
internal static class WatchListLoader
{
    /// <summary>The screener, or null (with the reason on stderr when <paramref name="required"/>) when there is no list to screen against.</summary>
    public static PartyScreener? Load(IReadOnlyList<string> watchlists, string storePath, TextWriter error, bool required) =>
        LoadAll(watchlists, storePath, error, required).Screener;

    /// <summary>The lists' screener and entries (the supplier network follows the entries' links and contact details).</summary>
    public static WatchListLoad LoadAll(IReadOnlyList<string> watchlists, string storePath, TextWriter error, bool required)
    {
        IReadOnlyList<WatchListEntry>? stored = null;
        IReadOnlyList<Clearance> clearances = [];
        // Only an existing store is opened: screening without lists must not create one as a side effect.
        if (CaseStoreOpener.Open(storePath, create: false) is { } store)
        {
            var records = new ClearanceService(store, TimeProvider.System);
            if (watchlists.Count == 0)
            {
                stored = records.EntriesAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult();
            }

            clearances = records.ClearancesAsync(ClearanceService.LocalTeam).GetAwaiter().GetResult();
        }

        var load = WatchListSource.Load(watchlists, stored, clearances);
        foreach (var problem in load.Problems)
        {
            error.WriteLine($"{problem} (skipped)");
        }

        if (load.Screener is null && required)
        {
            error.WriteLine($"cordon: no watch list: give --watchlist PATH or import one with 'cordon lists import PATH' (store: {CaseStoreOpener.Describe(storePath)})");
        }

        return load;
    }
}
