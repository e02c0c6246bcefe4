using Cordon.Parties;

namespace Cordon.Benchmarks;

/// <summary>A synthetic in-house list of the given size: companies ("Place Brand Trade Co Ltd") and people ("SURNAME, Given"), with
/// one alias each and a country, built from syllables with a Zipf-like spread so that some words recur often and most rarely, as in
/// real lists. Deterministic (seeded), so every run measures the same list.</summary>
public static class LargeListGenerator
{
    private static readonly string[] Syllables =
    [
        "an", "bao", "chen", "da", "fu", "gao", "hai", "jin", "kai", "long", "ming", "nan", "peng", "qin", "rui", "sheng", "tai", "wei", "xin",
        "yang", "zhi", "ba", "ko", "ra", "mi", "to", "lu", "ve", "sa", "no", "del", "mar", "cor", "tin", "pe", "zar", "qui", "mon", "fer", "lo",
        "ar", "bel", "cas", "dor", "el", "fra", "gil", "hor", "is", "jo", "kar", "lin", "mer", "nor", "ol", "pra", "ros", "sil", "tor", "ur",
        "val", "wen", "xu", "yor", "zen", "bri", "cla", "dri", "gro", "ste", "tra", "vin", "mak", "sun", "ter", "quan", "hua", "ying", "guo", "shan",
    ];

    private static readonly string[] Trade = ["Chemical", "Trading", "Technology", "Industrial", "Import Export", "Pharmaceutical", "Logistics", "Biotech", "Materials", "Group"];

    private static readonly string[] Places = ["Shanghai", "Wuhan", "Hubei", "Shenzhen", "Mexico", "Jiangsu", "Hong Kong", "Guangzhou", "Tianjin", "Colombia"];

    private static readonly string[] Countries = ["China", "Mexico", "Colombia", "India", "Hong Kong", "United States", "Canada", "Peru"];

    /// <summary>The list.</summary>
    public static List<WatchListEntry> Generate(int count)
    {
        var random = new Random(20261202);
        var entries = new List<WatchListEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var person = i % 3 == 0;
            string name, alias;
            if (person)
            {
                name = $"{Word(random).ToUpperInvariant()} {Word(random).ToUpperInvariant()}, {Word(random)}";
                alias = $"{Word(random).ToUpperInvariant()}, {Word(random)}";
            }
            else
            {
                var brand = Word(random) + (random.Next(3) == 0 ? " " + Word(random) : "");
                name = $"{Places[random.Next(Places.Length)]} {brand} {Trade[random.Next(Trade.Length)]} Co., Ltd.".ToUpperInvariant();
                alias = $"{brand} {Trade[random.Next(Trade.Length)]} Limited".ToUpperInvariant();
            }

            entries.Add(new WatchListEntry
            {
                List = "IN-HOUSE",
                Id = $"IH-{i}",
                Name = name,
                Type = person ? "individual" : "entity",
                Programs = [],
                Names = [new WatchListName(name, "primary"), new WatchListName(alias, "aka")],
                Countries = [Countries[random.Next(Countries.Length)]],
            });
        }

        return entries;
    }

    // Two or three syllables, the first drawn with a Zipf-like skew: a vocabulary of hundreds of thousands of words, a few frequent.
    private static string Word(Random random)
    {
        var first = Syllables[(int)(Syllables.Length * Math.Pow(random.NextDouble(), 1.5))];
        var word = first + Syllables[random.Next(Syllables.Length)] + (random.Next(3) != 0 ? Syllables[random.Next(Syllables.Length)] : "");
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
