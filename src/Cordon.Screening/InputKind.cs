namespace Cordon.Screening;

/// <summary>What a query was taken to be.</summary>
public enum InputKind
{
    /// <summary>A SMILES string.</summary>
    Smiles,

    /// <summary>A CAS Registry Number.</summary>
    Cas,

    /// <summary>A substance name or synonym.</summary>
    Name,

    /// <summary>A molfile or SDF record.</summary>
    Molfile,
}
