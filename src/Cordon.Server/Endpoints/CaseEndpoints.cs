using System.Text.Json;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary>The review queue across runs, a row's case (result, history), and dispositions with optimistic concurrency.</summary>
internal static class CaseEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/queue", (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            Page(http, store, query => query with { UndecidedOnly = true }, cancellationToken))
            .RequireAuthorization(Policies.Viewer).WithName("queue")
            .WithSummary("Undecided rows of every run, highest risk first; the same filters as a job's rows, assigned (me, none or a user name) and raised " +
                         "(true: only rows a re-screen raised; kb: only those raised because the knowledge base changed)");

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
            return Answer(id, body.Version, outcome);
        })
        .RequireAuthorization(Policies.Analyst).WithName("dispose")
        .WithSummary("Dispose of a row (cleared, referred, held, seized, false_positive), naming the version seen: 409 when another analyst got there first");
    }

    /// <summary>A page of the caller's rows as the request's filters ask (400 when they are refused), narrowed by
    /// <paramref name="scope"/> (a job, the queue).</summary>
    internal static async Task<IResult> Page(HttpContext http, ICaseStore store, Func<RowQuery, RowQuery> scope, CancellationToken cancellationToken)
    {
        var (query, error) = await RowFilters.ParseAsync(http, store, cancellationToken);
        if (query is null)
        {
            return Results.BadRequest(new Problem(error!));
        }

        query = scope(query);
        var page = await store.ListRowsAsync(http.User.Tenant(), query, cancellationToken);
        return Results.Ok(new { total = page.Total, offset = query.Offset, limit = query.Limit, rows = page.Rows.Select(RowView) });
    }

    /// <summary>The answer to a versioned change of a row: the row as stored, 409 with its current state, or 404.</summary>
    internal static IResult Answer(long id, int version, DispositionOutcome outcome) => outcome.Kind switch
    {
        DispositionOutcomeKind.Stored => Results.Ok(new { row = RowView(outcome.Current!) }),
        DispositionOutcomeKind.Conflict => Results.Conflict(new
        {
            error = $"row {id} changed since version {version}: it is now at version {outcome.Current!.Version}; nothing was written",
            row = RowView(outcome.Current),
        }),
        _ => Results.NotFound(new Problem($"no row {id}")),
    };

    internal static object RowView(CaseRow row) => new
    {
        id = row.Id, job = row.RunId, line = row.Line, status = row.Status, risk = row.Risk, score = row.Score, description = row.Description,
        shipper = row.Shipper, consignee = row.Consignee, notify_party = row.NotifyParty, hs_code = row.HsCode, quantity = row.Quantity,
        origin = row.Origin, destination = row.Destination, port_of_loading = row.PortOfLoading, port_of_discharge = row.PortOfDischarge,
        screened_at = row.ScreenedAt, assignee = row.Assignee, jurisdictions = row.Jurisdictions?.Split(',') ?? [],
        disposition = row.Disposition, version = row.Version, result = JsonDocument.Parse(row.Result).RootElement,
        raised = row.RaisedAt is { } at
            ? new { reason = row.RaisedReason, at, cause = row.RaisedCause is { } cause ? JsonDocument.Parse(cause).RootElement : (JsonElement?)null }
            : null,
    };
}
