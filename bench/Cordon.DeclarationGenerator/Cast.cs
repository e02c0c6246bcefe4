namespace Cordon.DeclarationGenerator;

/// <summary>Everyone the rows name, with the planted structures: rings of buyers sharing suppliers, shared contact details, a
/// front company at a ring supplier's address, a supplier sharing an SDN designee's address and website, and decoys.</summary>
public sealed class Cast
{
    private static readonly string[] Syllables =
        ["Xin", "Yuan", "Hua", "Tai", "Heng", "Sheng", "Long", "Feng", "Rui", "Jin", "Kang", "Da", "Hong", "Tian", "Yu", "Hai", "Chang",
         "Ming", "Guang", "Fu", "Lian", "Jia", "Bao", "Cheng", "Run", "Yong", "Ding", "Wei", "Shun", "Mei", "Xiang", "Zhong", "An", "Li"];

    // Brands the planted parties use: ordinary parties never draw them, so every near-twin of a planted name is planted too.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
        { "Xinyuan", "Huaxin", "Huaxing", "Jinhe", "Fengyi", "Tianyu", "Ruixiang", "Hengtai", "Haolong", "Ruihe", "Kangtai", "Kaikai", "Qinsheng" };

    private static readonly Dictionary<string, string> Provinces = new(StringComparer.Ordinal)
    {
        ["Wuhan"] = "Hubei", ["Nanjing"] = "Jiangsu", ["Changzhou"] = "Jiangsu", ["Guangzhou"] = "Guangdong", ["Shenzhen"] = "Guangdong",
        ["Shijiazhuang"] = "Hebei", ["Zhengzhou"] = "Henan", ["Ningbo"] = "Zhejiang", ["Hangzhou"] = "Zhejiang", ["Qingdao"] = "Shandong",
        ["Jinan"] = "Shandong", ["Xiamen"] = "Fujian",
    };

    private static readonly (string Tail, string Category)[] CnTrades =
    [
        ("Chemical", "solvents"), ("Fine Chemical", "solvents"), ("Plastics", "plastics"), ("New Materials", "plastics"),
        ("Pharmaceutical", "pharma"), ("Biotechnology", "pharma"), ("Dyestuff", "dyes"), ("Pigment", "dyes"), ("Import & Export", "hardware"),
        ("Trading", "hardware"), ("Textile", "textiles"), ("Foods", "food"), ("Hardware", "hardware"), ("Agrochemical", "agro"),
    ];

