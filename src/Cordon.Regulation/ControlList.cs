namespace Cordon.Regulation;

/// <summary>One list, table or schedule of one jurisdiction, as in one rules file.</summary>
public sealed record ControlList(string Id, string Jurisdiction, string Name, string Authority, string Url)
{
    /// <summary>True for lists of solvents and acids in everyday use (UN Table II, US List II, EU Category 3,
    /// China Category III), where risk depends on quantity.</summary>
    public bool Routine { get; init; }

    /// <summary>The latest amendment this file reflects; null when the file does not say (a <c>kb validate</c> warning).</summary>
    public ListAmendment? LastAmended { get; init; }

    /// <summary>The list's version as results report it: its id and the date of the last amendment reflected.</summary>
    public string Version => LastAmended is null ? Id : $"{Id}@{LastAmended.Date}";
}
