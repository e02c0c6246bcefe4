using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cordon.DeclarationGenerator;

// Writes a synthetic declarations CSV with planted supplier-network structure, and its ground truth as JSON (issue 13, item 6).
var rows = new Option<int>("--rows") { DefaultValueFactory = _ => 5000, Description = "data rows to write" };
var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 13, Description = "random seed; the same seed gives the same files" };
var output = new Option<FileInfo>("--out") { Required = true, Description = "the declarations CSV to write" };
var truth = new Option<FileInfo>("--truth") { Required = true, Description = "the ground-truth JSON to write" };
var sdn = new Option<string?>("--sdn") { Description = "the OFAC SDN snapshot folder (default: shared/data/ofac-sdn-2021 above the working directory)" };
var uid = new Option<string>("--sdn-uid") { DefaultValueFactory = _ => "26325", Description = "the SDN entry (ent_num) one supplier is linked to" };
var from = new Option<string>("--from") { DefaultValueFactory = _ => "2025-01-01", Description = "first declaration date, yyyy-mm-dd" };
var to = new Option<string>("--to") { DefaultValueFactory = _ => "2025-09-30", Description = "last declaration date, yyyy-mm-dd" };
var command = new RootCommand("Writes a deterministic declarations CSV with rings, spelling variants, shared contacts, a designee link and decoys, plus its ground truth.")
{
    rows, seed, output, truth, sdn, uid, from, to,
};
command.SetAction(parse =>
{
    try
    {
        var count = parse.GetValue(rows);
        if (count < 1)
        {
            throw new ArgumentException($"--rows {count}: give at least one row");
        }

        var first = Date("--from", parse.GetValue(from)!);
        var last = Date("--to", parse.GetValue(to)!);
        if (last < first)
        {
            throw new ArgumentException($"--to {last:yyyy-MM-dd} is before --from {first:yyyy-MM-dd}");
        }

        var options = new GeneratorOptions(count, parse.GetValue(seed), first, last, Designee.Locate(parse.GetValue(sdn)), parse.GetValue(uid)!);
        var csvFile = parse.GetValue(output)!;
        var truthFile = parse.GetValue(truth)!;
        csvFile.Directory?.Create();
        truthFile.Directory?.Create();
        var clock = Stopwatch.StartNew();
        Cast cast;
        using (var csv = new StreamWriter(csvFile.FullName, false, new UTF8Encoding(false), 1 << 20))
        using (var json = new FileStream(truthFile.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            cast = DeclarationSet.Write(options, csv, json);
        }

        Console.WriteLine($"{count} rows, {cast.Suppliers.Count} suppliers, {cast.Buyers.Count} buyers, {cast.Brokers.Count} brokers, " +
            $"{cast.Rings.Count} rings, {cast.Decoys.Count} decoy pairs, designee SDN {cast.Designee.SdnUid} -> {cast.Designee.Party}; " +
            $"{clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
        return 0;
    }
    catch (ArgumentException error)
    {
        Console.Error.WriteLine("cordon-declarations: " + error.Message);
        return 2;
    }
});
// A usage error (an unknown option, a value of the wrong type) exits 2 like the generator's own checks, not System.CommandLine's 1.
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("cordon-declarations: " + error.Message);
    }

    return 2;
}

return parsed.Invoke();

static DateOnly Date(string option, string value) =>
    DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        ? date
        : throw new ArgumentException($"{option} '{value}': expected a date yyyy-mm-dd");
