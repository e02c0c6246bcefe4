namespace Cordon.Network.Graph;

/// <summary>What a node of the supplier network stands for.</summary>
public enum NodeKind
{
    /// <summary>A resolved party of the declarations.</summary>
    Party,

    /// <summary>A watch-list entry (a designee).</summary>
    Designee,

    /// <summary>A contact detail (phone, e-mail, website, address) that two or more parties or designees share.</summary>
    Contact,
}
