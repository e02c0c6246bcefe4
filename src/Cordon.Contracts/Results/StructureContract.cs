using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>The standardised structure a check read: parent SMILES, formula, and what standardisation removed.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record StructureContract
{
    /// <summary>Canonical SMILES of the parent.</summary>
    public required string Smiles { get; init; }

    /// <summary>Molecular formula of the parent.</summary>
    public required string Formula { get; init; }

    /// <summary>What was removed (counter-ions, water, labels).</summary>
    public required IReadOnlyList<string> Removed { get; init; }
}
