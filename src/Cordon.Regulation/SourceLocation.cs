namespace Cordon.Regulation;

/// <summary>A place in a rules file, for problems and for reviewers.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
