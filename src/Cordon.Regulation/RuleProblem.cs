namespace Cordon.Regulation;

/// <summary>Something wrong (or doubtful, when <see cref="IsError"/> is false) in a rules file.</summary>
public sealed record RuleProblem(SourceLocation Location, bool IsError, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
