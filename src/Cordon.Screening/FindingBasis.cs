namespace Cordon.Screening;

/// <summary>Why a finding holds.</summary>
public enum FindingBasis
{
    /// <summary>The substance (or a form its clause covers) is named on the list.</summary>
    Listed,

    /// <summary>Caught by a generic class definition.</summary>
    Generic,

    /// <summary>Close to a controlled substance; not itself controlled.</summary>
    Analogue,
}
