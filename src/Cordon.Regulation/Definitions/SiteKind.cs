namespace Cordon.Regulation.Definitions;

/// <summary>What a clause of a generic definition lets vary at its site.</summary>
public enum SiteKind
{
    /// <summary>The R of an acyl group R-C(=O)- may be replaced ("another acyl group").</summary>
    Acyl,

    /// <summary>A ring may be replaced by another ring of a given shape ("any monocycle").</summary>
    Ring,

    /// <summary>Substituents of listed classes may be attached to these atoms ("alkyl, halo, … on the piperidine ring").</summary>
    Substituents,

    /// <summary>A nitrogen may carry hydrogen or groups of listed classes ("its amides, its carbamates").</summary>
    Nitrogen,

    /// <summary>Everything on this atom outside the core may be replaced by any group except hydrogen.</summary>
    Replace,
}
