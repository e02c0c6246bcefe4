using System.Text.Json;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary>The review queue across runs, a row's case (result, history), and dispositions with optimistic concurrency.</summary>
internal static class CaseEndpoints
{
    private static readonly HashSet<string> Sorts = ["score", "line"];
    private static readonly HashSet<string> Statuses = ["controlled", "suspect", "clear", "unresolved", "error"];
    private static readonly HashSet<string> Risks = ["none", "low", "medium", "high"];

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/queue", (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            Page(http, store, Query(http.Request.Query) with { UndecidedOnly = true }, cancellationToken))
            .RequireAuthorization(Policies.Viewer).WithName("queue")
            .WithSummary("Undecided rows of every run, highest risk first; the same filters as a job's rows");

        v1.MapGet("/rows/{id:long}", async (long id, HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
        {
            var tenant = http.User.Tenant();
            if (await store.GetRowAsync(tenant, id, cancellationToken) is not { } row)
            {
                return Results.NotFound(new Problem($"no row {id}"));
            }

            var history = await store.ListDispositionsAsync(tenant, id, cancellationToken);
            return Results.Ok(new
            {
                row = RowView(row),
                depictions = CaseDepictions.Of(row),
                history = history.Select(h => new { at = h.At, actor = h.Actor, disposition = h.Disposition, note = h.Note }),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("row")
        .WithSummary("A row's case: its full result, evidence, findings, an SVG depiction of each structure finding with its matched atoms, and disposition history");

        v1.MapPost("/rows/{id:long}/disposition", async (long id, DispositionBody body, HttpContext http, ICaseStore store, TimeProvider time,
            CancellationToken cancellationToken) =>
        {
            if (!DispositionBody.Allowed.Contains(body.Disposition))
            {
                return Results.BadRequest(new Problem($"disposition '{body.Disposition}': expected one of {string.Join(", ", DispositionBody.Allowed)}"));
            }

            var outcome = await store.DisposeAsync(http.User.Tenant(), id, body.Version, body.Disposition, body.Note, http.User.Actor(), time.GetUtcNow(),
                cancellationToken);
            return outcome.Kind switch
            {
                DispositionOutcomeKind.Stored => Results.Ok(new { row = RowView(outcome.Current!) }),
                DispositionOutcomeKind.Conflict => Results.Conflict(new
                {
                    error = $"row {id} changed since version {body.Version}: it is now at version {outcome.Current!.Version}; nothing was written",
                    row = RowView(outcome.Current),
                }),
                _ => Results.NotFound(new Problem($"no row {id}")),
            };
        })
        .RequireAuthorization(Policies.Analyst).WithName("dispose")
        .WithSummary("Dispose of a row (cleared, referred, held, seized, false_positive), naming the version seen: 409 when another analyst got there first");
    }

    internal static async Task<IResult> Page(HttpContext http, ICaseStore store, RowQuery query, CancellationToken cancellationToken)
    {
        if (!Sorts.Contains(query.Sort))
        {
            return Results.BadRequest(new Problem($"sort '{query.Sort}': expected score or line"));
        }

        // Filters fail closed: an unknown value is an error, not an empty page.
        if (query.Status is { } status && !Statuses.Contains(status))
        {
            return Results.BadRequest(new Problem($"status '{status}': expected one of {string.Join(", ", Statuses)}"));
        }

        if (query.Risk is { } risk && !Risks.Contains(risk))
        {
            return Results.BadRequest(new Problem($"risk '{risk}': expected one of {string.Join(", ", Risks)}"));
        }

        if (query.HsChapter is { } chapter && (chapter.Length != 2 || !chapter.All(char.IsAsciiDigit)))
        {
            return Results.BadRequest(new Problem($"hs_chapter '{chapter}': expected two digits, e.g. 29"));
        }

        var page = await store.ListRowsAsync(http.User.Tenant(), query, cancellationToken);
        return Results.Ok(new { total = page.Total, offset = query.Offset, rows = page.Rows.Select(RowView) });
    }

    internal static RowQuery Query(IQueryCollection q) => new()
    {
        Status = Value(q, "status"), Risk = Value(q, "risk"), Jurisdiction = Value(q, "jurisdiction")?.ToUpperInvariant(), Party = Value(q, "party"),
        HsChapter = Value(q, "hs_chapter"), Text = Value(q, "text"), Sort = Value(q, "sort") ?? "score",
        Offset = int.TryParse(Value(q, "offset"), out var offset) ? offset : 0,
        Limit = int.TryParse(Value(q, "limit"), out var limit) ? limit : 100,
    };

    private static string? Value(IQueryCollection q, string key) => q[key].ToString() is { Length: > 0 } text ? text : null;

    private static object RowView(CaseRow row) => new
    {
        id = row.Id, job = row.RunId, line = row.Line, status = row.Status, risk = row.Risk, score = row.Score, description = row.Description,
        shipper = row.Shipper, consignee = row.Consignee, notify_party = row.NotifyParty, hs_code = row.HsCode, assignee = row.Assignee, jurisdictions = row.Jurisdictions?.Split(',') ?? [],
        disposition = row.Disposition, version = row.Version, result = JsonDocument.Parse(row.Result).RootElement,
    };
}
