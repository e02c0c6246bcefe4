namespace Cordon.Screening.Declarations;

/// <summary>The fields of a customs declaration Cordon understands; other columns are kept and echoed.</summary>
public enum DeclarationField
{
    /// <summary>The declaration's own id.</summary>
    Id,

    /// <summary>The goods description (free text).</summary>
    Description,

    /// <summary>The declared HS code.</summary>
    HsCode,

    /// <summary>A declared CAS RN column.</summary>
    Cas,

    /// <summary>Quantity or weight.</summary>
    Quantity,

    /// <summary>Shipper or exporter.</summary>
    Shipper,

    /// <summary>Consignee or importer.</summary>
    Consignee,

    /// <summary>Notify party.</summary>
    NotifyParty,

    /// <summary>Country or place of origin.</summary>
    Origin,

    /// <summary>Country or place of destination.</summary>
    Destination,

    /// <summary>Port of loading.</summary>
    PortOfLoading,

    /// <summary>Port of discharge.</summary>
    PortOfDischarge,

    /// <summary>The shipper's country (else the origin is used for the shipper).</summary>
    ShipperCountry,

    /// <summary>The consignee's country (else the destination is used for the consignee).</summary>
    ConsigneeCountry,

    /// <summary>The notify party's country.</summary>
    NotifyCountry,

    /// <summary>The shipper's address.</summary>
    ShipperAddress,

    /// <summary>The consignee's address.</summary>
    ConsigneeAddress,

    /// <summary>The notify party's address.</summary>
    NotifyAddress,

    /// <summary>The declaration's date (shipment, arrival or filing).</summary>
    Date,

    /// <summary>The shipper's phone numbers, e-mail addresses or website.</summary>
    ShipperContact,

    /// <summary>The consignee's phone numbers, e-mail addresses or website.</summary>
    ConsigneeContact,

    /// <summary>The notify party's phone numbers, e-mail addresses or website.</summary>
    NotifyContact,
}
