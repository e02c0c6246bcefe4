using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>The supplier network's analyst decisions, each write audited in its transaction.</summary>
public abstract partial class SqlCaseStore
{
    private const string DecisionSelect =
        "SELECT tenant AS Tenant, kind AS Kind, spelling_key AS SpellingKey, other_key AS OtherKey, decided_by AS DecidedBy, decided_at AS DecidedAt, " +
        "note AS Note FROM network_decisions";

    /// <inheritdoc />
    public async Task<StoredNetworkDecision?> RecordNetworkDecisionAsync(StoredNetworkDecision decision, string actor, CancellationToken cancellationToken = default)
    {
        // The pair is stored in order, so "A with B" and "B with A" are one decision.
        var (key, other) = string.CompareOrdinal(decision.Key, decision.OtherKey) <= 0 ? (decision.Key, decision.OtherKey) : (decision.OtherKey, decision.Key);
        var after = decision with { Key = key, OtherKey = other };
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await FindDecision(connection, transaction, after.Tenant, key, other);
        await connection.ExecuteAsync(
            "INSERT INTO network_decisions (tenant, spelling_key, other_key, kind, decided_by, decided_at, note) " +
            "VALUES (@Tenant, @key, @other, @Kind, @DecidedBy, @at, @Note) " +
            "ON CONFLICT (tenant, spelling_key, other_key) DO UPDATE SET kind = excluded.kind, decided_by = excluded.decided_by, " +
            "decided_at = excluded.decided_at, note = excluded.note",
            new { after.Tenant, key, other, after.Kind, after.DecidedBy, at = Text(after.DecidedAt), after.Note }, transaction);
        await Audit(connection, transaction, after.Tenant, after.DecidedAt, actor, $"network.{after.Kind}", $"spellings:{key}~{other}",
            before is null ? null : JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
        await transaction.CommitAsync(cancellationToken);
        return before;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredNetworkDecision>> ListNetworkDecisionsAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<DecisionRow>(DecisionSelect + " WHERE tenant = @tenant ORDER BY decided_at, spelling_key, other_key", new { tenant }))
            .Select(r => r.ToDecision()).ToList();
    }

    /// <inheritdoc />
    public async Task<string> NetworkSourceStampAsync(string tenant, CancellationToken cancellationToken = default)
    {
        // Counts catch removals, the latest times catch changes in place (a decision replaced, a clearance revoked or renewed);
        // COALESCE gives each column a type SQLite can name when the team has none.
        await using var connection = await OpenAsync(cancellationToken);
        var stamp = await connection.QuerySingleAsync<SourceStampRow>(
            "SELECT (SELECT COUNT(*) FROM runs WHERE tenant = @tenant AND status = 'complete') AS Runs, " +
            "(SELECT COALESCE(MAX(finished_at), '') FROM runs WHERE tenant = @tenant AND status = 'complete') AS RunsAt, " +
            "(SELECT COUNT(*) FROM network_decisions WHERE tenant = @tenant) AS Decisions, " +
            "(SELECT COALESCE(MAX(decided_at), '') FROM network_decisions WHERE tenant = @tenant) AS DecisionsAt, " +
            "(SELECT COUNT(*) FROM party_clearances WHERE tenant = @tenant) AS Clearances, " +
            "(SELECT COALESCE(MAX(cleared_at), '') FROM party_clearances WHERE tenant = @tenant) AS ClearedAt, " +
            "(SELECT COALESCE(MAX(revoked_at), '') FROM party_clearances WHERE tenant = @tenant) AS RevokedAt",
            new { tenant });
        return string.Join('/', stamp.Runs, stamp.RunsAt, stamp.Decisions, stamp.DecisionsAt, stamp.Clearances, stamp.ClearedAt, stamp.RevokedAt);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseRow>> TradeRowsAfterAsync(string tenant, string runId, long afterRowId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TradeRowRow>(
                "SELECT id AS Id, run_id AS RunId, tenant AS Tenant, line AS Line, status AS Status, risk AS Risk, score AS Score, shipper AS Shipper, " +
                "consignee AS Consignee, notify_party AS NotifyParty, hs_code AS HsCode, record AS Record FROM case_rows " +
                "WHERE tenant = @tenant AND run_id = @runId AND id > @afterRowId ORDER BY id LIMIT @limit",
                new { tenant, runId, afterRowId, limit = Math.Clamp(limit, 1, 20_000) }))
            .Select(r => r.ToRow()).ToList();
    }

    private static async Task<StoredNetworkDecision?> FindDecision(DbConnection connection, DbTransaction transaction, string tenant, string key, string other) =>
        (await connection.QuerySingleOrDefaultAsync<DecisionRow>(DecisionSelect + " WHERE tenant = @tenant AND spelling_key = @key AND other_key = @other",
            new { tenant, key, other }, transaction))?.ToDecision();

    private sealed record TradeRowRow(long Id, string RunId, string Tenant, long Line, string Status, string Risk, double Score, string? Shipper,
        string? Consignee, string? NotifyParty, string? HsCode, string? Record)
    {
        public CaseRow ToRow() => new()
        {
            Id = Id, RunId = RunId, Tenant = Tenant, Line = (int)Line, Status = Status, Risk = Risk, Score = Score, Shipper = Shipper, Consignee = Consignee,
            NotifyParty = NotifyParty, HsCode = HsCode, Record = Record, Result = "",
        };
    }

    private sealed record SourceStampRow(long Runs, string RunsAt, long Decisions, string DecisionsAt, long Clearances, string ClearedAt, string RevokedAt);

    private sealed record DecisionRow(string Tenant, string Kind, string SpellingKey, string OtherKey, string DecidedBy, string DecidedAt, string? Note)
    {
        public StoredNetworkDecision ToDecision() => new(Tenant, Kind, SpellingKey, OtherKey, DecidedBy, Time(DecidedAt), Note);
    }
}
