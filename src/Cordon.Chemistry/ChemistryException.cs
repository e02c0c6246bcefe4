namespace Cordon.Chemistry;

/// <summary>The chemistry toolkit refused an input; <see cref="Kind"/> says why, the message says how.</summary>
public sealed class ChemistryException(ChemistryErrorKind kind, string message) : Exception(message)
{
    /// <summary>The category of the failure.</summary>
    public ChemistryErrorKind Kind { get; } = kind;
}
