using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>POST /v1/rows/{id}/assign</c>: who works a row. An analyst takes an unassigned row or hands back their own; a
/// supervisor or admin assigns anyone of the team. The row's version is the optimistic lock, as for dispositions.</summary>
internal static class AssignmentEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/rows/{id:long}/assign", async (long id, AssignBody body, HttpContext http, ICaseStore store, TimeProvider time,
            CancellationToken cancellationToken) =>
        {
            var tenant = http.User.Tenant();
            if (body.Assignee is { } named && string.IsNullOrWhiteSpace(named))
            {
                return Results.BadRequest(new Problem("assignee: a user name, or null to unassign"));
            }

            if (await store.GetRowAsync(tenant, id, cancellationToken) is not { } row)
            {
                return Results.NotFound(new Problem($"no row {id}"));
            }

            var self = http.User.Identity?.Name;
            if (Caller.RoleOf(http.User) < Role.Supervisor)
            {
                // Judged on the row as it is now; if it changes before the update, the version check refuses the update.
                var allowed = body.Assignee is null ? row.Assignee == self : body.Assignee == self && (row.Assignee is null || row.Assignee == self);
                if (!allowed)
                {
                    return Results.Json(new Problem(body.Assignee is null
                        ? $"row {id} is assigned to {row.Assignee ?? "no one"}: an analyst may unassign only their own rows"
                        : $"an analyst may assign only themselves, and only a row assigned to no one (row {id}: {row.Assignee ?? "no one"})"),
                        statusCode: StatusCodes.Status403Forbidden);
                }
            }
            else if (body.Assignee is { } name
                     && (await store.FindUserAsync(name, cancellationToken) is not { } user || user.Tenant != tenant || user.Disabled))
            {
                return Results.BadRequest(new Problem($"assignee '{name}': no such user in your team"));
            }

            var outcome = await store.AssignAsync(tenant, id, body.Version, body.Assignee, http.User.Actor(), time.GetUtcNow(), cancellationToken);
            return CaseEndpoints.Answer(id, body.Version, outcome);
        })
        .RequireAuthorization(Policies.Analyst).WithName("assign")
        .WithSummary("Assign a row to a user of the team, or unassign it (assignee null), naming the version seen: 409 when it changed since");
    }
}
