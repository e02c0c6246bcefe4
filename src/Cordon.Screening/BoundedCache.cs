using System.Collections.Concurrent;

namespace Cordon.Screening;

/// <summary>A thread-safe cache that stops growing at a bound (what is in it stays; new keys are computed and not kept).
/// It counts its own entries: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the table, and
/// asking it on each insert made the screening threads queue behind one another.</summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    /// <summary>The cached value, if any.</summary>
    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps the value while the cache is under its bound.</summary>
    public void Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= limit)
        {
            return;
        }

        if (_entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
