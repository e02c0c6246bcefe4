using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Screening.Extraction;
using Cordon.Text;

namespace Cordon.Screening.Resolution;

/// <summary>Reads a whole chemical name the one way both <c>check</c> and <c>screen</c> read it: folded, then the
/// knowledge base's names, then the same with salt, hydrate, grade, purity and packaging words taken off, then OPSIN for a
/// systematic name, then a bounded misspelling. A name that still cannot be read is never reported as a shorter name found
/// inside it: "1-Boc-4-anilinopiperidine" is not 4-anilinopiperidine, and says so.</summary>
public sealed class NameResolver(Lazy<NameDictionary> names, INameToStructure? opsin)
{
    /// <summary>A resolver over a dictionary already built.</summary>
    public NameResolver(NameDictionary dictionary, INameToStructure? opsin)
        : this(new Lazy<NameDictionary>(dictionary), opsin)
    {
    }

    /// <summary>A resolver over the knowledge base's name dictionary, built on the first name (a batch of SMILES never
    /// builds it).</summary>
    public NameResolver(KnowledgeBase knowledgeBase, INameToStructure? opsin)
        : this(new Lazy<NameDictionary>(() => NameDictionary.For(knowledgeBase)), opsin)
    {
    }

    private const int CacheLimit = 50_000;

    // Declarations repeat their descriptions; a reading depends only on the text and the options, so it is kept.
    private readonly BoundedCache<(string, bool, bool), NameReading> _readings = new(CacheLimit);

    /// <summary>The dictionary the names come from.</summary>
    public NameDictionary Dictionary => names.Value;

    /// <summary>OPSIN, when systematic names are read (null when not wired).</summary>
    public INameToStructure? Opsin => opsin;

    /// <summary>Reads <paramref name="name"/>; never throws for bad input. Without <paramref name="useOpsin"/>, OPSIN is
    /// not asked; without <paramref name="tolerant"/>, neither misspellings nor names inside the name are looked for (the
    /// caller has looked already).</summary>
    public NameReading Read(string name, bool useOpsin = true, bool tolerant = true)
    {
        if (_readings.TryGet((name, useOpsin, tolerant), out var known))
        {
            return known;
        }

        var reading = ReadUncached(name, useOpsin, tolerant);
        if (opsin is null || opsin.IsAvailable || !opsin.IsInstalled || !useOpsin)
        {
            _readings.Add((name, useOpsin, tolerant), reading);
        }

        return reading;
    }

    private NameReading ReadUncached(string name, bool useOpsin, bool tolerant)
    {
        var folded = TextFolder.FoldToString(name).Trim();
        if (folded.Length == 0)
        {
            return new NameReading { Error = "empty name" };
        }

        if (Lookup(folded) is { } exact)
        {
            return new NameReading { How = MentionKind.Name, Entries = exact };
        }

        var cleaned = NameCleaner.Clean(folded);
        var core = cleaned.Core.Length > 0 ? cleaned.Core : folded;
        var removed = cleaned.Core.Length > 0 ? cleaned.Removed : [];
        var namesSalt = cleaned.Core.Length > 0 && cleaned.NamesSalt;
        if (removed.Count > 0 && Lookup(core) is { } entries)
        {
            return new NameReading { How = MentionKind.Name, Entries = entries, Removed = removed, NamesSalt = namesSalt };
        }

        // Only what the knowledge base does not know is looked up in the dictionaries of ordinary chemicals: a dictionary
        // supplies a structure, never a listing, and never changes a name the knowledge base holds.
        // Salt words stay on for the dictionaries: there "zinc sulfate" is a substance of its own, and zinc is another.
        var graded = NameCleaner.Clean(folded, keepSalts: true);
        if ((FromDictionaries(folded, [], false)
             ?? (graded.Removed.Count > 0 && graded.Core.Length > 0 ? FromDictionaries(graded.Core, graded.Removed, false) : null)) is { } known)
        {
            return known;
        }

        if (useOpsin && opsin is { IsAvailable: true } && LooksSystematic(core) && opsin.ToSmiles(core) is { } smiles)
        {
            return new NameReading
            {
                How = MentionKind.SystematicName, Smiles = smiles, Removed = removed, NamesSalt = namesSalt,
                Note = $"systematic name parsed by OPSIN as {smiles}",
            };
        }

        // "alpha-PVP hydrochloride" when only a dictionary knows alpha-PVP: the core without its salt words is looked up
        // exactly before any misspelling is considered, so a known name is never read as a neighbouring listed one.
        if (removed.Count > 0 && FromDictionaries(core, removed, namesSalt) is { } salted)
        {
            return salted;
        }

        if (!tolerant)
        {
            return new NameReading { Error = $"no substance named '{core}' is known" };
        }

        if (Misspelled(core) is { } fuzzy)
        {
            return fuzzy.Succeeded ? fuzzy with { Removed = removed, NamesSalt = namesSalt } : fuzzy;
        }

        if (WithSynonym(folded, useOpsin) is { } bracketed)
        {
            return bracketed;
        }

        var partial = ContainedNames(core);
        var opsinState = opsin is null ? "" : opsin.IsAvailable ? "" : opsin.IsInstalled ? " (OPSIN stopped answering)" : " (OPSIN is not installed)";
        if (partial.Count > 0)
        {
            return new NameReading
            {
                PartialNames = partial,
                Error = $"partial name: '{core}' contains {string.Join(", ", partial)}, but the whole name could not be read{opsinState}; " +
                    "it is not reported as the shorter name's substance; give a CAS RN or a structure",
            };
        }

        return new NameReading { Error = $"no substance named '{core}' is known{opsinState}; give a CAS RN or a structure" };
    }

