using System.Text.Json;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;

namespace Cordon.Cli.Tests;

/// <summary>A party store kept by an earlier Cordon becomes a case store: its lists and clearances are imported once, so
/// nothing is lost, and a clearance revoked afterwards stays revoked.</summary>
public sealed class PartyStoreMoveTests
{
    [Fact]
    public void An_earlier_party_store_is_imported_once_into_the_case_store()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            var sdn = WatchListReader.Read(CliRunner.RepoFile("..", "shared", "data", "ofac-sdn-2021"));
            using (var old = new PartyStore(path))
            {
                old.Import(sdn, "/old/sdn.csv");
                old.Clear(new Clearance(PartyScreener.KeyOf("Kaikai Technology Co Ltd"), "OFAC-SDN", "18661", "tester", DateTimeOffset.UtcNow, "from the old store")
                {
                    EntryDigest = sdn.Entries.Single(e => e.Id == "18661").Digest(),
                });
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var show = CliRunner.Run("lists", "show", "--database", path);
            Assert.Equal(0, show.ExitCode);
            Assert.Contains($"OFAC-SDN: {sdn.Entries.Count} entries", show.Stdout);
            Assert.Contains("from the old store", show.Stdout);

            using (var doc = JsonDocument.Parse(CliRunner.Run("party", "Kaikai Tech Co., Ltd.", "--database", path, "--format", "json").Stdout))
            {
                Assert.Equal("tester", doc.RootElement.GetProperty("matches")[0].GetProperty("cleared").GetProperty("by").GetString());
            }

            Assert.Equal(0, CliRunner.Run("party", "unclear", "Kaikai Technology Co Ltd", "--list", "OFAC-SDN", "--id", "18661", "--reason", "moved on", "--database", path).ExitCode);
            // Opening again does not import the old records a second time (the revocation stands).
            using var again = JsonDocument.Parse(CliRunner.Run("party", "Kaikai Tech Co., Ltd.", "--database", path, "--format", "json").Stdout);
            Assert.Equal(JsonValueKind.Null, again.RootElement.GetProperty("matches")[0].GetProperty("cleared").ValueKind);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
