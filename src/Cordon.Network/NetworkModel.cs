using System.Text.Json;

namespace Cordon.Network;

/// <summary>The network model (rules/network/network-model.json): resolution features and threshold, network risk features.
/// Results carry <see cref="Id"/> so an answer says which weights made it.</summary>
public sealed class NetworkModel
{
    private static readonly Lazy<NetworkModel> Embedded = new(() =>
    {
        using var stream = typeof(NetworkModel).Assembly.GetManifestResourceStream("network-model.json")
            ?? throw new InvalidOperationException("network-model.json is not embedded");
        return Parse(stream, "network-model.json");
    });

    private readonly Dictionary<string, NetworkFeature> _resolution;
    private readonly Dictionary<string, NetworkFeature> _risk;

    private NetworkModel(string algorithm, string version, double mergeThreshold, int maxHops,
        IReadOnlyList<NetworkFeature> resolution, IReadOnlyList<NetworkFeature> risk)
    {
        Algorithm = algorithm;
        Version = version;
        MergeThreshold = mergeThreshold;
        MaxHops = maxHops;
        ResolutionFeatures = resolution;
        RiskFeatures = risk;
        _resolution = resolution.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _risk = risk.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The model built into Cordon.</summary>
    public static NetworkModel Default => Embedded.Value;

    /// <summary>The model's name.</summary>
    public string Algorithm { get; }

    /// <summary>The model's version.</summary>
    public string Version { get; }

    /// <summary>"algorithm@version", as results carry it.</summary>
    public string Id => $"{Algorithm}@{Version}";

    /// <summary>Two spellings are one party at or above this merge score.</summary>
    public double MergeThreshold { get; }

    /// <summary>How far from a designee the network risk features look.</summary>
    public int MaxHops { get; }

    /// <summary>The resolution features.</summary>
    public IReadOnlyList<NetworkFeature> ResolutionFeatures { get; }

    /// <summary>The risk features a declaration can get from the network.</summary>
    public IReadOnlyList<NetworkFeature> RiskFeatures { get; }

    /// <summary>A resolution feature's weight.</summary>
    /// <exception cref="KeyNotFoundException">The model has no such feature.</exception>
    public double Weight(string feature) => _resolution.TryGetValue(feature, out var f) ? f.Weight
        : throw new KeyNotFoundException($"the network model has no resolution feature '{feature}'");

    /// <summary>A risk feature by name.</summary>
    /// <exception cref="KeyNotFoundException">The model has no such feature.</exception>
    public NetworkFeature Risk(string feature) => _risk.TryGetValue(feature, out var f) ? f
        : throw new KeyNotFoundException($"the network model has no risk feature '{feature}'");

    /// <summary>A model from a JSON file.</summary>
    /// <exception cref="FormatException">The file is not a network model; the message names the file and what is wrong.</exception>
    public static NetworkModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    private static NetworkModel Parse(Stream stream, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var resolution = root.GetProperty("resolution");
            var risk = root.GetProperty("risk");
            var model = new NetworkModel(root.GetProperty("algorithm").GetString()!, root.GetProperty("version").GetString()!,
                resolution.GetProperty("merge_threshold").GetDouble(), risk.GetProperty("max_hops").GetInt32(),
                Features(resolution), Features(risk));
            foreach (var required in new[] { "name", "contact_shared", "counterparties_shared", "address_agrees", "address_disagrees", "contacts_disjoint", "country_conflict", "place_conflict" })
            {
                model.Weight(required);
            }

            foreach (var required in new[] { "network-designee-one-hop", "network-designee-two-hops", "network-designee-contact" })
            {
                model.Risk(required);
            }

            return model;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{source}: not a network model ({e.Message})", e);
        }
    }

    private static List<NetworkFeature> Features(JsonElement section) =>
        section.GetProperty("features").EnumerateArray()
            .Select(f => new NetworkFeature(f.GetProperty("name").GetString()!, f.GetProperty("weight").GetDouble(), f.GetProperty("explains").GetString()!))
            .ToList();
}
