using System.Text;

namespace Cordon.Screening.Text;

/// <summary>Splits one record fed line by line; remembers whether it stopped inside a quoted field.</summary>
internal sealed class FieldSplitter(char delimiter)
{
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private bool _inQuotes;
    private bool _afterQuote;
    private bool _fieldStarted;
    private int _fieldLength;

    public int Count => _fields.Count;

    /// <summary>1-based column of the first field over the cap, or null.</summary>
    public int? OverlongField { get; private set; }

    public SplitState Feed(string line)
    {
        if (_inQuotes)
        {
            Append('\n');
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (_inQuotes)
            {
                if (c != '"')
                {
                    Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    Append('"');
                    i++;
                }
                else
                {
                    _inQuotes = false;
                    _afterQuote = true;
                }
            }
            else if (c == delimiter)
            {
                EndField();
            }
            else if (_afterQuote)
            {
                // Spaces may pad a quoted field; anything else means the quote was not the field's end.
                if (c is not (' ' or '\t'))
                {
                    return SplitState.TextAfterQuote;
                }
            }
            else if (c == '"' && !_fieldStarted)
            {
                // Spaces before an opening quote (", \"a, b\"") pad the field; the quoted text is the value.
                _field.Clear();
                _fieldLength = 0;
                _inQuotes = true;
                _fieldStarted = true;
            }
            else
            {
                _fieldStarted |= c is not (' ' or '\t');
                Append(c);
            }
        }

        if (_inQuotes)
        {
            return SplitState.InsideQuotes;
        }

        EndField();
        return SplitState.Complete;
    }

    /// <summary>The fields, including one left open by an unclosed quote.</summary>
    public IReadOnlyList<string> Fields() => _fields;

    /// <summary>The fields read so far (an open field included), each cut to <paramref name="chars"/> characters.</summary>
    public IReadOnlyList<string> Echo(int chars)
    {
        var all = _fields.ToList();
        if (_inQuotes || _field.Length > 0)
        {
            all.Add(_field.ToString());
        }

        return all.Select(f => f.Length > chars ? f[..chars] : f).ToList();
    }

    private void Append(char c)
    {
        _fieldLength++;
        if (_fieldLength > ReaderLimits.MaxFieldChars)
        {
            OverlongField ??= _fields.Count + 1;
            return;
        }

        _field.Append(c);
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _afterQuote = false;
        _fieldStarted = false;
        _fieldLength = 0;
    }
}
