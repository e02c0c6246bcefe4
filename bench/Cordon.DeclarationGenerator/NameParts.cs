namespace Cordon.DeclarationGenerator;

/// <summary>A company name in parts, so that variants can change one part at a time: a leading trade word (Spanish names:
/// "Comercializadora"), a place ("Hubei"), the distinctive brand ("Xinyuan", with its pinyin syllables when it has them), the
/// trade ("Chemical"), the legal form family (a key of <see cref="NameVariants.LegalForms"/>) and, for Chinese companies, the
/// name in Chinese characters.</summary>
public sealed record NameParts(string Head, string Place, string Brand, string Tail, string Legal)
{
    /// <summary>The brand's pinyin syllables ("Xin", "yuan"), or empty when the brand is not pinyin.</summary>
    public string[] Syllables { get; init; } = [];

    /// <summary>The name in Chinese characters, or null.</summary>
    public string? Hanzi { get; init; }

    /// <summary>Whether a variant may drop the place ("Xinyuan Chemical"): not for a decoy whose twin differs only there.</summary>
    public bool PlaceOptional { get; init; } = true;

    /// <summary>The name as the company writes it.</summary>
    public string Canonical => NameVariants.Render(this, Place, Brand, Head, Tail, NameVariants.LegalForms[Legal][0]);
}
