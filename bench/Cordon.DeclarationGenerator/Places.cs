namespace Cordon.DeclarationGenerator;

/// <summary>The cities of each country the generator places parties in, and each country's telephone code.</summary>
public static class Places
{
    private static readonly string[] CnStreets = ["Zhongshan Road", "Jiefang Avenue", "Renmin Road", "Jianshe Road", "Huanghe Road", "Changjiang Road", "Xinhua Street", "Gongye Avenue", "Keji Road", "Chuangye Road"];
    private static readonly string[] CnDistricts = ["Economic Development Zone", "Hi-Tech Park", "Free Trade Zone", "Chemical Industry Park", "New District"];
    private static readonly string[] MxStreets = ["Av. Juarez", "Calle Hidalgo", "Blvd. Insurgentes", "Av. Revolucion", "Calle Morelos", "Av. Industrias", "Calle 5 de Mayo", "Av. Vallarta"];
    private static readonly string[] MxDistricts = ["Col. Centro", "Col. Industrial", "Parque Industrial", "Col. Moderna", "Zona Industrial"];
    private static readonly string[] UsStreets = ["Commerce Street", "Industrial Parkway", "Harbor Boulevard", "Main Street", "Warehouse Road", "Gateway Drive"];
    private static readonly string[] CaStreets = ["King Street West", "Industrial Road", "Lakeshore Boulevard", "Rue Sherbrooke", "Marine Drive"];
    private static readonly string[] DeStreets = ["Industriestrasse", "Hafenstrasse", "Chemiepark", "Rheinuferstrasse", "Gewerbering"];
    private static readonly string[] InStreets = ["MIDC Road", "GIDC Estate", "Link Road", "Station Road", "Industrial Area Phase II"];
    private static readonly string[] GtStreets = ["Avenida Reforma", "Calzada Roosevelt", "Avenida Petapa", "Boulevard Liberacion"];
    private static readonly string[] None = [""];

