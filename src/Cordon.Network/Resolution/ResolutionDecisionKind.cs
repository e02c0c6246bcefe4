namespace Cordon.Network.Resolution;

/// <summary>What an analyst said about two spellings.</summary>
public enum ResolutionDecisionKind
{
    /// <summary>They are one party, whatever the model scores.</summary>
    Merge,

    /// <summary>They are two parties: never in one, whatever the model scores.</summary>
    Split,
}
