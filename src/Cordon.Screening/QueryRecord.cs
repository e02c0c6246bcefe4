namespace Cordon.Screening;

/// <summary>One record read from an input: its text, where it came from, and a reader error if it could not be read.</summary>
/// <param name="Index">0-based position in the input.</param>
/// <param name="Text">The query text (SMILES, CAS RN, name or molfile).</param>
/// <param name="Source">File name, or null for a command-line query.</param>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Name">The record's own name or id (an SDF title, a .smi name column), if any.</param>
/// <param name="ForcedKind">The kind the reader knows the record to be (molfile for SDF, SMILES for .smi).</param>
/// <param name="Error">Why the record could not be read, if it could not.</param>
public sealed record QueryRecord(int Index, string Text, string? Source, int Line, string? Name = null,
    InputKind? ForcedKind = null, string? Error = null)
{
    /// <summary>"file:line", or "argument" for a command-line query.</summary>
    public string Place => Source is null ? "argument" : $"{Source}:{Line}";
}
