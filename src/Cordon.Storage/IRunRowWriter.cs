namespace Cordon.Storage;

/// <summary>A run's rows as they are screened, written into one open transaction: nothing is visible, and a crash leaves
/// nothing, until <see cref="CompleteAsync"/> commits the rows with the run marked complete. Disposing without completing
/// rolls every row back.</summary>
public interface IRunRowWriter : IAsyncDisposable
{
    /// <summary>Rows written so far.</summary>
    long Written { get; }

    /// <summary>Writes a batch of the run's rows inside the transaction.</summary>
    Task WriteAsync(IReadOnlyList<CaseRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Marks the run complete with the rows written and commits.</summary>
    Task CompleteAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
