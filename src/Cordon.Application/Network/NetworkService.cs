using Cordon.Network;
using Cordon.Network.Graph;
using Cordon.Network.Resolution;
using Cordon.Storage;

namespace Cordon.Application.Network;

/// <summary>The supplier-network use cases both hosts call: build a team's network from declaration files (the CLI) or from
/// the case store's screened rows (the server), with its watch lists and clearances and the analysts' merges and splits;
/// record a merge or split.</summary>
public sealed class NetworkService(ScreeningService screening, NetworkBuilder builder)
{
    /// <summary>Rows read from the store per query.</summary>
    private const int Batch = 20_000;

    /// <summary>A service with the built-in network model.</summary>
    public NetworkService(ScreeningService screening) : this(screening, new NetworkBuilder())
    {
    }

    /// <summary>Screens <paramref name="paths"/> (with the options of <paramref name="options"/>, parties against
    /// <paramref name="lists"/>) and builds their network; <paramref name="onProgress"/> hears each file's rows as read.</summary>
    /// <exception cref="UseCaseException">A file cannot be read (its name and the reason).</exception>
    public SupplyNetwork FromFiles(IReadOnlyList<string> paths, ScreenRequest options, Loading.WatchListLoad? lists, IReadOnlyList<ResolutionDecision> decisions,
        Action<string, int>? onProgress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reader = new TradeRows();
        var rows = new List<TradeRow>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var request = options with { InputName = path };
            screening.Screen(path, request, lists?.Screener, r => r, result =>
            {
                rows.Add(reader.From(result, $"{name}:{result.Record.Line}"));
                if (rows.Count % 10_000 == 0)
                {
                    onProgress?.Invoke(name, rows.Count);
                }
            });
        }

        return builder.Build(rows, lists?.Screener is { } screener ? new WatchListContext(lists.Entries, screener) : null, decisions,
            [new NetworkBuildPhase("screen files", Math.Round(clock.Elapsed.TotalSeconds, 3))]);
    }

    /// <summary>The network of every completed run of the team in the store, matched against the team's lists with its clearances.</summary>
    public async Task<SupplyNetwork> FromStoreAsync(ICaseStore store, string tenant, PartyService? lists, CancellationToken cancellationToken = default) =>
        await FromStoreAndFileAsync(store, tenant, lists, null, cancellationToken);

    /// <summary>The network a job's file makes with the team's completed runs (<see cref="FromStoreAsync"/>), for weighing its rows'
    /// parties: the file is screened once here for its parties; an earlier run of the same file (its SHA-256) is left out, so
    /// that the file is not counted twice.</summary>
    public async Task<SupplyNetwork> ForJobAsync(ICaseStore store, string tenant, PartyService? lists, string path, ScreenRequest request, string inputSha256,
        CancellationToken cancellationToken = default) =>
        await FromStoreAndFileAsync(store, tenant, lists, (path, request, inputSha256), cancellationToken);

    private async Task<SupplyNetwork> FromStoreAndFileAsync(ICaseStore store, string tenant, PartyService? lists, (string Path, ScreenRequest Request, string Sha)? file,
        CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var decisions = (await store.ListNetworkDecisionsAsync(tenant, cancellationToken)).Select(ToDecision).ToList();
        var clearances = (await store.ListClearancesAsync(tenant, cancellationToken)).Select(PartyRecordMapping.ToClearance).ToList();
        var screener = lists?.ScreenerWith(clearances);
        var reader = new TradeRows();
        var rows = new List<TradeRow>();
        var runs = Distinct(await store.ListRunsAsync(tenant, 1000, cancellationToken)).Where(r => file is null || r.InputSha256 != file.Value.Sha);
        foreach (var run in runs)
        {
            // The next batch is fetched while this one's declarations are read, on every core: at a million rows the reading,
            // not the database, is what takes the time.
            var pending = store.TradeRowsAfterAsync(tenant, run.Id, 0, Batch, cancellationToken);
            while (await pending is { Count: > 0 } batch)
            {
                pending = store.TradeRowsAfterAsync(tenant, run.Id, batch[^1].Id, Batch, cancellationToken);
                var read = new TradeRow[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => read[i] = reader.From(batch[i]));
                rows.AddRange(read);
            }
        }

        var phases = new List<NetworkBuildPhase> { new("read rows", Math.Round(clock.Elapsed.TotalSeconds, 3)) };
        if (file is { } job)
        {
            clock.Restart();
            var name = Path.GetFileName(job.Request.InputName);
            screening.Screen(job.Path, job.Request, screener, r => r, result => rows.Add(reader.From(result, $"{name}:{result.Record.Line}")));
            phases.Add(new NetworkBuildPhase("screen the job's file", Math.Round(clock.Elapsed.TotalSeconds, 3)));
        }

        return builder.Build(rows, Context(lists, screener), decisions, phases);
    }

    /// <summary>The completed runs a network counts, oldest first: the same file screened twice (its SHA-256) is one set of
    /// trade, its latest screening, so an upload repeated does not double every edge.</summary>
    public static IReadOnlyList<ScreeningRun> Distinct(IEnumerable<ScreeningRun> runs) =>
        runs.Where(r => r.Status == RunStatus.Complete).GroupBy(r => r.InputSha256, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.CreatedAt)!).OrderBy(r => r.CreatedAt).ToList();

    /// <summary>What the team's network rests on, to tell a cached network from a stale one: its runs, decisions and clearances
    /// (one query: <see cref="INetworkDecisions.NetworkSourceStampAsync"/>) and its lists.</summary>
    public static async Task<string> VersionAsync(ICaseStore store, string tenant, string listVersion, CancellationToken cancellationToken = default) =>
        await store.NetworkSourceStampAsync(tenant, cancellationToken) + "\u001e" + listVersion;

    /// <summary>Records an analyst's merge or split of two spellings (their keys, <see cref="SpellingKey"/>); audited. Returns the
    /// decision it replaced, if any.</summary>
    /// <exception cref="UseCaseException">A key is not a spelling key, or both are the same.</exception>
    public static async Task<StoredNetworkDecision?> DecideAsync(ICaseStore store, string tenant, ResolutionDecisionKind kind, string key, string otherKey,
        string by, string? note, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        foreach (var k in new[] { key, otherKey })
        {
            if (k.Length is 0 or > 1_000 || k.IndexOf('|') is var bar && (bar <= 0 || k.Length - bar - 1 is not (0 or 2)))
            {
                throw new UseCaseException($"'{k}' is not a spelling key (the name's words, '|', and a two-letter country or nothing: as a party's spellings list them)");
            }
        }

        if (key == otherKey)
        {
            throw new UseCaseException("a spelling cannot be merged with or split from itself");
        }

        return await store.RecordNetworkDecisionAsync(
            new StoredNetworkDecision(tenant, kind == ResolutionDecisionKind.Merge ? "merge" : "split", key, otherKey, by, at, note), by, cancellationToken);
    }

    /// <summary>A stored decision as the resolver takes it.</summary>
    public static ResolutionDecision ToDecision(StoredNetworkDecision stored) =>
        new(stored.Kind == "merge" ? ResolutionDecisionKind.Merge : ResolutionDecisionKind.Split, stored.Key, stored.OtherKey)
        {
            By = stored.DecidedBy, Note = stored.Note, At = stored.DecidedAt,
        };

    private static WatchListContext? Context(PartyService? lists, Cordon.Parties.Matching.PartyScreener? screener) =>
        lists is not null && screener is not null ? new WatchListContext(lists.Entries, screener) : null;
}