    private static readonly string[] InBrands = ["Shree", "Sai", "Vardhman", "Krishna", "Mahalaxmi", "Suyash", "Navkar", "Omkar", "Rudra", "Aditya", "Siddhi", "Pragati", "Jyoti", "Ganesh", "Parth", "Nirmal"];
    private static readonly (string, string)[] InTrades = [("Chemicals", "solvents"), ("Organics", "pharma"), ("Life Sciences", "pharma"), ("Dyestuffs", "dyes"), ("Polymers", "plastics"), ("Agro Industries", "agro"), ("Textiles", "textiles")];
    private static readonly string[] DeBrands = ["Rheinwald", "Nordhafen", "Mainau", "Elbtal", "Weserland", "Taunus", "Brenner", "Kessler", "Hoffmann", "Lindner", "Moselgrund", "Spessart"];
    private static readonly (string, string)[] DeTrades = [("Chemie", "solvents"), ("Kunststoffe", "plastics"), ("Farben", "dyes"), ("Pharma", "pharma"), ("Handels", "hardware")];
    private static readonly string[] UsBrands = ["Gulf Coast", "Lone Star", "Great Lakes", "Atlantic", "Pioneer", "Summit", "Keystone", "Liberty", "Cascade", "Redwood", "Bayou", "Prairie", "Granite", "Harborview", "Mesa", "Blue Ridge", "Ironwood", "Sequoia", "Tidewater", "Canyon"];
    private static readonly (string, string)[] UsExportTrades = [("Chemical", "solvents"), ("Polymers", "plastics"), ("Pharma Supply", "pharma"), ("Foods", "food"), ("Industrial Supply", "hardware"), ("Colorants", "dyes")];
    private static readonly string[] UsBuyerTrades = ["Supply", "Distributors", "Products", "Trading", "Imports"];
    private static readonly string[] MxHeads = ["Comercializadora", "Distribuidora", "Importadora", "Industrias", "Quimicos", "Plasticos", "Grupo", "Abarrotes", "Laboratorios", "Pinturas", "Productos", "Textiles"];
    private static readonly string[] MxBrands = ["del Pacifico", "del Bajio", "Jalisco", "La Esperanza", "del Golfo", "Sierra Madre", "San Miguel", "Santa Fe", "Los Altos", "del Valle", "Maya", "Tolteca", "Anahuac", "Cuauhtemoc", "Las Palmas", "El Roble", "Mar de Cortes", "Huasteca", "Occidente", "La Laguna", "Sonorense", "Peninsular", "Chapala", "Tapatia", "Regiomontana", "Poblana", "Del Centro", "San Angel", "El Mirador", "Guadalupe"];
    private static readonly string[] CaBrands = ["Maple Leaf", "Northern", "Laurentian", "Pacific Rim", "Great Northern", "Fraser", "Ontario", "Boreal", "Prairie Sky", "Saint Lawrence"];
    private static readonly string[] CaTrades = ["Chemicals", "Imports", "Distribution", "Supply"];
    private static readonly string[] GtHeads = ["Distribuidora", "Importadora", "Comercial", "Agroquimicos"];
    private static readonly string[] GtBrands = ["Quetzal", "Atitlan", "Centroamericana", "del Istmo", "Tikal", "Los Volcanes", "Pacaya", "La Antigua"];
    private static readonly string[] Surnames = ["Gonzalez", "Ramirez", "Hernandez", "Lopez", "Martinez", "Castillo", "Ortega", "Villanueva", "Navarro", "Cortes"];

    private readonly Random _random;
    private readonly PartyFactory _factory;

    /// <summary>Suppliers (exporters), the planted ones first.</summary>
    public List<Party> Suppliers { get; } = [];

    /// <summary>Buyers (importers), the planted ones first.</summary>
    public List<Party> Buyers { get; } = [];

    /// <summary>Forwarders and customs brokers named as notify party.</summary>
    public List<Party> Brokers { get; } = [];

    /// <summary>The planted rings.</summary>
    public List<Ring> Rings { get; } = [];

    /// <summary>Every contact detail shared by more than one party.</summary>
    public List<ContactLink> ContactLinks { get; } = [];

    /// <summary>The pairs of distinct companies with similar names.</summary>
    public List<DecoyPair> Decoys { get; } = [];

    /// <summary>The supplier linked to the SDN designee.</summary>
    public DesigneeLink Designee { get; private set; } = null!;

    /// <summary>Ordinary suppliers (not in a ring) buyers pick from.</summary>
    public List<Party> OrdinarySuppliers { get; } = [];

    /// <summary>Buyers outside the rings (decoys included), in a seeded random order that sets how busy each is.</summary>
    public List<Party> OrdinaryBuyers { get; } = [];

    /// <summary>Each buyer's usual suppliers (indexes into <see cref="OrdinarySuppliers"/>).</summary>
    public Dictionary<string, int[]> Usual { get; } = [];

    /// <summary>The broker ring R4's rows name as notify party.</summary>
    public Party RingBroker { get; private set; } = null!;

    /// <summary>Every party by id.</summary>
    public IEnumerable<Party> All => Suppliers.Concat(Buyers).Concat(Brokers);

    private Cast(Random random)
    {
        _random = random;
        _factory = new PartyFactory(random);
    }

    /// <summary>Makes the cast for a run of <paramref name="rows"/> rows: the planted parties, then ordinary ones in proportion.</summary>
    public static Cast Make(int rows, Random random, Designee designee)
    {
        var cast = new Cast(random);
        cast.Plant(designee);
        cast.Fill(Math.Clamp(rows / 40, 120, 4000), Math.Clamp(rows / 25, 200, 8000), Math.Clamp(rows / 500, 10, 200));
        return cast;
    }

