using Cordon.Parties.Matching;
using Cordon.Parties.Store;

namespace Cordon.Parties.Tests;

public sealed class StoreTests
{
    [Fact]
    public void An_imported_list_screens_like_the_file_and_cleared_pairs_stay_cleared()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            using (var store = new PartyStore(path))
            {
                store.Import(Snapshot.Sdn, Snapshot.Folder);
                store.Clear(new Clearance(PartyScreener.KeyOf("Boyle Chemical Co Ltd"), "OFAC-SDN", "16907", "analyst-1", DateTimeOffset.UtcNow, "a different Boyle"));
            }

            using var reopened = new PartyStore(path);
            var (name, _, _, entries) = Assert.Single(reopened.Lists());
            Assert.Equal("OFAC-SDN", name);
            Assert.Equal(Snapshot.Sdn.Entries.Count, entries);
            var screener = new PartyScreener(new PartyMatcher(reopened.Entries()), reopened.Clearances());

            // Word order and legal form do not matter to a clearance; another entry is not cleared by it.
            var cleared = screener.Screen("Chemical Boyle Company Limited").Single(m => m.Entry.Id == "16907");
            Assert.NotNull(cleared.Clearance);
            Assert.Equal("analyst-1", cleared.Clearance.By);
            Assert.Null(screener.Screen("Kaikai Technology Co Ltd").Single(m => m.Entry.Id == "18661").Clearance);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
