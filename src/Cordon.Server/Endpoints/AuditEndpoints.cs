using System.Globalization;
using System.Text;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;
using MiniExcelLibs;

namespace Cordon.Server.Endpoints;

/// <summary><c>GET /v1/audit</c>: the team's audit log, filtered, as JSON, CSV or XLSX.</summary>
internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/audit", async (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
        {
            var q = http.Request.Query;
            DateTimeOffset? from = null, to = null;
            foreach (var (key, assign) in new (string, Action<DateTimeOffset>)[] { ("from", d => from = d), ("to", d => to = d) })
            {
                if (q[key].ToString() is { Length: > 0 } text)
                {
                    if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        return Results.BadRequest(new Problem($"{key} '{text}' is not a date or time (ISO 8601)"));
                    }

                    assign(parsed);
                }
            }

            var format = q["format"].ToString() is { Length: > 0 } f ? f : "json";
            if (format is not ("json" or "csv" or "xlsx"))
            {
                return Results.BadRequest(new Problem($"format '{format}': expected json, csv or xlsx"));
            }

            var entries = await store.ListAuditAsync(http.User.Tenant(), new AuditQuery(Value(q, "actor"), Value(q, "action"), Value(q, "target"), from, to,
                int.TryParse(Value(q, "limit"), out var limit) ? limit : 1000), cancellationToken);
            if (format == "csv")
            {
                var csv = new StringBuilder("id,at,actor,action,target,before,after\n");
                foreach (var e in entries)
                {
                    csv.AppendJoin(',', e.Id.ToString(CultureInfo.InvariantCulture), Cell(e.At.ToString("O")), Cell(e.Actor), Cell(e.Action), Cell(e.Target),
                        Cell(e.Before), Cell(e.After)).Append('\n');
                }

                return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
            }

            if (format == "xlsx")
            {
                var sheet = new MemoryStream();
                await sheet.SaveAsAsync(entries.Select(e => new AuditSheetRow(e.Id, e.At.ToString("O"), e.Actor, e.Action, e.Target, e.Before, e.After)),
                    sheetName: "audit", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
                sheet.Position = 0;
                return Results.File(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "audit.xlsx");
            }

            return Results.Ok(new
            {
                entries = entries.Select(e => new { id = e.Id, at = e.At, actor = e.Actor, action = e.Action, target = e.Target, before = e.Before, after = e.After }),
            });
        })
        .RequireAuthorization(Policies.Supervisor).WithName("audit").WithSummary("The audit log (actor, action, target, from, to, limit; format json, csv or xlsx)");
    }

    private static string? Value(IQueryCollection q, string key) => q[key].ToString() is { Length: > 0 } text ? text : null;

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a cell as a formula.
    private static string Cell(string? text)
    {
        if (text is null)
        {
            return "";
        }

        if (text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
