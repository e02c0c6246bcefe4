namespace Cordon.Network.Resolution;

/// <summary>The parties of a set of declarations after resolution, with a lookup from any spelling's key to its party.</summary>
public sealed class PartyResolution
{
    private readonly Dictionary<string, ResolvedParty> _byKey;

    internal PartyResolution(IReadOnlyList<ResolvedParty> parties, string model, int pairsScored, IReadOnlyList<string> heldApart)
    {
        Parties = parties;
        Model = model;
        PairsScored = pairsScored;
        HeldApart = heldApart;
        _byKey = new(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var spelling in party.Spellings)
            {
                _byKey[spelling.Key] = party;
            }
        }
    }

    /// <summary>Every party, most rows first.</summary>
    public IReadOnlyList<ResolvedParty> Parties { get; }

    /// <summary>The network model's id that scored the merges.</summary>
    public string Model { get; }

    /// <summary>How many pairs of spellings the name matcher put forward and the model scored.</summary>
    public int PairsScored { get; }

    /// <summary>Merges the model would have made that an analyst's split prevented, as "name ~ name".</summary>
    public IReadOnlyList<string> HeldApart { get; }

    /// <summary>The party a spelling belongs to; null for one not in these declarations.</summary>
    public ResolvedParty? PartyOf(string spellingKey) => _byKey.GetValueOrDefault(spellingKey);

    /// <summary>The party a row's party belongs to.</summary>
    public ResolvedParty? PartyOf(TradeParty party) => PartyOf(SpellingKey.Of(party));
}
