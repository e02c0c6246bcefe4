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

    /// <summary>Dates of birth (days, months, years, ranges, circa), from remarks.</summary>
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    /// <summary>Places of birth as listed.</summary>
    public IReadOnlyList<string> BirthPlaces { get; init; } = [];

    /// <summary>Nationalities as listed.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Citizenships as listed.</summary>
    public IReadOnlyList<string> Citizenships { get; init; } = [];

    /// <summary>"male" or "female" where listed.</summary>
    public string? Gender { get; init; }

    /// <summary>Passports, national IDs, tax numbers (RFC, CURP, NIT, RUC), cedulas and registration numbers.</summary>
    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>E-mail addresses as listed.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Websites as listed.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>Names of the entries it is "Linked To:" (kept for the supplier network).</summary>
    public IReadOnlyList<string> LinkedTo { get; init; } = [];

    /// <summary>A digest of what an analyst saw when clearing it (names, remarks, addresses): a clearance made on another digest
    /// comes back for review.</summary>
    public string Digest()
    {
        var text = string.Join("\u001f", Names.Select(n => n.Kind + ":" + n.Name).Order(StringComparer.Ordinal)) + "\u001e" + Remarks + "\u001e" +
            string.Join("\u001f", Addresses.Order(StringComparer.Ordinal)) + "\u001e" + Type;
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>True for narcotics programs (SDNTK: Kingpin Act; SDNT: narcotics traffickers; ILLICIT-DRUGS-EO14059).</summary>
    public bool IsNarcotics => Programs.Any(p => p is "SDNTK" or "SDNT" or "ILLICIT-DRUGS-EO14059");
}
