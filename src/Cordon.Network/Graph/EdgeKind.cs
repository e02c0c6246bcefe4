namespace Cordon.Network.Graph;

/// <summary>What an edge of the supplier network says.</summary>
public enum EdgeKind
{
    /// <summary>The shipper shipped to the consignee (From → To), with the rows that say so.</summary>
    ShippedTo,

    /// <summary>The party was the notify party of the consignee's rows (From → To).</summary>
    NotifyFor,

    /// <summary>The party or designee (From) gives the contact detail (To).</summary>
    HasContact,

    /// <summary>The party (From) matches the designee (To) on the watch list.</summary>
    MatchesDesignee,

    /// <summary>The watch list links the designee (From) to another (To): OFAC's "Linked To".</summary>
    LinkedTo,
}
