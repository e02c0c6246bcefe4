using Cordon.Contracts.Knowledge;
using Cordon.Regulation;
using Cordon.Regulation.Loading;
using Cordon.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Cordon.Application.Rules;

/// <summary>The knowledge-base versions a server has loaded and what changed between any two of them: each version is recorded
/// once with its rules files, and an old one is loaded again from them to be compared. Comparisons are cached (at most
/// <see cref="CachedComparisons"/>, least recently used out first), since loading a version takes seconds.</summary>
public sealed class KnowledgeBaseHistory : IDisposable
{
    /// <summary>The most comparisons kept in memory.</summary>
    public const int CachedComparisons = 16;

    private readonly IKbSnapshots _store;
    private readonly KnowledgeBase _current;
    private readonly string _rulesFolder;
    private readonly TimeProvider _time;
    private readonly string? _cacheFolder;
    private readonly MemoryCache _comparisons = new(new MemoryCacheOptions { SizeLimit = CachedComparisons, CompactionPercentage = 0.25 });
    // One comparison is worked out at a time: each loads up to two whole knowledge bases (hundreds of megabytes and seconds of
    // CPU), and the loads share one cache folder, whose files a second load at once would contend for.
    private readonly SemaphoreSlim _loading = new(1, 1);

    /// <summary>The history of <paramref name="store"/>, whose current version is <paramref name="current"/>, loaded from
    /// <paramref name="rulesFolder"/>. Old versions are loaded with their own parse and structure caches under
    /// <paramref name="cacheFolder"/> (default: a folder in Cordon's cache), so that they never evict the current one's.</summary>
    public KnowledgeBaseHistory(IKbSnapshots store, KnowledgeBase current, string rulesFolder, TimeProvider time, string? cacheFolder = null)
    {
        _store = store;
        _current = current;
        _rulesFolder = rulesFolder;
        _time = time;
        _cacheFolder = cacheFolder ?? (StructureCache.Folder() is { } folder ? Path.Combine(folder, "kb-history") : null);
    }

    /// <summary>The version in use.</summary>
    public string CurrentVersion => _current.Version;

    /// <summary>Records the version in use with its rules files, unless it is already recorded; true when it was new.</summary>
    public async Task<bool> RecordCurrentAsync(string actor, CancellationToken cancellationToken = default)
    {
        // Most starts load a version already kept: the files are packed only when it is new.
        if ((await _store.ListKbVersionsAsync(cancellationToken)).Any(v => v.Version == _current.Version))
        {
            return false;
        }

        var info = new StoredKbVersion(_current.Version, _time.GetUtcNow(), ListedEntries(_current), _current.Definitions.Count);
        return await _store.RecordKbSnapshotAsync(new StoredKbSnapshot(info, KnowledgeBaseSnapshot.Pack(_rulesFolder)), actor, cancellationToken);
    }

    /// <summary>Every version recorded, newest first, and the one in use.</summary>
    public async Task<KbVersionList> VersionsAsync(CancellationToken cancellationToken = default) =>
        new(_current.Version, (await _store.ListKbVersionsAsync(cancellationToken))
            .Select(v => new KbVersion(v.Version, v.LoadedAt, v.Entries, v.Definitions, v.Version == _current.Version)).ToList());

    /// <summary>What changed from version <paramref name="from"/> to version <paramref name="to"/>: lists, entries and
    /// definitions added, removed and changed, with their citations. A version never recorded is an
    /// <see cref="UnknownRecordException"/> naming the parameter.</summary>
    public async Task<KbDiff> CompareAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        if (_comparisons.TryGetValue((from, to), out KbDiff? cached) && cached is not null)
        {
            return cached;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have worked it out while this one waited.
            if (_comparisons.TryGetValue((from, to), out cached) && cached is not null)
            {
                return cached;
            }

            var before = await LoadAsync("from", from, cancellationToken);
            var after = from == to ? before : await LoadAsync("to", to, cancellationToken);
            var changes = KnowledgeBaseDiff.Compare(before, after)
                .Select(c => new KbChange(Name(c.Kind), c.What, c.Id, c.Jurisdiction, c.Name, c.Fields, c.Citation)).ToList();
            var diff = new KbDiff(from, to, Count(changes, RuleChangeKind.Added), Count(changes, RuleChangeKind.Removed),
                Count(changes, RuleChangeKind.Changed), changes);
            _comparisons.Set((from, to), diff, new MemoryCacheEntryOptions { Size = 1 });
            return diff;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _comparisons.Dispose();
        _loading.Dispose();
    }

    private static string Name(RuleChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static int Count(List<KbChange> changes, RuleChangeKind kind) =>
        changes.Count(c => c.Change == Name(kind));

    private static int ListedEntries(KnowledgeBase kb) => kb.Substances.Count(s => s.List is not null);

    private async Task<KnowledgeBase> LoadAsync(string parameter, string version, CancellationToken cancellationToken)
    {
        if (version == _current.Version)
        {
            return _current;
        }

        var snapshot = await _store.GetKbSnapshotAsync(version, cancellationToken)
                       ?? throw new UnknownRecordException($"{parameter}: no knowledge-base version '{version}' has been loaded by this server (GET /v1/kb/versions lists them)");
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-kb-snapshot-{Guid.NewGuid():N}");
        try
        {
            KnowledgeBaseSnapshot.Restore(snapshot.Content, folder);
            // The snapshot holds no dictionaries, so the loader reports each one missing; nothing else can be wrong, since the
            // server recorded these files only after loading them without errors. Dictionaries do not enter the comparison.
            return await Task.Run(() => RulesLoader.Load(folder, checkExamples: false, _cacheFolder).KnowledgeBase, cancellationToken);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
