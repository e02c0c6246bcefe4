namespace Cordon.Regulation;

/// <summary>A legal order whose lists Cordon holds, e.g. US or UN.</summary>
public sealed record Jurisdiction(string Code, string Name);
