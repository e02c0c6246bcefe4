namespace Cordon.Screening.Reporting;

/// <summary>The lower-case words of the JSON contract for enum values.</summary>
public static class ResultNames
{
    /// <summary>"controlled", "suspect", "clear" or "unresolved".</summary>
    public static string Of(CheckStatus status) => status switch
    {
        CheckStatus.Controlled => "controlled",
        CheckStatus.Suspect => "suspect",
        CheckStatus.Clear => "clear",
        _ => "unresolved",
    };

    /// <summary>"smiles", "cas", "name" or "molfile".</summary>
    public static string Of(InputKind kind) => kind switch
    {
        InputKind.Smiles => "smiles",
        InputKind.Cas => "cas",
        InputKind.Name => "name",
        _ => "molfile",
    };

    /// <summary>"listed", "generic" or "analogue".</summary>
    public static string Of(FindingBasis basis) => basis switch
    {
        FindingBasis.Listed => "listed",
        FindingBasis.Generic => "generic",
        _ => "analogue",
    };
}
