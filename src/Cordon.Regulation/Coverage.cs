namespace Cordon.Regulation;

/// <summary>The forms of a listed substance that its clause brings under control.</summary>
[Flags]
public enum Coverage
{
    /// <summary>Only the substance itself.</summary>
    None = 0,

    /// <summary>"its salts": a salt of the substance (counter-ions removed) is the substance.</summary>
    Salts = 1 << 0,

    /// <summary>"optical isomers": the enantiomer, and the substance with stereochemistry unspecified.</summary>
    OpticalIsomers = 1 << 1,

    /// <summary>"isomers" (all stereoisomers): compared without stereochemistry.</summary>
    Stereoisomers = 1 << 2,

    /// <summary>"its esters" (a class definition; see the generic-definition engine).</summary>
    Esters = 1 << 3,

    /// <summary>"its ethers" (a class definition).</summary>
    Ethers = 1 << 4,

    /// <summary>"its amides" (a class definition).</summary>
    Amides = 1 << 5,

    /// <summary>"its carbamates" (a class definition).</summary>
    Carbamates = 1 << 6,

    /// <summary>"its halides" (a class definition).</summary>
    Halides = 1 << 7,

    /// <summary>"its acetals" (a class definition).</summary>
    Acetals = 1 << 8,
}
