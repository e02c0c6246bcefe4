using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>The check behind a chemical mention in a declaration.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EvidenceCheckContract
{
    /// <summary>The verdict.</summary>
    public required CheckStatusValue Status { get; init; }

    /// <summary>The structure's SMILES, or null.</summary>
    public required string? Smiles { get; init; }

    /// <summary>The findings.</summary>
    public required IReadOnlyList<FindingContract> Entries { get; init; }

    /// <summary>The answer in words.</summary>
    public required string Message { get; init; }
}
