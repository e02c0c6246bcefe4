using System.Globalization;
using System.Text.RegularExpressions;
using Cordon.Regulation;
using Cordon.Screening.Extraction;
using Cordon.Screening.Resolution;
using Cordon.Text;

namespace Cordon.Screening.Declarations.Extraction;

/// <summary>Finds the chemistry in a goods description: CAS RNs, knowledge-base names in any language (exact, then within a
/// small edit distance), and systematic names through OPSIN. Ambiguous names are settled by context or reported as such.</summary>
public sealed partial class ChemicalExtractor
{
    /// <summary>Characters of one field that are read; a longer field is read this far and says so, which keeps the
    /// time and memory of a row linear in its size.</summary>
    public const int MaxFieldLength = 1 << 20;

    /// <summary>Distinct mentions (kind and substance) kept per field; more are reported as unread.</summary>
    public const int MaxMentions = 200;

    /// <summary>Mentions found per field before the search stops (repeats included), which bounds a hostile field.</summary>
    public const int MaxRawMentions = 100_000;

    /// <summary>Occurrences of the same mention shown per field; the rest are counted in the last one's note.</summary>
    public const int MaxRepeats = 3;

    /// <summary>Systematic names sent to OPSIN per field; more are reported as not read.</summary>
    public const int MaxSystematicNames = 50;

