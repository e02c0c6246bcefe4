using System.Reflection;
using System.Text.Json;

namespace Cordon.Parties.Matching;

/// <summary>The party scoring model as data: the algorithm id and version, tiers, named features and their weights, name-score
/// settings, generic trade and place words, and very common personal names. Read from rules/parties/party-model.json (embedded at
/// build), or from a file given.</summary>
public sealed class PartyModel
{
    private static readonly Lazy<PartyModel> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("party-model.json")
            ?? throw new InvalidOperationException("party-model.json is not embedded in Cordon.Parties");
        return Parse(stream, "rules/parties/party-model.json");
    });

    private readonly Dictionary<string, PartyFeature> _features;

    private PartyModel(string algorithm, string version, double match, double review, IReadOnlyList<PartyFeature> features,
        IReadOnlyDictionary<string, double> name, IReadOnlyList<string> generic, IReadOnlyList<string> places,
        IReadOnlyList<string> surnames, IReadOnlyList<string> givenNames)
    {
        Algorithm = algorithm;
        Version = version;
        MatchThreshold = match;
        ReviewThreshold = review;
        Features = features;
        _features = features.ToDictionary(f => f.Name, StringComparer.Ordinal);
        NameSettings = name;
        GenericWords = generic.ToHashSet(StringComparer.Ordinal);
        PlaceWords = places.ToHashSet(StringComparer.Ordinal);
        CommonSurnames = surnames.ToHashSet(StringComparer.Ordinal);
        CommonGivenNames = givenNames.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The model shipped in rules/parties/party-model.json.</summary>
    public static PartyModel Default => Embedded.Value;

    /// <summary>Algorithm id, e.g. "cordon-party-v2"; every result carries it with <see cref="Version"/>.</summary>
    public string Algorithm { get; }

    /// <summary>The model's version.</summary>
    public string Version { get; }

    /// <summary>Scores at or above this are matches.</summary>
    public double MatchThreshold { get; }

    /// <summary>Scores at or above this are reported for review.</summary>
    public double ReviewThreshold { get; }

    /// <summary>The named features, in the file's order.</summary>
    public IReadOnlyList<PartyFeature> Features { get; }

    /// <summary>Name-score settings (token weights, penalties, typo bounds).</summary>
    public IReadOnlyDictionary<string, double> NameSettings { get; }

    /// <summary>Trade words that say little about which company it is.</summary>
    public IReadOnlySet<string> GenericWords { get; }

    /// <summary>Places and particles that say little.</summary>
    public IReadOnlySet<string> PlaceWords { get; }

    /// <summary>Very common surnames.</summary>
    public IReadOnlySet<string> CommonSurnames { get; }

    /// <summary>Very common given names.</summary>
    public IReadOnlySet<string> CommonGivenNames { get; }

    /// <summary>The weight of a named feature.</summary>
    /// <exception cref="KeyNotFoundException">The model has no such feature.</exception>
    public double Weight(string feature) => _features.TryGetValue(feature, out var f) ? f.Weight
        : throw new KeyNotFoundException($"party model {Algorithm} {Version} has no feature '{feature}'");

    /// <summary>A name-score setting.</summary>
    public double Setting(string name) => NameSettings.TryGetValue(name, out var v) ? v
        : throw new KeyNotFoundException($"party model {Algorithm} {Version} has no name setting '{name}'");

    /// <summary>Reads a model file; a missing key is an error naming the file.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete model.</exception>
    public static PartyModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    private static PartyModel Parse(Stream stream, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var tiers = root.GetProperty("tiers");
            var features = root.GetProperty("features").EnumerateArray()
                .Select(f => new PartyFeature(f.GetProperty("name").GetString()!, f.GetProperty("weight").GetDouble(), f.GetProperty("explains").GetString()!))
                .ToList();
            var name = root.GetProperty("name").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
            var common = root.GetProperty("common_personal_names");
            var model = new PartyModel(root.GetProperty("algorithm").GetString()!, root.GetProperty("version").GetString()!,
                tiers.GetProperty("match").GetDouble(), tiers.GetProperty("review").GetDouble(), features, name,
                Strings(root.GetProperty("generic_trade_words")), Strings(root.GetProperty("place_words")),
                Strings(common.GetProperty("surnames")), Strings(common.GetProperty("given_names")));
            foreach (var required in new[] { "name", "weak_alias", "identifier", "identifier_mismatch", "country_match", "country_mismatch", "dob_match", "dob_year_disjoint",
                "dob_day_disjoint", "gender_mismatch", "address_match", "type_mismatch" })
            {
                model.Weight(required);
            }

            return model;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: not a complete party model: {e.Message}", e);
        }
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
