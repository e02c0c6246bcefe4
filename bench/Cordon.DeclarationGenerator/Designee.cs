using Cordon.Parties.Reading;

namespace Cordon.DeclarationGenerator;

/// <summary>The details of an OFAC SDN entry a generated supplier copies: its address and website, read from the snapshot.</summary>
public sealed record Designee(string Uid, string Name, IReadOnlyList<string> Programs, string Address, string? Website)
{
    /// <summary>Reads entry <paramref name="uid"/> from the snapshot folder; it must be a narcotics designee with an address.</summary>
    /// <exception cref="ArgumentException">The folder, the entry or its details are missing.</exception>
    public static Designee Read(string folder, string uid)
    {
        if (!File.Exists(Path.Combine(folder, "sdn.csv")))
        {
            throw new ArgumentException($"--sdn '{folder}': no sdn.csv there (expected the OFAC legacy CSV snapshot folder)");
        }

        var entry = OfacCsvReader.Read(folder).Entries.FirstOrDefault(e => e.Id == uid)
            ?? throw new ArgumentException($"--sdn-uid {uid}: no such entry in {Path.Combine(folder, "sdn.csv")}");
        if (!entry.IsNarcotics)
        {
            throw new ArgumentException($"--sdn-uid {uid}: {entry.Name} is listed under {string.Join(", ", entry.Programs)}, not a narcotics programme");
        }

        // The longest address is the most specific one (the street with its district), the detail an investigator would match.
        var address = entry.Addresses.OrderByDescending(a => a.Length).FirstOrDefault()
            ?? throw new ArgumentException($"--sdn-uid {uid}: {entry.Name} has no address in add.csv to share");
        var website = entry.Websites.FirstOrDefault()?.Replace("https://", "").Replace("http://", "").TrimEnd('/');
        return new Designee(uid, entry.Name, entry.Programs, address, website);
    }

    /// <summary>The snapshot folder: the one given, or shared/data/ofac-sdn-2021 in the working directory or one of its parents.</summary>
    public static string Locate(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ofac-sdn-2021");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new ArgumentException("--sdn: shared/data/ofac-sdn-2021 not found above the working directory; pass --sdn FOLDER");
    }
}
