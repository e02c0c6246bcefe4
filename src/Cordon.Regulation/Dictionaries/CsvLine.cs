using System.Text;

namespace Cordon.Regulation.Dictionaries;

/// <summary>Splits one line of a small CSV file (a user dictionary, an evaluation set); cells may not span lines.</summary>
public static class CsvLine
{
    /// <summary>The cells of one CSV line (RFC 4180 quoting, comma separator); null when a quoted cell is left open.</summary>
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
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
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
