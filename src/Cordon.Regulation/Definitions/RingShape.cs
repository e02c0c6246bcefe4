namespace Cordon.Regulation.Definitions;

/// <summary>What kind of ring a ring site accepts.</summary>
public enum RingShape
{
    /// <summary>Any ring system.</summary>
    Any,

    /// <summary>A single ring sharing no atom with another ring, aromatic or not.</summary>
    Monocycle,

    /// <summary>A single aromatic ring sharing no atom with another ring.</summary>
    AromaticMonocycle,
}
