using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>/v1/parties/clearances</c>: the team's records that a party is not a watch-list entry. Analysts clear (a note is
/// required, the list and entry must be among the lists the team screens against); supervisors revoke (a reason is required, the record is
/// kept); anyone signed in lists them. The store audits each write, before → after.</summary>
internal static class PartyClearanceEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/parties/clearances", async (HttpContext http, ClearanceService clearances, CancellationToken cancellationToken) =>
                Results.Ok(new { clearances = (await clearances.ListAsync(http.User.Tenant(), cancellationToken)).Select(View) }))
            .RequireAuthorization(Policies.Viewer).WithName("clearances")
            .WithSummary("The team's party clearances, revoked ones included");

        v1.MapPost("/parties/clearances", async (ClearanceBody body, HttpContext http, ClearanceService clearances, TeamWatchLists watchLists,
            CancellationToken cancellationToken) =>
        {
            if (Missing(("party", body.Party), ("list", body.List), ("entry_id", body.EntryId), ("note", body.Note)) is { } missing)
            {
                return Results.BadRequest(new Problem(missing));
            }

            try
            {
                var parties = await watchLists.ForTeamAsync(http.User.Tenant(), cancellationToken);
                var outcome = await clearances.ClearAsync(http.User.Tenant(), new ClearRequest(body.Party!, body.List!, body.EntryId!, http.User.Identity!.Name!, body.Note),
                    parties.Entries, http.User.Actor(), cancellationToken);
                return Results.Ok(new { clearance = View(outcome.Clearance), replaced = outcome.Replaced is null ? null : View(outcome.Replaced), entry_name = outcome.Entry.Name });
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }
            catch (UnknownRecordException e)
            {
                return Results.NotFound(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Analyst).WithName("clear-party")
        .WithSummary("Record that a party is not a watch-list entry (with a note): the pair stops alerting while the entry reads as it did");

        v1.MapPost("/parties/clearances/revoke", async (RevokeClearanceBody body, HttpContext http, ClearanceService clearances,
            CancellationToken cancellationToken) =>
        {
            if (Missing(("party", body.Party), ("list", body.List), ("entry_id", body.EntryId), ("reason", body.Reason)) is { } missing)
            {
                return Results.BadRequest(new Problem(missing));
            }

            try
            {
                var revoked = await clearances.RevokeAsync(http.User.Tenant(), body.Party!, body.List!, body.EntryId!, http.User.Identity!.Name!, body.Reason!,
                    http.User.Actor(), cancellationToken);
                return Results.Ok(new { clearance = View(revoked) });
            }
            catch (UnknownRecordException e)
            {
                return Results.NotFound(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Supervisor).WithName("revoke-clearance")
        .WithSummary("Revoke a standing clearance (with a reason): the pair alerts again; the clearance and its revocation stay on record");
    }

    private static string? Missing(params (string Name, string? Value)[] fields) =>
        fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Name).ToList() is { Count: > 0 } names
            ? $"missing {string.Join(", ", names)}"
            : null;

    private static ClearanceView View(StoredClearance c) => new(c.RevokedAt is null ? "cleared" : "revoked", c.PartyKey, c.List, c.EntryId, c.ClearedBy,
        c.ClearedAt, c.Note, c.EntryDigest, c.RevokedBy, c.RevokedAt, c.RevokeReason);
}
