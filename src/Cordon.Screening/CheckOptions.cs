namespace Cordon.Screening;

/// <summary>How to check: which jurisdictions to answer for, and whether the input kind is forced.</summary>
/// <param name="Jurisdictions">Jurisdiction codes to report; null for all.</param>
/// <param name="ForcedKind">Take every query as this kind instead of detecting it.</param>
public sealed record CheckOptions(IReadOnlySet<string>? Jurisdictions = null, InputKind? ForcedKind = null);
