namespace Cordon.Regulation;

/// <summary>A legal order whose lists Cordon holds, e.g. US or UN.</summary>
public sealed record Jurisdiction(string Code, string Name)
{
    /// <summary>The code of Cordon's own analogue alerts: leads for an analyst, never law.</summary>
    public const string AlertCode = "ALERT";
}
