namespace Cordon.Screening.Risk;

/// <summary>The risk features and their weights. A feature counts once per declaration (its heaviest evidence);
/// the score is the noisy-OR of the features that fired: 1 - product of (1 - weight).</summary>
public static class RiskFeatures
{
    /// <summary>Controlled chemistry of the fentanyl chain.</summary>
    public static readonly RiskFeature FentanylChain = new("fentanyl-chain", 0.95,
        "a controlled substance of the fentanyl chain: fentanyl, its analogues or its precursors (4-anilidopiperidine, 4-anilinopiperidine or piperidin-4-one skeleton)");

    /// <summary>Other controlled precursors.</summary>
    public static readonly RiskFeature ControlledPrecursor = new("controlled-precursor", 0.75,
        "a controlled precursor or drug outside the fentanyl chain (e.g. UN Table I, US List I, EU Category 1)");

    /// <summary>A routine solvent or acid in bulk.</summary>
    public static readonly RiskFeature BulkSolvent = new("bulk-solvent", 0.3,
        "a routine solvent or acid controlled only on lists like UN Table II, US List II, EU Category 3, 1,000 kg or more");

    /// <summary>A routine solvent or acid in small or unknown quantity.</summary>
    public static readonly RiskFeature RoutineSolvent = new("routine-solvent", 0.05,
        "a routine solvent or acid controlled only on lists like UN Table II, in a quantity under 1,000 kg or not stated");

    /// <summary>A close analogue or a class definition read through an ambiguous clause.</summary>
    public static readonly RiskFeature Analogue = new("analogue", 0.5,
        "a lead: a close analogue of a controlled substance, or a class definition whose ambiguous clause needs review");

    /// <summary>A controlled substance named with a misspelling.</summary>
    public static readonly RiskFeature Misspelling = new("misspelled-name", 0.35,
        "a controlled or suspect substance named with a misspelling, as evasive declarations do");

    /// <summary>Controlled chemistry under an unrelated HS heading.</summary>
    public static readonly RiskFeature HsMismatch = new("hs-mismatch", 0.3,
        "controlled chemistry declared under an HS heading that does not cover it");

    /// <summary>The HS code alone names a controlled precursor.</summary>
    public static readonly RiskFeature HsNamesPrecursor = new("hs-names-precursor", 0.6,
        "the declared HS subheading names a controlled substance, whatever the description says");

    /// <summary>A name that means several substances.</summary>
    public static readonly RiskFeature AmbiguousName = new("ambiguous-name", 0.2,
        "an abbreviation or name that may mean a controlled substance, not settled by the text");

    /// <summary>A CAS-labelled number with a wrong check digit.</summary>
    public static readonly RiskFeature InvalidCas = new("invalid-cas", 0.25,
        "a number labelled CAS whose check digit is wrong (a typo, or an altered number)");

    /// <summary>A systematic name that could not be parsed.</summary>
    public static readonly RiskFeature UnparsedName = new("unparsed-name", 0.1,
        "a systematic-looking chemical name that could not be turned into a structure");

    /// <summary>Chemistry Cordon could not classify.</summary>
    public static readonly RiskFeature Unclassified = new("unclassified-chemical", 0.05,
        "a valid CAS RN or name of a chemical that is not in the knowledge base");

    /// <summary>Letters or digits disguised inside a word.</summary>
    public static readonly RiskFeature ObfuscatedText = new("obfuscated-text", 0.5,
        "letters of another script that look like Latin ones, invisible characters or mathematical symbols inside a word: how names are disguised from watch lists");

    /// <summary>A known name inside a longer name that could not be read.</summary>
    public static readonly RiskFeature PartialName = new("partial-name", 0.3,
        "a known chemical name inside a longer name that could not be read as a whole: the longer name's substance is unknown");

    /// <summary>Vague chemical goods.</summary>
    public static readonly RiskFeature VagueChemical = new("vague-chemical-description", 0.4,
        "a vague chemical description (research chemical, pharmaceutical intermediate, custom synthesis, industrial chemical) that names no substance");

    /// <summary>Chemical goods with no recognisable chemical.</summary>
    public static readonly RiskFeature UnnamedChemical = new("unnamed-chemical", 0.2,
        "goods declared under a chemical HS heading, or described in chemical words, whose text names no recognisable chemical");

    /// <summary>Part of a field not read.</summary>
    public static readonly RiskFeature Unread = new("unread-text", 0.2,
        "part of the description was not read (over the length bound or too many mentions)");

    /// <summary>A shipper, consignee or notify party matching a narcotics-program designee.</summary>
    public static readonly RiskFeature NarcoticsDesignee = new("narcotics-designee", 0.95,
        "a party matches (tier match) a watch-list entry of a narcotics program (OFAC SDNTK, SDNT)");

    /// <summary>A party matching another designee.</summary>
    public static readonly RiskFeature Designee = new("designated-party", 0.6,
        "a party matches (tier match) a watch-list entry of another program or an in-house list");

    /// <summary>A party close to a designee.</summary>
    public static readonly RiskFeature PartyReview = new("party-review", 0.3,
        "a party is close to a watch-list entry (tier review)");

    /// <summary>Every feature, for documentation and reports.</summary>
    public static IReadOnlyList<RiskFeature> All { get; } =
    [
        FentanylChain, ControlledPrecursor, BulkSolvent, RoutineSolvent, Analogue, Misspelling, HsMismatch, HsNamesPrecursor,
        AmbiguousName, InvalidCas, UnparsedName, Unclassified, ObfuscatedText, PartialName, VagueChemical, UnnamedChemical, Unread,
        NarcoticsDesignee, Designee, PartyReview,
    ];

    /// <summary>Noisy-OR of the heaviest evidence per feature.</summary>
    public static double Score(IEnumerable<(string Feature, double Weight)> evidence) =>
        1 - evidence.GroupBy(e => e.Feature).Select(g => 1 - g.Max(e => e.Weight)).Aggregate(1.0, (a, b) => a * b);
}
