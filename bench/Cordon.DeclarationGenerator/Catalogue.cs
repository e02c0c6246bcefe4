namespace Cordon.DeclarationGenerator;

/// <summary>The goods rows carry, by the category a supplier trades. Ordinary goods follow samples/declarations.csv; the suspect
/// lines are only names that samples/declarations.csv already holds (controlled or listed precursors and vague descriptions), so
/// the generated set adds no chemistry of its own.</summary>
public static class Catalogue
{
    /// <summary>Ordinary goods by category.</summary>
    public static readonly IReadOnlyDictionary<string, Goods[]> Ordinary = new Dictionary<string, Goods[]>
    {
        ["plastics"] =
        [
            new("Plastic storage boxes, assorted colours", "3926.90", "KG", 300, 5000),
            new("Polyethylene granules LDPE, 25 kg bags", "3901.10", "KG", 5000, 25000),
            new("PVC resin SG-5", "3904.10", "KG", 10000, 26000),
            new("Polyurethane resin", "3909.50", "KG", 500, 8000),
            new("PET preforms for bottles", "3923.30", "KG", 2000, 15000),
        ],
        ["solvents"] =
        [
            new("Acetone technical grade, 200 L drums", "2914.11", "KG", 4000, 20000),
            new("Toluene 99.5% industrial solvent", "2902.30", "KG", 8000, 25000),
            new("Ethyl acetate 99.9%", "2915.31", "KG", 4000, 20000),
            new("Methanol industrial grade, ISO tank", "2905.11", "KG", 15000, 24000),
            new("Isopropyl alcohol 99%, 160 kg drums", "2905.12", "KG", 3000, 16000),
            new("Xylene, mixed isomers", "2902.44", "KG", 8000, 22000),
        ],
        ["dyes"] =
        [
            new("Reactive dye Red 195, 25 kg cartons", "3204.16", "KG", 500, 5000),
            new("Disperse dye Blue 79, 25 kg cartons", "3204.11", "KG", 500, 5000),
            new("Titanium dioxide, rutile grade", "3206.11", "KG", 5000, 20000),
            new("Printing ink, black, offset", "3215.11", "KG", 300, 3000),
            new("Organic pigment Yellow 12", "3204.17", "KG", 200, 4000),
        ],
        ["pharma"] =
        [
            new("Paracetamol tablets 500 mg, 20 cartons", "3004.90", "KG", 100, 1500),
            new("Caffeine anhydrous USP", "2939.30", "KG", 100, 2000),
            new("Glycerol 99.5% pharma grade", "2905.45", "KG", 1000, 16000),
            new("Ascorbic acid (vitamin C) USP, 25 kg drums", "2936.27", "KG", 500, 5000),
            new("Citric acid anhydrous 25 kg bags", "2918.14", "KG", 2000, 22000),
            new("Pseudoephedrine hydrochloride USP", "2939.42", "KG", 10, 200, Rare: true),
        ],
        ["textiles"] =
        [
            new("Cotton T-shirts, men's, 12 cartons", "6109.10", "KG", 200, 3000),
            new("Polyester fabric, dyed, 150 cm wide", "5407.52", "KG", 1000, 10000),
            new("Denim jeans, women's", "6204.62", "KG", 300, 4000),
        ],
        ["food"] =
        [
            new("Frozen shrimp, peeled", "0306.17", "KG", 5000, 20000),
            new("Green tea in bags, 100 g boxes", "0902.10", "KG", 500, 6000),
            new("Canned tuna in oil", "1604.14", "KG", 5000, 20000),
            new("Biscuits and crackers, assorted", "1905.90", "KG", 400, 5000),
        ],
        ["hardware"] =
        [
            new("LED light bulbs E27 9W", "8539.52", "KG", 200, 4000),
            new("Stainless steel kitchen sinks", "7324.10", "KG", 500, 8000),
            new("Ceramic floor tiles 60x60", "6907.21", "KG", 10000, 26000),
            new("Bicycle parts: chains and sprockets", "8714.91", "KG", 300, 5000),
        ],
        ["agro"] =
        [
            new("Glyphosate 41% SL herbicide, 20 L cans", "3808.93", "L", 2000, 20000),
            new("Urea 46% N fertiliser, 50 kg bags", "3102.10", "KG", 20000, 26000),
            new("Sodium chloride food grade", "2501.00", "KG", 10000, 25000),
        ],
    };

    /// <summary>The suspect lines ring rows carry (each one already in samples/declarations.csv).</summary>
    public static readonly Goods[] Suspect =
    [
        new("4-Piperidone HCl H2O 99%, 25 kg drums", "2933.39", "KG", 25, 500, true),
        new("N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4", "2933.37", "KG", 10, 200, true),
        new("1-boc-4-AP 98%, CAS No. 125541-22-2", "2933.39", "KG", 5, 100, true),
        new("4-AP 99% powder", "2933.39", "KG", 5, 50, true),
        new("tert-butyl 4-oxopiperidine-1-carboxylate, white powder", "2942.00", "KG", 10, 100, true),
        new("1-benzylpiperidin-4-one, 99%", "2933.39", "KG", 20, 200, true),
        new("Phenylacetic acid, 99%, CAS 103-82-2", "2916.34", "KG", 5, 200, true),
        new("anhídrido propiónico 99%, tambores de 200 L", "2915.90", "KG", 200, 800, true),
        new("Pharmaceutical intermediate, white powder", "2933.39", "KG", 20, 100, true),
        new("Organic intermediate for pharmaceutical use", "2933.37", "KG", 20, 200, true),
        new("Pharmaceutical intermediate CAS: 21409-26-8", "2922.49", "KG", 5, 50, true),
    ];

    /// <summary>The categories suppliers can trade.</summary>
    public static readonly string[] Categories = [.. Ordinary.Keys];
}
