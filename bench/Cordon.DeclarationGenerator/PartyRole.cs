namespace Cordon.DeclarationGenerator;

/// <summary>What a generated party does in the trade.</summary>
public enum PartyRole
{
    /// <summary>Ships goods (an exporter).</summary>
    Supplier,

    /// <summary>Receives goods (an importer).</summary>
    Buyer,

    /// <summary>A forwarder or customs broker named as notify party.</summary>
    Broker,
}
