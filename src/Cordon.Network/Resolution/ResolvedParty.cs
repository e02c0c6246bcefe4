using Cordon.Network.Contacts;

namespace Cordon.Network.Resolution;

/// <summary>A party of the declarations after resolution: every spelling that is it, its contact details, and the evidence of
/// each merge that made it.</summary>
public sealed record ResolvedParty
{
    /// <summary>A stable id ("P" and ten hex digits of its first spelling's key).</summary>
    public required string Id { get; init; }

    /// <summary>The spelling most rows use.</summary>
    public required string Name { get; init; }

    /// <summary>The country, when its spellings give one.</summary>
    public string? Country { get; init; }

    /// <summary>Every spelling, most used first.</summary>
    public required IReadOnlyList<PartySpelling> Spellings { get; init; }

    /// <summary>Addresses and contact details read from its rows.</summary>
    public required IReadOnlyList<ContactDetail> Contacts { get; init; }

    /// <summary>Why its spellings are one party; empty for a party written one way.</summary>
    public required IReadOnlyList<MergeEvidence> Merges { get; init; }

    /// <summary>Rows naming it as shipper.</summary>
    public int ShipperRows { get; init; }

    /// <summary>Rows naming it as consignee.</summary>
    public int ConsigneeRows { get; init; }

    /// <summary>Rows naming it as notify party.</summary>
    public int NotifyRows { get; init; }

    /// <summary>Rows naming it that carry controlled or suspect chemistry.</summary>
    public int FlaggedRows { get; init; }
}
