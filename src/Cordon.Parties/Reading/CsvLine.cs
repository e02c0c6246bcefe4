using System.Text;

namespace Cordon.Parties.Reading;

/// <summary>Splits one line of CSV (RFC 4180 quoting, "" inside quotes). OFAC's files hold one record per line, so a quote left
/// open costs that line only: the reader reports it and goes on with the next line.</summary>
public static class CsvLine
{
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
