namespace Cordon.Parties.Matching;

/// <summary>A party to screen: its name and whatever supporting fields are known.</summary>
public sealed record PartyQuery(string Name)
{
    /// <summary>The party's country (nationality, or the country of its address).</summary>
    public Country? Country { get; init; }

    /// <summary>Date of birth (a day, month, year or range).</summary>
    public BirthDate? BirthDate { get; init; }

    /// <summary>An identifier: passport, national ID, tax, registration number.</summary>
    public string? Identifier { get; init; }

    /// <summary>Person or company, when known.</summary>
    public PartyKind Kind { get; init; }

    /// <summary>True when <see cref="Kind"/> comes from context only (a declaration's shipper or consignee role): it stops one-token
    /// matches across types but does not lower the score.</summary>
    public bool KindIsHint { get; init; }

    /// <summary>"male" or "female".</summary>
    public string? Gender { get; init; }

    /// <summary>The party's address.</summary>
    public string? Address { get; init; }
}
