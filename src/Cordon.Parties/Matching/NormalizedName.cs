namespace Cordon.Parties.Matching;

/// <summary>A name reduced to comparable tokens (<see cref="PartyNameNormalizer"/>).</summary>
/// <param name="Tokens">Comparable tokens in order (abbreviations expanded, plurals folded).</param>
/// <param name="Raw">The same tokens before expansion, for split and joined forms ("pharma chem" = "pharmachem").</param>
/// <param name="Dropped">Legal forms left out ("co", "ltd", "sa de cv").</param>
/// <param name="Disguises">What text folding undid inside words (look-alike letters of another script, invisible characters).</param>
/// <param name="Transliterated">True when letters of another script (Chinese, Cyrillic, Arabic…) were transliterated to Latin.</param>
public sealed record NormalizedName(IReadOnlyList<string> Tokens, IReadOnlyList<string> Raw, IReadOnlyList<string> Dropped,
    IReadOnlyList<string> Disguises, bool Transliterated)
{
    /// <summary>True when the name carries a legal form (Co., Ltd., S.A. de C.V.): it names a company.</summary>
    public bool HasLegalForm => Dropped.Count > 0;
}
