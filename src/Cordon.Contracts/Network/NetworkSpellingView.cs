namespace Cordon.Contracts.Network;

/// <summary>One spelling of a resolved party: its key (what a merge or split names), as most rows write it, and in how many rows.</summary>
public sealed record NetworkSpellingView(string Key, string Name, int Rows);
