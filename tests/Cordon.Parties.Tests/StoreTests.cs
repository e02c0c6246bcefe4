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

    [Fact]
    public void A_revoked_clearance_stops_applying_and_stays_on_record()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.db");
        try
        {
            using var store = new PartyStore(path);
            store.Import(Snapshot.Sdn, Snapshot.Folder);
            var boyle = store.Entries().Single(e => e.Id == "16907");
            var key = PartyScreener.KeyOf("Boyle Chemical Co Ltd");
            store.Clear(new Clearance(key, "OFAC-SDN", "16907", "analyst-1", DateTimeOffset.UtcNow, "another Boyle") { EntryDigest = boyle.Digest() });
            Assert.NotNull(new PartyScreener(Snapshot.Matcher, store.Clearances()).Screen("Boyle Chemical Co Ltd").Single(m => m.Entry.Id == "16907").Clearance);

            Assert.True(store.Revoke(key, "OFAC-SDN", "16907", "lead-2", DateTimeOffset.UtcNow, "same address as the designee"));
            Assert.False(store.Revoke(key, "OFAC-SDN", "16907", "lead-2", DateTimeOffset.UtcNow, "twice"));
            var record = Assert.Single(store.Clearances());
            Assert.Equal(("lead-2", "same address as the designee"), (record.RevokedBy, record.RevokeReason));
            Assert.Null(new PartyScreener(Snapshot.Matcher, store.Clearances()).Screen("Boyle Chemical Co Ltd").Single(m => m.Entry.Id == "16907").Clearance);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void An_entry_that_changed_since_it_was_cleared_comes_back_for_review()
    {
        var boyle = Snapshot.Sdn.Entries.Single(e => e.Id == "16907");
        var key = PartyScreener.KeyOf("Boyle Chemical Co Ltd");
        var clearance = new Clearance(key, "OFAC-SDN", "16907", "analyst-1", DateTimeOffset.UtcNow, "another Boyle") { EntryDigest = boyle.Digest() };
        var changed = boyle with { Names = [.. boyle.Names, new WatchListName("BOYLE PHARMACHEM", "aka")] };
        var unchanged = new PartyScreener(new PartyMatcher([boyle]), [clearance]).Screen("Boyle Chemical Co Ltd").Single();
        Assert.NotNull(unchanged.Clearance);
        var again = new PartyScreener(new PartyMatcher([changed]), [clearance]).Screen("Boyle Chemical Co Ltd").Single();
        Assert.Null(again.Clearance);
        Assert.Same(clearance, again.StaleClearance);
        Assert.Contains(again.Explanation, e => e.Contains("changed since"));
    }
}
