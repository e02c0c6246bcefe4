using Cordon.Network.Contacts;
using Cordon.Network.Resolution;
using Cordon.Parties;

namespace Cordon.Network.Graph;

/// <summary>A node of the supplier network: a party, a designee or a shared contact detail.</summary>
public sealed record NetworkNode
{
    /// <summary>"P…" for a party, "D:list:id" for a designee, "C:kind:key" for a contact detail.</summary>
    public required string Id { get; init; }

    /// <summary>What the node stands for.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>A name to show.</summary>
    public required string Label { get; init; }

    /// <summary>The country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>The resolved party, for a party node.</summary>
    public ResolvedParty? Party { get; init; }

    /// <summary>The watch-list entry, for a designee node.</summary>
    public WatchListEntry? Designee { get; init; }

    /// <summary>The detail, for a contact node.</summary>
    public ContactDetail? Contact { get; init; }
}
