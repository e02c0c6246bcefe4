using System.Text.RegularExpressions;
using Cordon.Chemistry;
using Cordon.Regulation;
using Cordon.Regulation.Dictionaries;

namespace Cordon.Screening.Resolution;

/// <summary>Turns query text into a structure (or identifier-only entries): detects the kind, then parses or looks up.</summary>
public sealed partial class QueryResolver(KnowledgeBase knowledgeBase)
{
    /// <summary>Queries longer than this are refused before any parsing (a molfile may be longer; see the native bounds).</summary>
    public const int MaxQueryLength = 20_000;

    /// <summary>Resolves one query; never throws for bad input.</summary>
    public Resolution Resolve(string text, InputKind? forced)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Resolution.Failed(forced, "empty query");
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

        // Brackets, bonds and charges only occur in SMILES; a bare word may be either, so known names win.
        var trimmed = text.Trim();
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
        catch (ChemistryException e) when (!forced && e.Kind == ChemistryErrorKind.Syntax && !SmilesSyntax().IsMatch(text))
        {
            // A bare word that is not valid SMILES is a name we do not know, not a broken structure.
            return FromName(text);
        }
        catch (ChemistryException e)
        {
            return Resolution.Failed(InputKind.Smiles, $"invalid SMILES: {e.Message}");
        }
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
        var trimmed = text.Trim();
        var entries = LookupName(trimmed);
        if (entries.Count > 0)
        {
            return FromEntries(InputKind.Name, entries, [], namesSalt: false, null);
        }

        var cleaned = NameCleaner.Clean(trimmed);
        if (cleaned.Removed.Count > 0 && cleaned.Core.Length > 0)
        {
            entries = LookupName(cleaned.Core);
            if (entries.Count > 0)
            {
                return FromEntries(InputKind.Name, entries, cleaned.Removed, cleaned.NamesSalt, null);
            }
        }

        // Only what the knowledge base does not know is looked up in the dictionaries: a dictionary never changes a listed name.
        // Salt words stay on: in a dictionary "zinc sulfate" is a substance of its own, and zinc is another.
        var graded = NameCleaner.Clean(trimmed, keepSalts: true);
        var fromDictionary = FromDictionaries(InputKind.Name, d => d.FindByNameKey(NameKey.From(trimmed)), [])
            ?? (graded.Removed.Count > 0 && graded.Core.Length > 0
                ? FromDictionaries(InputKind.Name, d => d.FindByNameKey(NameKey.From(graded.Core)), graded.Removed)
                : null);
        if (fromDictionary is not null)
        {
            return fromDictionary;
        }

        var suggestion = Suggest(NameKey.From(cleaned.Core.Length > 0 ? cleaned.Core : trimmed));
        return Resolution.Failed(InputKind.Name,
            $"no substance named '{trimmed}' in the knowledge base" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)") +
            "; give a CAS RN or a structure");
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

    private Resolution FromEntries(InputKind kind, IReadOnlyList<Substance> entries, IReadOnlyList<string> removed, bool namesSalt, string? note)
    {
        var meanings = entries.GroupBy(knowledgeBase.IdentityOf).Select(g => g.First().Name).ToList();
        if (meanings.Count > 1)
        {
            return Resolution.Failed(kind, $"ambiguous: this name may mean {string.Join(" or ", meanings.Select(m => $"'{m}'"))}; give the full name, a CAS RN or a structure");
        }

        var withStructure = entries.FirstOrDefault(e => e.Smiles is not null);
        if (withStructure is null)
        {
            return new Resolution { Kind = kind, IdentifierMatches = entries, Removed = removed, NamesSalt = namesSalt, Note = note };
        }

        return new Resolution
        {
            Kind = kind,
            Molecule = Molecule.FromSmiles(withStructure.Smiles!),
            Removed = removed,
            NamesSalt = namesSalt,
            Note = note,
        };
    }

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
