using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>Changes to a row under an optimistic lock: dispositions and assignments.</summary>
public abstract partial class SqlCaseStore
{
    /// <inheritdoc />
    public Task<DispositionOutcome> DisposeAsync(string tenant, long rowId, int expectedVersion, string disposition, string? note, string actor,
        DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ChangeRowAsync(tenant, rowId, expectedVersion, "disposition = @disposition", new { disposition }, row => row with { Disposition = disposition },
            async (connection, transaction, before, after) =>
            {
                await connection.ExecuteAsync(
                    "INSERT INTO dispositions (row_id, tenant, at, actor, disposition, note) VALUES (@rowId, @tenant, @at, @actor, @disposition, @note)",
                    new { rowId, tenant, at = Text(at), actor, disposition, note }, transaction);
                await Audit(connection, transaction, tenant, at, actor, "row.dispose", $"row:{rowId}",
                    JsonSerializer.Serialize(new { disposition = before.Disposition, version = before.Version }),
                    JsonSerializer.Serialize(new { disposition, note, version = after.Version }));
            }, cancellationToken);

    /// <inheritdoc />
    public Task<DispositionOutcome> AssignAsync(string tenant, long rowId, int expectedVersion, string? assignee, string actor, DateTimeOffset at,
        CancellationToken cancellationToken = default) =>
        ChangeRowAsync(tenant, rowId, expectedVersion, "assignee = @assignee", new { assignee }, row => row with { Assignee = assignee },
            (connection, transaction, before, after) => Audit(connection, transaction, tenant, at, actor, "row.assign", $"row:{rowId}",
                JsonSerializer.Serialize(new { assignee = before.Assignee, version = before.Version }),
                JsonSerializer.Serialize(new { assignee, version = after.Version })), cancellationToken);

    // One transaction: read the row, update it only if still at the version the caller saw (the optimistic lock: a concurrent
    // writer makes the update touch no row), then record the change (history, audit) before committing.
    private async Task<DispositionOutcome> ChangeRowAsync(string tenant, long rowId, int expectedVersion, string assignments, object values,
        Func<CaseRow, CaseRow> change, Func<DbConnection, DbTransaction, CaseRow, CaseRow, Task> record, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await GetRow(connection, transaction, tenant, rowId);
        if (before is null)
        {
            return new DispositionOutcome(DispositionOutcomeKind.NotFound, null);
        }

        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { rowId, tenant, expectedVersion });
        var updated = await connection.ExecuteAsync(
            $"UPDATE case_rows SET {assignments}, version = version + 1 WHERE id = @rowId AND tenant = @tenant AND version = @expectedVersion",
            parameters, transaction);
        if (updated != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new DispositionOutcome(DispositionOutcomeKind.Conflict, await GetRowAsync(tenant, rowId, cancellationToken));
        }

        var after = change(before) with { Version = before.Version + 1 };
        await record(connection, transaction, before, after);
        await transaction.CommitAsync(cancellationToken);
        return new DispositionOutcome(DispositionOutcomeKind.Stored, after);
    }
}
