namespace Cordon.Screening.Extraction;

/// <summary>An Aho-Corasick automaton over normalised names: finds every dictionary name in a text in one pass.</summary>
public sealed class NameAutomaton
{
    private readonly List<Dictionary<char, int>> _next = [[]];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
    private readonly List<string> _keys = [];

    /// <summary>Builds the automaton from keys (already normalised); a key's index is its position in the list.</summary>
    public NameAutomaton(IReadOnlyList<string> keys)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            _keys.Add(keys[k]);
            var state = 0;
            foreach (var c in keys[k])
            {
                if (!_next[state].TryGetValue(c, out var to))
                {
                    to = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _output.Add([]);
                    _next[state][c] = to;
                }

                state = to;
            }

            _output[state].Add(k);
        }

        // Breadth-first failure links; outputs inherit their failure state's outputs.
        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, to) in _next[state])
            {
                var f = _fail[state];
                while (f != 0 && !_next[f].ContainsKey(c))
                {
                    f = _fail[f];
                }

                _fail[to] = _next[f].TryGetValue(c, out var target) && target != to ? target : 0;
                _output[to].AddRange(_output[_fail[to]]);
                queue.Enqueue(to);
            }
        }
    }

    /// <summary>Every occurrence of every key: (start, end exclusive, key index).</summary>
    public IEnumerable<(int Start, int End, int Key)> Find(string text)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (state != 0 && !_next[state].ContainsKey(c))
            {
                state = _fail[state];
            }

            state = _next[state].TryGetValue(c, out var to) ? to : 0;
            foreach (var key in _output[state])
            {
                yield return (i + 1 - _keys[key].Length, i + 1, key);
            }
        }
    }
}
