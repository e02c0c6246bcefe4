using Cordon.Screening.Extraction;

namespace Cordon.Screening.Declarations.Extraction;

/// <summary>A chemical found in a text: where, as what, and the query that resolves it.</summary>
/// <param name="Kind">How it was found.</param>
/// <param name="Start">Start of the span in the original text.</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Query">What to check: a CAS RN, a knowledge-base name, or SMILES; null when there is nothing to check.</param>
/// <param name="QueryKind">How to read <paramref name="Query"/>.</param>
/// <param name="Note">How it was found or why it is doubtful (fuzzy distance, context, ambiguity).</param>
/// <param name="Percent">A share given right after it ("60 %"), for mixtures.</param>
public sealed record Mention(MentionKind Kind, int Start, int End, string Text, string? Query, InputKind QueryKind, string? Note, double? Percent = null);
