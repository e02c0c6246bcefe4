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

    /// <summary>Why a match is refused without any list, and how to give one.</summary>
    public const string NoListMessage = "no watch list: configure one (Cordon:Watchlists or --watchlist: an OFAC SDN folder or an in-house CSV) " +
                                        "or import one for your team (POST /v1/lists, or 'cordon lists import' for the team default)";

    private readonly PartyScreener? _screener;
    private readonly IReadOnlyList<WatchListEntry> _entries;

    /// <summary>Reads the watch lists (OFAC SDN folders or files, in-house CSV); a list that cannot be read is an error.</summary>
    public PartyService(IReadOnlyList<string> watchlists)
        : this(WatchListSource.Load(watchlists), WatchListVersion.Of(watchlists), watchlists)
    {
    }

    /// <summary>Matches against lists already read (<paramref name="load"/>: a team's imported lists, or a screener built by a host),
    /// known by <paramref name="version"/> and named by <paramref name="lists"/>.</summary>
    public PartyService(WatchListLoad load, string version, IReadOnlyList<string> lists)
    {
        Problems = load.Problems;
        Lists = lists;
        _entries = load.Entries;
        _screener = load.Screener;
        Version = _screener is null ? WatchListVersion.None : version;
    }

    /// <summary>The lists read.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>The lists' version (<see cref="WatchListVersion"/>; "none" without any), recorded on each run so a changed list is
    /// re-screened.</summary>
    public string Version { get; }

    /// <summary>The screener over the lists, or null without any.</summary>
    public PartyScreener? Screener => _screener;

    /// <summary>Every line of the lists that could not be read, with file and line.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every entry of the lists read (a clearance must name one of them).</summary>
    public IReadOnlyList<WatchListEntry> Entries => _entries;

    /// <summary>The matcher's algorithm id.</summary>
    public string? Algorithm => _screener?.Matcher.Algorithm;

    /// <summary>The screener over the lists with a team's <paramref name="clearances"/> applied (the matcher, the costly part, is
    /// shared); null without any list.</summary>
    public PartyScreener? ScreenerWith(IReadOnlyList<Clearance> clearances) =>
        _screener is null || clearances.Count == 0 ? _screener : new PartyScreener(_screener.Matcher, clearances);

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
            throw new UseCaseException(NoListMessage);
        }

        if (queries.Count == 0 || queries.Count > MaxBatch)
        {
            throw new UseCaseException($"{queries.Count} queries: give 1 to {MaxBatch}");
        }

        // The matcher (the costly part) is shared; only the team's clearances are per request.
        var screener = ScreenerWith(clearances)!;
        return queries.Select(q =>
        {
            var query = PartyQueryParser.TryCreate(q.Name ?? "", q.Country, q.Dob, q.Id, q.Type, q.Gender, q.Address, out var error);
            return query is null
                ? (new PartyQuery(q.Name ?? ""), (IReadOnlyList<PartyMatch>)[], error)
                : (query, screener.Screen(query), null);
        }).ToList();
    }
}
