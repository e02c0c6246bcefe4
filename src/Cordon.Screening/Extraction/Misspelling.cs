namespace Cordon.Screening.Extraction;

/// <summary>A word or phrase read as a misspelling of a knowledge-base name: the key it is nearest, the edits, and the keys
/// of other substances exactly as near (when there are any, the word may mean either and is not read as one).</summary>
/// <param name="Key">The nearest name's key (the first, when several are as near).</param>
/// <param name="Distance">Edits between the word and that name.</param>
/// <param name="Rivals">Keys as near that name other substances; empty when the reading is unique.</param>
public sealed record Misspelling(int Key, int Distance, IReadOnlyList<int> Rivals)
{
    /// <summary>True when another substance's name is exactly as near: the word is not read as either.</summary>
    public bool IsAmbiguous => Rivals.Count > 0;

    /// <summary>"1 edit", "2 edits".</summary>
    public string Edits => Distance == 1 ? "1 edit" : $"{Distance} edits";
}
