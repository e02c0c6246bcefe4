using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Application.Loading;

/// <summary>The party screener built from the watch lists, or null when there is no list to screen against.</summary>
/// <param name="Screener">The screener with the store's clearances; null when no list holds an entry.</param>
/// <param name="Problems">Every line of the lists that could not be read, with file and line (those lines are skipped).</param>
/// <param name="Entries">Every entry read (a clearance must name one of them).</param>
public sealed record WatchListLoad(PartyScreener? Screener, IReadOnlyList<string> Problems, IReadOnlyList<WatchListEntry> Entries);
