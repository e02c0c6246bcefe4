namespace Cordon.Regulation.Definitions;

/// <summary>The chemical class of a substituent, as legal texts name them.</summary>
public enum SubstituentClass
{
    /// <summary>No substituent (hydrogen).</summary>
    Hydrogen,

    /// <summary>F, Cl, Br or I.</summary>
    Halo,

    /// <summary>-OH.</summary>
    Hydroxyl,

    /// <summary>=O.</summary>
    Oxo,

    /// <summary>-NO2.</summary>
    Nitro,

    /// <summary>Acyclic saturated carbon chain.</summary>
    Alkyl,

    /// <summary>Acyclic carbon chain with a C=C.</summary>
    Alkenyl,

    /// <summary>Acyclic carbon chain bearing halogen.</summary>
    Haloalkyl,

    /// <summary>-O-alkyl.</summary>
    Alkoxyl,

    /// <summary>Alkyl chain containing one ether oxygen, attached through carbon (e.g. methoxymethyl).</summary>
    Ether,

    /// <summary>-C(=O)O-R (an ester; on nitrogen, a carbamate).</summary>
    Alkoxycarbonyl,

    /// <summary>-O-C(=O)-R (an ester).</summary>
    Acyloxy,

    /// <summary>-C(=O)-R with R carbon or H (on nitrogen, an amide).</summary>
    Acyl,

    /// <summary>-NH2, -NHR, -NR2 (not an amide).</summary>
    Amino,

    /// <summary>An O-…-O ring closed on one carbon (a cyclic acetal or ketal).</summary>
    CyclicAcetal,

    /// <summary>Anything else.</summary>
    Other,
}
