namespace Cordon.Contracts.Network;

/// <summary>A node of the supplier network: a party (with its spellings and rows), a designee (list, id, programmes) or a
/// contact detail two or more of them share.</summary>
public sealed record NetworkNodeView
{
    /// <summary>"P…" for a party, "D:list:id" for a designee, "C:kind:key" for a contact detail.</summary>
    public required string Id { get; init; }

    /// <summary>party, designee or contact.</summary>
    public required string Kind { get; init; }

    /// <summary>A name to show.</summary>
    public required string Label { get; init; }

    /// <summary>ISO country code, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Rows naming the party (any role).</summary>
    public int? Rows { get; init; }

    /// <summary>Rows naming the party that carry controlled or suspect chemistry.</summary>
    public int? FlaggedRows { get; init; }

    /// <summary>The party's spellings, most used first (at most 20).</summary>
    public IReadOnlyList<NetworkSpellingView>? Spellings { get; init; }

    /// <summary>The designee's list.</summary>
    public string? List { get; init; }

    /// <summary>The designee's id on its list.</summary>
    public string? EntryId { get; init; }

    /// <summary>The designee's programmes.</summary>
    public IReadOnlyList<string>? Programs { get; init; }

    /// <summary>phone, email, website or address, for a contact node.</summary>
    public string? ContactKind { get; init; }
}
