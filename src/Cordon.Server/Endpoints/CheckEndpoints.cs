using Cordon.Application;
using Cordon.Contracts;
using Cordon.Screening.Reporting;
using Cordon.Server.Auth;

namespace Cordon.Server.Endpoints;

/// <summary><c>POST /v1/check</c>: the JSON of <c>cordon check --format json</c>, one object per query in a "results" array.</summary>
internal static class CheckEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/check", async (CheckBody body, ChemicalService chemicals, HttpContext http) =>
        {
            var queries = body.Queries ?? (body.Query is null ? [] : [body.Query]);
            IReadOnlyList<Cordon.Screening.CheckResult> results;
            try
            {
                results = chemicals.Check(new CheckRequest(queries, body.Jurisdictions, body.AsOf, body.ListedOnly ?? false, body.As));
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }

            await ResultsArray.WriteAsync(http, results.Count, stream => new JsonResultWriter(stream, indented: false), (w, i) => w.Write(results[i]));
            return Results.Empty;
        })
        .RequireAuthorization(Policies.Viewer).WithName("check")
        .WithSummary("Check chemicals (names, CAS RNs, SMILES, molfiles): the same JSON as cordon check --format json");
    }
}
