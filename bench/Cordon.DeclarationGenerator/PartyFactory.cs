using System.Globalization;
using System.Text;

namespace Cordon.DeclarationGenerator;

/// <summary>Makes parties with unique names, addresses, telephone numbers, e-mail addresses and websites, so that any detail two
/// parties share is one the cast planted on purpose; and gives each its spelling variants, none of which another party's
/// spellings fold to.</summary>
public sealed class PartyFactory(Random random)
{
    private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _phoneSerials = new(StringComparer.Ordinal);
    private readonly Dictionary<PartyRole, int> _counts = new();

    /// <summary>Whether a name (folded by <see cref="NameVariants.Key"/>) is already some party's in <paramref name="country"/>.
    /// Keys are per country: the same generic name in two countries is a planted decoy, not a clash.</summary>
    public bool Taken(string name, string country) => _nameKeys.ContainsKey(country + ":" + NameVariants.Key(name));

    /// <summary>Makes a party; details not given are generated fresh and unique.</summary>
    public Party Make(NameParts parts, PartyRole role, City city, string kind, string category, int variants, bool exotic,
        string? address = null, Phone? phone = null, string? email = null, string? website = null, bool hasWebsite = true)
    {
        var count = _counts[role] = _counts.GetValueOrDefault(role) + 1;
        var prefix = role switch { PartyRole.Supplier => "S", PartyRole.Buyer => "B", _ => "N" };
        var id = prefix + count.ToString("D4", CultureInfo.InvariantCulture);
        var slug = Slug(parts, city);
        var tld = city.Country switch { "CN" or "HK" => "example.cn", "MX" or "GT" => "example.mx", _ => "example.com" };
        var party = new Party
        {
            Id = id,
            Canonical = parts.Canonical,
            Role = role,
            Country = city.Country,
            City = city,
            Address = address ?? NewAddress(city),
            Phone = phone ?? NewPhone(city),
            Email = email ?? $"{Mailbox(city.Country)}@{slug}.{tld}",
            Website = website ?? (hasWebsite ? $"www.{slug}.{tld}" : null),
            Kind = kind,
            Category = category,
        };
        Claim(city.Country + ":" + NameVariants.Key(party.Canonical), party.Canonical, id);
        party.Variants.Add(party.Canonical);
        foreach (var variant in NameVariants.Make(parts, random, variants, exotic))
        {
            var key = city.Country + ":" + NameVariants.Key(variant);
            if (!_nameKeys.TryGetValue(key, out var owner) || owner == id)
            {
                _nameKeys[key] = id;
                party.Variants.Add(variant);
            }
        }

        party.AddressVariants.Add(party.Address);
        party.AddressVariants.AddRange(AddressVariants(party.Address).Where(v => v != party.Address).Distinct());
        return party;
    }

    /// <summary>A fresh, unused telephone number in <paramref name="city"/>'s fictional block.</summary>
    public Phone NewPhone(City city)
    {
        var key = city.Country + city.Area;
        var serial = _phoneSerials[key] = _phoneSerials.GetValueOrDefault(key) + 1;
        return Phone.Fictional(Places.DialCode(city.Country), city.Area, serial);
    }

    private void Claim(string key, string name, string id)
    {
        if (!_nameKeys.TryAdd(key, id))
        {
            throw new InvalidOperationException($"two parties would be called '{name}'");
        }
    }

    private string NewAddress(City city)
    {
        for (var attempt = 0; ; attempt++)
        {
            var n = random.Next(1, attempt < 50 ? 400 : 9000);
            var street = city.Streets[random.Next(city.Streets.Length)];
            var district = city.Districts[random.Next(city.Districts.Length)];
            var address = city.Country switch
            {
                "CN" => $"No. {n} {street}, {district}, {city.Name} {city.Postcode}",
                "HK" => $"Room {random.Next(1, 30)}{(char)('A' + random.Next(8))}, {n} {street}, {district}, Hong Kong",
                "MX" => $"{street} {n}, {district}, {city.Name}, C.P. {city.Postcode}",
                "DE" => $"{street} {n}, {city.Postcode} {city.Name}",
                "IN" => $"Plot No. {n}, {street}, {district}, {city.Name} {city.Postcode}",
                "GT" => $"{n} {street}, {district}, {city.Name}",
                _ => $"{n} {street}, {city.Name} {city.Postcode}",
            };
            if (_addresses.Add(address))
            {
                return address;
            }
        }
    }

    // The ways one address is written: abbreviated street words, no "No.", capitals, the postcode left off.
    private static IEnumerable<string> AddressVariants(string address)
    {
        yield return address.Replace(" Road", " Rd.").Replace(" Avenue", " Ave.").Replace(" Street", " St.").Replace("Boulevard", "Blvd.");
        yield return address.Replace("No. ", "No.").Replace("Av. ", "Avenida ").Replace("Col. ", "Colonia ").Replace("Room ", "Rm. ");
        yield return address.ToUpperInvariant();
        var comma = address.LastIndexOf(", C.P.", StringComparison.Ordinal);
        yield return comma > 0 ? address[..comma] : address.Replace("Highway", "Hwy");
    }

    private static string Mailbox(string country) => country switch
    {
        "MX" or "GT" => "ventas",
        "DE" => "vertrieb",
        "CN" or "HK" => "sales",
        _ => "info",
    };

    private string Slug(NameParts parts, City city)
    {
        var basis = new StringBuilder();
        foreach (var c in (parts.Brand + " " + parts.Tail.Split(' ')[0]).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                basis.Append(c);
            }
            else if (c == ' ' && basis.Length > 0 && basis[^1] != '-')
            {
                basis.Append('-');
            }
        }

        var slug = basis.ToString().Trim('-');
        var cityWord = new string(city.Name.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        for (var n = 0; ; n++)
        {
            var candidate = n switch { 0 => slug, 1 => slug + "-" + cityWord, _ => slug + n.ToString(CultureInfo.InvariantCulture) };
            if (_slugs.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
