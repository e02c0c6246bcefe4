using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;

namespace Cordon.Application.Loading;

/// <summary>Where watch lists come from, for every host: the files given, else the lists imported into the case store; clearances
/// come from the case store (see <see cref="ClearanceService"/>).</summary>
public static class WatchListSource
{
    /// <summary>Reads <paramref name="watchlists"/> (OFAC SDN folders or files, in-house CSV); with none given, the
    /// <paramref name="storedEntries"/> imported into the case store. Throws <see cref="FileNotFoundException"/> for a list that
    /// does not exist.</summary>
    public static WatchListLoad Load(IReadOnlyList<string> watchlists, IReadOnlyList<WatchListEntry>? storedEntries = null,
        IReadOnlyList<Clearance>? clearances = null)
    {
        var entries = new List<WatchListEntry>();
        var problems = new List<string>();
        foreach (var path in watchlists)
        {
            var list = WatchListReader.Read(path);
            problems.AddRange(list.Problems.Select(p => p.ToString()));
            entries.AddRange(list.Entries);
        }

        if (watchlists.Count == 0 && storedEntries is not null)
        {
            entries.AddRange(storedEntries);
        }

        var screener = entries.Count == 0 ? null : new PartyScreener(new PartyMatcher(entries), clearances ?? []);
        return new WatchListLoad(screener, problems, entries);
    }
}
