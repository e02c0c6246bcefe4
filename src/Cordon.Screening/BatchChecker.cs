namespace Cordon.Screening;

/// <summary>Checks a stream of records on all cores, handing results back in input order with bounded memory.</summary>
public sealed class BatchChecker(ChemicalChecker checker, int chunkSize = 512)
{
    /// <summary>Checks every record; <paramref name="onResult"/> sees them in input order, <paramref name="onProgress"/> the count so far.</summary>
    public int Run(IEnumerable<QueryRecord> records, Action<CheckResult> onResult, Action<int>? onProgress = null) =>
        OrderedParallel.Run(records, checker.Check, onResult, onProgress, chunkSize);
}
