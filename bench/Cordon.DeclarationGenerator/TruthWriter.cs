using System.Text.Json;

namespace Cordon.DeclarationGenerator;

/// <summary>Writes the ground truth as one JSON object: the run, the parties with every spelling, the rings, shared contact
/// details, the designee link, the decoy pairs, then one entry a row (streamed, so a million rows stay cheap).</summary>
public static class TruthWriter
{
    /// <summary>The format version; bump it when a field changes meaning.</summary>
    public const int Version = 1;

    /// <summary>Writes everything before the rows and opens the rows array.</summary>
    public static void Start(Utf8JsonWriter json, GeneratorOptions options, Cast cast)
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("generator", "Cordon.DeclarationGenerator");
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("rows", options.Rows);
        json.WriteString("from", options.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("to", options.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("parties");
        foreach (var party in cast.All)
        {
            json.WriteStartObject();
            json.WriteString("id", party.Id);
            json.WriteString("canonical", party.Canonical);
            json.WriteString("role", party.Role.ToString().ToLowerInvariant());
            json.WriteString("kind", party.Kind);
            json.WriteString("country", party.Country);
            json.WriteString("city", party.City.Name);
            json.WriteString("address", party.Address);
            json.WriteString("phone", party.Phone.Normalized);
            json.WriteString("email", party.Email);
            if (party.Website is { } website)
            {
                json.WriteString("website", website);
            }
            else
            {
                json.WriteNull("website");
            }

            json.WriteString("category", party.Category);
            Strings(json, "variants", party.Variants);
            Strings(json, "addressVariants", party.AddressVariants);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rings");
        foreach (var ring in cast.Rings)
        {
            json.WriteStartObject();
            json.WriteString("id", ring.Id);
            Strings(json, "buyers", ring.Buyers.Select(b => b.Id));
            Strings(json, "suppliers", ring.Suppliers.Select(s => s.Id));
            json.WriteString("note", ring.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("contactLinks");
        foreach (var link in cast.ContactLinks)
        {
            Link(json, link);
        }

        json.WriteEndArray();
        json.WriteStartObject("designeeLink");
        json.WriteString("party", cast.Designee.Party);
        json.WriteString("sdnUid", cast.Designee.SdnUid);
        json.WriteString("sdnName", cast.Designee.SdnName);
        Strings(json, "programs", cast.Designee.Programs);
        json.WriteStartArray("details");
        foreach (var detail in cast.Designee.Details)
        {
            Link(json, detail);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("decoyPairs");
        foreach (var pair in cast.Decoys)
        {
            json.WriteStartObject();
            json.WriteString("a", pair.First);
            json.WriteString("b", pair.Second);
            json.WriteString("why", pair.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "rowFields", RowFields);
        json.WriteStartArray("rowParties");
    }

    /// <summary>What each entry of rowParties holds, in order: one array a row keeps a million rows' truth small.</summary>
    public static readonly string[] RowFields = ["id", "shipper", "consignee", "notify", "ring", "suspect"];

    /// <summary>Writes one row's true parties, its ring (or null) and whether its goods are suspect.</summary>
    public static void Row(Utf8JsonWriter json, string id, Party shipper, Party consignee, Party? notify, bool suspect, string? ring)
    {
        json.WriteStartArray();
        json.WriteStringValue(id);
        json.WriteStringValue(shipper.Id);
        json.WriteStringValue(consignee.Id);
        if (notify is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(notify.Id);
        }

        if (ring is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(ring);
        }

        json.WriteBooleanValue(suspect);
        json.WriteEndArray();
    }

    /// <summary>Closes the rows array and the object.</summary>
    public static void Finish(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void Link(Utf8JsonWriter json, ContactLink link)
    {
        json.WriteStartObject();
        json.WriteString("kind", link.Kind);
        json.WriteString("value", link.Value);
        Strings(json, "parties", link.Parties);
        json.WriteString("note", link.Note);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
