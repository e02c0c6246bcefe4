using System.Threading.Channels;

namespace Cordon.Server.Jobs;

/// <summary>Runs waiting to be screened, in submission order (one at a time: a run already uses every core).</summary>
public sealed class JobQueue
{
    private readonly Channel<(string Tenant, string RunId)> _channel = Channel.CreateUnbounded<(string, string)>();

    /// <summary>Queues a run.</summary>
    public void Enqueue(string tenant, string runId) => _channel.Writer.TryWrite((tenant, runId));

    /// <summary>The runs as they come.</summary>
    public IAsyncEnumerable<(string Tenant, string RunId)> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
