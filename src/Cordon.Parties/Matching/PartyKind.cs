namespace Cordon.Parties.Matching;

/// <summary>What a party is: a person or a company (unknown when neither the query nor its words say).</summary>
public enum PartyKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A natural person (OFAC "individual").</summary>
    Person,

    /// <summary>A company or other organisation (OFAC "entity").</summary>
    Company,
}
