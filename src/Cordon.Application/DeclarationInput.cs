using Cordon.Screening.Declarations;

namespace Cordon.Application;

/// <summary>A declarations file opened for screening: its header is read (so a host can refuse a file with no description
/// column before it opens any output), and its rows follow, in order, read as they are screened.</summary>
public sealed class DeclarationInput : IDisposable
{
    private readonly IEnumerator<DeclarationRecord> _rows;
    private readonly bool _hasFirst;
    private bool _taken;

    /// <summary>Opens <paramref name="path"/> with the request's encoding and column overrides and reads its first row.</summary>
    public DeclarationInput(string path, string? encoding, IReadOnlyList<string> overrides)
    {
        ColumnMap? header = null;
        _rows = DeclarationReader.Read(path, encoding, overrides, map => header = map).GetEnumerator();
        _hasFirst = _rows.MoveNext();
        Header = header;
    }

    /// <summary>The column map of a file with a header row (CSV/TSV, XLSX); null for JSON Lines.</summary>
    public ColumnMap? Header { get; }

    /// <summary>False when the header names no description column: nothing could be screened.</summary>
    public bool HasDescription => Header is not { } map || map.Columns.ContainsKey(DeclarationField.Description);

    /// <summary>The likeliest description column: an unmapped header that says so, else the first unmapped one.</summary>
    public string SuggestDescriptionColumn()
    {
        if (Header is not { } map)
        {
            return "COLUMN";
        }

        var mapped = map.Columns.Values.SelectMany(c => c).ToHashSet();
        var free = map.Headers.Where((_, i) => !mapped.Contains(i)).ToList();
        string[] hints = ["desc", "goods", "product", "item", "text", "name", "merc", "品"];
        return free.FirstOrDefault(h => hints.Any(x => h.Contains(x, StringComparison.OrdinalIgnoreCase))) ?? free.FirstOrDefault() ?? map.Headers.FirstOrDefault() ?? "COLUMN";
    }

    /// <summary>Every row, the first included; enumerated once.</summary>
    public IEnumerable<DeclarationRecord> Records()
    {
        if (_taken)
        {
            throw new InvalidOperationException("the rows of a declarations file are read once");
        }

        _taken = true;
        return Remaining();
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _rows.Dispose();

    private IEnumerable<DeclarationRecord> Remaining()
    {
        using (_rows)
        {
            if (!_hasFirst)
            {
                yield break;
            }

            yield return _rows.Current;
            while (_rows.MoveNext())
            {
                yield return _rows.Current;
            }
        }
    }
}
