namespace Cordon.Screening.Extraction;

/// <summary>Finds dictionary names within a small edit distance of a word (symmetric-delete index): one edit for names of
/// 6 to 9 characters, two from 10; never for shorter names, so abbreviations are never guessed.</summary>
public sealed class FuzzyNameIndex
{
    private readonly Dictionary<string, List<int>> _deletes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _keys;
    private readonly int _longest;

    /// <summary>Indexes the keys eligible for fuzzy matching (the others are skipped).</summary>
    public FuzzyNameIndex(IReadOnlyList<string> keys, Func<int, bool> eligible)
    {
        _keys = keys;
        for (var k = 0; k < keys.Count; k++)
        {
            if (!eligible(k) || Bound(keys[k].Length) == 0)
            {
                continue;
            }

            _longest = Math.Max(_longest, keys[k].Length);

            foreach (var variant in Deletes(keys[k], Bound(keys[k].Length)))
            {
                if (!_deletes.TryGetValue(variant, out var list))
                {
                    _deletes[variant] = list = [];
                }

                if (!list.Contains(k))
                {
                    list.Add(k);
                }
            }
        }
    }

    /// <summary>Edits allowed for a name of this length.</summary>
    public static int Bound(int length) => length >= 10 ? 2 : length >= 6 ? 1 : 0;

    /// <summary>The closest key within bound of <paramref name="word"/> (normalised), with its distance; null when none.</summary>
    public (int Key, int Distance)? Find(string word)
    {
        // Deletes grow with the square of the length: a word longer than every name (plus the bound) cannot match anyway.
        var bound = Bound(word.Length);
        if (bound == 0 || word.Length > _longest + bound)
        {
            return null;
        }

        (int Key, int Distance)? best = null;
        foreach (var variant in Deletes(word, bound))
        {
            if (!_deletes.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var k in candidates)
            {
                var limit = Math.Min(bound, Bound(_keys[k].Length));
                var distance = Distance(word, _keys[k], limit);
                if (distance > 0 && distance <= limit && (best is null || distance < best.Value.Distance))
                {
                    best = (k, distance);
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Deletes(string word, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        yield return word;
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var deleted = w.Remove(i, 1);
                    if (seen.Add(deleted))
                    {
                        next.Add(deleted);
                        yield return deleted;
                    }
                }
            }

            frontier = next;
        }
    }

    // Optimal string alignment distance (adjacent transpositions count one), stopping early past the limit.
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
