using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Application.Rescreening;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Server.Rescreening;
using Microsoft.Extensions.Options;

namespace Cordon.Server.Endpoints;

/// <summary><c>/v1/lists</c>: the team's watch lists. A supervisor imports one (an upload replacing the team's earlier copy of that
/// list, audited as <c>list.import</c> by the store); without configured lists the team's matches and jobs use it from the next
/// request on, and a re-screen of the team's past runs starts. Anyone signed in sees which lists the team screens against.</summary>
internal static class ListEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/lists", async (HttpContext http, ClearanceService records, TeamWatchLists watchLists, CancellationToken cancellationToken) =>
        {
            var tenant = http.User.Tenant();
            return Results.Ok(new
            {
                in_use = watchLists.PerTeam ? "imported" : "configured",
                watchlist_version = await watchLists.VersionAsync(tenant, cancellationToken),
                imported = (await records.ListsAsync(tenant, cancellationToken)).Select(l => new { name = l.Name, source = l.Source, imported_at = l.ImportedAt, entries = l.Entries }),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("lists")
        .WithSummary("The team's imported watch lists, and whether the server screens against them or against its configured lists");

        v1.MapPost("/lists", async (HttpRequest request, ClearanceService records, TeamWatchLists watchLists, RetroHunt hunt, RescreenWorker worker,
            IOptions<ServerSettings> settings, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
            {
                return Results.BadRequest(new Problem("send the watch list as multipart/form-data, field 'file'"));
            }

            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Results.BadRequest(new Problem("no 'file' field in the form"));
            }

            var tenant = request.HttpContext.User.Tenant();
            ListImportOutcome outcome;
            try
            {
                await using var content = file.OpenReadStream();
                outcome = await records.ImportUploadAsync(tenant, file.FileName, content, Path.Combine(settings.Value.DataDirectory, "uploads"),
                    request.HttpContext.User.Actor(), cancellationToken);
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }

            // The team's past runs were screened against its earlier lists: they are screened again in the background (when the
            // server's configured lists are in use instead, nothing changed for them).
            object? rescreen = null;
            if (watchLists.PerTeam)
            {
                var started = await hunt.StartAsync(tenant, request.HttpContext.User.Actor(), cancellationToken);
                worker.Enqueue(started.Tenant, started.Id);
                rescreen = RescreenEndpoints.View(started);
            }

            var list = outcome.List;
            return Results.Ok(new
            {
                list = new { name = list.Name, source = list.Source, imported_at = list.ImportedAt, entries = list.Entries },
                skipped = outcome.Skipped, in_use = watchLists.PerTeam ? "imported" : "configured",
                watchlist_version = await watchLists.VersionAsync(tenant, cancellationToken), rescreen,
            });
        })
        .RequireAuthorization(Policies.Supervisor).DisableAntiforgery().WithName("list-import")
        .WithSummary("Import a watch list (OFAC sdn.csv or XML, or an in-house CSV) for the team, replacing its earlier copy; a re-screen of past runs follows");
    }
}
