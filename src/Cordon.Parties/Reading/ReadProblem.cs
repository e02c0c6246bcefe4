namespace Cordon.Parties.Reading;

/// <summary>A line of a watch-list file that could not be read: it is skipped and reported, never silently.</summary>
public sealed record ReadProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Message}";
}
