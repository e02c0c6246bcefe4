namespace Cordon.Regulation;

/// <summary>One list, table or schedule of one jurisdiction, as in one rules file.</summary>
public sealed record ControlList(string Id, string Jurisdiction, string Name, string Authority, string Url)
{
    /// <summary>True for lists of solvents and acids in everyday use (UN Table II, US List II, EU Category 3,
    /// China Category III), where risk depends on quantity.</summary>
    public bool Routine { get; init; }
}
