namespace Cordon.Contracts.Network;

/// <summary>An analyst's merge or split of two spellings, by their keys as a party's spellings list them.</summary>
public sealed record NetworkDecisionBody(string Kind, string Key, string OtherKey, string? Note);
