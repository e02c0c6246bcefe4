using Cordon.Application.Loading;
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

    /// <summary>Reads the watch lists (OFAC SDN folders or files, in-house CSV); a list that cannot be read is an error.</summary>
    public PartyService(IReadOnlyList<string> watchlists)
    {
        // The server keeps no party store of its own: lists are the configured files, without clearances.
        var load = WatchListSource.Load(watchlists, storePath: null);
        Problems = load.Problems;
        Lists = watchlists;
        _screener = load.Screener;
    }

    /// <summary>The lists read.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>Every line of the lists that could not be read, with file and line.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The matcher's algorithm id.</summary>
    public string? Algorithm => _screener?.Matcher.Algorithm;

    /// <summary>Each query with its matches, or the reason it could not be read (the batch goes on).</summary>
    public IReadOnlyList<(PartyQuery Query, IReadOnlyList<PartyMatch> Matches, string? Error)> Match(IReadOnlyList<PartyQueryText> queries)
    {
        if (_screener is null)
        {
            throw new UseCaseException("no watch list is configured: set Cordon:Watchlists (an OFAC SDN folder or an in-house CSV)");
        }

        if (queries.Count == 0 || queries.Count > MaxBatch)
        {
            throw new UseCaseException($"{queries.Count} queries: give 1 to {MaxBatch}");
        }

        return queries.Select(q =>
        {
            var query = PartyQueryParser.TryCreate(q.Name ?? "", q.Country, q.Dob, q.Id, q.Type, q.Gender, q.Address, out var error);
            return query is null
                ? (new PartyQuery(q.Name ?? ""), (IReadOnlyList<PartyMatch>)[], error)
                : (query, _screener.Screen(query), null);
        }).ToList();
    }
}
