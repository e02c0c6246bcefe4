using System.Text.Json;
using Cordon.Network.Graph;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Screening.Declarations;

namespace Cordon.Network.Tests;

/// <summary>The generated declarations of samples/network (bench/Cordon.DeclarationGenerator) with their ground truth, and the
/// real OFAC SDN snapshot beside the repository; the network built from them once.</summary>
internal static class GeneratedSet
{
    private static readonly Lazy<(List<TradeRow> Rows, Dictionary<string, (string? Shipper, string? Consignee, string? Notify)> Truth)> Loaded = new(Load);
    private static readonly Lazy<WatchListContext> Sdn = new(() =>
    {
        var entries = OfacCsvReader.Read(Find("shared/data/ofac-sdn-2021", directory: true)).Entries;
        return new WatchListContext(entries, new PartyScreener(new PartyMatcher(entries), []));
    });

    private static readonly Lazy<SupplyNetwork> Built = new(() => new NetworkBuilder().Build(Rows, Sdn.Value));

    public static IReadOnlyList<TradeRow> Rows => Loaded.Value.Rows;

    /// <summary>Each row's true party ids by declaration id.</summary>
    public static IReadOnlyDictionary<string, (string? Shipper, string? Consignee, string? Notify)> RowTruth => Loaded.Value.Truth;

    public static WatchListContext WatchList => Sdn.Value;

    public static SupplyNetwork Network => Built.Value;

    public static JsonElement Truth { get; } = JsonDocument.Parse(File.ReadAllText(Find("samples/network/truth.json", directory: false))).RootElement;

    private static (List<TradeRow>, Dictionary<string, (string?, string?, string?)>) Load()
    {
        var truth = new Dictionary<string, (string?, string?, string?, bool)>(StringComparer.Ordinal);
        foreach (var row in Truth.GetProperty("rowParties").EnumerateArray())
        {
            static string? S(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();
            truth[row[0].GetString()!] = (S(row[1]), S(row[2]), S(row[3]), row[5].GetBoolean());
        }

        var rows = new List<TradeRow>();
        foreach (var record in DeclarationReader.Read(Find("samples/network/declarations.csv", directory: false), null, []))
        {
            Assert.Null(record.Error);
            var id = record[DeclarationField.Id]!;
            var flagged = truth[id].Item4;
            rows.Add(new TradeRow
            {
                Key = id, DeclarationId = id, Date = DeclarationParties.Date(record), HsCode = record[DeclarationField.HsCode],
                Status = flagged ? "suspect" : "clear", Risk = flagged ? "high" : "none", Score = flagged ? 0.9 : 0,
                Shipper = DeclarationParties.Of(record, PartyRole.Shipper), Consignee = DeclarationParties.Of(record, PartyRole.Consignee),
                NotifyParty = DeclarationParties.Of(record, PartyRole.NotifyParty),
            });
        }

        return (rows, truth.ToDictionary(t => t.Key, t => (t.Value.Item1, t.Value.Item2, t.Value.Item3), StringComparer.Ordinal));
    }

    private static string Find(string relative, bool directory)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (directory ? Directory.Exists(candidate) : File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
