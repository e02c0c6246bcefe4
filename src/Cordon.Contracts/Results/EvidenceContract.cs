using System.Text.Json.Serialization;

namespace Cordon.Contracts.Results;

/// <summary>One piece of evidence in a declaration: where in which column, the rule and feature, its weight and why.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EvidenceContract
{
    /// <summary>The column it was found in.</summary>
    public required string Column { get; init; }

    /// <summary>Start offset in the original text.</summary>
    public int? Start { get; init; }

    /// <summary>End offset in the original text.</summary>
    public int? End { get; init; }

    /// <summary>The text found.</summary>
    public required string Text { get; init; }

    /// <summary>The rule that found it.</summary>
    public required string Rule { get; init; }

    /// <summary>The risk feature it raises.</summary>
    public required string Feature { get; init; }

    /// <summary>The feature's weight.</summary>
    public required double Weight { get; init; }

    /// <summary>Why, in words.</summary>
    public required string Explanation { get; init; }

    /// <summary>A concentration or quantity read, in percent.</summary>
    public double? Percent { get; init; }

    /// <summary>The check of a chemical mention.</summary>
    public EvidenceCheckContract? Check { get; init; }
}
