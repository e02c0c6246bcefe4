using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;

namespace Cordon.Screening.Tests;

/// <summary>Declarations pass each party's country and address to the party matcher, and a party's role keeps one token from matching a person.</summary>
public sealed class DeclarationPartyTests
{
    private static readonly PartyScreener Parties = new(new PartyMatcher(
    [
        Entry("1", "BOYLE CHEMICAL CO., LTD.", "entity", "China", "Dongfang Road, Shanghai"),
        Entry("2", "MUHAMMAD, Kayiira", "individual", "Uganda", null) with
        {
            Names = [new WatchListName("MUHAMMAD, Kayiira", "primary"), new WatchListName("Kaida", "weak aka")],
        },
        Entry("3", "ACME WIDGETS LTD", "entity", "Peru", null),
    ]), []);

    private static Evidence? PartyEvidence(params (DeclarationField Field, string Value)[] fields)
    {
        var screener = new DeclarationScreener(Fixture.Checker(), new ChemicalExtractor(Fixture.KnowledgeBase, null), Parties);
        var map = fields.ToDictionary(f => f.Field, f => f.Value);
        map[DeclarationField.Description] = "Acetone 99%";
        var record = new DeclarationRecord(1, 2, map, map.Select(p => KeyValuePair.Create(p.Key.ToString(), p.Value)).ToList());
        return screener.Screen(record).Evidence.FirstOrDefault(e => e.Rule == "party-match");
    }

    [Fact]
    public void The_shippers_own_country_and_address_are_used_before_the_origin()
    {
        var agreeing = PartyEvidence((DeclarationField.Shipper, "Boyle Chemical Co Ltd"), (DeclarationField.ShipperCountry, "CN"),
            (DeclarationField.Origin, "Peru"), (DeclarationField.ShipperAddress, "88 Dongfang Road"));
        Assert.Contains("country_match", agreeing!.Explanation);
        Assert.Contains("address_match", agreeing.Explanation);

        var byOrigin = PartyEvidence((DeclarationField.Shipper, "Boyle Chemical Co Ltd"), (DeclarationField.Origin, "Mexico"));
        Assert.Contains("country_mismatch", byOrigin!.Explanation);

        // An origin that is no country (a port) is not used rather than read as a mismatch.
        var port = PartyEvidence((DeclarationField.Shipper, "Boyle Chemical Co Ltd"), (DeclarationField.Origin, "Port of Ningbo"));
        Assert.DoesNotContain("country_", port!.Explanation);
    }

    [Fact]
    public void A_trading_party_does_not_match_a_person_on_one_token()
    {
        Assert.Contains(Parties.Screen("Kaida"), m => m.Entry.Id == "2");
        Assert.Null(PartyEvidence((DeclarationField.Consignee, "Kaida")));
    }

    private static WatchListEntry Entry(string id, string name, string type, string country, string? address) => new()
    {
        List = "T", Id = id, Name = name, Type = type, Programs = ["SDNTK"], Countries = [country],
        Names = [new WatchListName(name, "primary")], Addresses = address is null ? [] : [address],
    };
}
