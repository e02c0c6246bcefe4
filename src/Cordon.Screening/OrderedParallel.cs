namespace Cordon.Screening;

/// <summary>Maps a stream on all cores in chunks, handing results back in input order: memory is bounded by the chunk size.</summary>
public static class OrderedParallel
{
    /// <summary>Applies <paramref name="work"/> to every item; <paramref name="onResult"/> sees results in input order.</summary>
    /// <param name="weigh">The cost of one item (characters, say): a chunk is also cut when its items weigh <paramref name="maxChunkWeight"/>,
    /// so a chunk of large items does not hold chunkSize of them at once.</param>
    public static int Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> onResult, Action<int>? onProgress = null,
        int chunkSize = 512, Func<TIn, long>? weigh = null, long maxChunkWeight = long.MaxValue)
    {
        var chunk = new List<TIn>(chunkSize);
        var results = new TOut[chunkSize];
        var done = 0;
        long weight = 0;
        foreach (var item in items)
        {
            chunk.Add(item);
            weight += weigh?.Invoke(item) ?? 0;
            if (chunk.Count == chunkSize || weight >= maxChunkWeight)
            {
                weight = 0;
                done += Flush(chunk, results, work, onResult);
                onProgress?.Invoke(done);
            }
        }

        done += Flush(chunk, results, work, onResult);
        onProgress?.Invoke(done);
        return done;
    }

    private static int Flush<TIn, TOut>(List<TIn> chunk, TOut[] results, Func<TIn, TOut> work, Action<TOut> onResult)
    {
        var count = chunk.Count;
        Parallel.For(0, count, i => results[i] = work(chunk[i]));
        for (var i = 0; i < count; i++)
        {
            onResult(results[i]);
            results[i] = default!;
        }

        chunk.Clear();
        return count;
    }
}
