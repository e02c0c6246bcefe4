using System.Globalization;
using System.Text.RegularExpressions;
using Cordon.Regulation;

namespace Cordon.Screening.Extraction;

/// <summary>Finds the chemistry in a goods description: CAS RNs, knowledge-base names in any language (exact, then within a
/// small edit distance), and systematic names through OPSIN. Ambiguous names are settled by context or reported as such.</summary>
public sealed partial class ChemicalExtractor
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly OpsinClient? _opsin;
    private readonly List<string> _keys = [];
    private readonly List<List<Substance>> _entries = [];
    private readonly List<bool> _abbreviation = [];
    private readonly NameAutomaton _automaton;
    private readonly FuzzyNameIndex _fuzzy;
    private readonly FuzzyNameIndex _fuzzyPhrases;
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);
    private readonly FuzzyNameIndex _phraseStartIndex;
    private readonly HashSet<string> _phraseStartPrefixes = new(StringComparer.Ordinal);

    /// <summary>Builds the name dictionary from every entry of the knowledge base; <paramref name="opsin"/> may be null.</summary>
    public ChemicalExtractor(KnowledgeBase knowledgeBase, OpsinClient? opsin)
    {
        _knowledgeBase = knowledgeBase;
        _opsin = opsin;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var multiWord = new HashSet<int>();
        foreach (var substance in knowledgeBase.Substances)
        {
            foreach (var name in substance.AllNames)
            {
                var key = NameKey.From(name);
                if (key.Length < 3 || key.All(char.IsDigit))
                {
                    continue;
                }

                if (!index.TryGetValue(key, out var k))
                {
                    index[key] = k = _keys.Count;
                    _keys.Add(key);
                    _entries.Add([]);
                    _abbreviation.Add(false);
                }

                if (!_entries[k].Contains(substance))
                {
                    _entries[k].Add(substance);
                }

                _abbreviation[k] |= key.Length <= 5 && !name.Any(char.IsLower);
                if (name.Trim().Contains(' '))
                {
                    multiWord.Add(k);
                }
            }
        }

        _automaton = new NameAutomaton(_keys);
        _fuzzy = new FuzzyNameIndex(_keys, k => !_abbreviation[k] && !multiWord.Contains(k) && !_keys[k].Any(char.IsDigit));

        // Multi-word names ("acetic anhydride") are compared as the words of a short phrase run together; a phrase is tried
        // only when its first word is, or nearly is, the first word of such a name, which keeps ordinary text cheap.
        _fuzzyPhrases = new FuzzyNameIndex(_keys, k => multiWord.Contains(k) && !_keys[k].Any(char.IsDigit));
        foreach (var k in multiWord.Where(k => !_keys[k].Any(char.IsDigit)))
        {
            foreach (var name in _entries[k].SelectMany(e => e.AllNames).Where(n => NameKey.From(n) == _keys[k]))
            {
                var first = NameKey.From(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
                if (first.Length >= 4)
                {
                    _phraseStarts.Add(first);
                }
            }
        }

        var starts = _phraseStarts.ToList();
        _phraseStartPrefixes.UnionWith(starts.Select(w => w[..3]));
        _phraseStartIndex = new FuzzyNameIndex(starts, _ => true);
    }

    /// <summary>Every chemical mention in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<Mention> Extract(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var mentions = new List<Mention>(CasFinder.Find(text));
        var normalized = NormalizedText.From(text);
        AddNames(text, normalized, mentions);
        AddFuzzy(text, mentions);
        AddSystematic(text, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions.Select(m => m with { Percent = PercentAfter(text, m, mentions) }).ToList();
    }

    private void AddNames(string text, NormalizedText normalized, List<Mention> mentions)
    {
        var hits = _automaton.Find(normalized.Text)
            .Where(h => normalized.IsWholeWords(h.Start, h.End))
            .OrderBy(h => h.Start).ThenByDescending(h => h.End - h.Start)
            .ToList();
        var lastEnd = -1;
        foreach (var (start, end, key) in hits)
        {
            if (start < lastEnd)
            {
                continue;
            }

            var (s, e) = normalized.OriginalSpan(start, end);
            if (Overlaps(mentions, s, e))
            {
                continue;
            }

            lastEnd = end;
            mentions.Add(Resolve(key, s, e, text, normalized.Text, start, end));
        }
    }

    private Mention Resolve(int key, int start, int end, string text, string normalized, int nStart, int nEnd)
    {
        var span = text[start..end];
        var groups = _entries[key].GroupBy(_knowledgeBase.IdentityOf).ToList();
        if (groups.Count == 1)
        {
            return Named(MentionKind.Name, groups[0].ToList(), start, end, span, null);
        }

        // Several substances share this name: a word of one meaning's other names elsewhere in the text settles it.
        var context = normalized.Remove(nStart, nEnd - nStart);
        var supported = groups
            .Select(g => (Group: g, Word: g.SelectMany(s => s.AllNames).Select(NameKey.From)
                .Where(w => w.Length >= 6 && w != _keys[key]).FirstOrDefault(w => ContainsWordPart(context, w))))
            .Where(x => x.Word is not null)
            .ToList();
        if (supported.Count == 1)
        {
            return Named(MentionKind.Name, supported[0].Group.ToList(), start, end, span,
                $"'{span}' is ambiguous; read as {supported[0].Group.First().Name} from the context '{supported[0].Word}'");
        }

        return new Mention(MentionKind.AmbiguousName, start, end, span, null, InputKind.Name,
            $"'{span}' may mean {string.Join(" or ", groups.Select(g => g.First().Name))}; the text does not say which");
    }

    // Context words are whole names (e.g. "anilinopiperidine"); a distinctive part of one is enough ("piperidine").
    private static bool ContainsWordPart(string context, string word) =>
        context.Contains(word, StringComparison.Ordinal) || (word.Length >= 12 && context.Contains(word[^9..], StringComparison.Ordinal));

    private Mention Named(MentionKind kind, List<Substance> entries, int start, int end, string span, string? note)
    {
        var withStructure = entries.FirstOrDefault(e => e.Smiles is not null);
        return withStructure is not null
            ? new Mention(kind, start, end, span, withStructure.Smiles, InputKind.Smiles, note ?? $"name of {withStructure.Name}")
            : new Mention(kind, start, end, span, entries[0].Name, InputKind.Name, note ?? $"name of {entries[0].Name}");
    }

    private void AddFuzzy(string text, List<Mention> mentions)
    {
        AddFuzzyPhrases(text, mentions);
        foreach (Match token in Word().Matches(text))
        {
            if (token.Length < 6 || Overlaps(mentions, token.Index, token.Index + token.Length))
            {
                continue;
            }

            var key = NameKey.From(token.Value);
            if (key.Length < 6 || key.All(char.IsDigit) || _fuzzy.Find(key) is not { } found || !SameSuffixClass(key, _keys[found.Key]))
            {
                continue;
            }

            var entries = _entries[found.Key];
            if (entries.GroupBy(_knowledgeBase.IdentityOf).Count() > 1)
            {
                continue;
            }

            var name = entries[0].AllNames.First(n => NameKey.From(n) == _keys[found.Key]);
            mentions.Add(Named(MentionKind.FuzzyName, entries, token.Index, token.Index + token.Length, token.Value,
                $"'{token.Value}' read as '{name}' ({found.Distance} edit{(found.Distance == 1 ? "" : "s")})"));
        }
    }

    private void AddFuzzyPhrases(string text, List<Mention> mentions)
    {
        var words = Word().Matches(text).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var first = NameKey.From(words[i].Value);
            // A misspelling keeps the first letters, so a cheap prefix test spares ordinary words the edit search.
            if (first.Length < 4 || !_phraseStartPrefixes.Contains(first[..3])
                || (!_phraseStarts.Contains(first) && _phraseStartIndex.Find(first) is null))
            {
                continue;
            }

            for (var n = 3; n >= 2; n--)
            {
                if (i + n > words.Count)
                {
                    continue;
                }

                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var key = NameKey.From(text[start..end]);
                if (Overlaps(mentions, start, end) || _fuzzyPhrases.Find(key) is not { } found || !SameSuffixClass(key, _keys[found.Key]))
                {
                    continue;
                }

                var entries = _entries[found.Key];
                if (entries.GroupBy(_knowledgeBase.IdentityOf).Count() > 1)
                {
                    continue;
                }

                var name = entries[0].AllNames.First(x => NameKey.From(x) == _keys[found.Key]);
                var span = text[start..end];
                mentions.Add(Named(MentionKind.FuzzyName, entries, start, end, span,
                    $"'{span}' read as '{name}' ({found.Distance} edit{(found.Distance == 1 ? "" : "s")})"));
                break;
            }
        }
    }

    // One letter can change the compound: piperidone/piperidine, ethanal/ethanol. A misspelling may not change the
    // functional-group ending (in English or Spanish) of the name it is read as.
    private static bool SameSuffixClass(string word, string name) => SuffixClass(word) == SuffixClass(name);

    private static string SuffixClass(string word) => word switch
    {
        _ when word.EndsWith("one", StringComparison.Ordinal) || word.EndsWith("ona", StringComparison.Ordinal) => "ketone",
        _ when word.EndsWith("ine", StringComparison.Ordinal) || word.EndsWith("ina", StringComparison.Ordinal) => "amine",
        _ when word.EndsWith("ol", StringComparison.Ordinal) => "alcohol",
        _ when word.EndsWith("al", StringComparison.Ordinal) => "aldehyde",
        _ when word.EndsWith("ane", StringComparison.Ordinal) || word.EndsWith("ano", StringComparison.Ordinal) => "alkane",
        _ when word.EndsWith("ene", StringComparison.Ordinal) || word.EndsWith("eno", StringComparison.Ordinal) => "alkene",
        _ when word.EndsWith("ide", StringComparison.Ordinal) || word.EndsWith("ido", StringComparison.Ordinal) => "ide",
        _ when word.EndsWith("ate", StringComparison.Ordinal) || word.EndsWith("ato", StringComparison.Ordinal) => "ate",
        _ => "other",
    };

    private void AddSystematic(string text, List<Mention> mentions)
    {
        foreach (var (start, end) in SystematicSpans(text, mentions))
        {
            var span = text[start..end];
            if (_opsin is { IsAvailable: true } && _opsin.ToSmiles(span) is { } smiles)
            {
                mentions.Add(new Mention(MentionKind.SystematicName, start, end, span, smiles, InputKind.Smiles, $"systematic name parsed by OPSIN as {smiles}"));
            }
            else
            {
                var why = _opsin is { IsAvailable: true } ? "OPSIN could not parse this systematic-looking name"
                    : _opsin is { IsInstalled: true } ? "OPSIN stopped answering (timed out or failed): this systematic-looking name was not parsed"
                    : "OPSIN is not installed: this systematic-looking name was not parsed";
                mentions.Add(new Mention(MentionKind.UnparsedName, start, end, span, null, InputKind.Name, why));
            }
        }
    }

    // Runs of words that look like systematic nomenclature: a locant or brackets with a chemical root, or two roots.
    private static IEnumerable<(int Start, int End)> SystematicSpans(string text, List<Mention> mentions)
    {
        int? runStart = null;
        var runEnd = 0;
        foreach (Match word in Spaced().Matches(text))
        {
            var bare = word.Value.TrimEnd(',', ';', '.', ':');
            var end = word.Index + bare.Length;
            var lower = bare.ToLower(CultureInfo.InvariantCulture);
            var roots = Roots().Matches(lower).Count;
            var systematic = bare.Length >= 7 && !Overlaps(mentions, word.Index, end)
                && ((Locant().IsMatch(lower) && roots >= 1) || roots >= 2);
            var connector = runStart is not null && lower is "acid" or "ester" or "ketal" or "hydrochloride";
            if (systematic || connector)
            {
                runStart ??= word.Index;
                runEnd = end;
                continue;
            }

            if (runStart is not null)
            {
                yield return (runStart.Value, runEnd);
                runStart = null;
            }
        }

        if (runStart is not null)
        {
            yield return (runStart.Value, runEnd);
        }
    }

    private static bool Overlaps(List<Mention> mentions, int start, int end) =>
        mentions.Any(m => start < m.End && m.Start < end);

    private static double? PercentAfter(string text, Mention mention, List<Mention> mentions)
    {
        var limit = mentions.Where(m => m.Start >= mention.End).Select(m => m.Start).DefaultIfEmpty(text.Length).Min();
        var window = text[mention.End..Math.Min(limit, Math.Min(text.Length, mention.End + 30))];
        var match = Percent().Match(window);
        return match.Success && double.TryParse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p <= 100
            ? p
            : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"\d[\d,']*-|-\d|\(|\[|^(n|o|tert|sec|cis|trans|alpha|beta)-")]
    private static partial Regex Locant();

    [GeneratedRegex(@"phenyl|methyl|ethyl|propyl|butyl|piperid|pyrid|benz|amino|anilin|oxo|carbox|chlor|fluor|brom|hydroxy|nitro|acet|propan|butan|amide|amine|one\b|oate|ylidene|dioxol|furan|thien|carbonyl")]
    private static partial Regex Roots();

    [GeneratedRegex(@"^[^,;%\d]{0,15}?(\d+(?:[.,]\d+)?)\s*%")]
    private static partial Regex Percent();
}