    /// <summary>Cities by country.</summary>
    public static readonly IReadOnlyDictionary<string, City[]> Cities = new Dictionary<string, City[]>
    {
        ["CN"] =
        [
            new("CN", "Shanghai", "21", "Shanghai", CnStreets, CnDistricts, "200120"),
            new("CN", "Wuhan", "27", "Shanghai", CnStreets, CnDistricts, "430000"),
            new("CN", "Nanjing", "25", "Nanjing", CnStreets, CnDistricts, "210000"),
            new("CN", "Guangzhou", "20", "Guangzhou", CnStreets, CnDistricts, "510000"),
            new("CN", "Shenzhen", "755", "Shenzhen", CnStreets, CnDistricts, "518000"),
            new("CN", "Shijiazhuang", "311", "Tianjin", CnStreets, CnDistricts, "050000"),
            new("CN", "Zhengzhou", "371", "Qingdao", CnStreets, CnDistricts, "450000"),
            new("CN", "Ningbo", "574", "Ningbo", CnStreets, CnDistricts, "315000"),
            new("CN", "Hangzhou", "571", "Ningbo", CnStreets, CnDistricts, "310000"),
            new("CN", "Tianjin", "22", "Tianjin", CnStreets, CnDistricts, "300000"),
            new("CN", "Qingdao", "532", "Qingdao", CnStreets, CnDistricts, "266000"),
            new("CN", "Jinan", "531", "Qingdao", CnStreets, CnDistricts, "250000"),
            new("CN", "Changzhou", "519", "Shanghai", CnStreets, CnDistricts, "213000"),
            new("CN", "Xiamen", "592", "Xiamen", CnStreets, CnDistricts, "361000"),
        ],
        ["HK"] = [new("HK", "Hong Kong", "", "Hong Kong", ["Des Voeux Road Central", "Nathan Road", "Queen's Road Central", "Hennessy Road"], ["Kowloon", "Wan Chai", "Central", "Kwun Tong"], "")],
        ["IN"] =
        [
            new("IN", "Mumbai", "22", "Nhava Sheva", InStreets, ["Andheri East", "Thane", "Navi Mumbai"], "400093"),
            new("IN", "Ahmedabad", "79", "Mundra", InStreets, ["Vatva", "Naroda", "Odhav"], "382445"),
            new("IN", "Hyderabad", "40", "Chennai", InStreets, ["Jeedimetla", "Patancheru", "Bollaram"], "500055"),
            new("IN", "Vadodara", "265", "Mundra", InStreets, ["Makarpura", "Nandesari"], "390010"),
        ],
        ["DE"] =
        [
            new("DE", "Ludwigshafen", "621", "Hamburg", DeStreets, None, "67059"),
            new("DE", "Hamburg", "40", "Hamburg", DeStreets, None, "20457"),
            new("DE", "Leverkusen", "214", "Rotterdam", DeStreets, None, "51373"),
            new("DE", "Frankfurt am Main", "69", "Hamburg", DeStreets, None, "65926"),
        ],
        ["US"] =
        [
            new("US", "Houston, TX", "713", "Houston", UsStreets, None, "77029"),
            new("US", "Newark, NJ", "973", "Newark", UsStreets, None, "07105"),
            new("US", "Los Angeles, CA", "213", "Long Beach", UsStreets, None, "90021"),
            new("US", "Chicago, IL", "312", "Chicago", UsStreets, None, "60609"),
            new("US", "Laredo, TX", "956", "Laredo", UsStreets, None, "78045"),
            new("US", "Miami, FL", "305", "Miami", UsStreets, None, "33166"),
        ],
        ["MX"] =
        [
            new("MX", "Guadalajara, Jal.", "33", "Manzanillo", MxStreets, MxDistricts, "44100"),
            new("MX", "Monterrey, N.L.", "81", "Altamira", MxStreets, MxDistricts, "64000"),
            new("MX", "Ciudad de Mexico", "55", "Veracruz", MxStreets, MxDistricts, "06000"),
            new("MX", "Culiacan, Sin.", "667", "Mazatlan", MxStreets, MxDistricts, "80000"),
            new("MX", "Tijuana, B.C.", "664", "Ensenada", MxStreets, MxDistricts, "22000"),
            new("MX", "Puebla, Pue.", "222", "Veracruz", MxStreets, MxDistricts, "72000"),
            new("MX", "Hermosillo, Son.", "662", "Guaymas", MxStreets, MxDistricts, "83000"),
            new("MX", "Leon, Gto.", "477", "Manzanillo", MxStreets, MxDistricts, "37000"),
            new("MX", "Lazaro Cardenas, Mich.", "753", "Lazaro Cardenas", MxStreets, MxDistricts, "60950"),
        ],
        ["CA"] =
        [
            new("CA", "Toronto, ON", "416", "Montreal", CaStreets, None, "M5V 2T6"),
            new("CA", "Vancouver, BC", "604", "Vancouver", CaStreets, None, "V6B 1A1"),
            new("CA", "Montreal, QC", "514", "Montreal", CaStreets, None, "H3B 1A7"),
        ],
        ["GT"] =
        [
            new("GT", "Guatemala City", "", "Puerto Quetzal", GtStreets, ["Zona 4", "Zona 9", "Zona 12"], "01004"),
            new("GT", "Quetzaltenango", "", "Puerto Quetzal", GtStreets, ["Zona 1", "Zona 3"], "09001"),
        ],
    };

    /// <summary>The international dialling code of a country.</summary>
    public static string DialCode(string country) => country switch
    {
        "CN" => "86", "HK" => "852", "IN" => "91", "DE" => "49", "US" or "CA" => "1", "MX" => "52", "GT" => "502",
        _ => throw new ArgumentOutOfRangeException(nameof(country), country, "no dialling code"),
    };

    /// <summary>The city called <paramref name="name"/> in <paramref name="country"/>.</summary>
    public static City Find(string country, string name) =>
        Cities[country].FirstOrDefault(c => c.Name.StartsWith(name, StringComparison.Ordinal))
        ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"no such city in {country}");
}
