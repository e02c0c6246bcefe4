namespace Cordon.Screening;

/// <summary>How to check: which jurisdictions to answer for, on which day, and whether the input kind is forced.</summary>
/// <param name="Jurisdictions">Jurisdiction codes to report; null for all.</param>
/// <param name="ForcedKind">Take every query as this kind instead of detecting it.</param>
/// <param name="AsOf">Answer as the law stood on this day; null for today.</param>
/// <param name="ListedOnly">Match listed substances only: no class definitions, no analogue alerts.</param>
public sealed record CheckOptions(IReadOnlySet<string>? Jurisdictions = null, InputKind? ForcedKind = null, DateOnly? AsOf = null,
    bool ListedOnly = false)
{
    /// <summary>The day the answer is for: <see cref="AsOf"/>, else today (UTC) by <paramref name="time"/>.</summary>
    public DateOnly DayOn(TimeProvider time) => AsOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
