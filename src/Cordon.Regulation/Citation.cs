namespace Cordon.Regulation;

/// <summary>Where the law says it: the section of the instrument and the source read for it.</summary>
public sealed record Citation(string Section, string Source)
{
    /// <inheritdoc />
    public override string ToString() => $"{Section}; {Source}";
}
