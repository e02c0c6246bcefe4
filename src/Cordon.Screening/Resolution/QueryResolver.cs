using System.Text.RegularExpressions;
using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Screening.Extraction;
using Cordon.Text;
using Cordon.Regulation.Dictionaries;

namespace Cordon.Screening.Resolution;

/// <summary>Turns query text into a structure (or identifier-only entries): detects the kind, then parses or looks up.</summary>
public sealed partial class QueryResolver(KnowledgeBase knowledgeBase, NameResolver names)
{
    /// <summary>A resolver without OPSIN (names from the knowledge base and misspellings only).</summary>
    public QueryResolver(KnowledgeBase knowledgeBase)
        : this(knowledgeBase, new NameResolver(knowledgeBase, null))
    {
    }

    /// <summary>Queries longer than this are refused before any parsing (a molfile may be longer; see the native bounds).</summary>
    public const int MaxQueryLength = 20_000;

    /// <summary>Resolves one query; never throws for bad input.</summary>
    public Resolution Resolve(string text, InputKind? forced)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Resolution.Failed(forced, "empty query");
        }

        // Folded first (dashes, full-width digits, look-alike letters), so a disguised CAS RN or name reads as itself.
        if (!text.Contains("M  END", StringComparison.Ordinal) && forced != InputKind.Molfile)
        {
            text = TextFolder.FoldToString(text);
        }

        var kind = forced ?? Detect(text);
        if (kind != InputKind.Molfile && text.Length > MaxQueryLength)
        {
            return Resolution.Failed(kind, $"query is {text.Length} characters; the limit is {MaxQueryLength}");
        }

        return kind switch
        {
            InputKind.Molfile => FromStructure(kind, () => Molecule.FromMolBlock(text)),
            InputKind.Cas => FromCas(text),
            InputKind.Name => FromName(text),
            _ => FromSmiles(text, forced is not null),
        };
    }

    private static readonly char[] SmilesOnly = ['[', ']', '=', '#', '(', ')', '@', '/', '\\', '+', '%'];

    /// <summary>Tells what a query is: molfile, CAS RN, a known name, or else SMILES.</summary>
    public InputKind Detect(string text)
    {
        if (text.Contains("M  END", StringComparison.Ordinal) || MolfileHeader().IsMatch(text))
        {
            return InputKind.Molfile;
        }

        if (CasNumber.LooksLikeCas(text))
        {
            return InputKind.Cas;
        }

        // Brackets, bonds and charges only occur in SMILES; a bare word may be either, so known names win (AM2201, PV8 and
        // NM2201 are names the lists give, though their letters and digits could start a SMILES).
        var trimmed = text.Trim();
        if (trimmed.IndexOfAny(SmilesOnly) < 0 && LookupName(trimmed).Count > 0)
        {
            return InputKind.Name;
        }

        if (SmilesAlphabet().IsMatch(trimmed) && SmilesSyntax().IsMatch(trimmed))
        {
            return InputKind.Smiles;
        }

        if (LookupName(trimmed).Count > 0 || trimmed.Contains(' ') || !SmilesAlphabet().IsMatch(trimmed))
        {
            return InputKind.Name;
        }

        return InputKind.Smiles;
    }

    private Resolution FromSmiles(string text, bool forced)
    {
        try
        {
            return new Resolution { Kind = InputKind.Smiles, Molecule = Molecule.FromSmiles(text.Trim()) };
        }
        catch (ChemistryException e) when (!forced && e.Kind == ChemistryErrorKind.Syntax && (!SmilesSyntax().IsMatch(text) || HasWords(text)))
        {
            // A bare word that is not valid SMILES, or one with letters no SMILES atom has ("4-(phenylamino)piperidine"),
            // is a name, not a broken structure.
            var name = FromName(text);
            return name.Error is null || !SmilesSyntax().IsMatch(text) ? name : Resolution.Failed(InputKind.Name, $"{name.Error}; as SMILES: {e.Message}");
        }
        catch (ChemistryException e)
        {
            return Resolution.Failed(InputKind.Smiles, $"invalid SMILES: {e.Message}");
        }
    }

    // Outside brackets, SMILES letters are the organic subset (B C N O P S F Cl Br I, aromatic b c n o p s); a run of three
    // or more letters with any other letter in it is a word.
    private static bool HasWords(string text)
    {
        var run = 0;
        var foreign = false;
        var bracket = false;
        foreach (var c in text)
        {
            bracket = c == '[' || (bracket && c != ']');
            if (!bracket && char.IsAsciiLetter(c))
            {
                run++;
                foreign |= !"bcnopsfilrBCNOPSFI".Contains(c);
                if (run >= 3 && foreign)
                {
                    return true;
                }

                continue;
            }

            run = 0;
            foreign = false;
        }

        return false;
    }

    private static Resolution FromStructure(InputKind kind, Func<Molecule> parse)
    {
        try
        {
            return new Resolution { Kind = kind, Molecule = parse() };
        }
        catch (ChemistryException e)
        {
            return Resolution.Failed(kind, $"invalid {(kind == InputKind.Molfile ? "molfile" : "structure")}: {e.Message}");
        }
    }

    private Resolution FromCas(string text)
    {
        if (!CasNumber.TryParse(text, out var cas, out var error))
        {
            return Resolution.Failed(InputKind.Cas, error!);
        }

        var entries = knowledgeBase.FindByCas(cas);
        if (entries.Count == 0 && FromDictionaries(InputKind.Cas, d => d.FindByCas(cas), []) is { } fromDictionary)
        {
            return fromDictionary;
        }

        if (entries.Count == 0)
        {
            return Resolution.Failed(InputKind.Cas,
                $"CAS RN {cas} is valid but not in the knowledge base; give the structure (SMILES or molfile) to classify it");
        }

        var form = entries.SelectMany(e => e.FormCas).FirstOrDefault(f => f.Cas == cas);
        var removed = form is null ? [] : new[] { $"{form.Form} (CAS RN {cas})" };
        return FromEntries(InputKind.Cas, entries, removed, namesSalt: form is not null && !IsHydrateOnly(form.Form),
            form is null ? null : $"CAS RN {cas} is the {form.Form} of {entries[0].Name}");
    }

    private Resolution FromName(string text)
    {
        var reading = names.Read(text);
        if (!reading.Succeeded)
        {
            var suggestion = reading.PartialNames.Count == 0 && reading.Candidates.Count == 0 ? Suggest(NameKey.From(NameCleaner.Clean(text.Trim()).Core is { Length: > 0 } core ? core : text)) : null;
            return Resolution.Failed(InputKind.Name, reading.Error! + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
        }

        if (reading.Smiles is { } smiles)
        {
            return FromStructure(InputKind.Name, () => Molecule.FromSmiles(smiles)) with
            {
                Removed = reading.Removed, NamesSalt = reading.NamesSalt, Note = reading.Note,
            };
        }

        var resolution = FromEntries(InputKind.Name, reading.Entries, reading.Removed, reading.NamesSalt, reading.Note);
        return reading.IsMisspelling && resolution.Error is null ? resolution with { Misreading = reading.Note } : resolution;
    }

    // The first dictionary that knows the identifier supplies the structure; the structure is then classified like any other.
    private Resolution? FromDictionaries(InputKind kind, Func<ChemicalDictionary, IReadOnlyList<DictionaryEntry>> find,
        IReadOnlyList<string> removed, bool namesSalt = false)
    {
        foreach (var dictionary in knowledgeBase.Dictionaries)
        {
            var entries = find(dictionary);
            if (entries.Count == 0)
            {
                continue;
            }

            var structures = entries.Select(e => e.Smiles).Distinct(StringComparer.Ordinal).ToList();
            if (structures.Count > 1)
            {
                return Resolution.Failed(kind, $"ambiguous in dictionary {dictionary.Name}: may mean " +
                    string.Join(" or ", entries.Select(e => $"'{e.Name}' ({e.SourceId})")) + "; give a CAS RN or a structure");
            }

            var entry = entries[0];
            try
            {
                return new Resolution
                {
                    Kind = kind,
                    Molecule = Molecule.FromSmiles(entry.Smiles),
                    Removed = removed,
                    NamesSalt = namesSalt,
                    Note = $"structure from dictionary {dictionary.Name}: {entry.Name} ({entry.SourceId}, {entry.Location.File}:{entry.Location.Line})",
                };
            }
            catch (ChemistryException e)
            {
                return Resolution.Failed(kind, $"dictionary {dictionary.Name} entry {entry.SourceId} has a structure that does not parse: {e.Message}");
            }
        }

        return null;
    }

    private IReadOnlyList<Substance> LookupName(string name)
    {
        var key = NameKey.From(name);
        return key.Length == 0 ? [] : knowledgeBase.FindByNameKey(key);
    }

    // Lists record one substance differently: one with a structure, another by name and CAS RN only (plant material, a
    // stereo-specific name). Entries with a structure must agree on it; an entry without one belongs with them unless its
    // CAS RN says it is something else. Every entry of the name is answered alongside the structure's findings.
    private Resolution FromEntries(InputKind kind, IReadOnlyList<Substance> entries, IReadOnlyList<string> removed, bool namesSalt, string? note)
    {
        var structured = entries.Where(e => e.Smiles is not null).ToList();
        var identifierOnly = entries.Where(e => e.Smiles is null).ToList();
        var structures = structured.GroupBy(knowledgeBase.IdentityOf).ToList();
        var knownCas = structured.SelectMany(CasOf).ToHashSet(StringComparer.Ordinal);
        // An identifier-only entry whose CAS RNs are all unknown to the structured entries (which have some) is another substance.
        var strangers = knownCas.Count == 0 ? [] : identifierOnly.Where(e => CasOf(e).Any() && !CasOf(e).Any(knownCas.Contains)).ToList();
        var primaryCas = identifierOnly.Where(e => e.Cas is not null).Select(e => e.Cas!.Value.Value).Distinct(StringComparer.Ordinal).Count();
        var conflicting = structures.Count > 1 || strangers.Count > 0 || (structures.Count == 0 && primaryCas > 1);
        if (conflicting)
        {
            var meanings = structures.Select(g => g.First().Name)
                .Concat(identifierOnly.Where(e => e.Cas is not null && (structures.Count == 0 || strangers.Contains(e))).Select(e => $"{e.Name} (CAS RN {e.Cas!.Value.Value})"))
                .Distinct(StringComparer.Ordinal).ToList();
            return Resolution.Failed(kind, $"ambiguous: this name may mean {string.Join(" or ", meanings.Select(m => $"'{m}'"))}; give the full name, a CAS RN or a structure");
        }

        if (structured.Count == 0)
        {
            return new Resolution { Kind = kind, IdentifierMatches = entries, Removed = removed, NamesSalt = namesSalt, Note = note };
        }

        return new Resolution
        {
            Kind = kind,
            Molecule = Molecule.FromSmiles(structured[0].Smiles!),
            // Every entry of that name answers, also one whose stereo differs from the structure read (UN (S)-cathinone).
            IdentifierMatches = entries,
            Removed = removed,
            NamesSalt = namesSalt,
            Note = note,
        };
    }

    private static IEnumerable<string> CasOf(Substance substance) =>
        substance.Cas is { } cas ? substance.FormCas.Select(f => f.Cas.Value).Prepend(cas.Value) : substance.FormCas.Select(f => f.Cas.Value);

    private static bool IsHydrateOnly(string form) =>
        form.Split(' ').All(w => w.Contains("hydrate", StringComparison.OrdinalIgnoreCase));

    private string? Suggest(string key)
    {
        if (key.Length < 4)
        {
            return null;
        }

        var limit = key.Length <= 6 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in knowledgeBase.NameKeys)
        {
            if (Math.Abs(candidate.Length - key.Length) > limit)
            {
                continue;
            }

            var distance = EditDistance(key, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is null ? null : knowledgeBase.FindByNameKey(best)[0].AllNames.First(n => NameKey.From(n) == best);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^[A-Za-z0-9@+\-\[\]\(\)\\/%=#$.:*~]+$")]
    private static partial Regex SmilesAlphabet();

    [GeneratedRegex(@"[\[\]\(\)=#@\\/.]|[A-Za-z]\d")]
    private static partial Regex SmilesSyntax();

    [GeneratedRegex(@"V[23]000")]
    private static partial Regex MolfileHeader();
}
