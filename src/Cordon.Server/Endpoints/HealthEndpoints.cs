using Cordon.Application;
using Cordon.Server.Jobs;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>/health</c> (anonymous: load balancers) and <c>/metrics</c> (Prometheus text, viewers).</summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", async (ICaseStore store, ChemicalService chemicals, WarmUpWorker warmUp, CancellationToken cancellationToken) =>
            Results.Ok(new
            {
                status = "ok",
                schema_version = await store.SchemaVersionAsync(cancellationToken),
                kb_version = chemicals.KnowledgeBase.Version,
                warmed_up = warmUp.Done,
            }))
            .AllowAnonymous().WithName("health").WithSummary("Liveness: the schema and knowledge-base versions, and whether the start-up warm-up is done");
    }
}
