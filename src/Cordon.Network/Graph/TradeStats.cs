namespace Cordon.Network.Graph;

/// <summary>The rows behind a trade edge: how many, when, what, how risky, and which (the first <see cref="MaxRowKeys"/>).</summary>
public sealed class TradeStats
{
    /// <summary>Most row keys kept per edge; the count stays exact.</summary>
    public const int MaxRowKeys = 50;

    private readonly List<string> _rowKeys = [];
    private readonly Dictionary<string, int> _chapters = new(StringComparer.Ordinal);

    /// <summary>Rows behind the edge.</summary>
    public int Rows { get; private set; }

    /// <summary>Rows with controlled or suspect chemistry.</summary>
    public int FlaggedRows { get; private set; }

    /// <summary>Rows of high risk.</summary>
    public int HighRiskRows { get; private set; }

    /// <summary>The highest risk score of its rows.</summary>
    public double MaxScore { get; private set; }

    /// <summary>The earliest dated row.</summary>
    public DateOnly? First { get; private set; }

    /// <summary>The latest dated row.</summary>
    public DateOnly? Last { get; private set; }

    /// <summary>Rows per HS chapter (two digits).</summary>
    public IReadOnlyDictionary<string, int> Chapters => _chapters;

    /// <summary>Keys of the first rows.</summary>
    public IReadOnlyList<string> RowKeys => _rowKeys;

    internal void Add(TradeRow row)
    {
        Rows++;
        FlaggedRows += row.IsFlagged ? 1 : 0;
        HighRiskRows += row.Risk == "high" ? 1 : 0;
        MaxScore = Math.Max(MaxScore, row.Score);
        if (row.Date is { } date)
        {
            First = First is { } f && f <= date ? f : date;
            Last = Last is { } l && l >= date ? l : date;
        }

        var digits = new string((row.HsCode ?? "").Where(char.IsAsciiDigit).Take(2).ToArray());
        if (digits.Length == 2)
        {
            _chapters[digits] = _chapters.GetValueOrDefault(digits) + 1;
        }

        if (_rowKeys.Count < MaxRowKeys)
        {
            _rowKeys.Add(row.Key);
        }
    }
}
