using System.Text.Json;
using Cordon.Parties.Reading;
using Cordon.Screening.Declarations;

namespace Cordon.DeclarationGenerator.Tests;

public sealed class GeneratorTests
{
    private static readonly Generated Set = Generated.Seed13;

    [Fact]
    public void The_same_seed_gives_the_same_files_and_another_seed_other_files()
    {
        var again = Generated.Make(3000, 13);
        var other = Generated.Make(3000, 14);

        Assert.Equal(Set.Csv, again.Csv);
        Assert.Equal(Set.Truth, again.Truth);
        Assert.NotEqual(Set.Csv, other.Csv);
    }

    [Fact]
    public void The_committed_sample_is_what_the_generator_writes_for_seed_13()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cordon.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var sample = Generated.Make(5000, 13);
        Assert.Equal(File.ReadAllText(Path.Combine(root!.FullName, "samples", "network", "declarations.csv")), sample.Csv);
        Assert.Equal(File.ReadAllBytes(Path.Combine(root.FullName, "samples", "network", "truth.json")), sample.Truth);
    }

    [Fact]
    public void Every_row_has_a_truth_entry_naming_known_parties_with_the_spelling_used()
    {
        var root = Set.Json.RootElement;
        var parties = root.GetProperty("parties").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => p.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToHashSet());
        var truth = root.GetProperty("rowParties").EnumerateArray().ToList();

        Assert.Equal(3000, root.GetProperty("rows").GetInt32());
        Assert.Equal(Set.Rows.Count, truth.Count);
        for (var i = 0; i < truth.Count; i++)
        {
            var entry = truth[i];
            var row = Set.Rows[i];
            Assert.Equal(Set.Cell(row, "declaration_id"), entry[0].GetString());
            Assert.Contains(Set.Cell(row, "shipper"), parties[entry[1].GetString()!]);
            Assert.Contains(Set.Cell(row, "consignee"), parties[entry[2].GetString()!]);
            if (entry[3].ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("", Set.Cell(row, "notify_party"));
            }
            else
            {
                Assert.Contains(Set.Cell(row, "notify_party"), parties[entry[3].GetString()!]);
            }
        }
    }

    [Fact]
    public void Rings_are_buyers_that_each_buy_from_at_least_two_of_their_rings_suppliers()
    {
        var rows = Set.Json.RootElement.GetProperty("rowParties").EnumerateArray().ToList();
        Assert.InRange(Set.Cast.Rings.Count, 3, 4);
        foreach (var ring in Set.Cast.Rings)
        {
            Assert.InRange(ring.Buyers.Count, 3, 6);
            Assert.InRange(ring.Suppliers.Count, 2, 3);
            var ids = ring.Suppliers.Select(s => s.Id).ToHashSet();
            foreach (var buyer in ring.Buyers)
            {
                var suppliers = rows.Where(r => r[2].GetString() == buyer.Id && ids.Contains(r[1].GetString()!)).Select(r => r[1].GetString()).Distinct().Count();
                Assert.True(suppliers >= 2, $"{ring.Id} buyer {buyer.Canonical} buys from {suppliers} of its ring's suppliers");
            }

            // Ring suppliers sell to nobody outside the ring, so the ring's edges are exactly the planted ones.
            var outsiders = rows.Where(r => ids.Contains(r[1].GetString()!) && ring.Buyers.All(b => b.Id != r[2].GetString())).ToList();
            Assert.Empty(outsiders);
        }
    }

    [Fact]
    public void The_linked_supplier_carries_the_designees_address_and_website_as_the_snapshot_has_them()
    {
        var sdn = OfacCsvReader.Read(Generated.SdnFolder).Entries.Single(e => e.Id == Set.Cast.Designee.SdnUid);
        var link = Set.Cast.Designee;
        var party = Set.Cast.Suppliers.Single(s => s.Id == link.Party);
        var rows = Set.Rows.Where(r => party.Variants.Contains(Set.Cell(r, "shipper"))).ToList();

        Assert.True(sdn.IsNarcotics);
        Assert.Contains(party.Address, sdn.Addresses);
        Assert.Contains(rows, r => Set.Cell(r, "shipper_address") == party.Address);
        var website = Assert.Single(link.Details, d => d.Kind == "website").Value;
        Assert.Contains(sdn.Websites, w => w.EndsWith(website, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, r => Set.Cell(r, "shipper_contact").Contains(website, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Set.Cast.Rings, ring => ring.Suppliers.Contains(party));
    }

    [Fact]
    public void Parties_share_a_contact_detail_only_where_the_truth_lists_the_link()
    {
        var planted = Set.Cast.ContactLinks.Select(l => (l.Kind, l.Value.ToUpperInvariant())).ToHashSet();
        var details = Set.Cast.All.SelectMany(p => new[] { ("phone", p.Phone.Normalized, p.Id), ("email", p.Email, p.Id), ("address", p.Address, p.Id) }
            .Concat(p.Website is null ? [] : [("website", p.Website, p.Id)]));
        var shared = details.GroupBy(d => (d.Item1, d.Item2.ToUpperInvariant())).Where(g => g.Select(d => d.Item3).Distinct().Count() > 1).Select(g => g.Key).ToList();

        Assert.NotEmpty(shared);
        Assert.All(shared, key => Assert.Contains(key, planted));
        Assert.All(planted, key => Assert.Contains(key, shared));
    }

    [Fact]
    public void A_shared_phone_number_appears_in_both_parties_contact_cells()
    {
        foreach (var link in Set.Cast.ContactLinks.Where(l => l.Kind == "phone"))
        {
            var local = Generated.Digits(link.Value)[^8..];
            foreach (var id in link.Parties)
            {
                var party = Set.Cast.Buyers.Single(b => b.Id == id);
                Assert.Contains(Set.Rows, r => party.Variants.Contains(Set.Cell(r, "consignee")) && Generated.Digits(Set.Cell(r, "consignee_contact")).Contains(local));
            }
        }
    }

    [Fact]
    public void Decoy_twins_differ_in_every_contact_detail_and_in_some_spelling_key()
    {
        var byId = Set.Cast.All.ToDictionary(p => p.Id);
        Assert.True(Set.Cast.Decoys.Count >= 5);
        foreach (var pair in Set.Cast.Decoys)
        {
            var (a, b) = (byId[pair.First], byId[pair.Second]);
            Assert.NotEqual(a.Address, b.Address);
            Assert.NotEqual(a.Phone.Normalized, b.Phone.Normalized);
            Assert.NotEqual(a.Email, b.Email);
            Assert.True(a.Country != b.Country || NameVariants.Key(a.Canonical) != NameVariants.Key(b.Canonical), pair.Why);
            Assert.Empty(a.Variants.Intersect(b.Variants));
        }
    }

    [Fact]
    public void The_declaration_reader_maps_the_columns_and_reads_every_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"netgen-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Set.Csv);
        try
        {
            ColumnMap? map = null;
            var records = DeclarationReader.Read(path, null, null, m => map = m).ToList();

            Assert.Equal(Set.Rows.Count, records.Count);
            Assert.All(records, r => Assert.Null(r.Error));
            Assert.NotNull(map);
            foreach (var field in new[] { DeclarationField.Id, DeclarationField.Shipper, DeclarationField.Consignee, DeclarationField.NotifyParty,
                DeclarationField.HsCode, DeclarationField.Description, DeclarationField.ShipperAddress, DeclarationField.ConsigneeCountry })
            {
                Assert.True(map!.Columns.ContainsKey(field), $"{field} not mapped");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
