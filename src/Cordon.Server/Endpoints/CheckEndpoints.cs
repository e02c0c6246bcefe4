using Cordon.Application;
using Cordon.Contracts;
using Cordon.Screening.Output;
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

            http.Response.ContentType = "application/json";
            var output = http.Response.Body;
            using var buffer = new MemoryStream();
            using (var writer = new JsonResultWriter(buffer, indented: false))
            {
                buffer.Write("{\"results\":["u8);
                for (var i = 0; i < results.Count; i++)
                {
                    if (i > 0)
                    {
                        buffer.WriteByte((byte)',');
                    }

                    writer.Write(results[i]);
                    buffer.Position--;
                }

                buffer.Write("]}\n"u8);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(output, http.RequestAborted);
            return Results.Empty;
        })
        .RequireAuthorization(Policies.Viewer).WithName("check")
        .WithSummary("Check chemicals (names, CAS RNs, SMILES, molfiles): the same JSON as cordon check --format json");
    }
}
