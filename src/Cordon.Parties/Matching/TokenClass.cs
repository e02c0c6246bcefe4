namespace Cordon.Parties.Matching;

/// <summary>How much a token says about which party it is.</summary>
internal enum TokenClass
{
    /// <summary>A word that tells parties apart (weighted by its rarity in the list).</summary>
    Distinctive,

    /// <summary>A trade word (chemical, trading, international).</summary>
    Generic,

    /// <summary>A place or particle (Shanghai, Mexico, el, de).</summary>
    Place,
}
