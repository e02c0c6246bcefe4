namespace Cordon.Parties;

/// <summary>An entry of a watch list: a designated company, person or vessel, with its names, programs and countries.</summary>
public sealed record WatchListEntry
{
    /// <summary>The list it comes from, e.g. "OFAC-SDN".</summary>
    public required string List { get; init; }

    /// <summary>The list's own id for it (OFAC ent_num).</summary>
    public required string Id { get; init; }

    /// <summary>The primary name as listed.</summary>
    public required string Name { get; init; }

    /// <summary>"entity", "individual", "vessel" or "aircraft".</summary>
    public required string Type { get; init; }

    /// <summary>Sanctions programs, e.g. SDNTK.</summary>
    public required IReadOnlyList<string> Programs { get; init; }

    /// <summary>Every name: the primary first, then aliases.</summary>
    public required IReadOnlyList<WatchListName> Names { get; init; }

    /// <summary>Countries of its addresses (and nationality, where given).</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>Addresses as listed (street, city, postal code), for supporting evidence.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Remarks as listed (identifiers, dates of birth, links).</summary>
    public string? Remarks { get; init; }

    /// <summary>True for narcotics programs (SDNTK: Kingpin Act; SDNT: narcotics traffickers; ILLICIT-DRUGS-EO14059).</summary>
    public bool IsNarcotics => Programs.Any(p => p is "SDNTK" or "SDNT" or "ILLICIT-DRUGS-EO14059");
}
