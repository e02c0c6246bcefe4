namespace Cordon.Screening.Evaluation;

/// <summary>Which pipeline an evaluation set runs through.</summary>
public enum EvalMode
{
    /// <summary>Each row is a chemical query, as <c>cordon check</c> takes it.</summary>
    Check,

    /// <summary>Each row is a goods description, as <c>cordon screen</c> takes it.</summary>
    Screen,
}
