using System.Globalization;

namespace Cordon.LoadGenerator;

/// <summary>What a run measured: requests sent and answered, the rate achieved, and latency percentiles in milliseconds.</summary>
public sealed record LoadSummary(int Sent, int Failed, double Seconds, double P50, double P90, double P99, double Max)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"requests {Sent}  rate {Sent / Seconds:F0}/s  failed {Failed}  p50 {P50:F2} ms  p90 {P90:F2} ms  p99 {P99:F2} ms  max {Max:F2} ms");
}
