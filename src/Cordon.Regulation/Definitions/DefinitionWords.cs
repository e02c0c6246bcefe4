namespace Cordon.Regulation.Definitions;

/// <summary>The words rules files use for substituent classes, and plain names for common groups in explanations.</summary>
public static class DefinitionWords
{
    private static readonly Dictionary<string, SubstituentClass[]> Classes = new(StringComparer.Ordinal)
    {
        ["hydrogen"] = [SubstituentClass.Hydrogen],
        ["halo"] = [SubstituentClass.Halo],
        ["hydroxyl"] = [SubstituentClass.Hydroxyl],
        ["oxo"] = [SubstituentClass.Oxo],
        ["nitro"] = [SubstituentClass.Nitro],
        ["alkyl"] = [SubstituentClass.Alkyl],
        ["alkenyl"] = [SubstituentClass.Alkenyl],
        ["haloalkyl"] = [SubstituentClass.Haloalkyl],
        ["alkoxyl"] = [SubstituentClass.Alkoxyl],
        ["ether"] = [SubstituentClass.Ether],
        ["ester"] = [SubstituentClass.Alkoxycarbonyl, SubstituentClass.Acyloxy],
        ["amino"] = [SubstituentClass.Amino],
        ["amide"] = [SubstituentClass.Acyl],
        ["carbamate"] = [SubstituentClass.Alkoxycarbonyl],
        ["acetal"] = [SubstituentClass.Alkoxyl, SubstituentClass.CyclicAcetal],
    };

    private static readonly Dictionary<string, string> GroupNames = new(StringComparer.Ordinal)
    {
        ["F"] = "fluoro", ["Cl"] = "chloro", ["Br"] = "bromo", ["I"] = "iodo", ["O"] = "hydroxy/oxo",
        ["C"] = "methyl", ["CC"] = "ethyl", ["CCC"] = "propyl", ["CC(C)"] = "isopropyl", ["CO"] = "methoxy", ["CCO"] = "ethoxy",
    };

    /// <summary>Every word a rules file may use in <c>allowed</c>.</summary>
    public static IEnumerable<string> Words => Classes.Keys;

    /// <summary>The classes a word stands for, or null for an unknown word.</summary>
    public static IReadOnlyList<SubstituentClass>? ClassesOf(string word) => Classes.TryGetValue(word, out var c) ? c : null;

    /// <summary>The rules-file word for a class.</summary>
    public static string Word(SubstituentClass cls) => cls switch
    {
        SubstituentClass.Acyl => "amide (acyl)",
        SubstituentClass.Alkoxycarbonyl => "ester/carbamate (alkoxycarbonyl)",
        SubstituentClass.Acyloxy => "ester (acyloxy)",
        SubstituentClass.CyclicAcetal => "cyclic acetal",
        _ => cls.ToString().ToLowerInvariant(),
    };

    /// <summary>"fluoro (F)", "alkyl (CCC)": a group's class and structure for explanations.</summary>
    public static string Describe(SubstituentClass cls, string smiles) =>
        GroupNames.TryGetValue(smiles, out var name) && cls is not SubstituentClass.Other
            ? $"{name} ({Word(cls)})"
            : cls == SubstituentClass.Other ? $"group {smiles}" : $"{Word(cls)} group {smiles}";
}
