namespace Cordon.Network.Resolution;

/// <summary>One spelling of a resolved party: its key, the most common way rows write it, and how many rows do.</summary>
public sealed record PartySpelling(string Key, string Name, int Rows);
