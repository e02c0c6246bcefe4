namespace Cordon.Contracts.Knowledge;

/// <summary>The CAS RN of a salt or hydrate form of a listed substance.</summary>
public sealed record KbFormCas(string Cas, string Form);
