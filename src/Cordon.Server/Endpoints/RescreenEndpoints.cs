using Cordon.Application.Rescreening;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Server.Rescreening;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>GET /v1/rescreens</c> (how re-screens of past runs against the law and lists of now stand), <c>GET
/// /v1/rescreens/{id}</c>, and <c>POST /v1/rescreens</c> to start one.</summary>
internal static class RescreenEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/rescreens", async (HttpContext http, ICaseStore store, RetroHunt hunt, CancellationToken cancellationToken) =>
        {
            // The team's own watch-list version: its imported lists when no lists are configured.
            var lists = await hunt.WatchlistVersionAsync(http.User.Tenant(), cancellationToken);
            return Results.Ok(new
            {
                kb_version = hunt.KbVersion, watchlist_version = lists,
                stale_runs = await store.CountStaleRunsAsync(http.User.Tenant(), hunt.KbVersion, lists, cancellationToken),
                rescreens = (await store.ListRescreensAsync(http.User.Tenant(), 100, cancellationToken)).Select(View),
            });
        })
            .RequireAuthorization(Policies.Supervisor).WithName("rescreens")
            .WithSummary("Re-screens of past runs (newest first) and how many runs are out of date with the knowledge base and watch lists");

        v1.MapGet("/rescreens/{id}", async (string id, HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            await store.GetRescreenAsync(http.User.Tenant(), id, cancellationToken) is { } rescreen
                ? Results.Ok(View(rescreen))
                : Results.NotFound(new Problem($"no re-screen {id}")))
            .RequireAuthorization(Policies.Supervisor).WithName("rescreen").WithSummary("A re-screen's progress: runs, rows checked, raised, not re-screenable");

        v1.MapPost("/rescreens", async (HttpContext http, RetroHunt hunt, RescreenWorker worker, CancellationToken cancellationToken) =>
        {
            var rescreen = await hunt.StartAsync(http.User.Tenant(), http.User.Actor(), cancellationToken);
            worker.Enqueue(rescreen.Tenant, rescreen.Id);
            return Results.Accepted($"/v1/rescreens/{rescreen.Id}", View(rescreen));
        })
        .RequireAuthorization(Policies.Supervisor).WithName("rescreen-start")
        .WithSummary("Re-screen the team's runs that are out of date with the knowledge base or watch lists (the one under way if any)");
    }

    internal static object View(Rescreen r) => new
    {
        id = r.Id, status = r.Status.ToString().ToLowerInvariant(), requested_by = r.RequestedBy, created_at = r.CreatedAt, finished_at = r.FinishedAt,
        kb_version = r.KbVersion, watchlist_version = r.WatchlistVersion, runs_total = r.RunsTotal, runs_done = r.RunsDone, rows_checked = r.RowsChecked,
        rows_changed = r.RowsChanged, rows_not_rescreenable = r.RowsNotRescreenable, error = r.Error,
    };
}
