namespace Cordon.Parties.Matching;

/// <summary>Builds a <see cref="PartyQuery"/> from the text of options or CSV cells; every value fails closed (an unknown country,
/// date, type or gender is an error naming the value, never ignored).</summary>
public static class PartyQueryParser
{
    /// <summary>The query, or null and the error.</summary>
    public static PartyQuery? TryCreate(string name, string? country, string? dob, string? identifier, string? type, string? gender, string? address,
        out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = "no party name";
            return null;
        }

        Country? found = null;
        if (!string.IsNullOrWhiteSpace(country) && (found = Countries.Find(country)) is null)
        {
            error = $"unknown country '{country}' (give an ISO 3166 alpha-2 or alpha-3 code, or the country's name)";
            return null;
        }

        BirthDate? date = null;
        if (!string.IsNullOrWhiteSpace(dob) && (date = BirthDate.Parse(dob)) is null)
        {
            error = $"unreadable date of birth '{dob}' (give 1976-01-03, 1976-01, 1976, '03 Jan 1976', 'circa 1976' or '1970 to 1975')";
            return null;
        }

        var kind = PartyKind.Unknown;
        switch (type?.Trim().ToLowerInvariant())
        {
            case null or "":
                break;
            case "person" or "individual":
                kind = PartyKind.Person;
                break;
            case "company" or "entity" or "organisation" or "organization":
                kind = PartyKind.Company;
                break;
            default:
                error = $"unknown type '{type}' (person or company)";
                return null;
        }

        var sex = gender?.Trim().ToLowerInvariant();
        if (sex is "m")
        {
            sex = "male";
        }
        else if (sex is "f")
        {
            sex = "female";
        }

        if (!string.IsNullOrEmpty(sex) && sex is not ("male" or "female"))
        {
            error = $"unknown gender '{gender}' (male or female)";
            return null;
        }

        return new PartyQuery(name.Trim())
        {
            Country = found,
            BirthDate = date,
            Identifier = string.IsNullOrWhiteSpace(identifier) ? null : identifier.Trim(),
            Kind = kind,
            Gender = string.IsNullOrEmpty(sex) ? null : sex,
            Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim(),
        };
    }
}
