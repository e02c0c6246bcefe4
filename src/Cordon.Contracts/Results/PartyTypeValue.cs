namespace Cordon.Contracts.Results;

/// <summary>What a party query was read as (JSON: unknown, person, company).</summary>
public enum PartyTypeValue
{
    /// <summary>Not said and not evident from the name.</summary>
    Unknown,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A company.</summary>
    Company,
}
