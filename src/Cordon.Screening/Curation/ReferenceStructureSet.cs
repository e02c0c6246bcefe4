using System.Text.Json;
using Cordon.Chemistry;
using Cordon.Regulation;

namespace Cordon.Screening.Curation;

/// <summary>The independent structures a derived structure is checked against, indexed by structure and by name.</summary>
public sealed class ReferenceStructureSet
{
    private readonly Dictionary<string, List<ReferenceStructure>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReferenceStructure>> _byName = new(StringComparer.Ordinal);

    /// <summary>How many records were indexed, per source.</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>Records whose structure has this key.</summary>
    public IReadOnlyList<ReferenceStructure> WithKey(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>Records that carry this name (compared as <see cref="NameKey"/>s).</summary>
    public IReadOnlyList<ReferenceStructure> Named(string name) => _byName.TryGetValue(NameKey.From(name), out var list) ? list : [];

    /// <summary>Indexes the knowledge base's dictionaries (ChEBI, ChEDL) and, when given, the SWGDRUG monograph set.</summary>
    public static ReferenceStructureSet Build(KnowledgeBase knowledgeBase, string? swgdrugJson)
    {
        var set = new ReferenceStructureSet();
        foreach (var dictionary in knowledgeBase.Dictionaries)
        {
            foreach (var entry in dictionary.Entries)
            {
                set.Add(dictionary.Name, entry.SourceId, entry.AllNames.ToList(), entry.Smiles);
            }
        }

        if (swgdrugJson is not null)
        {
            using var stream = File.OpenRead(swgdrugJson);
            using var document = JsonDocument.Parse(stream);
            foreach (var record in document.RootElement.EnumerateArray())
            {
                if (!record.TryGetProperty("smiles", out var smiles) || smiles.GetString() is not { Length: > 0 } text)
                {
                    continue;
                }

                var names = new List<string>();
                foreach (var field in new[] { "names", "iupac_names" })
                {
                    if (record.TryGetProperty(field, out var values) && values.ValueKind == JsonValueKind.Array)
                    {
                        names.AddRange(values.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0));
                    }
                }

                set.Add("swgdrug", names.FirstOrDefault() ?? "?", names, text);
            }
        }

        return set;
    }

    /// <summary>The comparison key of a structure: its standardised parent's canonical SMILES without stereo.</summary>
    public static string KeyOf(string smiles)
    {
        using var molecule = Molecule.FromSmiles(smiles);
        using var standard = molecule.Standardize();
        return standard.Parent.ToSmiles(withStereo: false);
    }

    private void Add(string source, string id, List<string> names, string smiles)
    {
        string key;
        try
        {
            key = KeyOf(smiles);
        }
        catch (ChemistryException)
        {
            return;
        }

        var reference = new ReferenceStructure(source, id, names, key);
        Counts[source] = Counts.GetValueOrDefault(source) + 1;
        Append(_byKey, key, reference);
        foreach (var name in names)
        {
            Append(_byName, NameKey.From(name), reference);
        }
    }

    private static void Append(Dictionary<string, List<ReferenceStructure>> index, string key, ReferenceStructure reference)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(reference))
        {
            list.Add(reference);
        }
    }
}
