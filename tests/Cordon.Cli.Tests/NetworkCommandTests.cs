using System.Text.Json;
using System.Xml.Linq;

namespace Cordon.Cli.Tests;

public sealed class NetworkCommandTests
{
    private static string Sdn() => CliRunner.RepoFile("..", "shared", "data", "ofac-sdn-2021");

    private static string Sample() => CliRunner.RepoFile("samples", "network", "declarations.csv");

    private static string[] Source(string store) => ["--file", Sample(), "--watchlist", Sdn(), "--database", store];

    private static string TempStore() => Path.Combine(Path.GetTempPath(), $"cordon-net-{Guid.NewGuid():N}.db");

    // From a ring buyer of the generated set: the supplier it shares with the SDN designee 26325, through the shared address,
    // every edge with its evidence.
    [Fact]
    public void Paths_lead_from_a_ring_buyer_to_the_designee_its_supplier_shares_an_address_with()
    {
        var store = TempStore();
        try
        {
            var (code, stdout, stderr) = CliRunner.Run(["network", "paths", "Rio Humaya", .. Source(store), "--format", "json"]);
            Assert.True(code == 0, stderr);
            using var doc = JsonDocument.Parse(stdout);
            var path = doc.RootElement.EnumerateArray().First(p => p.GetProperty("nodes").EnumerateArray().Last().GetProperty("entry_id").GetString() == "26325");
            var nodes = path.GetProperty("nodes").EnumerateArray().ToList();
            Assert.StartsWith("Comercializadora Rio Humaya", nodes[0].GetProperty("label").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("Shanghai Fengyi", nodes[1].GetProperty("label").GetString(), StringComparison.Ordinal);
            Assert.Equal("contact", nodes[2].GetProperty("kind").GetString());
            Assert.All(path.GetProperty("edges").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString())));
        }
        finally
        {
            File.Delete(store);
        }
    }

    // An analyst's split is kept in the store (audited) and the next build respects it.
    [Fact]
    public void A_split_recorded_in_the_store_holds_in_the_next_build()
    {
        var store = TempStore();
        try
        {
            var (code, stdout, stderr) = CliRunner.Run(["network", "parties", "Shanghai Fengyi Biotechnology", .. Source(store), "--format", "json"]);
            Assert.True(code == 0, stderr);
            var spellings = JsonDocument.Parse(stdout).RootElement.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();
            Assert.True(spellings.Count >= 2);
            Assert.Equal(2, CliRunner.Run("network", "split", spellings[0], spellings[1], "--database", store).ExitCode);
            Assert.Equal(2, CliRunner.Run("network", "split", spellings[0], spellings[0], "--note", "x", "--database", store).ExitCode);
            Assert.Equal(0, CliRunner.Run("network", "split", spellings[0], spellings[1], "--note", "different company", "--database", store).ExitCode);

            (code, stdout, stderr) = CliRunner.Run(["network", "parties", "Shanghai Fengyi Biotechnology", .. Source(store), "--format", "json"]);
            Assert.True(code == 0, stderr);
            var after = JsonDocument.Parse(stdout).RootElement.GetProperty("spellings").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();
            Assert.False(after.Contains(spellings[0]) && after.Contains(spellings[1]));
        }
        finally
        {
            File.Delete(store);
        }
    }

    [Fact]
    public void Export_writes_gexf_and_bad_options_fail_closed()
    {
        var store = TempStore();
        var output = Path.ChangeExtension(store, ".gexf");
        try
        {
            var (code, _, stderr) = CliRunner.Run(["network", "export", "--to", "gexf", "--out", output, "--party", "Rio Humaya", "--depth", "1", .. Source(store)]);
            Assert.True(code == 0, stderr);
            var gexf = XDocument.Load(output);
            Assert.True(gexf.Descendants().Count(e => e.Name.LocalName == "edge") > 0);
            Assert.Equal(2, CliRunner.Run(["network", "export", "--to", "dot", .. Source(store)]).ExitCode);
            Assert.Equal(2, CliRunner.Run(["network", "top", "--chapter", "2x", .. Source(store)]).ExitCode);
            Assert.Equal(2, CliRunner.Run(["network", "top", "--top", "0", .. Source(store)]).ExitCode);
            Assert.Equal(2, CliRunner.Run(["network", "export", "--to", "csv", "--party", "Rio Humaya", "--depth", "7", .. Source(store)]).ExitCode);
            Assert.Equal(2, CliRunner.Run(["network", "neighbourhood", "Rio Humaya", "--depth", "9", .. Source(store)]).ExitCode);
            Assert.Equal(2, CliRunner.Run(["network", "neighbourhood", "Rio Humaya", "--max-nodes", "0", .. Source(store)]).ExitCode);
            var (cutCode, cut, _) = CliRunner.Run(["network", "neighbourhood", "Rio Humaya", "--max-nodes", "4", "--format", "json", .. Source(store)]);
            Assert.Equal(0, cutCode);
            using (var hood = System.Text.Json.JsonDocument.Parse(cut))
            {
                Assert.Equal(4, hood.RootElement.GetProperty("nodes").GetArrayLength());
                Assert.True(hood.RootElement.GetProperty("truncated").GetBoolean());
            }

            Assert.Equal(2, CliRunner.Run(["network", "paths", "No Such Company Anywhere", .. Source(store)]).ExitCode);
        }
        finally
        {
            File.Delete(store);
            File.Delete(output);
        }
    }

    // screen --network: the supplier linked to the designee by its address gets the contact feature, its ring's buyers the
    // two-hop feature, each with the path; rows far from any designee get neither.
    [Fact]
    public void Screen_with_the_network_weighs_a_designees_contact_and_its_trading_partners()
    {
        var store = TempStore();
        try
        {
            var (code, stdout, stderr) = CliRunner.Run(["screen", Sample(), "--network", "--watchlist", Sdn(), "--database", store, "--format", "jsonl"]);
            Assert.True(code == 0, stderr);
            var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(5000, rows.Count);
            var features = rows.SelectMany(r => r.GetProperty("findings").EnumerateArray()).Where(e => e.GetProperty("feature").GetString()!.StartsWith("network-", StringComparison.Ordinal)).ToList();
            var contact = features.First(e => e.GetProperty("feature").GetString() == "network-designee-contact");
            Assert.StartsWith("Shanghai Fengyi", contact.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("QINSHENG", contact.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
            Assert.Contains(features, e => e.GetProperty("feature").GetString() == "network-designee-two-hops" && e.GetProperty("text").GetString()!.Contains("Humaya", StringComparison.Ordinal));
            Assert.True(features.Count < rows.Count / 4, $"{features.Count} network features in {rows.Count} rows");
        }
        finally
        {
            File.Delete(store);
        }
    }
}
