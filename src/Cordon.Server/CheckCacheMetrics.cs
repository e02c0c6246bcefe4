using Prometheus;

namespace Cordon.Server;

/// <summary>The check cache's lookups on /metrics, by outcome: "hit" (answered from the cache) or "miss" (resolved and
/// classified), so an operator sees how much of the check traffic the cache answers.</summary>
internal static class CheckCacheMetrics
{
    private static readonly Counter Lookups = Metrics.CreateCounter("cordon_check_cache_lookups_total",
        "Check queries by outcome: hit (answered from the cache of recent answers) or miss (resolved and classified).", "outcome");

    public static void Observe(bool hit) => Lookups.WithLabels(hit ? "hit" : "miss").Inc();
}