    private static City Cn(string name) => Places.Find("CN", name);

    private static City Mx(string name) => Places.Find("MX", name);

    // Planted suppliers get one look-alike, full-width or Chinese-character spelling; ordinary ones only now and then, as in real data.
    private Party Supplier(NameParts parts, City city, string kind, string category, string? address = null, string? website = null)
    {
        var exotic = kind != "ordinary" || _random.Next(10) == 0;
        var party = _factory.Make(parts, PartyRole.Supplier, city, kind, category, 5, exotic, address, website: website);
        Suppliers.Add(party);
        return party;
    }

    private Party Buyer(NameParts parts, City city, string kind, string category, Phone? phone = null, string? email = null, string? address = null)
    {
        var party = _factory.Make(parts, PartyRole.Buyer, city, kind, category, 4, exotic: false, address, phone, email, hasWebsite: false);
        Buyers.Add(party);
        return party;
    }

    private void Plant(Designee designee)
    {
        // R1: three Chinese suppliers, one sharing the designee's address and website, selling to four buyers in Sinaloa and Jalisco.
        var city = Places.Cities["CN"].FirstOrDefault(c => designee.Address.Contains(c.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"--sdn-uid {designee.Uid}: address '{designee.Address}' names no Chinese city the generator knows");
        var linked = Supplier(new NameParts("", city.Name, "Fengyi", "Biotechnology", "cn") { Syllables = ["Feng", "yi"], Hanzi = city.Name == "Shanghai" ? "上海丰谊生物科技有限公司" : null },
            city, "designee-linked", "pharma", designee.Address, designee.Website);
        var xinyuan = Supplier(new NameParts("", "Hubei", "Xinyuan", "Chemical", "cn") { Syllables = ["Xin", "yuan"], Hanzi = "湖北鑫源化工有限公司", PlaceOptional = false },
            Cn("Wuhan"), "ring-supplier", "solvents");
        var jinhe = Supplier(new NameParts("", "Wuhan", "Jinhe", "Biotechnology", "cn") { Syllables = ["Jin", "he"], Hanzi = "武汉金禾生物科技有限公司", PlaceOptional = false },
            Cn("Wuhan"), "ring-supplier", "pharma");
        var sharedPhone = _factory.NewPhone(Mx("Culiacan"));
        var r1 = new List<Party>
        {
            Buyer(new NameParts("Comercializadora", "", "Rio Humaya", "", "mx-sa"), Mx("Culiacan"), "ring-buyer", "pharma", phone: sharedPhone),
            Buyer(new NameParts("Distribuidora", "", "Quimica Costa Azul", "", "mx-srl"), Mx("Culiacan"), "ring-buyer", "solvents", phone: sharedPhone),
            Buyer(new NameParts("Importaciones", "", "Tres Picos", "", "mx-sa"), Mx("Guadalajara"), "ring-buyer", "pharma"),
            Buyer(new NameParts("Insumos Agricolas", "", "Valle Dorado", "", "mx-sa"), Mx("Culiacan"), "ring-buyer", "agro"),
        };
        Rings.Add(new Ring("R1", r1, [linked, xinyuan, jinhe], "Sinaloa and Jalisco buyers of three Chinese suppliers; one supplier shares an SDN designee's address and website"));
        ContactLinks.Add(new ContactLink("phone", sharedPhone.Normalized, [r1[0].Id, r1[1].Id], "two differently named R1 buyers give one telephone number"));
        Show("phone", r1[0], r1[1]);
        Show("website", linked);
        var details = new List<ContactLink> { new("address", designee.Address, [linked.Id, "SDN:" + designee.Uid], "the supplier's address is the designee's (add.csv)") };
        if (designee.Website is not null)
        {
            details.Add(new ContactLink("website", designee.Website, [linked.Id, "SDN:" + designee.Uid], "the supplier's website is the designee's (sdn.csv remarks)"));
        }

        Designee = new DesigneeLink(linked.Id, designee.Uid, designee.Name, designee.Programs, details);

        // R2: two suppliers and a front company at one of their addresses, selling to Michoacan, Guatemala and Texas.
        var tianyu = Supplier(new NameParts("", "Zhengzhou", "Tianyu", "Trading", "cn") { Syllables = ["Tian", "yu"], Hanzi = "郑州天宇贸易有限公司" },
            Cn("Zhengzhou"), "ring-supplier", "pharma");
        var ruixiang = Supplier(new NameParts("", "Hebei", "Ruixiang", "Pharmaceutical Technology", "cn") { Syllables = ["Rui", "xiang"] },
            Cn("Shijiazhuang"), "ring-supplier", "pharma");
        var hengtai = Supplier(new NameParts("", "Zhengzhou", "Hengtai", "Import & Export", "cn") { Syllables = ["Heng", "tai"], Hanzi = "郑州恒泰进出口有限公司" },
            Cn("Zhengzhou"), "front", "pharma", tianyu.Address);
        ContactLinks.Add(new ContactLink("address", tianyu.Address, [tianyu.Id, hengtai.Id], "front company registered at ring supplier's address"));
        var sharedEmail = "pedidos@tierracaliente.example.mx";
        var r2 = new List<Party>
        {
            Buyer(new NameParts("Agroservicios", "", "Tierra Caliente", "", "mx-sa"), Mx("Lazaro Cardenas"), "ring-buyer", "agro", email: sharedEmail),
            Buyer(new NameParts("Distribuidora", "", "Maya Quetzal", "", "gt"), Places.Find("GT", "Guatemala City"), "ring-buyer", "pharma"),
            Buyer(new NameParts("Importadora", "", "Puerto Azul", "", "mx-sa"), Mx("Lazaro Cardenas"), "ring-buyer", "solvents", email: sharedEmail),
            Buyer(new NameParts("", "", "Southwest Lab", "Supply", "us-llc"), Places.Find("US", "Laredo"), "ring-buyer", "pharma"),
            Buyer(new NameParts("Quimicos Industriales", "", "del Balsas", "", "mx-srl"), Mx("Lazaro Cardenas"), "ring-buyer", "solvents"),
        };
        Rings.Add(new Ring("R2", r2, [tianyu, ruixiang, hengtai], "Michoacan, Guatemala and Texas buyers of two suppliers and a front at one supplier's address"));
        ContactLinks.Add(new ContactLink("email", sharedEmail, [r2[0].Id, r2[2].Id], "two differently named R2 buyers give one e-mail address"));
        Show("email", r2[0], r2[2]);

        // R3: an Indian and a Chinese supplier selling to three North American buyers, two of which order from one mailbox.
        var vardhaan = Supplier(new NameParts("", "", "Vardhaan", "Organics", "in"), Places.Find("IN", "Hyderabad"), "ring-supplier", "pharma");
        var haolong = Supplier(new NameParts("", "Guangzhou", "Haolong", "Chemical", "cn") { Syllables = ["Hao", "long"], Hanzi = "广州豪龙化工有限公司" },
            Cn("Guangzhou"), "ring-supplier", "solvents");
        var northEmail = "orders@northsun-supply.test";
        var r3 = new List<Party>
        {
            Buyer(new NameParts("", "", "Northgate Research", "Chemicals", "ca"), Places.Find("CA", "Vancouver"), "ring-buyer", "pharma", email: northEmail),
            Buyer(new NameParts("", "", "Sunbelt Specialty", "Supply", "us-inc"), Places.Find("US", "Houston"), "ring-buyer", "pharma", email: northEmail),
            Buyer(new NameParts("Comercializadora", "", "Baja Norte", "", "mx-sa"), Mx("Tijuana"), "ring-buyer", "solvents"),
        };
        Rings.Add(new Ring("R3", r3, [vardhaan, haolong], "Canadian, Texan and Baja California buyers of an Indian and a Chinese supplier"));
        ContactLinks.Add(new ContactLink("email", northEmail, [r3[0].Id, r3[1].Id], "a Canadian and a US buyer order from one mailbox"));
        Show("email", r3[0], r3[1]);

        // R4: three suppliers, six buyers around Guadalajara, Mexico City and Puebla, one customs broker as notify party.
        var ruihe = Supplier(new NameParts("", "Nanjing", "Ruihe", "New Materials", "cn") { Syllables = ["Rui", "he"], Hanzi = "南京瑞和新材料有限公司" },
            Cn("Nanjing"), "ring-supplier", "solvents");
        var grandOcean = Supplier(new NameParts("", "Hong Kong", "Grand Ocean", "Trading", "hk"), Places.Find("HK", "Hong Kong"), "ring-supplier", "pharma");
        var kangtai = Supplier(new NameParts("", "Changzhou", "Kangtai", "Pharmaceutical Technology", "cn") { Syllables = ["Kang", "tai"], Hanzi = "常州康泰医药科技有限公司" },
            Cn("Changzhou"), "ring-supplier", "pharma");
        var tonalaPhone = _factory.NewPhone(Mx("Guadalajara"));
        var r4 = new List<Party>
        {
            Buyer(new NameParts("Laboratorios", "", "Vallarta Sur", "", "mx-sa"), Mx("Guadalajara"), "ring-buyer", "pharma"),
            Buyer(new NameParts("Grupo Comercial", "", "Anahuac Norte", "", "mx-sa"), Mx("Ciudad de Mexico"), "ring-buyer", "solvents"),
            Buyer(new NameParts("Distribuidora Farmaceutica", "", "Los Arcos", "", "mx-srl"), Mx("Guadalajara"), "ring-buyer", "pharma", phone: tonalaPhone),
            Buyer(new NameParts("Plasticos y Derivados", "", "Tonala", "", "mx-sa"), Mx("Guadalajara"), "ring-buyer", "plastics", phone: tonalaPhone),
            Buyer(new NameParts("Importadora", "", "Lomas Verdes", "", "mx-sa"), Mx("Puebla"), "ring-buyer", "solvents"),
            Buyer(new NameParts("Quimica Fina", "", "Tlaquepaque", "", "mx-sa"), Mx("Guadalajara"), "ring-buyer", "pharma"),
        };
        Rings.Add(new Ring("R4", r4, [ruihe, grandOcean, kangtai], "six buyers around Guadalajara, Mexico City and Puebla sharing three suppliers and one broker"));
        ContactLinks.Add(new ContactLink("phone", tonalaPhone.Normalized, [r4[2].Id, r4[3].Id], "a pharmacy distributor and a plastics firm give one telephone number"));
        Show("phone", r4[2], r4[3]);
        RingBroker = _factory.Make(new NameParts("Agencia Aduanal", "", "Salcedo y Asociados", "", "sc"), PartyRole.Broker, Mx("Guadalajara"), "broker", "hardware", 3, false, hasWebsite: false);
        Brokers.Add(RingBroker);

        // Decoys: distinct companies whose names differ by a letter, a word, a city, or only by country and legal form.
        var hebei = Ordinary(Supplier(new NameParts("", "Hebei", "Xinyuan", "Chemical", "cn") { Syllables = ["Xin", "yuan"], PlaceOptional = false }, Cn("Shijiazhuang"), "decoy", "dyes"));
        Decoys.Add(new DecoyPair(xinyuan.Id, hebei.Id, "Hubei vs Hebei: one letter apart, different province, city and contacts; only Hubei is in a ring"));
        var jinheTextile = Ordinary(Supplier(new NameParts("", "Wuhan", "Jinhe", "Textile", "cn") { Syllables = ["Jin", "he"], PlaceOptional = false }, Cn("Wuhan"), "decoy", "textiles"));
        Decoys.Add(new DecoyPair(jinhe.Id, jinheTextile.Id, "same city and brand, different trade, address and contacts"));
        var huaxin = Ordinary(Supplier(new NameParts("", "Zhejiang", "Huaxin", "Trading", "cn") { Syllables = ["Hua", "xin"], PlaceOptional = false }, Cn("Hangzhou"), "decoy", "hardware"));
        var huaxing = Ordinary(Supplier(new NameParts("", "Zhejiang", "Huaxing", "Trading", "cn") { Syllables = ["Hua", "xing"], PlaceOptional = false }, Cn("Ningbo"), "decoy", "plastics"));
        Decoys.Add(new DecoyPair(huaxin.Id, huaxing.Id, "Huaxin vs Huaxing: one letter apart, Hangzhou vs Ningbo, different contacts"));
        var globalCn = Ordinary(Supplier(new NameParts("", "", "Global", "Trading", "cn") { PlaceOptional = false }, Cn("Ningbo"), "decoy", "hardware"));
        var norte = Buyer(new NameParts("Quimica", "", "Norte", "", "mx-sa"), Mx("Monterrey"), "decoy", "solvents");
        var delNorte = Buyer(new NameParts("Quimica", "", "del Norte", "", "mx-sa"), Mx("Hermosillo"), "decoy", "solvents");
        Decoys.Add(new DecoyPair(norte.Id, delNorte.Id, "Quimica Norte (Monterrey) vs Quimica del Norte (Hermosillo), different contacts"));
        var globalUs = Buyer(new NameParts("", "", "Global", "Trading", "us-inc"), Places.Find("US", "Houston"), "decoy", "hardware");
        var globalMx = Buyer(new NameParts("", "", "Global", "Trading", "mx-sa"), Mx("Monterrey"), "decoy", "hardware");
        Decoys.Add(new DecoyPair(globalCn.Id, globalUs.Id, "generic name, China vs United States"));
        Decoys.Add(new DecoyPair(globalCn.Id, globalMx.Id, "generic name, China vs Mexico"));
        Decoys.Add(new DecoyPair(globalUs.Id, globalMx.Id, "generic name, United States vs Mexico"));
        var aztecaMx = Buyer(new NameParts("Distribuidora", "", "Azteca", "", "mx-sa"), Mx("Ciudad de Mexico"), "decoy", "food");
        var aztecaUs = Buyer(new NameParts("Distribuidora", "", "Azteca", "", "us-inc"), Places.Find("US", "Laredo"), "decoy", "food");
        Decoys.Add(new DecoyPair(aztecaMx.Id, aztecaUs.Id, "same words, Mexico City vs Laredo, different legal form and contacts"));
        var unitedIn = Ordinary(Supplier(new NameParts("", "", "United", "Chemicals", "in"), Places.Find("IN", "Mumbai"), "decoy", "solvents"));
        var unitedDe = Ordinary(Supplier(new NameParts("", "", "United", "Chemicals", "de"), Places.Find("DE", "Hamburg"), "decoy", "solvents"));
        Decoys.Add(new DecoyPair(unitedIn.Id, unitedDe.Id, "generic name, Mumbai vs Hamburg"));
    }

    private static void Show(string detail, params Party[] parties)
    {
        foreach (var party in parties)
        {
            party.Shown.Add(detail);
        }
    }

    private Party Ordinary(Party supplier)
    {
        OrdinarySuppliers.Add(supplier);
        return supplier;
    }

    private void Fill(int suppliers, int buyers, int brokers)
    {
        while (Suppliers.Count < suppliers)
        {
            var roll = _random.Next(100);
            var (parts, city, category) = roll switch
            {
                < 68 => ChineseSupplier(),
                < 80 => Pick(InBrands, InTrades, "in", "IN"),
                < 90 => Pick(DeBrands, DeTrades, "de", "DE"),
                _ => Pick(UsBrands, UsExportTrades, _random.Next(2) == 0 ? "us-inc" : "us-llc", "US"),
            };
            if (!_factory.Taken(parts.Canonical, city.Country))
            {
                Ordinary(Supplier(parts, city, "ordinary", category));
            }
        }

        while (Buyers.Count < buyers)
        {
            var roll = _random.Next(100);
            var (parts, city) = roll switch
            {
                < 58 => (new NameParts(Any(MxHeads), "", Brand(MxBrands), "", _random.Next(3) == 0 ? "mx-srl" : "mx-sa"), Any(Places.Cities["MX"])),
                < 80 => (new NameParts("", "", Brand(UsBrands), Any(UsBuyerTrades), _random.Next(2) == 0 ? "us-inc" : "us-llc"), Any(Places.Cities["US"])),
                < 92 => (new NameParts("", "", Brand(CaBrands), Any(CaTrades), "ca"), Any(Places.Cities["CA"])),
                _ => (new NameParts(Any(GtHeads), "", Brand(GtBrands), "", "gt"), Any(Places.Cities["GT"])),
            };
            if (!_factory.Taken(parts.Canonical, city.Country))
            {
                Buyer(parts, city, "ordinary", Any(Catalogue.Categories));
            }
        }

        while (Brokers.Count < brokers)
        {
            var (parts, city) = _random.Next(3) switch
            {
                0 => (new NameParts("Agencia Aduanal", "", Brand(Surnames) + " y Asociados", "", "sc"), Any(Places.Cities["MX"])),
                1 => (new NameParts("", "", Brand(UsBrands), "Customs Brokers", "us-inc"), Any(Places.Cities["US"])),
                _ => (new NameParts("", "Hong Kong", Brand(["Harbour", "Victoria", "Jade", "Orient", "Pearl River", "Kowloon"]), "Logistics", "hk"), Places.Cities["HK"][0]),
            };
            if (!_factory.Taken(parts.Canonical, city.Country))
            {
                Brokers.Add(_factory.Make(parts, PartyRole.Broker, city, "broker", "hardware", 2, false, hasWebsite: true));
            }
        }

        // Each ordinary buyer has a handful of usual suppliers; most of its rows come from them, as real trade concentrates.
        OrdinaryBuyers.AddRange(Buyers.Where(b => b.Kind != "ring-buyer").Select(b => (Buyer: b, Key: _random.Next())).OrderBy(p => p.Key).Select(p => p.Buyer));

        // Declarations record cross-border trade, so a buyer's suppliers are abroad.
        foreach (var buyer in Buyers)
        {
            var abroad = Enumerable.Range(0, OrdinarySuppliers.Count).Where(i => OrdinarySuppliers[i].Country != buyer.Country).ToArray();
            Usual[buyer.Id] = Enumerable.Range(0, 2 + _random.Next(5)).Select(_ => abroad[_random.Next(abroad.Length)]).Distinct().ToArray();
        }
    }

    private (NameParts, City, string) ChineseSupplier()
    {
        var city = Any(Places.Cities["CN"]);
        string brand;
        string[] syllables;
        do
        {
            syllables = [Any(Syllables), Any(Syllables).ToLowerInvariant()];
            brand = syllables[0] + syllables[1];
        }
        while (Reserved.Contains(brand) || syllables[0].Equals(syllables[1], StringComparison.OrdinalIgnoreCase));

        var place = _random.Next(3) == 0 && Provinces.TryGetValue(city.Name, out var province) ? province : city.Name;
        var (tail, category) = Any(CnTrades);
        return (new NameParts("", place, brand, tail, "cn") { Syllables = syllables }, city, category);
    }

    private (NameParts, City, string) Pick(string[] brands, (string, string)[] trades, string legal, string country)
    {
        var (tail, category) = Any(trades);
        return (new NameParts("", "", Brand(brands), tail, legal), Any(Places.Cities[country]), category);
    }

    // Small name pools run out for large casts: a third of the brands are two words, as "Shree Navkar" is.
    private string Brand(string[] pool)
    {
        var first = Any(pool);
        var second = Any(pool);
        return _random.Next(3) == 0 && second != first ? first + " " + second : first;
    }

    private T Any<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
