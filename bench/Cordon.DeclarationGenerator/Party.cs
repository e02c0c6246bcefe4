namespace Cordon.DeclarationGenerator;

/// <summary>One true company behind the rows: its canonical name, the spellings rows use for it, where it is and how it is
/// reached. <see cref="Kind"/> says why it exists (ordinary, ring, front, decoy, designee-linked).</summary>
public sealed record Party
{
    /// <summary>The ground-truth id ("S0001" suppliers, "B0001" buyers, "N0001" brokers).</summary>
    public required string Id { get; init; }

    /// <summary>The name as the company writes it.</summary>
    public required string Canonical { get; init; }

    /// <summary>What the company does.</summary>
    public required PartyRole Role { get; init; }

    /// <summary>ISO 3166 alpha-2 country.</summary>
    public required string Country { get; init; }

    /// <summary>Where the company sits.</summary>
    public required City City { get; init; }

    /// <summary>The street address, one line.</summary>
    public required string Address { get; init; }

    /// <summary>The company's telephone number.</summary>
    public required Phone Phone { get; init; }

    /// <summary>The company's e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The company's website, or null.</summary>
    public string? Website { get; init; }

    /// <summary>Why the party was generated: ordinary, ring-supplier, ring-buyer, front, decoy, designee-linked.</summary>
    public required string Kind { get; init; }

    /// <summary>The goods category it trades (a key of <see cref="Catalogue"/>).</summary>
    public required string Category { get; init; }

    /// <summary>Every spelling rows use, the canonical one first; filled once when the cast is made.</summary>
    public List<string> Variants { get; } = [];

    /// <summary>The contact details (phone, email, website) its rows nearly always show: the planted shared ones, so that a
    /// small set still carries the link often enough to find.</summary>
    public HashSet<string> Shown { get; } = [];

    /// <summary>Every way the address is written, the canonical one first.</summary>
    public List<string> AddressVariants { get; } = [];
}
