using System.Text;

namespace Cordon.Screening.Text;

/// <summary>Reads physical lines (ending in \n, \r\n or \r) keeping at most <see cref="MaxLineChars"/> characters of each,
/// so a 100 MB line costs a bounded buffer, not a 100 MB string.</summary>
internal sealed class BoundedLineReader : IDisposable
{
    /// <summary>Characters kept of one line (4 Mi); the rest of a longer line is read and dropped.</summary>
    public const int DefaultMaxLineChars = ReaderLimits.MaxLineChars;

    private readonly TextReader _reader;
    private readonly DecodingProblemCounter? _problems;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private int _number;
    private long _problemsSeen;

    /// <summary>Reads <paramref name="reader"/>; <paramref name="problems"/>, when given, is the fallback its decoder counts invalid bytes with.</summary>
    public BoundedLineReader(TextReader reader, DecodingProblemCounter? problems = null, int maxLineChars = DefaultMaxLineChars)
    {
        _reader = reader;
        _problems = problems;
        MaxLineChars = maxLineChars;
    }

    /// <summary>Characters kept of one line.</summary>
    public int MaxLineChars { get; }

    /// <summary>The next line, or null at the end of the input.</summary>
    public BoundedLine? Read()
    {
        _line.Clear();
        var overlong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish(overlong) : null;
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\n', '\r');
            var take = end < 0 ? span : span[..end];
            var room = MaxLineChars - _line.Length;
            if (take.Length > room)
            {
                overlong = true;
                take = take[..Math.Max(room, 0)];
            }

            _line.Append(take);
            if (end < 0)
            {
                _position = _length;
                continue;
            }

            var terminator = span[end];
            _position += end + 1;
            if (terminator == '\r')
            {
                if (_position == _length)
                {
                    _length = _reader.Read(_buffer, 0, _buffer.Length);
                    _position = 0;
                }

                if (_position < _length && _buffer[_position] == '\n')
                {
                    _position++;
                }
            }

            return Finish(overlong);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private BoundedLine Finish(bool overlong)
    {
        // A byte-order mark the decoder kept (a declared --encoding reads it as a character) is not part of the first line.
        var text = _number == 0 && _line.Length > 0 && _line[0] == '\uFEFF' ? _line.ToString(1, _line.Length - 1) : _line.ToString();
        var undecodable = false;
        if (_problems is not null && _problems.Count > _problemsSeen && text.Contains('\uFFFD'))
        {
            // The decoder runs ahead of the lines; a replacement character is charged to the first line that shows one.
            undecodable = true;
            _problemsSeen = Math.Min(_problems.Count, _problemsSeen + text.Count(c => c == '\uFFFD'));
        }

        return new BoundedLine(++_number, text, overlong, undecodable);
    }
}
