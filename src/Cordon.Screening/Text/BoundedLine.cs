namespace Cordon.Screening.Text;

/// <summary>One physical line of a text file, cut at the reader's bound.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line without its terminator; only the first <c>MaxLineChars</c> characters when <paramref name="Overlong"/>.</param>
/// <param name="Overlong">The line was longer than the bound; the rest of it was skipped without being stored.</param>
/// <param name="Undecodable">The line holds bytes that are invalid in the file's encoding (decoded as U+FFFD).</param>
internal readonly record struct BoundedLine(int Number, string Text, bool Overlong, bool Undecodable);
