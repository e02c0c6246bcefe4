namespace Cordon.Parties.Matching;

/// <summary>One indexed name: its entry, the name as listed, its token ids and raw tokens, and its total token weight.</summary>
internal sealed class NameRecord(int entry, WatchListName name, int[] tokens, string[] raw)
{
    public int Entry { get; } = entry;

    public WatchListName Name { get; } = name;

    public int[] Tokens { get; } = tokens;

    public string[] Raw { get; } = raw;

    public double Weight { get; set; }
}