    // "N-Phenethyl-4-piperidone (NPP)", "Despropionyl fentanyl (4-ANPP)": a name with a synonym in brackets after it, as
    // catalogues write them, is read as its two names. They must agree; when only one can be read, it is read and the note
    // says the other was not, the way screen reports the two as separate mentions.
    private NameReading? WithSynonym(string folded, bool useOpsin)
    {
        var open = folded.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || folded[^1] != ')' || folded.AsSpan(open + 2, folded.Length - open - 3).IndexOfAny('(', ')') >= 0)
        {
            return null;
        }

        var (name, synonym) = (folded[..open].Trim(), folded[(open + 2)..^1].Trim());
        if (name.Length == 0 || synonym.Length == 0 || name[^1] == ')')
        {
            return null;
        }

        var (first, second) = (Read(name, useOpsin), Read(synonym, useOpsin));
        if (first.Succeeded && second.Succeeded)
        {
            var same = first.Entries.Count > 0 && second.Entries.Count > 0
                ? first.Entries.Select(Dictionary.KnowledgeBase.IdentityOf).ToHashSet().SetEquals(second.Entries.Select(Dictionary.KnowledgeBase.IdentityOf))
                : first.Smiles is not null && first.Smiles == second.Smiles;
            return same
                ? first with { Note = Join(first.Note, $"'{synonym}' in brackets names the same substance") }
                : new NameReading
                {
                    Error = $"'{name}' and '{synonym}' (in brackets) are read as different substances; give a CAS RN or a structure",
                };
        }

        if (first.Succeeded || second.Succeeded)
        {
            var (read, unread, failed) = first.Succeeded ? (first, synonym, second) : (second, name, first);
            return read with { Note = Join(read.Note, $"'{unread}' could not be read ({failed.Error})") };
        }

