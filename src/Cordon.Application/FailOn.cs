namespace Cordon.Application;

/// <summary>Which verdict makes a run fail (<c>--fail-on</c>).</summary>
public enum FailOn
{
    /// <summary>A run never fails on its verdicts.</summary>
    Never,

    /// <summary>A run fails when any record is controlled.</summary>
    Controlled,

    /// <summary>A run fails when any record is controlled or suspect.</summary>
    Suspect,
}
