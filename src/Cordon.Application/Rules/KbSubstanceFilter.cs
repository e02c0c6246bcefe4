namespace Cordon.Application.Rules;

/// <summary>Which listed entries to show: of one jurisdiction or list, matching a text (a name in any spelling the name
/// folding accepts, a CAS RN, an id or a list code), one page of them.</summary>
public sealed record KbSubstanceFilter(string? Jurisdiction = null, string? List = null, string? Text = null, int Offset = 0,
    int Limit = KbSubstanceFilter.DefaultLimit)
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 500;
}
