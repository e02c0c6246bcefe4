using System.Globalization;
using Cordon.Network;

namespace Cordon.Screening.Declarations;

/// <summary>A declaration's parties as the supplier network reads them: name, country (the party's own, else the origin for
/// the shipper and the destination for the consignee), address and contact text; and the declaration's date.</summary>
public static class DeclarationParties
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "dd/MM/yyyy", "dd.MM.yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>The party in <paramref name="role"/>; null when the row names none.</summary>
    public static TradeParty? Of(DeclarationRecord record, PartyRole role)
    {
        var (name, country, fallback, address, contact) = role switch
        {
            PartyRole.Shipper => (DeclarationField.Shipper, DeclarationField.ShipperCountry, (DeclarationField?)DeclarationField.Origin, DeclarationField.ShipperAddress,
                DeclarationField.ShipperContact),
            PartyRole.Consignee => (DeclarationField.Consignee, DeclarationField.ConsigneeCountry, DeclarationField.Destination, DeclarationField.ConsigneeAddress,
                DeclarationField.ConsigneeContact),
            _ => (DeclarationField.NotifyParty, DeclarationField.NotifyCountry, (DeclarationField?)null, DeclarationField.NotifyAddress, DeclarationField.NotifyContact),
        };
        if (record[name] is not { } party)
        {
            return null;
        }

        var countryText = record[country] ?? (fallback is { } f ? record[f] : null);
        var contacts = record.All(contact).Select(c => c.Text).ToList();
        return new TradeParty(party)
        {
            Country = Cordon.Parties.Countries.Find(countryText)?.Alpha2, Address = record[address],
            Contact = contacts.Count == 0 ? null : string.Join("; ", contacts),
        };
    }

    /// <summary>The declaration's date, when it has one in a form read without doubt (ISO, or day first); null otherwise.</summary>
    public static DateOnly? Date(DeclarationRecord record) =>
        record[DeclarationField.Date] is { } text && DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date) : null;
}
