namespace Cordon.Regulation;

/// <summary>An HS 2022 subheading that covers controlled chemistry, e.g. 2933.37 (NPP).</summary>
/// <param name="Code">The subheading, "NNNN.NN".</param>
/// <param name="Text">Its text.</param>
/// <param name="NamesControlled">True when the subheading's text names a controlled substance or group, so the code alone names it;
/// false for residual subheadings and routine solvents.</param>
/// <param name="Citation">Where it comes from.</param>
public sealed record HsSubheading(string Code, string Text, bool NamesControlled, Citation Citation)
{
    /// <summary>The four-digit heading, e.g. "2933".</summary>
    public string Heading => Code[..4];
}
