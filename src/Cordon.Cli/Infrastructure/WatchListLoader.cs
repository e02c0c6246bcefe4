using Cordon.Application.Loading;
using Cordon.Parties.Matching;

namespace Cordon.Cli.Infrastructure;

/// <summary>The CLI's side of <see cref="WatchListSource"/>: writes skipped lines, and a missing list when one is required, to stderr.</summary>
internal static class WatchListLoader
{
    /// <summary>The screener, or null (with the reason on stderr when <paramref name="required"/>) when there is no list to screen against.</summary>
    public static PartyScreener? Load(IReadOnlyList<string> watchlists, string storePath, TextWriter error, bool required)
    {
        var load = WatchListSource.Load(watchlists, storePath);
        foreach (var problem in load.Problems)
        {
            error.WriteLine($"{problem} (skipped)");
        }

        if (load.Screener is null && required)
        {
            error.WriteLine($"cordon: no watch list: give --watchlist PATH or import one with 'cordon lists import PATH' (store: {storePath})");
        }

        return load.Screener;
    }
}
