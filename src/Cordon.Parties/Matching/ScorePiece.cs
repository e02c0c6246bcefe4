namespace Cordon.Parties.Matching;

/// <summary>One piece of a match score: a query token, the list token it met, its weight and similarity; or a supporting field.</summary>
public sealed record ScorePiece(string Query, string Matched, double Weight, double Similarity)
{
    /// <inheritdoc />
    public override string ToString() => Query == Matched
        ? $"'{Query}' (weight {Weight:0.00})"
        : $"'{Query}' ~ '{Matched}' (weight {Weight:0.00}, similarity {Similarity:0.00})";
}
