using System.Diagnostics;
using Cordon.Application;
using Microsoft.Extensions.Options;

namespace Cordon.Server.Jobs;

/// <summary>Warms the screening pipeline in the background once the server has started (<see cref="ServerSettings.WarmUp"/>):
/// requests are answered meanwhile, only more slowly until it is done. <c>/health</c> says whether it is.</summary>
public sealed class WarmUpWorker(ScreeningService screening, ChemicalService chemicals, IOptions<ServerSettings> settings,
    ILogger<WarmUpWorker> logger) : BackgroundService
{
    private volatile bool _done;

    /// <summary>True once the warm-up has finished (or was turned off).</summary>
    public bool Done => _done || !settings.Value.WarmUp;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.WarmUp)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var rows = await Task.Run(() => ScreeningWarmUp.Run(screening, chemicals, stoppingToken), stoppingToken);
            logger.LogInformation("warm-up: {Rows} sample rows screened in {Seconds:F1} s", rows, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception e)
        {
            // A failed warm-up costs speed, not answers: the first job builds what it needs itself.
            logger.LogWarning(e, "warm-up failed after {Seconds:F1} s", clock.Elapsed.TotalSeconds);
        }

        _done = true;
    }
}
