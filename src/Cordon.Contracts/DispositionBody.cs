namespace Cordon.Contracts;

/// <summary>Body of <c>POST /v1/rows/{id}/disposition</c>.</summary>
/// <param name="Disposition">cleared, referred, held, seized or false_positive.</param>
/// <param name="Note">Why.</param>
/// <param name="Version">The row version the analyst saw; a row changed since is refused with 409 and its current state.</param>
public sealed record DispositionBody(string Disposition, string? Note, int Version)
{
    /// <summary>The dispositions an analyst may record.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["cleared", "referred", "held", "seized", "false_positive"];
}
