using Cordon.Application.Rescreening;
using Cordon.Parties.Matching;
using Cordon.Storage;

namespace Cordon.Application.Loading;

/// <summary>The watch lists a team's matches, screening jobs and re-screens use, by the policy of <see cref="WatchListSource"/>: the
/// configured files for every team when there are any, else each team's lists imported into the case store. A team's matcher is
/// built once per version of its lists (<see cref="WatchListVersion.OfStored"/>) and kept for the next request, so an import takes
/// effect on the next request or job without a restart; at most <see cref="Capacity"/> teams' matchers are kept.</summary>
public sealed class TeamWatchLists
{
    /// <summary>Teams whose matchers are kept unless told otherwise.</summary>
    public const int DefaultCapacity = 32;

    private readonly PartyService? _fixed;
    private readonly IPartyRecords? _store;
    private readonly Lock _lock = new();

    // Most recently used first; each node holds a team, the version its matcher was built for, and the build (shared by the
    // requests that arrive while it runs, so a list is indexed once however many ask).
    private readonly LinkedList<(string Tenant, string Version, Task<PartyService> Lists)> _recent = [];
    private readonly Dictionary<string, LinkedListNode<(string Tenant, string Version, Task<PartyService> Lists)>> _byTenant = new(StringComparer.Ordinal);

    private TeamWatchLists(PartyService? fixedLists, IPartyRecords? store, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _fixed = fixedLists;
        _store = store;
        Capacity = capacity;
    }

    /// <summary>The configured <paramref name="files"/> for every team; with none, each team's lists imported into <paramref name="store"/>.</summary>
    public TeamWatchLists(IReadOnlyList<string> files, IPartyRecords store, int capacity = DefaultCapacity)
        : this(files.Count > 0 ? new PartyService(files) : null, files.Count > 0 ? null : store, capacity)
    {
    }

    /// <summary>The same lists for every team (a host that read them itself).</summary>
    public static TeamWatchLists Fixed(PartyService lists) => new(lists, null, 1);

    /// <summary>The same screener for every team, known by <paramref name="version"/> (none without a screener).</summary>
    public static TeamWatchLists Fixed(PartyScreener? screener, string? version) =>
        Fixed(new PartyService(new WatchListLoad(screener, [], []), version ?? WatchListVersion.None, []));

    /// <summary>Teams whose matchers are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>True when each team uses its own imported lists (no files are configured).</summary>
    public bool PerTeam => _fixed is null;

    /// <summary>The configured lists when they serve every team; null when each team uses its own.</summary>
    public PartyService? FixedLists => _fixed;

    /// <summary>How many teams' matchers are kept now.</summary>
    public int Cached
    {
        get
        {
            lock (_lock)
            {
                return _byTenant.Count;
            }
        }
    }

    /// <summary>What the lists are, for a log line: the configured files and their version, or each team's imported lists.</summary>
    public string Description => _fixed is { } lists
        ? $"watch lists {lists.Version}"
        : "each team's imported watch lists";

    /// <summary>The lists <paramref name="tenant"/> matches and screens against now: the configured files, or the team's imported
    /// lists (a <see cref="PartyService"/> without a screener when it has none).</summary>
    public async Task<PartyService> ForTeamAsync(string tenant, CancellationToken cancellationToken = default)
    {
        if (_fixed is not null)
        {
            return _fixed;
        }

        var stored = await _store!.ListWatchListsAsync(tenant, cancellationToken);
        var version = WatchListVersion.OfStored(stored);
        Task<PartyService> build;
        lock (_lock)
        {
            if (_byTenant.TryGetValue(tenant, out var node) && node.Value.Version == version && !node.Value.Lists.IsFaulted && !node.Value.Lists.IsCanceled)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                build = node.Value.Lists;
            }
            else
            {
                if (node is not null)
                {
                    _recent.Remove(node);
                }

                // Not tied to this request's token: other requests may share the build.
                build = BuildAsync(tenant, version, stored.Select(l => l.Name).ToList());
                _byTenant[tenant] = _recent.AddFirst((tenant, version, build));
                while (_recent.Count > Capacity)
                {
                    _byTenant.Remove(_recent.Last!.Value.Tenant);
                    _recent.RemoveLast();
                }
            }
        }

        return await build.WaitAsync(cancellationToken);
    }

    /// <summary>The version of the lists <paramref name="tenant"/> screens against now (read from the store without building a matcher).</summary>
    public async Task<string> VersionAsync(string tenant, CancellationToken cancellationToken = default) =>
        _fixed is { } lists ? lists.Version : WatchListVersion.OfStored(await _store!.ListWatchListsAsync(tenant, cancellationToken));

    // The entries are read after the version: an import in between gives newer entries under the older version, which the next
    // request (reading the newer version) replaces; never older entries kept under a newer version.
    private async Task<PartyService> BuildAsync(string tenant, string version, IReadOnlyList<string> lists)
    {
        // Off the caller's thread: indexing a large list is CPU work a request thread should not hold.
        await Task.Yield();
        var entries = (await _store!.ListWatchListEntriesAsync(tenant)).Select(PartyRecordMapping.ToEntry).ToList();
        return new PartyService(WatchListSource.Load([], entries), version, lists);
    }
}
