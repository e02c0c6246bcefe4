using Cordon.Screening;

namespace Cordon.Application;

/// <summary>The <c>--fail-on</c> policy of a check run: it watches every verdict and says at the end whether the run failed
/// (the CLI maps that to exit code 1). Not thread-safe: verdicts are observed where results are written, in input order.</summary>
public sealed class FailOnPolicy(FailOn level)
{
    /// <summary>Reads the option's word: null for never; throws <see cref="UseCaseException"/> for an unknown one (fail closed).</summary>
    public static FailOn Parse(string? text) => text switch
    {
        null => FailOn.Never,
        "controlled" => FailOn.Controlled,
        "suspect" => FailOn.Suspect,
        _ => throw new UseCaseException("fail-on", $"'{text}': expected controlled or suspect"),
    };

    /// <summary>True once a verdict observed reached the level.</summary>
    public bool Failed { get; private set; }

    /// <summary>Whether this status reaches the level.</summary>
    public bool Trips(CheckStatus status) => level switch
    {
        FailOn.Controlled => status == CheckStatus.Controlled,
        FailOn.Suspect => status is CheckStatus.Controlled or CheckStatus.Suspect,
        _ => false,
    };

    /// <summary>Records one result's verdict.</summary>
    public void Observe(CheckResult result)
    {
        if (Trips(result.Status))
        {
            Failed = true;
        }
    }
}