    private static readonly HashSet<string> ModifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chloro", "bromo", "fluoro", "iodo", "nitro", "amino", "hydroxy", "methoxy", "ethoxy", "oxo", "keto", "nor", "des", "iso",
        "homo", "neo", "cis", "trans", "alpha", "beta", "para", "meta", "ortho", "tert", "sec", "n", "o", "p", "m", "dl", "d", "l",
    };

    private static readonly HashSet<string> ContinuationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "acid", "ester", "ketal", "acetal", "oxime", "hydrazone", "semicarbazone", "cyanohydrin", "anhydride", "amide", "nitrile",
    };

    // Characters that continue a Chinese chemical name: a known name followed or preceded by one of them is part of a
    // longer name (甲苯磺酸 is not 甲苯), unless another known name or a grade word stands there.
    private const string ChineseMorphemes = "基酸酯醇醛酮胺酰磺氯溴氟碘硝氨羟甲乙丙丁戊己庚辛苯烷烯炔醚腈吡啶哌嗪吗啉呋喃噻吩咪唑萘酚肟肼脲酐环异邻间对正叔仲二三四五六";

    // Declarations repeat their descriptions by the thousand; a field's mentions depend only on its text, so short fields'
    // readings are kept (bounded) and a repeated description costs one lookup.
    private const int CacheLimit = 100_000;
    private const int CachedFieldLength = 1_000;
    private readonly BoundedCache<string, IReadOnlyList<Mention>> _cache = new(CacheLimit, StringComparer.Ordinal);

    private const string ChineseNumerals = "二三四五六";

    private readonly KnowledgeBase _knowledgeBase;
    private readonly NameDictionary _names;
    private readonly NameResolver _resolver;
    private readonly INameToStructure? _opsin;

    /// <summary>Reads names with the knowledge base's <see cref="NameDictionary"/>; <paramref name="opsin"/> may be null.</summary>
    public ChemicalExtractor(KnowledgeBase knowledgeBase, INameToStructure? opsin)
    {
        _knowledgeBase = knowledgeBase;
        _opsin = opsin;
        _names = NameDictionary.For(knowledgeBase);
        _resolver = new NameResolver(_names, opsin);
    }

    /// <summary>Every chemical mention in <paramref name="original"/>, in order of position, with spans in the original
    /// text; the text is folded first (<see cref="TextFolder"/>) and each place where folding changed letters inside a word
    /// is itself a <see cref="MentionKind.DisguisedText"/> mention.</summary>
    public IReadOnlyList<Mention> Extract(string original)
    {
        if (string.IsNullOrWhiteSpace(original))
        {
            return [];
        }

        if (original.Length > CachedFieldLength)
        {
            return ExtractUncached(original);
        }

        if (_cache.TryGet(original, out var known))
        {
            return known;
        }

        var mentions = ExtractUncached(original);
        if (_opsin is null || _opsin.IsAvailable || !_opsin.IsInstalled)
        {
            _cache.Add(original, mentions);
        }

        return mentions;
    }

    private IReadOnlyList<Mention> ExtractUncached(string original)
    {
        var folded = TextFolder.Fold(original);
        var text = folded.Text.Length > MaxFieldLength ? folded.Text[..MaxFieldLength] : folded.Text;
        var mentions = new MentionSet(text.Length);
        foreach (var cas in CasFinder.Find(text).Take(MaxRawMentions))
        {
            mentions.Add(cas);
        }

        var normalized = NormalizedText.From(text);
        AddNames(text, normalized, mentions);
        // Exact names first (the knowledge base's, then the dictionaries'), then misspellings, then OPSIN: a name a
        // dictionary holds exactly is not read as a misspelling of another, nor sent to OPSIN.
        if (mentions.Count < MaxRawMentions)
        {
            AddDictionaryNames(text, mentions);
            AddFuzzy(text, mentions);
            AddSystematic(text, mentions);
        }

        if (mentions.Count == 0)
        {
            AddWholeField(text, mentions);
        }

        var sorted = mentions.Items.OrderBy(m => m.Start).ToList();
        var withPercent = sorted.Select((m, i) => m with { Percent = PercentAfter(text, m, i + 1 < sorted.Count ? sorted[i + 1].Start : text.Length) }).ToList();
        var (kept, dropped) = Collapse(withPercent);
        var result = kept.Select(m => InOriginal(folded, m)).ToList();
        var readUpTo = folded.OriginalSpan(0, text.Length).End;
        result.AddRange(folded.Alterations.Where(a => a.Start < readUpTo).Take(MaxMentions)
            .Select(a => new Mention(MentionKind.DisguisedText, a.Start, a.End, original[a.Start..a.End], null, InputKind.Name, a.Detail)));
        if (mentions.Count >= MaxRawMentions)
        {
            var stoppedAt = folded.OriginalSpan(0, sorted[^1].End).End;
            result.Add(new Mention(MentionKind.Unread, stoppedAt, original.Length, "", null, InputKind.Name,
                $"the search stopped after {MaxRawMentions:N0} chemical mentions in one field: the text after character {stoppedAt:N0} was not read"));
        }

        if (dropped > 0)
        {
            result.Add(new Mention(MentionKind.Unread, 0, original.Length, "", null, InputKind.Name,
                $"more than {MaxMentions} different chemical mentions in one field: {dropped:N0} were not reported"));
        }

        if (folded.Text.Length > MaxFieldLength)
        {
            result.Add(new Mention(MentionKind.Unread, readUpTo, original.Length, "", null, InputKind.Name,
                $"the field has {folded.Text.Length:N0} characters; only the first {MaxFieldLength:N0} were read"));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // The same mention repeated (a name written a thousand times) is shown a few times and counted; distinct mentions
    // beyond the bound are counted as dropped, never silently lost.
    private static (List<Mention> Kept, int Dropped) Collapse(List<Mention> mentions)
    {
        var kept = new List<Mention>();
        var groups = new Dictionary<(MentionKind, string), (int Count, int LastIndex)>();
        var dropped = 0;
        foreach (var mention in mentions)
        {
            var key = (mention.Kind, mention.Query ?? NameKey.From(mention.Text));
            if (groups.TryGetValue(key, out var seen))
            {
                if (seen.Count < MaxRepeats)
                {
                    kept.Add(mention);
                    groups[key] = (seen.Count + 1, kept.Count - 1);
                }
                else
                {
                    groups[key] = (seen.Count + 1, seen.LastIndex);
                }

                continue;
            }

            if (groups.Count >= MaxMentions)
            {
                dropped++;
                continue;
            }

            kept.Add(mention);
            groups[key] = (1, kept.Count - 1);
        }

        foreach (var (count, last) in groups.Values.Where(g => g.Count > MaxRepeats))
        {
            kept[last] = kept[last] with { Note = $"{kept[last].Note}; {count:N0} times in this field, the first {MaxRepeats} shown" };
        }

        return (kept, dropped);
    }

    private static Mention InOriginal(FoldedText folded, Mention mention)
    {
        if (!folded.Changed)
        {
            return mention;
        }

        var (start, end) = folded.OriginalSpan(mention.Start, mention.End);
        return mention with { Start = start, End = end, Text = folded.Original[start..end] };
    }

    // Names longest first, so a short name never claims part of a longer one; a name inside a longer chemical word
    // ("4-anilinopiperidine" in "1-Boc-4-anilinopiperidine") is read as that whole word or reported as a partial name.
    private void AddNames(string text, NormalizedText normalized, MentionSet mentions)
    {
        var hits = _names.Automaton.Find(normalized.Text)
            .Where(h => normalized.IsWholeWords(h.Start, h.End))
            .OrderByDescending(h => h.End - h.Start).ThenBy(h => h.Start)
            .ToList();
        if (hits.Count == 0)
        {
            return;
        }

        var covered = new bool[text.Length + 1];
        foreach (var (start, end, _) in hits)
        {
            var (s, e) = normalized.OriginalSpan(start, end);
            Array.Fill(covered, true, s, e - s);
        }

        foreach (var (start, end, key) in hits)
        {
            if (mentions.Count >= MaxRawMentions)
            {
                break;
            }

            var (s, e) = normalized.OriginalSpan(start, end);
            if (mentions.Overlaps(s, e))
            {
                continue;
            }

            var (ws, we) = text.AsSpan(s, e - s).ContainsAnyInRange('\u3400', '\u9FFF') ? ChineseWord(text, s, e, covered) : ChemicalWord(text, s, e);
            if ((ws, we) == (s, e) || mentions.Overlaps(ws, we))
            {
                mentions.Add(LongerPhrase(text, ws == s ? s : ws, we) ?? Resolve(key, s, e, text, normalized.Text, start, end));
                continue;
            }

            mentions.Add(WholeWord(text, ws, we, text[s..e]));
        }
    }

    // Ordinary chemicals by the dictionaries' names, after every knowledge-base name has had its turn.
    private void AddDictionaryNames(string text, MentionSet mentions)
    {
        if (_knowledgeBase.Dictionaries.Count == 0)
        {
            return;
        }

        foreach (var (start, end, entry, dictionary) in DictionaryNameFinder.For(_knowledgeBase).Find(text, mentions.Overlaps).Take(MaxRawMentions))
        {
            mentions.Add(new Mention(MentionKind.Name, start, end, text[start..end], entry.Smiles, InputKind.Smiles,
                $"structure from dictionary {dictionary}: {entry.Name} ({entry.SourceId})"));
        }
    }

    // A one-word field in which nothing was found may be a name only OPSIN knows: it is read the way `check` reads a
    // query, so the two agree. Longer fields were searched for every knowledge-base and dictionary name already.
    private void AddWholeField(string text, MentionSet mentions)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is < 4 or > 120 || trimmed.Any(char.IsWhiteSpace))
        {
            // Several words: every knowledge-base and dictionary name among them has been looked for already.
            return;
        }

        var reading = _resolver.Read(trimmed, tolerant: false);
        var start = text.IndexOf(trimmed, StringComparison.Ordinal);
        if (reading is { Succeeded: true, Smiles: { } smiles })
        {
            mentions.Add(new Mention(MentionKind.SystematicName, start, start + trimmed.Length, trimmed, smiles, InputKind.Smiles, reading.Note));
        }
        else if (reading is { Succeeded: true, Entries.Count: > 0 } && reading.Entries.GroupBy(_knowledgeBase.IdentityOf).Count() == 1)
        {
            mentions.Add(Named(reading.How ?? MentionKind.Name, reading.Entries.ToList(), start, start + trimmed.Length, trimmed, reading.Note));
        }
    }

    // A name followed by words that continue chemical names ("acetone oxime", "4-piperidone ethylene ketal") may be part of
    // a longer name: the longest such phrase of up to two more words that reads as a whole (knowledge base, dictionaries,
    // OPSIN) is the substance. If none reads, the name stands: the next word may just be a noun ("acetone drums").
    private Mention? LongerPhrase(string text, int start, int end)
    {
        var ends = new List<int>();
        var at = end;
        for (var words = 0; words < 2 && at + 1 < text.Length && text[at] == ' '; words++)
        {
            var next = at + 1;
            while (next < text.Length && !IsWordSeparator(text[next]) && text[next] is not (',' or ';' or '(' or ')'))
            {
                next++;
            }

            var word = text[(at + 1)..next];
            if (!ContinuesName(word))
            {
                break;
            }

            ends.Add(next);
            at = next;
        }

        foreach (var phraseEnd in Enumerable.Reverse(ends))
        {
            var phrase = text[start..phraseEnd];
            var reading = _resolver.Read(phrase, tolerant: false);
            // OPSIN reads "acetone acetone" as a mixture of two: a phrase of separate neutral molecules is a list, not a name.
            var list = reading.Smiles is { } read && read.Contains('.') && !read.Contains('+') && !read.Contains('-');
            if (reading is { Succeeded: true, Removed.Count: 0 } && !list && (reading.Smiles is not null || reading.Entries.GroupBy(_knowledgeBase.IdentityOf).Count() == 1))
            {
                return reading.Smiles is { } smiles
                    ? new Mention(MentionKind.SystematicName, start, phraseEnd, phrase, smiles, InputKind.Smiles, $"the whole name: {reading.Note}")
                    : Named(reading.How ?? MentionKind.Name, reading.Entries.ToList(), start, phraseEnd, phrase, reading.Note ?? $"the whole name '{phrase}'");
            }
        }

        return null;
    }

    // Words that build chemical names after a parent name: functional-class words and chemical roots, not grade,
    // packaging or salt words (those are read by NameCleaner).
    private static bool ContinuesName(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length >= 4 && lower.All(char.IsLetter) && !NameCleaner.IsNonNameWord(lower)
            && (ContinuationWords.Contains(lower) || Roots().IsMatch(lower)
                || lower.EndsWith("ime", StringComparison.Ordinal) || lower.EndsWith("hydrin", StringComparison.Ordinal)
                || lower.EndsWith("one", StringComparison.Ordinal) || lower.EndsWith("ate", StringComparison.Ordinal)
                || lower.EndsWith("ide", StringComparison.Ordinal) || lower.EndsWith("ene", StringComparison.Ordinal)
                || lower.EndsWith("ane", StringComparison.Ordinal) || lower.EndsWith("yl", StringComparison.Ordinal));
    }

    private Mention WholeWord(string text, int start, int end, string inner)
    {
        var span = text[start..end];
        var reading = _resolver.Read(span);
        if (reading is { Succeeded: true, Smiles: { } smiles })
        {
            return new Mention(MentionKind.SystematicName, start, end, span, smiles, InputKind.Smiles,
                $"the whole name, not the '{inner}' inside it: {reading.Note}");
        }

        if (reading is { Succeeded: true, Entries.Count: > 0 } && reading.Entries.GroupBy(_knowledgeBase.IdentityOf).Count() == 1)
        {
            var kind = reading.How ?? MentionKind.Name;
            return Named(kind, reading.Entries.ToList(), start, end, span, reading.Note ?? $"the whole name '{span}'");
        }

        return new Mention(MentionKind.PartialName, start, end, span, null, InputKind.Name,
            reading.Error ?? $"partial name: '{span}' contains '{inner}' but could not be read as a whole");
    }

    // The chemical word around [s, e): out to spaces and list separators, with a leading modifier word ("despropionyl
    // fentanyl") or a trailing "acid"/"ester" taken in, and outer brackets and punctuation trimmed.
    private static (int Start, int End) ChemicalWord(string text, int s, int e)
    {
        var start = s;
        while (start > 0 && !IsWordSeparator(text[start - 1]))
        {
            start--;
        }

        var end = e;
        while (end < text.Length && !IsWordSeparator(text[end]))
        {
            end++;
        }

        (start, end) = Trim(text, start, end, s, e);
        for (var words = 0; words < 2 && start >= 2 && text[start - 1] == ' '; words++)
        {
            var before = start - 1;
            while (before > 0 && !IsWordSeparator(text[before - 1]))
            {
                before--;
            }

            var word = text[before..(start - 1)];
            if (!IsModifier(word))
            {
                break;
            }

            start = before;
        }

        if (end + 1 < text.Length && text[end] == ' ')
        {
            var after = end + 1;
            while (after < text.Length && !IsWordSeparator(text[after]))
            {
                after++;
            }

            if (ContinuationWords.Contains(text[(end + 1)..after].TrimEnd('.', ',', ':', ';', ')')))
            {
                end = after;
                (start, end) = Trim(text, start, end, s, e);
            }
        }

        return (start, end);
    }

    private static bool IsWordSeparator(char c) => char.IsWhiteSpace(c) || c is '/' or '+' or ',' or ';' or '&' or '|' or '"' or '*';

    private static bool IsModifier(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('-');
        return lower.Length > 0 && (ModifierWords.Contains(lower) || (lower.Length >= 5 && lower.EndsWith("yl", StringComparison.Ordinal))
            || lower.All(c => char.IsDigit(c) || c is ',' or '\''));
    }

    // Trailing punctuation and brackets that wrap the whole word are not part of a name; inner brackets are.
    private static (int Start, int End) Trim(string text, int start, int end, int s, int e)
    {
        while (true)
        {
            if (end > e && text[end - 1] is '.' or ':' or '\'' or ',')
            {
                end--;
                continue;
            }

            if (start < s && end > e && IsOpen(text[start]) && IsClose(text[end - 1]) && Balanced(text, start + 1, end - 1))
            {
                (start, end) = (start + 1, end - 1);
                continue;
            }

            var depth = 0;
            for (var i = start; i < end; i++)
            {
                depth += IsOpen(text[i]) ? 1 : IsClose(text[i]) ? -1 : 0;
            }

            if (start < s && IsOpen(text[start]) && depth > 0)
            {
                start++;
                continue;
            }

            if (end > e && IsClose(text[end - 1]) && depth < 0)
            {
                end--;
                continue;
            }

            return (start, end);
        }
    }

    private static bool IsOpen(char c) => c is '(' or '[' or '{';

    private static bool IsClose(char c) => c is ')' or ']' or '}';

    private static bool Balanced(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            depth += IsOpen(text[i]) ? 1 : IsClose(text[i]) ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    // A Chinese name continues into neighbouring characters that build chemical names and belong to no other known name.
    private static (int Start, int End) ChineseWord(string text, int s, int e, bool[] covered)
    {
        var start = s;
        while (start > 0 && ChineseMorphemes.Contains(text[start - 1]) && !covered[start - 1])
        {
            start--;
        }

        // Numerals build names only in front (二甲苯 is xylene); after a name they count drums (甲苯二十桶).
        var end = e;
        while (end < text.Length && ChineseMorphemes.Contains(text[end]) && !ChineseNumerals.Contains(text[end]) && !covered[end])
        {
            end++;
        }

        return (start, end);
    }

    private Mention Resolve(int key, int start, int end, string text, string normalized, int nStart, int nEnd)
    {
        var span = text[start..end];
        var groups = _names.Entries(key).GroupBy(_knowledgeBase.IdentityOf).ToList();
        if (groups.Count == 1)
        {
            return Named(MentionKind.Name, groups[0].ToList(), start, end, span, null);
        }

        // Several substances share this name: a word of one meaning's other names elsewhere in the text settles it.
        var context = normalized.Remove(nStart, nEnd - nStart);
        var supported = groups
            .Select(g => (Group: g, Word: g.SelectMany(s => s.AllNames).Select(NameKey.From)
                .Where(w => w.Length >= 6 && w != _names.Key(key)).FirstOrDefault(w => ContainsWordPart(context, w))))
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

    private void AddFuzzy(string text, MentionSet mentions)
    {
        AddFuzzyPhrases(text, mentions);
        foreach (Match token in Word().Matches(text))
        {
            if (mentions.Count >= MaxRawMentions)
            {
                return;
            }

            if (token.Length < 6 || mentions.Overlaps(token.Index, token.Index + token.Length))
            {
                continue;
            }

            if (_names.FindMisspelledWord(NameKey.From(token.Value)) is { } found && Misspelt(found, token.Index, token.Index + token.Length, token.Value) is { } mention)
            {
                mentions.Add(mention);
            }
        }
    }

    private void AddFuzzyPhrases(string text, MentionSet mentions)
    {
        var words = Word().Matches(text).ToList();
        for (var i = 0; i < words.Count && mentions.Count < MaxRawMentions; i++)
        {
            // A misspelling keeps the first letters, so a cheap prefix test spares ordinary words the edit search.
            if (!_names.MayStartPhrase(NameKey.From(words[i].Value)))
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
                if (mentions.Overlaps(start, end) || _names.FindMisspelledPhrase(NameKey.From(text[start..end])) is not { } found
                    || Misspelt(found, start, end, text[start..end]) is not { } mention)
                {
                    continue;
                }

                mentions.Add(mention);
                break;
            }
        }
    }

    // A misspelling is a reading of one substance's name, said to be one; a word as near to two substances' names is
    // reported as ambiguous, never read as either.
    private Mention? Misspelt(Misspelling found, int start, int end, string span)
    {
        if (found.IsAmbiguous)
        {
            return new Mention(MentionKind.AmbiguousName, start, end, span, null, InputKind.Name,
                $"'{span}' is {found.Edits} from {_names.NamesOf(found.Rivals.Prepend(found.Key))}, names of different substances: not read as either");
        }

        return _names.IsAmbiguous(found.Key) ? null
            : Named(MentionKind.FuzzyName, _names.Entries(found.Key).ToList(), start, end, span,
                $"'{span}' read as a misspelling of '{_names.NameOf(found.Key)}' ({found.Edits}): no listed name matches exactly");
    }

    private void AddSystematic(string text, MentionSet mentions)
    {
        var all = SystematicSpans(text, mentions).ToList();
        var spans = all.Take(MaxSystematicNames).ToList();
        if (spans.Count == 0)
        {
            return;
        }

        foreach (var (start, end) in all.Skip(MaxSystematicNames).Take(MaxRawMentions))
        {
            mentions.Add(new Mention(MentionKind.UnparsedName, start, end, text[start..end], null, InputKind.Name,
                $"not sent to OPSIN: more than {MaxSystematicNames} systematic-looking names in one field"));
        }

        // A row's systematic names go to OPSIN in one exchange.
        var answers = _opsin is { IsAvailable: true } ? _opsin.ToSmiles(spans.Select(x => text[x.Start..x.End]).ToList()) : null;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            var span = text[start..end];
            if (answers?[i] is { } smiles)
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
    private static IEnumerable<(int Start, int End)> SystematicSpans(string text, MentionSet mentions)
    {
        int? runStart = null;
        var runEnd = 0;
        var runWords = 0;
        int? rootedWord = null;
        foreach (Match word in Spaced().Matches(text))
        {
            // A systematic name has a few words at most; a longer run is cut so no span grows with the field.
            if (runStart is not null && runWords >= 8)
            {
                yield return (runStart.Value, runEnd);
                runStart = null;
                runWords = 0;
            }

            var bare = word.Value.TrimEnd(',', ';', '.', ':');
            var end = word.Index + bare.Length;
            var lower = bare.ToLower(CultureInfo.InvariantCulture);
            var roots = Roots().Matches(lower).Count;
            // A substituent word ("methyl phenylacetate", "benzyl chloride") belongs to the name that follows it.
            var substituent = lower.Length >= 5 && lower.EndsWith("yl", StringComparison.Ordinal) && roots >= 1;
            var systematic = (bare.Length >= 7 || substituent) && !mentions.Overlaps(word.Index, end)
                && ((Locant().IsMatch(lower) && roots >= 1) || roots >= 2 || substituent);
            var connector = runStart is not null && lower is "acid" or "ester" or "ketal" or "hydrochloride";
            // "piperidinium chloride": a word with one chemical root followed by a salt's anion is a salt's name.
            if (!systematic && runStart is null && rootedWord is not null && lower is "chloride" or "bromide" or "iodide" or "sulfate"
                    or "sulphate" or "hydrochloride" or "hydrobromide" or "citrate" or "tartrate" or "oxalate" or "nitrate")
            {
                runStart = rootedWord;
                runWords = 1;
                connector = true;
            }

            rootedWord = !systematic && bare.Length >= 7 && roots >= 1 && !mentions.Overlaps(word.Index, end) ? word.Index : null;
            if (systematic || connector)
            {
                runStart ??= word.Index;
                runEnd = end;
                runWords++;
                continue;
            }

            if (runStart is not null)
            {
                yield return (runStart.Value, runEnd);
                runStart = null;
                runWords = 0;
            }
        }

        if (runStart is not null)
        {
            yield return (runStart.Value, runEnd);
        }
    }

    private static double? PercentAfter(string text, Mention mention, int nextStart)
    {
        var window = text[mention.End..Math.Max(mention.End, Math.Min(nextStart, Math.Min(text.Length, mention.End + 30)))];
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
