using System.Text;
using Cordon.Screening.Text;

namespace Cordon.Screening.Input;

/// <summary>Splits an SDF file into records at "$$$$"; the record's first line is its name. Oversized records become errors.</summary>
internal static class SdfRecordReader
{
    /// <summary>Records larger than this are refused without being held in memory.</summary>
    public const int MaxRecordChars = 1 << 20;

    public static IEnumerable<QueryRecord> Read(BoundedLineReader reader, string source)
    {
        using (reader)
        {
            var buffer = new StringBuilder();
            var index = 0;
            var startLine = 1;
            var oversized = false;
            string? problem = null;
            while (reader.Read() is { } physical)
            {
                var line = physical.Text;
                var lineNumber = physical.Number;
                problem ??= physical.Undecodable ? $"line {lineNumber} holds bytes that are not valid UTF-8 (shown as U+FFFD)" : null;
                oversized |= physical.Overlong;
                if (line.StartsWith("$$$$", StringComparison.Ordinal))
                {
                    yield return Record(index++, buffer, source, startLine, oversized, problem);
                    buffer.Clear();
                    oversized = false;
                    problem = null;
                    startLine = lineNumber + 1;
                    continue;
                }

                if (oversized)
                {
                    continue;
                }

                if (buffer.Length + line.Length + 1 > MaxRecordChars)
                {
                    oversized = true;
                    buffer.Clear();
                    continue;
                }

                buffer.Append(line).Append('\n');
            }

            if (oversized || buffer.ToString().Trim().Length > 0)
            {
                yield return Record(index, buffer, source, startLine, oversized, problem, unterminated: true);
            }
        }
    }

    private static QueryRecord Record(int index, StringBuilder buffer, string source, int line, bool oversized, string? problem, bool unterminated = false)
    {
        if (oversized)
        {
            return new QueryRecord(index, "", source, line, null, InputKind.Molfile, $"SDF record is larger than {MaxRecordChars} characters");
        }

        var text = buffer.ToString();
        if (problem is not null)
        {
            return new QueryRecord(index, "", source, line, text.Split('\n', 2)[0].Trim() is { Length: > 0 } named ? named : null, InputKind.Molfile, problem);
        }

        var end = text.IndexOf("M  END", StringComparison.Ordinal);
        var molBlock = end < 0 ? text : text[..(end + "M  END".Length)] + "\n";
        var title = text.Split('\n', 2)[0].Trim();
        if (end < 0)
        {
            var why = unterminated ? "SDF record is truncated: no 'M  END' before the end of the file" : "SDF record has no 'M  END' line";
            return new QueryRecord(index, molBlock, source, line, title.Length == 0 ? null : title, InputKind.Molfile, why);
        }

        return new QueryRecord(index, molBlock, source, line, title.Length == 0 ? null : title, InputKind.Molfile);
    }
}
