namespace Cordon.Screening.Extraction;

/// <summary>Finds dictionary names within a small edit distance of a word (symmetric-delete index): one edit for names of
/// 6 to 9 characters, two from 10; never for shorter names, so abbreviations are never guessed.</summary>
public sealed class FuzzyNameIndex
{
    private readonly Dictionary<string, List<int>> _deletes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _keys;
    private readonly Func<int, int>? _cap;
    private readonly int _longest;

    /// <summary>Indexes the keys eligible for fuzzy matching (the others are skipped); <paramref name="cap"/>, when given,
    /// lowers the edits allowed for a key below <see cref="Bound"/> when a word is looked up (it is asked then, so it may
    /// depend on <see cref="Neighbours"/>).</summary>
    public FuzzyNameIndex(IReadOnlyList<string> keys, Func<int, bool> eligible, Func<int, int>? cap = null)
    {
        _keys = keys;
        _cap = cap;
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
    public (int Key, int Distance)? Find(string word) => FindNearest(word) is { } nearest ? (nearest.Keys[0], nearest.Distance) : null;

    /// <summary>Every key at the smallest distance within bound of <paramref name="word"/> (normalised), in index order,
    /// with that distance; null when none. More than one key means the word is as near to several names.</summary>
    public (IReadOnlyList<int> Keys, int Distance)? FindNearest(string word)
    {
        // Deletes grow with the square of the length: a word longer than every name (plus the bound) cannot match anyway.
        var bound = Bound(word.Length);
        if (bound == 0 || word.Length > _longest + bound)
        {
            return null;
        }

        var best = int.MaxValue;
        var nearest = new List<int>();
        foreach (var variant in Deletes(word, bound))
        {
            if (!_deletes.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var k in candidates)
            {
                var limit = Math.Min(bound, Limit(k));
                var distance = Distance(word, _keys[k], limit);
                if (distance <= 0 || distance > limit || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    nearest.Clear();
                }

                if (!nearest.Contains(k))
                {
                    nearest.Add(k);
                }
            }
        }

        nearest.Sort();
        return nearest.Count == 0 ? null : (nearest, best);
    }

    /// <summary>The other indexed keys within <see cref="Bound"/> of <paramref name="key"/> (no cap applied), with their
    /// distances.</summary>
    public IEnumerable<(int Key, int Distance)> Neighbours(int key)
    {
        var word = _keys[key];
        var bound = Bound(word.Length);
        var seen = new HashSet<int> { key };
        foreach (var variant in Deletes(word, bound))
        {
            if (!_deletes.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var k in candidates)
            {
                var limit = Math.Min(bound, Bound(_keys[k].Length));
                if (seen.Add(k) && Distance(word, _keys[k], limit) is var distance && distance > 0 && distance <= limit)
                {
                    yield return (k, distance);
                }
            }
        }
    }

    private int Limit(int key) => _cap is null ? Bound(_keys[key].Length) : Math.Min(Bound(_keys[key].Length), _cap(key));

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
