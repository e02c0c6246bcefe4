using System.Text.RegularExpressions;

namespace Cordon.Parties.Reading;

/// <summary>Reads the supporting fields OFAC writes in an entry's remarks ("DOB 10 Dec 1948; POB Sinaloa, Mexico; nationality
/// Mexico; Gender Male; Passport 07040028724 (Mexico); R.F.C. ...; a.k.a. 'EL CHAPITO'; Linked To: ..."), one field per
/// ';'-separated part; "alt." before a part is another value of the same field.</summary>
public static partial class RemarksParser
{
    // Words that make a part an identifier when a number follows (passport, national ID, tax and registration numbers).
    private static readonly string[] IdentifierWords =
    [
        "passport", "national id", "identification", "id no", "id card", "cedula", "nit", "r.f.c", "rfc", "c.u.r.p", "curp", "tax id", "ruc",
        "registration", "registry", "company number", "folio mercantil", "matricula", "d.n.i", "dni", "c.r. no", "rif", "electoral",
        "driver's license", "fiscal code", "v.a.t", "vat number", "trade license", "citizen's card", "personal id", "credencial",
        "government gazette", "fein", "chamber of commerce", "certificate of incorporation", "business number", "ssn", "social security",
        "public security", "cartilla", "legal entity number", "unified social credit", "license", "licence", "cuit", "rut", "nif", "cnpj",
        "cpf", "inn", "ogrn", "kpp", "okpo", "bik",
    ];

    /// <summary>What the remarks say; parts that are none of the fields are left in the remarks text only.</summary>
    public static ParsedRemarks Parse(string? remarks)
    {
        var parsed = new ParsedRemarks();
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return parsed;
        }

        // The remarks end with one full stop; a part's own dots stay ("S.A. DE C.V.").
        var text = remarks.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        foreach (var raw in text.Split(';'))
        {
            var part = raw.Trim();
            if (part.StartsWith("alt. ", StringComparison.OrdinalIgnoreCase))
            {
                part = part[5..].Trim();
            }

            if (part.Length == 0)
            {
                continue;
            }

            if (Alias().Match(part) is { Success: true } alias)
            {
                parsed.WeakAliases.Add(alias.Groups[1].Value.Trim());
            }
            else if (StartsWith(part, "DOB ") is { } dob)
            {
                if (BirthDate.Parse(dob) is { } date)
                {
                    parsed.BirthDates.Add(date);
                }
            }
            else if (StartsWith(part, "POB ") is { } pob)
            {
                parsed.BirthPlaces.Add(pob);
            }
            else if (StartsWith(part, "nationality ") is { } nationality)
            {
                parsed.Nationalities.Add(nationality);
            }
            else if (StartsWith(part, "citizen ") is { } citizen)
            {
                parsed.Citizenships.Add(citizen);
            }
            else if (StartsWith(part, "Gender ") is { } gender && gender.ToLowerInvariant() is "male" or "female")
            {
                parsed.Gender = gender.ToLowerInvariant();
            }
            else if (StartsWith(part, "Linked To:") is { } linked)
            {
                parsed.LinkedTo.Add(linked);
            }
            else if (Email().Match(part) is { Success: true } email)
            {
                parsed.Emails.Add(email.Value);
            }
            else if (StartsWith(part, "Website ") is { } website)
            {
                parsed.Websites.Add(website);
            }
            else if (Identifier(part) is { } identifier)
            {
                parsed.Identifiers.Add(identifier);
            }
        }

        return parsed;
    }

    // "Passport 07040028724 (Mexico) issued 2005": kind, number (must hold a digit), country in brackets; dates after are dropped.
    private static PartyIdentifier? Identifier(string part)
    {
        var lower = part.ToLowerInvariant();
        if (!IdentifierWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal) || lower.Contains(" " + w, StringComparison.Ordinal)))
        {
            return null;
        }

        var match = IdentifierShape().Match(part);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim().TrimEnd(',', '.');
        if (!value.Any(char.IsDigit) || PartyIdentifier.KeyOf(value).Length < 4)
        {
            return null;
        }

        var country = match.Groups["country"].Success ? match.Groups["country"].Value.Trim() : null;
        return new PartyIdentifier(match.Groups["kind"].Value.Trim().TrimEnd(':', '#').Trim(), value, country);
    }

    private static string? StartsWith(string part, string prefix) =>
        part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && part.Length > prefix.Length ? part[prefix.Length..].Trim() : null;

    [GeneratedRegex(@"^a\.k\.a\.\s*'([^']+)'")]
    private static partial Regex Alias();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?<kind>.*?(?:No\.?|Number|#|ID|Code|Card|Passport|R\.F\.C\.|RFC|C\.U\.R\.P\.|CURP|NIT|RUC|RIF|D\.N\.I\.|FEIN|License|Licence|electoral|CUIT|RUT|NIF|INN)(?:\s*(?:No\.?|Number|\#))?)\s*[:#]?\s*(?<value>[A-Za-z0-9][A-Za-z0-9 .,\-/]*?)\s*(?:\((?<country>[^)]+)\))?(?:\s+(?:issued|expires|Issue Date|Expiration Date)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentifierShape();
}
