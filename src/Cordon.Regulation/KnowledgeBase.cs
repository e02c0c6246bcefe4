using Cordon.Regulation.Dictionaries;

namespace Cordon.Regulation;

/// <summary>The loaded rules: lists, substances and the indexes that resolution and classification use.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, List<Substance>> _byCas;
    private readonly Dictionary<string, List<Substance>> _byName;
    private readonly Dictionary<string, List<SubstanceStructure>> _byFlatKey;
    private readonly Dictionary<string, List<SubstanceStructure>> _bySkeletonKey = new(StringComparer.Ordinal);
    private readonly Dictionary<SubstanceStructure, Lazy<string>> _tautomerKeys = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _formulas = new(StringComparer.Ordinal);
    private readonly Dictionary<Substance, string> _identity = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Substance> _byId = new(StringComparer.Ordinal);

    /// <summary>Builds the indexes over loaded entries.</summary>
    public KnowledgeBase(string version, IReadOnlyList<Jurisdiction> jurisdictions, IReadOnlyList<ControlList> lists,
        IReadOnlyList<Substance> substances, IReadOnlyList<SubstanceStructure> structures,
        IReadOnlyList<Definitions.CompiledDefinition>? definitions = null, IReadOnlyList<HsSubheading>? subheadings = null)
    {
        Definitions = definitions ?? [];
        HsSubheadings = (subheadings ?? []).ToDictionary(h => h.Code, StringComparer.Ordinal);
        Version = version;
        Jurisdictions = jurisdictions;
        Lists = lists;
        Substances = substances;
        Structures = structures;
        _byCas = new Dictionary<string, List<Substance>>(StringComparer.Ordinal);
        _byName = new Dictionary<string, List<Substance>>(StringComparer.Ordinal);
        _byFlatKey = new Dictionary<string, List<SubstanceStructure>>(StringComparer.Ordinal);
        foreach (var substance in substances)
        {
            _byId.TryAdd(substance.Id, substance);
            if (substance.Cas is { } cas)
            {
                Add(_byCas, cas.Value, substance);
            }

            foreach (var form in substance.FormCas)
            {
                Add(_byCas, form.Cas.Value, substance);
            }

            foreach (var name in substance.AllNames.Select(NameKey.From).Distinct())
            {
                if (name.Length > 0)
                {
                    Add(_byName, name, substance);
                }
            }
        }

        foreach (var structure in structures)
        {
            Add(_byFlatKey, structure.FlatKey, structure);
            if (structure.SkeletonKey.Length > 0)
            {
                // A tautomer key costs about a millisecond and is needed only when a query shares the skeleton,
                // so it is computed on first use rather than for every structure at every start.
                Add(_bySkeletonKey, structure.SkeletonKey, structure);
                _formulas.Add(structure.Formula);
                var stereoKey = structure.StereoKey;
                _tautomerKeys[structure] = new Lazy<string>(() => TautomerKeyOf(stereoKey));
            }

            _identity[structure.Substance] = structure.FlatKey;
        }
    }

    /// <summary>Version of the rules: kb.yaml's version plus a hash of every rules file.</summary>
    public string Version { get; }

    /// <summary>Jurisdictions declared in kb.yaml.</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    /// <summary>Every list, one per rules file.</summary>
    public IReadOnlyList<ControlList> Lists { get; }

    /// <summary>Every entry, listed and resolution-only.</summary>
    public IReadOnlyList<Substance> Substances { get; }

    /// <summary>HS 2022 subheadings that cover controlled chemistry, by code ("2933.37").</summary>
    public IReadOnlyDictionary<string, HsSubheading> HsSubheadings { get; }

    /// <summary>Generic definitions and analogue alert rules, compiled.</summary>
    public IReadOnlyList<Definitions.CompiledDefinition> Definitions { get; }

    /// <summary>Structure keys of every entry that has a structure.</summary>
    public IReadOnlyList<SubstanceStructure> Structures { get; }

    /// <summary>Entries with this CAS RN, for the substance or one of its forms.</summary>
    public IReadOnlyList<Substance> FindByCas(CasNumber cas) =>
        _byCas.TryGetValue(cas.Value, out var found) ? found : [];

    /// <summary>Entries one of whose names has this <see cref="NameKey"/>.</summary>
    public IReadOnlyList<Substance> FindByNameKey(string nameKey) =>
        _byName.TryGetValue(nameKey, out var found) ? found : [];

    /// <summary>Entries whose parent has this stereo-free canonical SMILES.</summary>
    public IReadOnlyList<SubstanceStructure> FindByFlatKey(string flatKey) =>
        _byFlatKey.TryGetValue(flatKey, out var found) ? found : [];

    /// <summary>True when a curated resolution-only entry of rules/resolution/ (not a user's dictionary) has exactly this
    /// structure, stereo included, and no listed entry has it: the knowledge base knows the substance and that it is not
    /// listed (dextromethorphan, whose mirror image is listed; not the mirror image of ephedrine, which nothing names).</summary>
    public bool IsRecognisedOrdinary(string flatKey, string stereoKey)
    {
        var same = FindByFlatKey(flatKey).Where(s => s.StereoKey == stereoKey).ToList();
        return same.Any(s => s.Substance.List is null && s.Substance.Citation.Section != UserDictionarySection) && same.All(s => s.Substance.List is null);
    }

    /// <summary>The citation section of entries added from a user's dictionary.</summary>
    public const string UserDictionarySection = "user dictionary";

    /// <summary>True when some listed structure has this formula: the cheapest test that a query may be one of its tautomers.</summary>
    public bool HasTautomerFormula(string formula) => _formulas.Contains(formula);

    /// <summary>True when some listed structure has this skeleton key: only then can a query be one of its tautomers.</summary>
    public bool HasSkeletonKey(string skeletonKey) => _bySkeletonKey.ContainsKey(skeletonKey);

    /// <summary>Entries sharing this skeleton whose parent has this tautomer key (the query is a tautomer of theirs, or the same structure).</summary>
    public IReadOnlyList<SubstanceStructure> FindByTautomerKey(string skeletonKey, string tautomerKey) =>
        _bySkeletonKey.TryGetValue(skeletonKey, out var found) ? found.Where(s => TautomerKeyOf(s) == tautomerKey).ToList() : [];

    /// <summary>The tautomer key of a listed structure's parent ("" when it has no skeleton key).</summary>
    public string TautomerKeyOf(SubstanceStructure structure) =>
        _tautomerKeys.TryGetValue(structure, out var key) ? key.Value : "";

    /// <summary>What makes two entries the same substance: the stereo-free parent SMILES, else the CAS RN, else the name.
    /// Entries of one name with different identities make that name ambiguous.</summary>
    public string IdentityOf(Substance substance) =>
        _identity.TryGetValue(substance, out var key) ? key
        : substance.Cas is { } cas ? "cas:" + cas.Value
        : "name:" + NameKey.From(substance.Name);

    /// <summary>Dictionaries of ordinary chemicals (rules/dictionaries/), in the order kb.yaml gives; consulted only for a
    /// name or CAS RN this knowledge base does not hold, and only for a structure.</summary>
    public IReadOnlyList<ChemicalDictionary> Dictionaries { get; init; } = [];

    /// <summary>This knowledge base plus a user's dictionary, as resolution-only entries. A name or CAS RN the knowledge base
    /// already holds stays the knowledge base's (each such one is returned in <paramref name="ignored"/>), so a user
    /// dictionary can add chemicals but never change what an existing name means.</summary>
    public KnowledgeBase WithUserDictionary(IReadOnlyList<DictionaryEntry> entries, string contentHash, out IReadOnlyList<RuleProblem> ignored)
    {
        var notes = new List<RuleProblem>();
        var added = new List<Substance>();
        foreach (var entry in entries)
        {
            var names = entry.AllNames.Where(n => FindByNameKey(NameKey.From(n)) is not { Count: > 0 } known || Ignore(notes, entry, $"name '{n}'", known)).ToList();
            var cas = entry.Cas is not { } c || FindByCas(c) is not { Count: > 0 } holders || Ignore(notes, entry, $"CAS RN {c}", holders)
                ? entry.Cas
                : null;
            if (names.Count == 0 && cas is null)
            {
                continue;
            }

            added.Add(new Substance
            {
                Id = $"user.{entry.Location.Line}",
                Name = names.Count > 0 ? names[0] : entry.Name,
                Synonyms = names.Skip(1).ToList(),
                Cas = cas,
                FormCas = [],
                Smiles = entry.Smiles,
                Citation = new Citation(UserDictionarySection, $"{entry.Location.File}:{entry.Location.Line}", ""),
                Location = entry.Location,
            });
        }

        ignored = notes;
        return new KnowledgeBase($"{Version}+user-{contentHash}", Jurisdictions, Lists, Substances.Concat(added).ToList(), Structures,
            Definitions, HsSubheadings.Values.ToList())
        {
            Dictionaries = Dictionaries,
        };
    }

    // Records that an entry's name or CAS RN is left to the knowledge base; false, so the caller drops it.
    private static bool Ignore(List<RuleProblem> notes, DictionaryEntry entry, string what, IReadOnlyList<Substance> known)
    {
        notes.Add(new RuleProblem(entry.Location, false,
            $"{what} is already knowledge-base entry {known[0].Id}; the knowledge base entry is used"));
        return false;
    }

    /// <summary>The entry with this id, or null.</summary>
    public Substance? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every distinct name key, for suggestions.</summary>
    public IEnumerable<string> NameKeys => _byName.Keys;

    // The structure key is the parent's canonical SMILES, so re-reading it gives the parent again. A parent the
    // tautomer key refuses (over its atom bound) has no key and is matched by its exact keys only.
    private static string TautomerKeyOf(string parentSmiles)
    {
        try
        {
            using var parent = Cordon.Chemistry.Molecule.FromSmiles(parentSmiles);
            return parent.TautomerKey();
        }
        catch (Cordon.Chemistry.ChemistryException)
        {
            return "";
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
