namespace Cordon.Contracts.Network;

/// <summary>A resolved party with every spelling, its contact details and the evidence of each merge.</summary>
public sealed record NetworkPartyView(NetworkNodeView Party, IReadOnlyList<NetworkSpellingView> Spellings, IReadOnlyList<string> Contacts,
    IReadOnlyList<NetworkMergeView> Merges);
