using Cordon.Text;

namespace Cordon.Screening.Declarations;

/// <summary>One row of a declarations file: its fields by meaning, every column as read, and a reader error if it could not be read.</summary>
/// <param name="Row">1-based data row (header excluded).</param>
/// <param name="Line">1-based line in the file where the row starts.</param>
/// <param name="Fields">Values of the recognised fields (the first non-empty column of each).</param>
/// <param name="Columns">Every column as (header, value), in file order.</param>
/// <param name="Error">Why the row could not be read, naming file and line; null when it was read.</param>
public sealed record DeclarationRecord(int Row, int Line, IReadOnlyDictionary<DeclarationField, string> Fields,
    IReadOnlyList<KeyValuePair<string, string>> Columns, string? Error = null)
{
    /// <summary>The value of a field (its first non-empty column), or null.</summary>
    public string? this[DeclarationField field] => Fields.TryGetValue(field, out var value) && value.Length > 0 ? value : null;

    /// <summary>The column map the row was read with (null for a row that could not be mapped).</summary>
    public ColumnMap? Map { get; init; }

    /// <summary>Non-empty fields beyond the header's columns (an unquoted delimiter inside a value): the row's columns
    /// may be misaligned, so every cell of it is screened as text.</summary>
    public int SurplusFields { get; init; }

    /// <summary>The digits of the declared HS code, full-width forms folded ("2933.39" gives "293339"); empty when there is none.</summary>
    public string HsDigits() =>
        this[DeclarationField.HsCode] is { } declared ? new string(TextFolder.FoldToString(declared).Where(char.IsAsciiDigit).ToArray()) : "";

    /// <summary>Every non-empty column holding a field, as (column header, trimmed text), in file order: two description columns
    /// (English and Spanish, say) give two pairs.</summary>
    public IReadOnlyList<(string Column, string Text)> All(DeclarationField field)
    {
        if (Map is null || !Map.Columns.TryGetValue(field, out var indexes))
        {
            return this[field] is { } only ? [(field.ToString(), only)] : [];
        }

        var found = new List<(string, string)>(indexes.Count);
        foreach (var i in indexes)
        {
            if (i < Columns.Count && Columns[i].Value.Trim() is { Length: > 0 } text)
            {
                found.Add((Columns[i].Key, text));
            }
        }

        return found;
    }
}
