using System.Text;
using System.Runtime.CompilerServices;
using Cordon.Regulation;
using Cordon.Regulation.Dictionaries;

namespace Cordon.Screening.Declarations.Extraction;

/// <summary>Finds names of the ordinary-chemical dictionaries in running text ("Sodium carbonate dense, 1000 kg"), so a
/// declaration of an ordinary chemical is recognised and can be clear. Names are looked up as phrases of up to four
/// space-separated words by their <see cref="NameKey"/>; a phrase is tried only when its first word starts some dictionary
/// name, which keeps ordinary text cheap. The knowledge base's own names are found first and always win.</summary>
public sealed class DictionaryNameFinder
{
    private const int MaxWords = 4;
    private const int MinKeyLength = 5;
    // Lazy, so that screening threads wait for one build instead of each building its own.
    private static readonly ConditionalWeakTable<KnowledgeBase, Lazy<DictionaryNameFinder>> Built = new();

    // Substituent names that ChEBI also lists as radicals: alone in a description they are never the goods.
    private static readonly HashSet<string> Substituents = new(StringComparer.Ordinal)
    {
        "methyl", "ethyl", "propyl", "butyl", "pentyl", "hexyl", "heptyl", "octyl", "nonyl", "decyl", "amyl", "isopropyl",
        "isobutyl", "phenyl", "benzyl", "tolyl", "xylyl", "naphthyl", "cyclohexyl", "vinyl", "allyl", "acetyl", "formyl",
        "propionyl", "butyryl", "benzoyl", "hydroxyl", "carbonyl", "carboxyl", "methoxyl", "amino", "nitro", "hydroxy",
    };

    private readonly KnowledgeBase _knowledgeBase;
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordSpans;

    private DictionaryNameFinder(KnowledgeBase knowledgeBase)
    {
        _knowledgeBase = knowledgeBase;
        foreach (var name in knowledgeBase.Dictionaries.SelectMany(d => d.Entries).SelectMany(e => e.AllNames))
        {
            var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (first.Length is > 0 and <= MaxWords && NameKey.From(name).Length >= MinKeyLength)
            {
                _firstWords.Add(NameKey.From(first[0]));
            }
        }

        _firstWordSpans = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The finder for <paramref name="knowledgeBase"/>'s dictionaries, built on first use.</summary>
    public static DictionaryNameFinder For(KnowledgeBase knowledgeBase) =>
        Built.GetValue(knowledgeBase, kb => new Lazy<DictionaryNameFinder>(() => new DictionaryNameFinder(kb), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Dictionary names in <paramref name="text"/> that overlap none of <paramref name="taken"/>'s spans: the span,
    /// the entry, and the dictionary it came from. A name that means two structures in a dictionary is skipped.</summary>
    internal IEnumerable<(int Start, int End, DictionaryEntry Entry, string Dictionary)> Find(string text, Func<int, int, bool> taken)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!StartsName(text, words[i]))
            {
                continue;
            }

            for (var n = Math.Min(MaxWords, words.Count - i); n >= 1; n--)
            {
                var (start, end) = (words[i].Start, words[i + n - 1].End);
                var key = string.Concat(words.Skip(i).Take(n).Select(w => NameKey.From(text[w.Start..w.End])));
                // A lone substituent word ("methyl", "phenyl") names a radical in ChEBI, never goods.
                var substituent = n == 1 && Substituents.Contains(key);
                if (key.Length < MinKeyLength || substituent || taken(start, end) || Lookup(key) is not { } found)
                {
                    continue;
                }

                yield return (start, end, found.Entry, found.Dictionary);
                i += n - 1;
                break;
            }
        }
    }

    // Most words start no dictionary name; an ASCII word is tested without allocating its key.
    private bool StartsName(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        if (span.Length > 64 || !Ascii.IsValid(span))
        {
            return _firstWords.Contains(NameKey.From(span.ToString()));
        }

        Span<char> key = stackalloc char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return _firstWordSpans.Contains(key[..length]);
    }

    private (DictionaryEntry Entry, string Dictionary)? Lookup(string key)
    {
        foreach (var dictionary in _knowledgeBase.Dictionaries)
        {
            var entries = dictionary.FindByNameKey(key);
            if (entries.Count == 0)
            {
                continue;
            }

            return entries.Select(e => e.Smiles).Distinct(StringComparer.Ordinal).Count() == 1 ? (entries[0], dictionary.Name) : null;
        }

        return null;
    }

    // Space-separated words with outer punctuation trimmed: "(vitamin" is "vitamin", "oxide," is "oxide".
    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var (s, e) = (start, i);
            while (s < e && !char.IsLetterOrDigit(text[s]))
            {
                s++;
            }

            while (e > s && !char.IsLetterOrDigit(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                words.Add((s, e));
            }
        }

        return words;
    }
}
