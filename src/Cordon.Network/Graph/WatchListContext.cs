using Cordon.Network.Contacts;
using Cordon.Parties;
using Cordon.Parties.Matching;

namespace Cordon.Network.Graph;

/// <summary>A watch list as the network uses it: a screener (with the team's clearances) to match parties, the entries by
/// name to follow "Linked To" remarks, and the entries' contact details (addresses, e-mail addresses, websites, phone numbers
/// in the remarks) by detail.</summary>
public sealed class WatchListContext
{
    private readonly Dictionary<string, List<WatchListEntry>> _byName;

    /// <summary>The context of <paramref name="entries"/>, screened by <paramref name="screener"/>.</summary>
    public WatchListContext(IReadOnlyList<WatchListEntry> entries, PartyScreener screener)
    {
        Screener = screener;
        _byName = new(StringComparer.Ordinal);
        var owners = new Dictionary<string, List<(WatchListEntry, ContactDetail)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                var key = PartyScreener.KeyOf(name.Name);
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }

                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }

            var details = entry.Addresses.Select(ContactParser.Address).OfType<ContactDetail>()
                .Concat(entry.Emails.SelectMany(ContactParser.Details))
                .Concat(entry.Websites.SelectMany(ContactParser.Details))
                .Concat(ContactParser.Details(entry.Remarks).Where(d => d.Kind == ContactKind.Phone));
            foreach (var detail in details.DistinctBy(d => d.Id))
            {
                if (!owners.TryGetValue(detail.Id, out var list))
                {
                    owners[detail.Id] = list = [];
                }

                list.Add((entry, detail));
            }
        }

        ContactOwners = owners;
    }

    /// <summary>The screener parties are matched with.</summary>
    public PartyScreener Screener { get; }

    /// <summary>Entries by contact detail id (<see cref="ContactDetail.Id"/>).</summary>
    public IReadOnlyDictionary<string, List<(WatchListEntry Entry, ContactDetail Detail)>> ContactOwners { get; }

    /// <summary>The entries a name (as a remark writes it) stands for.</summary>
    public IReadOnlyList<WatchListEntry> Named(string name) =>
        _byName.TryGetValue(PartyScreener.KeyOf(name), out var list) ? list : [];
}
