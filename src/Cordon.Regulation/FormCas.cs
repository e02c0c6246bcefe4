namespace Cordon.Regulation;

/// <summary>The CAS RN of a salt or hydrate form of a listed substance, e.g. fentanyl citrate.</summary>
public sealed record FormCas(CasNumber Cas, string Form);
