namespace Cordon.Parties.Matching;

/// <summary>The name score of a query against one listed name, the pieces that made it, how many distinctive query tokens met,
/// and the tokens left unmatched on either side.</summary>
internal sealed record Alignment(double Score, IReadOnlyList<ScorePiece> Pieces, int DistinctiveMatched, IReadOnlyList<string> Unmatched);
