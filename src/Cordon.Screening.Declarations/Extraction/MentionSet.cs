namespace Cordon.Screening.Declarations.Extraction;

/// <summary>The mentions found in one field so far, with the characters they claim, so that testing whether a new span
/// overlaps one costs the span's length, not the number of mentions (a field of a million characters stays linear).</summary>
internal sealed class MentionSet(int length)
{
    private readonly bool[] _claimed = new bool[length + 1];
    private readonly List<Mention> _mentions = [];

    /// <summary>Mentions in the order found.</summary>
    public IReadOnlyList<Mention> Items => _mentions;

    /// <summary>How many mentions were found.</summary>
    public int Count => _mentions.Count;

    /// <summary>True when [start, end) overlaps a mention already found.</summary>
    public bool Overlaps(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, _claimed.Length); i++)
        {
            if (_claimed[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a mention and claims its span.</summary>
    public void Add(Mention mention)
    {
        _mentions.Add(mention);
        Array.Fill(_claimed, true, Math.Max(0, mention.Start), Math.Max(0, Math.Min(mention.End, _claimed.Length) - Math.Max(0, mention.Start)));
    }
}
