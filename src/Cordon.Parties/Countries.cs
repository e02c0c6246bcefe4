using System.Reflection;

namespace Cordon.Parties;

/// <summary>Country names and codes (ISO 3166-1 from Debian iso-codes, plus the forms OFAC writes: "Burma", "Korea, North"):
/// a party's country is compared by code, so "MX", "MEX" and "Mexico" are one country.</summary>
public static class Countries
{
    private static readonly Dictionary<string, Country> ByKey = Load();

    /// <summary>The country a code (alpha-2, alpha-3) or name stands for, or null when none does.</summary>
    public static Country? Find(string? text) => text is null ? null : ByKey.GetValueOrDefault(Key(text));

    private static string Key(string text) => new string(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, Country> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded in Cordon.Parties");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, Country>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            var names = cells[2].Split('|');
            var country = new Country(cells[0], cells[1], names[0]);
            foreach (var key in names.Select(Key).Append(Key(cells[0])).Append(Key(cells[1])))
            {
                map.TryAdd(key, country);
            }
        }

        return map;
    }
}
