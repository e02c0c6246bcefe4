namespace Cordon.Network;

/// <summary>The part a party plays on a declaration.</summary>
public enum PartyRole
{
    /// <summary>The exporter, seller or supplier.</summary>
    Shipper,

    /// <summary>The importer or buyer.</summary>
    Consignee,

    /// <summary>The party to notify on arrival.</summary>
    NotifyParty,
}
