using Cordon.Application.Loading;
using Cordon.Application.Rescreening;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Application;

/// <summary>The party-matching use case: watch lists read once, indexed once, matched by every request. Without a list it
/// refuses (never an empty answer that reads as "no match").</summary>
public sealed class PartyService
{
    /// <summary>The most queries one request may hold.</summary>
    public const int MaxBatch = 1_000;

    private readonly PartyScreener? _screener;
    private readonly IReadOnlyList<WatchListEntry> _entries;

    /// <summary>Reads the watch lists (OFAC SDN folders or files, in-house CSV); a list that cannot be read is an error.</summary>
    public PartyService(IReadOnlyList<string> watchlists)
    {
        // The server keeps no party store of its own: lists are the configured files, without clearances.
        var load = WatchListSource.Load(watchlists);
        Problems = load.Problems;
        Lists = watchlists;
        Version = WatchListVersion.Of(watchlists);
        _entries = load.Entries;
        _screener = load.Screener;
    }

    /// <summary>The lists read.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The lists' version (a digest of their files), recorded on each run so a changed list is re-screened.</summary>
    public string Version { get; }

    /// <summary>The screener over the lists, or null without any.</summary>
    public PartyScreener? Screener => _screener;

    /// <summary>Every line of the lists that could not be read, with file and line.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every entry of the lists read (a clearance must name one of them).</summary>
    public IReadOnlyList<WatchListEntry> Entries => _entries;

    /// <summary>The matcher's algorithm id.</summary>
    public string? Algorithm => _screener?.Matcher.Algorithm;

    /// <summary>Each query with its matches, or the reason it could not be read (the batch goes on).</summary>
    public IReadOnlyList<(PartyQuery Query, IReadOnlyList<PartyMatch> Matches, string? Error)> Match(IReadOnlyList<PartyQueryText> queries) =>
        Match(queries, []);

    /// <summary>Each query with its matches, the caller's team's <paramref name="clearances"/> applied (a cleared candidate carries
    /// its clearance; one cleared when the entry read differently comes back for review).</summary>
    public IReadOnlyList<(PartyQuery Query, IReadOnlyList<PartyMatch> Matches, string? Error)> Match(IReadOnlyList<PartyQueryText> queries,
        IReadOnlyList<Clearance> clearances)
    {
        if (_screener is null)
        {
            throw new UseCaseException("no watch list is configured: set Cordon:Watchlists (an OFAC SDN folder or an in-house CSV)");
        }

        if (queries.Count == 0 || queries.Count > MaxBatch)
        {
            throw new UseCaseException($"{queries.Count} queries: give 1 to {MaxBatch}");
        }

        // The matcher (the costly part) is shared; only the team's clearances are per request.
        var screener = clearances.Count == 0 ? _screener : new PartyScreener(_screener.Matcher, clearances);
        return queries.Select(q =>
        {
            var query = PartyQueryParser.TryCreate(q.Name ?? "", q.Country, q.Dob, q.Id, q.Type, q.Gender, q.Address, out var error);
            return query is null
                ? (new PartyQuery(q.Name ?? ""), (IReadOnlyList<PartyMatch>)[], error)
                : (query, screener.Screen(query), null);
        }).ToList();
    }
}
