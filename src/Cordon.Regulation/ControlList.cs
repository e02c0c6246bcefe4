namespace Cordon.Regulation;

/// <summary>One list, table or schedule of one jurisdiction, as in one rules file.</summary>
public sealed record ControlList(string Id, string Jurisdiction, string Name, string Authority, string Url);
