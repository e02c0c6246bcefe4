using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Contracts;
using Cordon.Parties.Output;
using Cordon.Server.Auth;

namespace Cordon.Server.Endpoints;

/// <summary><c>POST /v1/match</c>: batched party queries against the caller's team's watch lists, each result in the JSON of
/// <c>cordon party --format json</c> (scores, tiers, feature vectors, the algorithm id).</summary>
internal static class MatchEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/match", async (MatchBody body, TeamWatchLists watchLists, ClearanceService clearances, HttpContext http) =>
        {
            // The caller's team's lists (the configured ones, else its imports) and clearances apply; another team's never do.
            var parties = await watchLists.ForTeamAsync(http.User.Tenant(), http.RequestAborted);
            var cleared = await clearances.ClearancesAsync(http.User.Tenant(), http.RequestAborted);
            IReadOnlyList<(Cordon.Parties.Matching.PartyQuery Query, IReadOnlyList<Cordon.Parties.Matching.PartyMatch> Matches, string? Error)> results;
            try
            {
                results = parties.Match((body.Queries ?? []).Select(q => new PartyQueryText(q.Name, q.Country, q.Dob, q.Id, q.Type, q.Gender, q.Address)).ToList(), cleared);
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }

            await ResultsArray.WriteAsync(http, results.Count, stream => new PartyJsonWriter(stream, indented: false),
                (w, i) => w.Write(results[i].Query, results[i].Matches, [], results[i].Error));
            return Results.Empty;
        })
        .RequireAuthorization(Policies.Viewer).WithName("match")
        .WithSummary("Match parties (name and supporting fields) against the watch lists: scores, tiers and the features behind them");
    }
}
