namespace Cordon.Chemistry;

/// <summary>Why the chemistry toolkit refused an input.</summary>
public enum ChemistryErrorKind
{
    /// <summary>A programming error: a bad argument passed by Cordon itself.</summary>
    Argument,

    /// <summary>The text is not valid SMILES, SMARTS or molfile.</summary>
    Syntax,

    /// <summary>The text parsed, but the chemistry is impossible (valence, aromaticity).</summary>
    Chemistry,

    /// <summary>The input exceeds a bound on size (atoms, bytes, nesting).</summary>
    Limit,

    /// <summary>The toolkit ran out of memory.</summary>
    Memory,

    /// <summary>Any other failure inside the toolkit.</summary>
    Internal,
}
