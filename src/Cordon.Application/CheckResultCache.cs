using Cordon.Screening;
using Microsoft.Extensions.Caching.Memory;

namespace Cordon.Application;

/// <summary>The answers of recent checks, keyed by the checker (knowledge base, options and day) and the query exactly as given,
/// so that a client asking the same thing again (a marketplace checking "acetone" on every listing) is answered without
/// resolving and classifying again. Bounded by entry count; least recently used answers go first.</summary>
/// <remarks>Only answers that depend on nothing but the key are kept: a query read from a file (its place is in the message),
/// a long one (a molfile), and an unresolved answer (it may rest on a passing failure, such as OPSIN being unavailable) are
/// always checked afresh.</remarks>
public sealed class CheckResultCache : IDisposable
{
    /// <summary>The longest query kept (a SMILES or name; molfiles are longer and rarely repeated).</summary>
    public const int MaxQueryLength = 512;

    private readonly MemoryCache _cache;
    private readonly Action<bool>? _onLookup;
    private long _hits;
    private long _misses;

    /// <summary>A cache of at most <paramref name="capacity"/> answers; <paramref name="onLookup"/> hears each lookup (true for a
    /// hit), for a host's metrics.</summary>
    public CheckResultCache(int capacity, Action<bool>? onLookup = null)
    {
        _onLookup = onLookup;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        // Compaction removes a fifth of the entries, least recently used first, when the limit is reached.
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.2 });
    }

    /// <summary>The most answers kept.</summary>
    public int Capacity { get; }

    /// <summary>The answers kept now.</summary>
    public int Count => _cache.Count;

    /// <summary>Queries answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Queries checked (not in the cache, or not cacheable).</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The answer to <paramref name="record"/> by <paramref name="checker"/> (known by <paramref name="checkerKey"/>),
    /// from the cache when it was given before; the answer carries this record either way.</summary>
    public CheckResult Check(ChemicalChecker checker, string checkerKey, QueryRecord record)
    {
        if (!Cacheable(record))
        {
            Counted(ref _misses, hit: false);
            return checker.Check(record);
        }

        var key = (checkerKey, record.Text);
        if (_cache.TryGetValue(key, out CheckResult? cached) && cached is not null)
        {
            Counted(ref _hits, hit: true);
            return cached with { Record = record };
        }

        Counted(ref _misses, hit: false);
        var result = checker.Check(record);
        if (result.Status != CheckStatus.Unresolved)
        {
            _cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private void Counted(ref long count, bool hit)
    {
        Interlocked.Increment(ref count);
        _onLookup?.Invoke(hit);
    }

    private static bool Cacheable(QueryRecord record) =>
        record is { Source: null, Name: null, Error: null, ForcedKind: null } && record.Text.Length <= MaxQueryLength;
}
