namespace Cordon.Contracts.Results;

/// <summary>How a query was read (JSON: smiles, cas, name, molfile).</summary>
public enum InputKindValue
{
    /// <summary>A SMILES string.</summary>
    Smiles,

    /// <summary>A CAS registry number.</summary>
    Cas,

    /// <summary>A chemical name.</summary>
    Name,

    /// <summary>A molfile or SDF record.</summary>
    Molfile,
}
