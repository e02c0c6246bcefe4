using System.Text.Json;
using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>Converts between the party side's types and the case store's rows.</summary>
public static class PartyRecordMapping
{
    /// <summary>An entry as the store keeps it.</summary>
    public static StoredListEntry ToStored(WatchListEntry e) => new(e.List, e.Id, e.Name, e.Type, string.Join(';', e.Programs), string.Join(';', e.Countries),
        e.Remarks, string.Join('\n', e.Addresses), JsonSerializer.Serialize(e.Names.Select(n => new StoredName(n.Name, n.Kind))));

    /// <summary>A stored entry read back; its supporting fields are read again from the remarks, so the store holds one copy of
    /// what the list said.</summary>
    public static WatchListEntry ToEntry(StoredListEntry e)
    {
        var names = JsonSerializer.Deserialize<List<StoredName>>(e.NamesJson) ?? [];
        return Cordon.Parties.Reading.RemarksParser.Parse(e.Remarks).ApplyTo(new WatchListEntry
        {
            List = e.List,
            Id = e.Id,
            Name = e.Name,
            Type = e.Type,
            Programs = e.Programs.Split(';', StringSplitOptions.RemoveEmptyEntries),
            Countries = e.Countries.Split(';', StringSplitOptions.RemoveEmptyEntries),
            Remarks = e.Remarks,
            Addresses = e.Addresses.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Names = names.Count == 0 ? [new WatchListName(e.Name, "primary")] : names.Select(n => new WatchListName(n.Name, n.Kind)).ToList(),
        });
    }

    /// <summary>A stored clearance as the screener applies it.</summary>
    public static Clearance ToClearance(StoredClearance c) => new(c.PartyKey, c.List, c.EntryId, c.ClearedBy, c.ClearedAt, c.Note)
    {
        EntryDigest = c.EntryDigest, RevokedBy = c.RevokedBy, RevokedAt = c.RevokedAt, RevokeReason = c.RevokeReason,
    };

    /// <summary>A clearance of the party store as the case store keeps it, for a team.</summary>
    public static StoredClearance ToStored(string tenant, Clearance c) => new(tenant, c.PartyKey, c.List, c.EntryId, c.By, c.At, c.Note, c.EntryDigest)
    {
        RevokedBy = c.RevokedBy, RevokedAt = c.RevokedAt, RevokeReason = c.RevokeReason,
    };

    private sealed record StoredName(string Name, string Kind);
}
