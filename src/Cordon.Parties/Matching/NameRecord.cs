namespace Cordon.Parties.Matching;

/// <summary>One indexed name: its entry, the name as listed, its token ids, its raw tokens (null when they are the tokens themselves,
/// as for most names: a large list must not hold a second copy), and its total token weight. A struct in one array: no object per name.</summary>
internal struct NameRecord(int entry, WatchListName name, int[] tokens, string[]? raw)
{
    public readonly int Entry = entry;

    public readonly WatchListName Name = name;

    public readonly int[] Tokens = tokens;

    public readonly string[]? Raw = raw;

    public double Weight;
}
