using Cordon.Network.Contacts;

namespace Cordon.Network.Resolution;

// What the rows say about one spelling, gathered before spellings are compared.
internal sealed class SpellingStats(string key, string? country)
{
    public string Key { get; } = key;

    public string? Country { get; } = country;

    public Dictionary<string, int> Written { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContactDetail> Contacts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ContactDetail> Addresses { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Counterparties { get; } = new(StringComparer.Ordinal);

    public int Rows { get; set; }

    public int ShipperRows { get; set; }

    public int ConsigneeRows { get; set; }

    public int NotifyRows { get; set; }

    public int FlaggedRows { get; set; }

    public string Name => Written.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;

    public void Add(PartyRole role, TradeParty party, bool flagged)
    {
        Rows++;
        FlaggedRows += flagged ? 1 : 0;
        switch (role)
        {
            case PartyRole.Shipper: ShipperRows++; break;
            case PartyRole.Consignee: ConsigneeRows++; break;
            default: NotifyRows++; break;
        }

        var name = party.Name.Trim();
        Written[name] = Written.GetValueOrDefault(name) + 1;
        // A bounded number of details per spelling: a spelling is one company, and a row that lists hundreds is noise.
        if (Contacts.Count < 32)
        {
            foreach (var detail in ContactParser.Details(party.Contact).Concat(ContactParser.Details(party.Address)))
            {
                Contacts.TryAdd(detail.Id, detail);
            }
        }

        if (Addresses.Count < 8 && ContactParser.Address(party.Address) is { } address)
        {
            Addresses.TryAdd(address.Id, address);
        }
    }
}
