using Cordon.Application;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Server.Jobs;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>POST /v1/screen</c> (upload → job), <c>GET /v1/jobs</c>, <c>GET /v1/jobs/{id}</c> and its rows.</summary>
internal static class ScreenEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/screen", async (HttpRequest request, ScreeningJobs jobs, JobQueue queue, CancellationToken cancellationToken) =>
        {
            if (!request.HasFormContentType)
            {
                return Results.BadRequest(new Problem("send the declarations file as multipart/form-data, field 'file'"));
            }

            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Results.BadRequest(new Problem("no 'file' field in the form"));
            }

            DateOnly? asOf = null;
            if (form["as_of"].ToString() is { Length: > 0 } day)
            {
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", out var parsed))
                {
                    return Results.BadRequest(new Problem($"as_of '{day}' is not YYYY-MM-DD"));
                }

                asOf = parsed;
            }

            var network = Text(form["network"]);
            if (network is not (null or "true" or "false"))
            {
                return Results.BadRequest(new Problem($"network '{network}' is not true or false"));
            }

            var screen = new ScreenRequest(file.FileName, Text(form["jurisdictions"]), asOf, form["map"].Where(m => m is { Length: > 0 }).Select(m => m!).ToList(),
                Text(form["encoding"]), network == "true");
            try
            {
                await using var content = file.OpenReadStream();
                var run = await jobs.SubmitAsync(request.HttpContext.User.Tenant(), request.HttpContext.User.Actor(), screen, content, cancellationToken);
                queue.Enqueue(run.Tenant, run.Id);
                return Results.Accepted($"/v1/jobs/{run.Id}", RunView(run));
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Analyst).DisableAntiforgery().WithName("screen")
        .WithSummary("Upload declarations (CSV/TSV/JSONL/XLSX) to screen: returns the job; network=true also weighs each party's place in the team's supplier network");

        v1.MapGet("/jobs", async (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            Results.Ok(new { jobs = (await store.ListRunsAsync(http.User.Tenant(), 100, cancellationToken)).Select(r => RunView(r)) }))
            .RequireAuthorization(Policies.Viewer).WithName("jobs").WithSummary("The team's screening jobs, newest first");

        v1.MapGet("/jobs/{id}", async (string id, HttpContext http, ICaseStore store, ScreeningJobs jobs, CancellationToken cancellationToken) =>
            await store.GetRunAsync(http.User.Tenant(), id, cancellationToken) is { } run
                ? Results.Ok(RunView(run, run.Status == RunStatus.Running ? jobs.RowsScreened(run.Id) : null))
                : Results.NotFound(new Problem($"no job {id}")))
            .RequireAuthorization(Policies.Viewer).WithName("job").WithSummary("A job's progress and outcome");

        v1.MapGet("/jobs/{id}/rows", async (string id, HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
        {
            if (await store.GetRunAsync(http.User.Tenant(), id, cancellationToken) is null)
            {
                return Results.NotFound(new Problem($"no job {id}"));
            }

            return await CaseEndpoints.Page(http, store, query => query with { RunId = id }, cancellationToken);
        })
        .RequireAuthorization(Policies.Viewer).WithName("job-rows")
        .WithSummary("A job's rows: paged (offset, limit), sorted (sort: score, line, risk, status, hs_code, shipper, consignee, assignee, id; order: asc, desc), " +
                     "filtered (status, risk, jurisdiction, party: shipper, consignee or notify party, shipper, consignee, country: origin or destination, " +
                     "port: of loading or discharge, hs_chapter, text, since and until: the day screened, assigned, raised)");
    }

    // rows_screened: progress of a running job (null otherwise); rows: rows stored, which stays 0 until the job completes.
    internal static object RunView(ScreeningRun run, long? screened = null) => new
    {
        id = run.Id, status = run.Status.ToString().ToLowerInvariant(), rows_screened = screened, input_name = run.InputName, input_sha256 = run.InputSha256,
        created_by = run.CreatedBy, created_at = run.CreatedAt, finished_at = run.FinishedAt, rows = run.Rows, error = run.Error, kb_version = run.KbVersion,
        watchlist_version = run.WatchlistVersion,
    };

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } text ? text : null;
}
