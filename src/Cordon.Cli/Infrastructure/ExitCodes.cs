namespace Cordon.Cli.Infrastructure;

/// <summary>Process exit codes, as documented in README.</summary>
internal static class ExitCodes
{
    /// <summary>Every record was processed, whatever the verdicts.</summary>
    public const int Ok = 0;

    /// <summary>--fail-on was given and a record reached that status.</summary>
    public const int FailOn = 1;

    /// <summary>Bad arguments, or an input file that cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>The knowledge base has errors (see cordon kb validate).</summary>
    public const int InvalidRules = 3;

    /// <summary>An unexpected failure (a bug, or the machine: disk, memory); the message says which.</summary>
    public const int Internal = 4;
}
