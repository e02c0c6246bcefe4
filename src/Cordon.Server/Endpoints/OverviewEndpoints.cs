using System.Globalization;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>GET /v1/overview</c>: the caller's team's rows counted for the overview's charts (risk by day, top shippers and
/// consignees by high-risk rows, findings by jurisdiction and substance, dispositions). Never another team's rows.</summary>
internal static class OverviewEndpoints
{
    private const int MaxTop = 50;

    private static readonly string[] Keys = ["top"];

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/overview", async (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
        {
            if (QueryParameters.Refusal(http.Request.Query, Keys) is { } refusal)
            {
                return Results.BadRequest(new Problem(refusal));
            }

            var top = 10;
            if (QueryParameters.Value(http.Request.Query, "top") is { } text
                && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxTop))
            {
                return Results.BadRequest(new Problem($"top '{text}': expected a whole number from 1 to {MaxTop}"));
            }

            var overview = await store.OverviewAsync(http.User.Tenant(), top, cancellationToken);
            return Results.Ok(new
            {
                rows = overview.Rows,
                risk_by_day = overview.RiskByDay.Select(d => new { day = d.Day, risk = d.Risk, rows = d.Rows }),
                top_shippers = Named(overview.TopShippers),
                top_consignees = Named(overview.TopConsignees),
                jurisdictions = Named(overview.Jurisdictions),
                substances = Named(overview.Substances),
                dispositions = Named(overview.Dispositions),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("overview")
        .WithSummary("The team's rows at a glance: risk by day, top shippers and consignees by high-risk rows, findings by jurisdiction and substance, dispositions (top: how many of each ranking, 1 to 50)");
    }

    private static IEnumerable<object> Named(IEnumerable<NamedCount> counts) => counts.Select(c => new { name = c.Name, rows = c.Rows });
}
