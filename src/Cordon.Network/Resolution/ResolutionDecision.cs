namespace Cordon.Network.Resolution;

/// <summary>An analyst's merge or split of two spellings, by their keys (<see cref="SpellingKey"/>), so it holds in every later run.</summary>
public sealed record ResolutionDecision(ResolutionDecisionKind Kind, string Key, string OtherKey)
{
    /// <summary>Who decided.</summary>
    public string By { get; init; } = "";

    /// <summary>Why.</summary>
    public string? Note { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; init; }
}
