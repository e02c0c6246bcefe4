using System.Globalization;
using System.Text;

namespace Cordon.Benchmarks;

/// <summary>Writes a synthetic declarations CSV for the screening throughput benchmark: mostly ordinary goods, about
/// 2 % chemistry (controlled and ordinary), a few misspellings and malformed rows. Deterministic for a given seed.</summary>
public static class DeclarationGenerator
{
    private static readonly string[] Ordinary =
    [
        "Cotton T-shirts, men's, 12 cartons", "Plastic storage boxes, assorted colours", "Frozen shrimp, peeled and deveined",
        "LED light bulbs E27 9W", "Wooden furniture, flat packed", "Ceramic floor tiles 60x60", "Stainless steel kitchen sinks",
        "Bicycle parts: chains and sprockets", "Printed paper labels on rolls", "Polyester fabric, dyed, 150 cm wide",
        "Mobile phone cases, silicone", "Toy cars, plastic, battery operated", "Green tea in bags, 100 g boxes",
        "Garden hoses with fittings", "Office chairs, swivel, mesh back", "Canned tuna in oil", "Aluminium window frames",
        "Ballpoint pens, blue ink", "Rubber gloves, household", "Laptop backpacks, nylon",
    ];

    private static readonly string[] Chemistry =
    [
        "Acetone technical grade, 200 L drums", "Sodium chloride food grade", "Citric acid anhydrous 25 kg bags",
        "Toluene 99.5% industrial solvent", "4-Piperidone HCl H2O 99%", "N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4",
        "Paracetamol tablets 500 mg", "fentanil citrate powder", "Phenylacetic acid 99%, CAS 103-82-2", "Ethyl acetate 99.9%",
        "anhídrido acético 99%", "1-boc-4-AP 98%", "Caffeine anhydrous USP", "4-AP 99% powder", "Glycerol 99.5% pharma grade",
    ];

    /// <summary>Writes <paramref name="rows"/> data rows to <paramref name="path"/>.</summary>
    public static void Write(string path, int rows, int seed = 7)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine("declaration_id,shipper,consignee,origin,destination,hs_code,goods_description,quantity");
        for (var i = 1; i <= rows; i++)
        {
            var chemistry = random.Next(100) < 2;
            var description = chemistry ? Chemistry[random.Next(Chemistry.Length)] : Ordinary[random.Next(Ordinary.Length)];
            var hs = chemistry ? "2933.39" : (3900 + random.Next(5000)).ToString(CultureInfo.InvariantCulture) + ".90";
            writer.Write("DEC-");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.Write(",Shipper ");
            writer.Write(random.Next(5000).ToString(CultureInfo.InvariantCulture));
            writer.Write(" Co. Ltd,Consignee ");
            writer.Write(random.Next(5000).ToString(CultureInfo.InvariantCulture));
            writer.Write(" SA de CV,CN,MX,");
            writer.Write(hs);
            writer.Write(",\"");
            writer.Write(description.Replace("\"", "\"\""));
            writer.Write("\",");
            writer.Write(random.Next(1, 20000).ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(" KG");
        }
    }
}
