namespace Cordon.Screening.Text;

/// <summary>Splits delimited text (RFC 4180 quoting) into records, line-aware: a quoted field may span lines, but a quote that is
/// not closed within <see cref="MaxQuotedLines"/> lines and <see cref="BoundedLineReader.DefaultMaxLineChars"/> characters, or whose
/// closing quote is followed by text, ends at the end of its own line: that record is an error row and every later line is read again
/// as records of its own. So one stray quote costs one row, never the rest of the file.</summary>
internal sealed class DelimitedRecordReader : IDisposable
{
    /// <summary>Characters one field may hold (1 Mi); a longer field makes its row an error row.</summary>
    public const int MaxFieldChars = ReaderLimits.MaxFieldChars;

    /// <summary>Physical lines one quoted field may span.</summary>
    public const int MaxQuotedLines = ReaderLimits.MaxQuotedLines;

    /// <summary>Characters of each field kept in an error row's echo.</summary>
    private const int EchoChars = 1000;

    private readonly BoundedLineReader _lines;
    private readonly LinkedList<BoundedLine> _pending = new();

    /// <summary>Splits the lines of <paramref name="lines"/> at <paramref name="delimiter"/>.</summary>
    public DelimitedRecordReader(BoundedLineReader lines, char delimiter)
    {
        _lines = lines;
        Delimiter = delimiter;
    }

    /// <summary>The field delimiter.</summary>
    public char Delimiter { get; set; }

    /// <summary>Puts a line back to be read first (after sniffing the delimiter from it).</summary>
    public void Unread(BoundedLine line) => _pending.AddFirst(line);

    /// <summary>The next line as it stands, without splitting it (to sniff the delimiter), skipping blank lines; null at the end.</summary>
    public BoundedLine? PeekLine()
    {
        while (NextLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line.Text) || line.Overlong)
            {
                Unread(line);
                return line;
            }
        }

        return null;
    }

    /// <summary>The next record, or null at the end. Blank lines are not records.</summary>
    public DelimitedRow? Read()
    {
        while (NextLine() is { } first)
        {
            if (!first.Overlong && string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            var fields = new FieldSplitter(Delimiter);
            var state = fields.Feed(first.Text);
            if (first.Overlong)
            {
                return Failed(first, $"the line is longer than {_lines.MaxLineChars} characters; the row is not screened");
            }

            if (state == SplitState.Complete)
            {
                return Finish(first, fields, first.Undecodable);
            }

            if (state == SplitState.TextAfterQuote)
            {
                return Failed(first, $"malformed quoted field in column {fields.Count + 1}: text follows its closing quote");
            }

            var consumed = new List<BoundedLine>();
            var chars = first.Text.Length;
            var undecodable = first.Undecodable;
            string? why = null;
            while (why is null)
            {
                if (NextLine() is not { } next)
                {
                    why = "the file ends inside it";
                    break;
                }

                consumed.Add(next);
                chars += next.Text.Length + 1;
                undecodable |= next.Undecodable;
                if (next.Overlong || chars > _lines.MaxLineChars || consumed.Count >= MaxQuotedLines)
                {
                    why = $"it is not closed within {MaxQuotedLines} lines and {_lines.MaxLineChars} characters";
                    break;
                }

                state = fields.Feed(next.Text);
                if (state == SplitState.Complete)
                {
                    return Finish(first, fields, undecodable);
                }

                if (state == SplitState.TextAfterQuote)
                {
                    why = $"the quote that would close it, on line {next.Number}, is followed by text";
                }
            }

            // Give the lines back: each is read again as records of its own.
            for (var i = consumed.Count - 1; i >= 0; i--)
            {
                _pending.AddFirst(consumed[i]);
            }

            var single = new FieldSplitter(Delimiter);
            single.Feed(first.Text);
            return Failed(first, $"unclosed quote in column {single.Count + 1} ({why}): the field ends at the end of line {first.Number}, " +
                "and the lines after it are read as rows of their own", single);
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose() => _lines.Dispose();

    private BoundedLine? NextLine()
    {
        if (_pending.First is { } node)
        {
            _pending.RemoveFirst();
            return node.Value;
        }

        return _lines.Read();
    }

    private static DelimitedRow Finish(BoundedLine first, FieldSplitter fields, bool undecodable)
    {
        if (fields.OverlongField is { } column)
        {
            return new DelimitedRow(first.Number, fields.Echo(EchoChars), $"the field in column {column} is longer than {MaxFieldChars} characters; the row is not screened");
        }

        if (undecodable)
        {
            return new DelimitedRow(first.Number, fields.Echo(EchoChars), "the row holds bytes that are invalid in the file's encoding (shown as U+FFFD); " +
                "give the right --encoding");
        }

        return new DelimitedRow(first.Number, fields.Fields(), null);
    }

    private DelimitedRow Failed(BoundedLine first, string why, FieldSplitter? fields = null)
    {
        if (fields is null)
        {
            fields = new FieldSplitter(Delimiter);
            fields.Feed(first.Text);
        }

        return new DelimitedRow(first.Number, fields.Echo(EchoChars), why);
    }
}
