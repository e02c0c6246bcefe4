using System.Globalization;

namespace Cordon.DeclarationGenerator;

/// <summary>A fictional telephone number: country code, area code and a local number in a 555 block.</summary>
public sealed record Phone(string CountryCode, string Area, string Local)
{
    /// <summary>The number as digits with a leading plus, the form the ground truth records ("+862155550123").</summary>
    public string Normalized => "+" + CountryCode + Area + Local.Replace(" ", "").Replace("-", "");

    /// <summary>The number written one of the ways declarations write it; <paramref name="style"/> picks the way.</summary>
    public string Format(int style)
    {
        var local = Local.Replace(" ", "").Replace("-", "");
        var half = local.Length / 2;
        var spaced = local[..half] + " " + local[half..];
        var dashed = local[..half] + "-" + local[half..];
        return (CountryCode, style % 5) switch
        {
            ("1", 0) => $"({Area}) {dashed}",
            ("1", 1) => $"+1 {Area}-{dashed}",
            ("1", 2) => $"{Area}.{local[..half]}.{local[half..]}",
            ("1", 3) => $"1-{Area}-{dashed}",
            ("52", 0) => $"+52 ({Area}) {dashed}",
            ("52", 1) => $"{Area} {spaced}",
            ("52", 2) => $"+52 {Area} {local}",
            ("52", 3) => $"01 {Area} {dashed}",
            _ when Area.Length == 0 && style % 5 == 0 => $"+{CountryCode} {spaced}",
            _ when Area.Length == 0 && style % 5 == 1 => $"({CountryCode}) {dashed}",
            _ when Area.Length == 0 && style % 5 == 2 => spaced,
            _ when Area.Length == 0 && style % 5 == 3 => $"+{CountryCode}-{local}",
            ("86", 0) => $"+86 {Area} {spaced}",
            ("86", 1) => $"+86-{Area}-{local}",
            ("86", 2) => $"0086 {Area} {local}",
            ("86", 3) => $"(0{Area}) {dashed}",
            (_, 0) => $"+{CountryCode} {Area} {spaced}",
            (_, 1) => $"00{CountryCode} {Area} {local}",
            (_, 2) => $"+{CountryCode}-{Area}-{dashed}",
            (_, 3) => $"0{Area} {spaced}",
            _ => $"+{CountryCode}{Area}{local}",
        };
    }

    /// <summary>The <paramref name="serial"/>-th number of a country's fictional block in <paramref name="area"/>.</summary>
    public static Phone Fictional(string countryCode, string area, int serial) => countryCode switch
    {
        // North America: 555-0100..0199 is the reserved fictional range; past it the 555 exchange goes on, still unassigned in practice.
        "1" => new Phone(countryCode, area, "555" + (100 + serial).ToString("D4", CultureInfo.InvariantCulture)),
        "502" or "852" => new Phone(countryCode, "", "5555" + serial.ToString("D4", CultureInfo.InvariantCulture)),
        _ => new Phone(countryCode, area, "5555" + serial.ToString("D4", CultureInfo.InvariantCulture)),
    };
}
