using Cordon.Application.Loading;
using Cordon.Network.Graph;
using Cordon.Storage;

namespace Cordon.Application.Network;

/// <summary>Each team's supplier network for the server, built from the team's screened rows on first use and again when its
/// runs, decisions, clearances or lists change (<see cref="NetworkService.VersionAsync"/>); one build at a time per team, the
/// least recently used team's network dropped past <see cref="Capacity"/>.</summary>
public sealed class TeamNetworks(ICaseStore store, NetworkService networks, TeamWatchLists watchLists, int capacity = TeamNetworks.DefaultCapacity)
{
    /// <summary>Teams whose networks are kept.</summary>
    public const int DefaultCapacity = 8;

    private readonly Dictionary<string, (string Version, SupplyNetwork Network, long Used)> _built = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _building = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>Teams whose networks are kept.</summary>
    public int Capacity => capacity;

    /// <summary>The team's network as its store stands now.</summary>
    public async Task<SupplyNetwork> ForTeamAsync(string tenant, CancellationToken cancellationToken = default)
    {
        var lists = await watchLists.ForTeamAsync(tenant, cancellationToken);
        var version = await NetworkService.VersionAsync(store, tenant, await watchLists.VersionAsync(tenant, cancellationToken), cancellationToken);
        SemaphoreSlim gate;
        lock (_built)
        {
            if (_built.TryGetValue(tenant, out var kept) && kept.Version == version)
            {
                _built[tenant] = kept with { Used = ++_clock };
                return kept.Network;
            }

            if (!_building.TryGetValue(tenant, out gate!))
            {
                _building[tenant] = gate = new SemaphoreSlim(1, 1);
            }
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            lock (_built)
            {
                if (_built.TryGetValue(tenant, out var kept) && kept.Version == version)
                {
                    return kept.Network;
                }
            }

            var network = await networks.FromStoreAsync(store, tenant, lists.Screener is null ? null : lists, cancellationToken);
            lock (_built)
            {
                _built[tenant] = (version, network, ++_clock);
                while (_built.Count > capacity)
                {
                    _built.Remove(_built.MinBy(b => b.Value.Used).Key);
                }
            }

            return network;
        }
        finally
        {
            gate.Release();
        }
    }
}
