using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cordon.DeclarationGenerator;

/// <summary>Writes the declarations CSV and its ground truth, row by row: memory stays bounded by the cast, not the rows.</summary>
public static class DeclarationSet
{
    /// <summary>The CSV header: names the declaration reader detects, plus date and the contact columns.</summary>
    public static readonly string[] Columns =
    [
        "declaration_id", "date", "shipper", "shipper_address", "shipper_contact", "shipper_country", "consignee", "consignee_address",
        "consignee_contact", "consignee_country", "notify_party", "origin", "destination", "hs_code", "goods_description", "quantity",
        "port_of_loading", "port_of_discharge",
    ];

    // Share of rows that belong to a ring; within them, the share carrying suspect chemistry.
    private const double RingShare = 0.06;
    private const double RingSuspectShare = 0.5;

    /// <summary>Generates <see cref="GeneratorOptions.Rows"/> rows into <paramref name="csv"/> and the truth into <paramref name="truth"/>.</summary>
    public static Cast Write(GeneratorOptions options, TextWriter csv, Stream truth)
    {
        var random = new Random(options.Seed);
        var designee = Designee.Read(options.SdnFolder, options.SdnUid);
        var cast = Cast.Make(options.Rows, random, designee);
        using var json = new Utf8JsonWriter(truth, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        TruthWriter.Start(json, options, cast);
        csv.Write(string.Join(",", Columns));
        csv.Write('\n');
        var days = options.To.DayNumber - options.From.DayNumber + 1;
        var line = new StringBuilder(512);
        var turns = new int[cast.Rings.Count];
        for (var row = 1; row <= options.Rows; row++)
        {
            var date = options.From.AddDays((int)((long)(row - 1) * days / options.Rows));
            var (shipper, consignee, notify, goods, ring) = Pick(cast, random, turns);
            var id = "CDN-" + row.ToString("D7", CultureInfo.InvariantCulture);
            line.Clear();
            Cell(line, id);
            Cell(line, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Cell(line, Spelling(shipper, random));
            Cell(line, AddressOf(shipper, random));
            Cell(line, Contact(shipper, random));
            Cell(line, shipper.Country);
            Cell(line, Spelling(consignee, random));
            Cell(line, AddressOf(consignee, random));
            Cell(line, Contact(consignee, random));
            Cell(line, consignee.Country);
            Cell(line, notify is null ? "" : Spelling(notify, random));
            Cell(line, shipper.Country == "HK" && random.Next(2) == 0 ? "CN" : shipper.Country);
            Cell(line, consignee.Country);
            Cell(line, goods.HsCode);
            Cell(line, goods.Description);
            Cell(line, Quantity(goods, random));
            Cell(line, shipper.City.Port);
            Cell(line, consignee.City.Port, last: true);
            csv.Write(line);
            csv.Write('\n');
            TruthWriter.Row(json, id, shipper, consignee, notify, goods.Suspect, ring);
            if (row % 4096 == 0)
            {
                json.Flush();
            }
        }

        TruthWriter.Finish(json);
        return cast;
    }

    private static (Party Shipper, Party Consignee, Party? Notify, Goods Goods, string? Ring) Pick(Cast cast, Random random, int[] turns)
    {
        if (random.NextDouble() < RingShare)
        {
            // Ring rows walk the ring's buyer-supplier pairs in turn, so even a small set has every buyer on every ring supplier.
            var r = random.Next(cast.Rings.Count);
            var ring = cast.Rings[r];
            // A quarter of a ring buyer's rows are cover: ordinary goods from its usual ordinary suppliers.
            var cover = random.Next(4) == 0;
            var turn = cover ? random.Next(ring.Buyers.Count) : turns[r]++;
            var buyer = ring.Buyers[turn % ring.Buyers.Count];
            Party? notify = ring.Id switch
            {
                "R4" when random.Next(10) < 7 => cast.RingBroker,
                "R1" when random.Next(10) < 3 => ring.Buyers[random.Next(ring.Buyers.Count)] is var other && other != buyer ? other : null,
                _ => null,
            };
            if (cover)
            {
                var usual = Usual(cast, buyer, random);
                return (usual, buyer, notify, Ordinary(usual, random), null);
            }

            var supplier = ring.Suppliers[turn / ring.Buyers.Count % ring.Suppliers.Count];
            var goods = random.NextDouble() < RingSuspectShare ? Catalogue.Suspect[random.Next(Catalogue.Suspect.Length)] : Ordinary(supplier, random);
            return (supplier, buyer, notify, goods, ring.Id);
        }

        // Busy buyers are few and quiet ones many: the square of a uniform draw skews picks towards the list's start.
        var u = random.NextDouble();
        var consignee = cast.OrdinaryBuyers[(int)(u * u * cast.OrdinaryBuyers.Count)];
        var shipper = Usual(cast, consignee, random);
        var broker = random.Next(100) < 12 ? cast.Brokers[random.Next(cast.Brokers.Count)] : null;
        return (shipper, consignee, broker, Ordinary(shipper, random), null);
    }

    private static Party Usual(Cast cast, Party buyer, Random random)
    {
        var usual = cast.Usual[buyer.Id];
        if (random.Next(100) < 85)
        {
            return cast.OrdinarySuppliers[usual[random.Next(usual.Length)]];
        }

        while (true)
        {
            var any = cast.OrdinarySuppliers[random.Next(cast.OrdinarySuppliers.Count)];
            if (any.Country != buyer.Country)
            {
                return any;
            }
        }
    }

    private static Goods Ordinary(Party supplier, Random random)
    {
        var goods = Catalogue.Ordinary[supplier.Category];
        var pick = goods[random.Next(goods.Length)];
        return pick.Rare && random.Next(5) != 0 ? goods[random.Next(goods.Length)] : pick;
    }

    // The canonical spelling most of the time, one of the variants otherwise.
    private static string Spelling(Party party, Random random) =>
        party.Variants.Count == 1 || random.Next(100) < 55 ? party.Variants[0] : party.Variants[1 + random.Next(party.Variants.Count - 1)];

    private static string AddressOf(Party party, Random random) =>
        random.Next(100) < 12 ? "" : random.Next(100) < 70 ? party.AddressVariants[0] : party.AddressVariants[random.Next(party.AddressVariants.Count)];

    private static readonly string[] PhoneLabels = ["Tel: ", "Tel. ", "Phone ", "T: ", "", "TEL ", "Tel/Fax: "];
    private static readonly string[] EmailLabels = ["", "Email: ", "E-mail: ", "mail: ", ""];
    private static readonly string[] Separators = ["; ", " / ", ", ", " | ", "  "];

    // Free text as declarations carry it: some of the phone, e-mail and website, each labelled and written its own way.
    private static string Contact(Party party, Random random)
    {
        if (random.Next(100) < (party.Shown.Count > 0 ? 5 : 25))
        {
            return "";
        }

        var pieces = new List<string>(3);
        var mask = (1 + random.Next(7)) | (party.Shown.Contains("phone") ? 1 : 0) | (party.Shown.Contains("email") ? 2 : 0) | (party.Shown.Contains("website") ? 4 : 0);
        if ((mask & 1) != 0)
        {
            pieces.Add(PhoneLabels[random.Next(PhoneLabels.Length)] + party.Phone.Format(random.Next(5)));
        }

        if ((mask & 2) != 0)
        {
            var email = random.Next(6) == 0 ? party.Email.ToUpperInvariant() : party.Email;
            pieces.Add(EmailLabels[random.Next(EmailLabels.Length)] + email);
        }

        if ((mask & 4) != 0 && party.Website is { } site)
        {
            pieces.Add(random.Next(4) switch { 0 => "http://" + site, 1 => "https://" + site + "/", 2 when site.StartsWith("www.", StringComparison.Ordinal) => site[4..], _ => site });
        }

        if (pieces.Count == 0)
        {
            pieces.Add(party.Phone.Format(random.Next(5)));
        }

        return string.Join(Separators[random.Next(Separators.Length)], pieces);
    }

    private static string Quantity(Goods goods, Random random)
    {
        var amount = goods.Least + random.Next(goods.Most - goods.Least + 1);
        var rounded = amount >= 1000 ? amount / 100 * 100 : amount >= 100 ? amount / 5 * 5 : amount;
        return rounded.ToString(CultureInfo.InvariantCulture) + " " + goods.Unit;
    }

    private static void Cell(StringBuilder line, string value, bool last = false)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        }
        else
        {
            line.Append(value);
        }

        if (!last)
        {
            line.Append(',');
        }
    }
}
