using System.Runtime.CompilerServices;
using Cordon.Regulation;

namespace Cordon.Screening.Extraction;

/// <summary>Every name and synonym of the knowledge base by its <see cref="NameKey"/>: an Aho-Corasick automaton for names in
/// running text, and symmetric-delete indexes for misspelled words and short phrases. Built once per knowledge base and
/// shared by <c>check</c> and <c>screen</c>, so the same text is read the same way by both.</summary>
public sealed class NameDictionary
{
    // Lazy, so that threads wait for one build instead of each building its own.
    private static readonly ConditionalWeakTable<KnowledgeBase, Lazy<NameDictionary>> Built = new();

    private readonly List<string> _keys = [];
    private readonly List<List<Substance>> _entries = [];
    private readonly List<bool> _abbreviation = [];
    private readonly List<bool> _codeName = [];
    private readonly bool[] _crowded;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly FuzzyNameIndex _fuzzy;
    private readonly FuzzyNameIndex _fuzzyPhrases;
    private readonly HashSet<string> _phraseStarts = new(StringComparer.Ordinal);
    private readonly FuzzyNameIndex _phraseStartIndex;
    private readonly HashSet<string> _phraseStartPrefixes = new(StringComparer.Ordinal);

    private NameDictionary(KnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        var multiWord = new HashSet<int>();
        foreach (var substance in knowledgeBase.Substances)
        {
            foreach (var name in substance.AllNames)
            {
                var key = NameKey.From(name);
                // Two ideographs make a Chinese name (丙酮, 甲苯); a Latin key needs three letters to mean anything.
                if (key.Length < (IsIdeographic(key) ? 2 : 3) || key.All(char.IsDigit))
                {
                    continue;
                }

                if (!_index.TryGetValue(key, out var k))
                {
                    _index[key] = k = _keys.Count;
                    _keys.Add(key);
                    _entries.Add([]);
                    _abbreviation.Add(false);
                    _codeName.Add(false);
                }

                if (!_entries[k].Contains(substance))
                {
                    _entries[k].Add(substance);
                }

                _abbreviation[k] |= key.Length <= 5 && !name.Any(char.IsLower) && !IsIdeographic(key);
                _codeName[k] |= IsCodeName(name);
                if (name.Trim().Contains(' '))
                {
                    multiWord.Add(k);
                }
            }
        }

        Automaton = new NameAutomaton(_keys);
        // A code name ("ADB-FUBINACA", "alpha-PHP"), or a name within two edits of another substance's (ADB-FUBINACA and
        // MMB-FUBINACA, diethyltryptamine and dimethyltryptamine), is one or two letters from a different substance: it is
        // read past one edit at most.
        bool OneWord(int k) => !_abbreviation[k] && !multiWord.Contains(k) && !_keys[k].Any(char.IsDigit);
        _crowded = _codeName.ToArray();
        _fuzzy = new FuzzyNameIndex(_keys, OneWord, k => _crowded[k] ? 1 : int.MaxValue);
        for (var k = 0; k < _keys.Count; k++)
        {
            _crowded[k] |= OneWord(k) && FuzzyNameIndex.Bound(_keys[k].Length) > 1 && _fuzzy.Neighbours(k).Any(n => !SameSubstance(k, n.Key));
        }

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

    /// <summary>The knowledge base the names come from.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The automaton over every key (for <see cref="NormalizedText"/>).</summary>
    public NameAutomaton Automaton { get; }

    /// <summary>The dictionary of <paramref name="knowledgeBase"/>, built on first use.</summary>
    public static NameDictionary For(KnowledgeBase knowledgeBase) =>
        Built.GetValue(knowledgeBase, kb => new Lazy<NameDictionary>(() => new NameDictionary(kb), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The key with this index.</summary>
    public string Key(int key) => _keys[key];

    /// <summary>The substances a key names.</summary>
    public IReadOnlyList<Substance> Entries(int key) => _entries[key];

    /// <summary>The index of an exact key, or null.</summary>
    public int? Find(string key) => _index.TryGetValue(key, out var k) ? k : null;

    /// <summary>True when the key means more than one substance.</summary>
    public bool IsAmbiguous(int key) => _entries[key].GroupBy(KnowledgeBase.IdentityOf).Count() > 1;

    /// <summary>The name as written in the knowledge base for this key.</summary>
    public string NameOf(int key) => _entries[key].SelectMany(e => e.AllNames).First(n => NameKey.From(n) == _keys[key]);

    /// <summary>A one-word name within the allowed edit distance of <paramref name="key"/> that keeps its functional-group
    /// ending (piperidona must not become piperidine), with any other substance's name as near; or null. A key that is
    /// itself a name is never read as another.</summary>
    public Misspelling? FindMisspelledWord(string key) =>
        key.Length < 6 || key.All(char.IsDigit) || _index.ContainsKey(key) ? null : Nearest(key, _fuzzy.FindNearest(key));

    /// <summary>True when a word may start a misspelled multi-word name (it is, or nearly is, the first word of one).</summary>
    public bool MayStartPhrase(string firstWordKey) =>
        firstWordKey.Length >= 4 && _phraseStartPrefixes.Contains(firstWordKey[..3])
        && (_phraseStarts.Contains(firstWordKey) || _phraseStartIndex.Find(firstWordKey) is not null);

    /// <summary>A multi-word name within the allowed edit distance of the phrase key, with any other substance's name as
    /// near; or null.</summary>
    public Misspelling? FindMisspelledPhrase(string key) => _index.ContainsKey(key) ? null : Nearest(key, _fuzzyPhrases.FindNearest(key));

    private bool SameSubstance(int a, int b) =>
        _entries[a].Select(KnowledgeBase.IdentityOf).ToHashSet(StringComparer.Ordinal).SetEquals(_entries[b].Select(KnowledgeBase.IdentityOf));

    // The nearest names that keep the word's functional-group ending; those of other substances than the first are rivals.
    private Misspelling? Nearest(string key, (IReadOnlyList<int> Keys, int Distance)? found)
    {
        if (found is not { } nearest)
        {
            return null;
        }

        var kept = nearest.Keys.Where(k => SameSuffixClass(key, _keys[k])).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        var rivals = kept.Skip(1).Where(k => !SameSubstance(kept[0], k)).ToList();
        return new Misspelling(kept[0], nearest.Distance, rivals);
    }

    /// <summary>The name as written in the knowledge base for each key, quoted and joined with "or".</summary>
    public string NamesOf(IEnumerable<int> keys) => string.Join(" or ", keys.Select(k => $"'{NameOf(k)}'"));

    // "ADB-FUBINACA", "alpha-PHP", "5F-MDMB-PICA": a name with a capital-letter code of two to four letters among its parts.
    // One letter of such a code makes another substance's code, unlike a letter of a word.
    private static bool IsCodeName(string name)
    {
        var parts = name.Split(['-', ' ', ',', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.Any(p => p.Length is >= 2 and <= 4 && p.All(char.IsAsciiLetterUpper));
    }

    /// <summary>True when every character of the key is a CJK ideograph.</summary>
    public static bool IsIdeographic(string key) => key.Length > 0 && key.All(IsIdeograph);

    /// <summary>True for a CJK unified ideograph.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF';

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
}
