using System.Text;

namespace Cordon.Text;

/// <summary>Splits one line of CSV (RFC 4180 quoting, "" inside quotes). OFAC's files, user dictionaries and evaluation sets hold
/// one record per line, so a quote left open costs that line only: the reader reports it and goes on with the next line.</summary>
public static class CsvLine
{
    /// <summary>The non-blank lines of a file with their 1-based numbers and cells (null where a quote is not closed); a byte-order
    /// mark and a DOS end-of-file mark (0x1A, as OFAC's files end) are not content.</summary>
    public static IEnumerable<(int Line, string Text, List<string>? Cells)> ReadLines(string path)
    {
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            var content = number == 1 ? text.TrimStart('\uFEFF') : text;
            if (content.Trim('\u001a', ' ', '\t').Length > 0)
            {
                yield return (number, content, Split(content));
            }
        }
    }

    /// <summary>The cells of <paramref name="line"/>, or null when a quote is not closed on it.</summary>
    public static List<string>? Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
