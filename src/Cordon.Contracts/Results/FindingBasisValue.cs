namespace Cordon.Contracts.Results;

/// <summary>Why a finding applies (JSON: listed, generic, analogue).</summary>
public enum FindingBasisValue
{
    /// <summary>The substance is listed (itself, a salt or isomer).</summary>
    Listed,

    /// <summary>A class definition covers it.</summary>
    Generic,

    /// <summary>An analogue alert: not controlled by the text, flagged for review.</summary>
    Analogue,
}