        return null;
    }

    private static string Join(string? note, string more) => note is null ? more : $"{note}; {more}";

    private NameReading? FromDictionaries(string name, IReadOnlyList<string> removed, bool namesSalt)
    {
        var key = NameKey.From(name);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var source in Dictionary.KnowledgeBase.Dictionaries)
        {
            var entries = source.FindByNameKey(key);
            if (entries.Count == 0)
            {
                continue;
            }

            if (entries.Select(e => e.Smiles).Distinct(StringComparer.Ordinal).Count() > 1 && !SameConstitution(entries))
            {
                return new NameReading
                {
                    Error = $"ambiguous in dictionary {source.Name}: '{name}' may mean " +
                        string.Join(" or ", entries.Select(e => $"'{e.Name}' ({e.SourceId})")) + "; give a CAS RN or a structure",
                };
            }

            var entry = entries[0];
            var structure = entries.Count > 1 && entries.Select(e => e.Smiles).Distinct(StringComparer.Ordinal).Count() > 1
                ? Flat(entry.Smiles) : entry.Smiles;
            return new NameReading
            {
                How = MentionKind.Name, Smiles = structure, Removed = removed, NamesSalt = namesSalt,
                Note = $"structure from dictionary {source.Name}: {entry.Name} ({entry.SourceId}, {entry.Location.File}:{entry.Location.Line})",
            };
        }

        return null;
    }

    // "Lactic acid" names both the L- and the DL- record in a dictionary: one constitution, the name gives no stereo, so
    // it is read without stereo (a listed stereoisomer is still found by the classifier's stereo-free key).
    private static bool SameConstitution(IReadOnlyList<Regulation.Dictionaries.DictionaryEntry> entries) =>
        entries.Select(e => Flat(e.Smiles)).Distinct(StringComparer.Ordinal).Count() == 1;

    private static string Flat(string smiles)
    {
        try
        {
            using var molecule = Molecule.FromSmiles(smiles);
            return molecule.ToSmiles(withStereo: false);
        }
        catch (ChemistryException)
        {
            return smiles;
        }
    }

    private IReadOnlyList<Substance>? Lookup(string name)
    {
        var key = NameKey.From(name);
        return key.Length > 0 && Dictionary.Find(key) is { } k ? Dictionary.Entries(k) : null;
    }

    // A misspelling is a reading, never an identification: the reading says so (How is FuzzyName), and the checker answers
    // it as a lead to confirm. A word as near to two substances' names is read as neither.
    private NameReading? Misspelled(string core)
    {
        var key = NameKey.From(core);
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = words.Length == 1 ? Dictionary.FindMisspelledWord(key)
            : words.Length <= 3 && Dictionary.MayStartPhrase(NameKey.From(words[0])) ? Dictionary.FindMisspelledPhrase(key) : null;
        if (found is null)
        {
            return null;
        }

        if (found.IsAmbiguous)
        {
            return new NameReading
            {
                Candidates = found.Rivals.Prepend(found.Key).Select(Dictionary.NameOf).ToList(),
                Error = $"no substance named '{core}' is known; it is {found.Edits} from {Dictionary.NamesOf(found.Rivals.Prepend(found.Key))}, " +
                    "names of different substances, and is not read as either; give a CAS RN or a structure",
            };
        }

        if (Dictionary.IsAmbiguous(found.Key))
        {
            return null;
        }

        return new NameReading
        {
            How = MentionKind.FuzzyName, Entries = Dictionary.Entries(found.Key),
            Note = $"'{core}' read as a misspelling of '{Dictionary.NameOf(found.Key)}' ({found.Edits}): no listed name matches exactly",
        };
    }

    // The knowledge-base names inside a longer name, longest first and not overlapping.
    private List<string> ContainedNames(string core)
    {
        var normalized = NormalizedText.From(core);
        var taken = new List<(int Start, int End)>();
        var names = new List<string>();
        foreach (var (start, end, key) in Dictionary.Automaton.Find(normalized.Text).OrderByDescending(h => h.End - h.Start).ThenBy(h => h.Start))
        {
            if (taken.Any(t => start < t.End && t.Start < end) || names.Count >= 5)
            {
                continue;
            }

            taken.Add((start, end));
            var (s, e) = normalized.OriginalSpan(start, end);
            names.Add($"'{core[s..e]}' ({Dictionary.Entries(key)[0].Name})");
        }

        return names;
    }

    /// <summary>True when a name is worth asking OPSIN about: letters with a locant, bracket or chemical root, and not a
    /// sentence (a systematic name has no more than a few spaces).</summary>
    public static bool LooksSystematic(string name) =>
        name.Length is >= 4 and <= 300 && name.Any(char.IsLetter) && name.Count(c => c == ' ') <= 4 && !name.Any(NameDictionary.IsIdeograph);
}
