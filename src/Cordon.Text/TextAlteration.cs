namespace Cordon.Text;

/// <summary>A place where folding changed what a reader sees as letters or digits: a span of the original text, what was
/// there, and why it matters (look-alike letters and invisible characters inside a word are how names are disguised).</summary>
/// <param name="Start">Start of the span in the original text.</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Kind">What was folded.</param>
/// <param name="Detail">A human-readable account, naming the characters found.</param>
public sealed record TextAlteration(int Start, int End, TextAlterationKind Kind, string Detail);
