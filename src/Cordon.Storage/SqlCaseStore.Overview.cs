using System.Text.Json;
using Dapper;

namespace Cordon.Storage;

/// <summary>The overview's counts: plain GROUP BY queries that read alike in SQLite and PostgreSQL, each scoped to the team.</summary>
public abstract partial class SqlCaseStore
{
    // The rows every count is over: the team's, of runs that completed (a running or failed run shows nothing yet).
    private const string TeamRows = "FROM case_rows r JOIN runs ON runs.id = r.run_id WHERE r.tenant = @tenant AND runs.status = 'complete'";

    /// <inheritdoc />
    public async Task<CaseOverview> OverviewAsync(string tenant, int top, CancellationToken cancellationToken = default)
    {
        top = Math.Clamp(top, 1, 100);
        await using var connection = await OpenAsync(cancellationToken);
        var parameters = new { tenant, top };
        var rows = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) {TeamRows}", parameters);
        var byDay = (await connection.QueryAsync<(string Day, string Risk, long Rows)>(
                $"SELECT substr(runs.created_at, 1, 10) AS Day, r.risk AS Risk, COUNT(*) AS Total {TeamRows} " +
                "GROUP BY substr(runs.created_at, 1, 10), r.risk ORDER BY 1, 2", parameters))
            .Select(d => new RiskDayCount(d.Day, d.Risk, d.Rows)).ToList();

        async Task<List<NamedCount>> TopParties(string column) =>
            (await connection.QueryAsync<(string Name, long Rows)>(
                $"SELECT r.{column} AS Name, COUNT(*) AS Total {TeamRows} AND r.risk = 'high' AND r.{column} IS NOT NULL AND r.{column} <> '' " +
                $"GROUP BY r.{column} ORDER BY COUNT(*) DESC, r.{column} LIMIT @top", parameters))
            .Select(p => new NamedCount(p.Name, p.Rows)).ToList();

        var shippers = await TopParties("shipper");
        var consignees = await TopParties("consignee");

        // A row's jurisdictions are one comma-separated column: grouped by that text first, then split.
        var jurisdictions = Rank((await connection.QueryAsync<(string Codes, long Rows)>(
                $"SELECT r.jurisdictions AS Codes, COUNT(*) AS Total {TeamRows} AND r.jurisdictions IS NOT NULL AND r.jurisdictions <> '' GROUP BY r.jurisdictions",
                parameters))
            .SelectMany(g => g.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(c => (c, g.Rows))), top);

        // Substances come from the structures a row's findings rest on (JSON); identical columns are grouped before they are read.
        // A structure is one substance whatever each jurisdiction calls it, so rows are counted per structure and shown under the
        // name its first finding gives it.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var perStructure = new List<(string Smiles, long Rows)>();
        foreach (var (json, count) in await connection.QueryAsync<(string Structures, long Rows)>(
                     $"SELECT r.structures AS Structures, COUNT(*) AS Total {TeamRows} AND r.structures IS NOT NULL GROUP BY r.structures", parameters))
        {
            foreach (var structure in (JsonSerializer.Deserialize<List<CaseStructure>>(json) ?? []).Where(s => s.Substances.Count > 0).DistinctBy(s => s.Smiles))
            {
                names.TryAdd(structure.Smiles, structure.Substances[0]);
                perStructure.Add((structure.Smiles, count));
            }
        }

        var substances = Rank(perStructure, top).Select(c => c with { Name = names[c.Name] }).ToList();

        // Undecided is what the queue holds (UndecidedOnly in ListRowsAsync): no disposition, and not clear unless raised.
        var dispositions = (await connection.QueryAsync<(string Name, long Rows)>(
                "SELECT CASE WHEN r.disposition IS NULL THEN 'undecided' ELSE r.disposition END AS Name, COUNT(*) AS Total " +
                $"{TeamRows} AND (r.disposition IS NOT NULL OR r.status <> 'clear' OR r.raised_at IS NOT NULL) " +
                "GROUP BY CASE WHEN r.disposition IS NULL THEN 'undecided' ELSE r.disposition END ORDER BY COUNT(*) DESC, 1", parameters))
            .Select(d => new NamedCount(d.Name, d.Rows)).ToList();
        return new CaseOverview(rows, byDay, shippers, consignees, jurisdictions, substances, dispositions);
    }

    private static List<NamedCount> Rank(IEnumerable<(string Name, long Rows)> counts, int top) =>
        counts.GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => new NamedCount(g.Key, g.Sum(c => c.Rows)))
            .OrderByDescending(c => c.Rows).ThenBy(c => c.Name, StringComparer.Ordinal).Take(top).ToList();
}
