namespace Cordon.Screening;

/// <summary>Checks a stream of records on all cores, handing results back in input order with bounded memory.</summary>
public sealed class BatchChecker(ChemicalChecker checker, int chunkSize = 512)
{
    /// <summary>Checks every record; <paramref name="onResult"/> sees them in input order, <paramref name="onProgress"/> the count so far.</summary>
    public int Run(IEnumerable<QueryRecord> records, Action<CheckResult> onResult, Action<int>? onProgress = null)
    {
        var chunk = new List<QueryRecord>(chunkSize);
        var results = new CheckResult[chunkSize];
        var done = 0;
        foreach (var record in records)
        {
            chunk.Add(record);
            if (chunk.Count == chunkSize)
            {
                done += Flush(chunk, results, onResult);
                onProgress?.Invoke(done);
            }
        }

        done += Flush(chunk, results, onResult);
        onProgress?.Invoke(done);
        return done;
    }

    private int Flush(List<QueryRecord> chunk, CheckResult[] results, Action<CheckResult> onResult)
    {
        var count = chunk.Count;
        Parallel.For(0, count, i => results[i] = checker.Check(chunk[i]));
        for (var i = 0; i < count; i++)
        {
            onResult(results[i]);
            results[i] = null!;
        }

        chunk.Clear();
        return count;
    }
}
