using Cordon.Parties.Matching;
using Cordon.Text;

namespace Cordon.Network.Resolution;

/// <summary>The key of one spelling of a party: its name's comparable tokens (legal forms dropped, abbreviations expanded,
/// text folded) and its country. Spellings that differ only in case, punctuation, legal form or disguised letters share a key.</summary>
public static class SpellingKey
{
    /// <summary>The key of a party as one row writes it.</summary>
    public static string Of(TradeParty party) => Of(party.Name, party.Country);

    /// <summary>The key of a name in a country (null or "" for none known).</summary>
    public static string Of(string name, string? country)
    {
        var tokens = PartyNameNormalizer.Normalize(name).Tokens;
        var words = tokens.Count > 0 ? string.Join(' ', tokens) : "=" + TextFolder.FoldToString(name).Trim().ToLowerInvariant();
        return $"{words}|{country?.ToUpperInvariant()}";
    }
}
