namespace Cordon.Screening.Text;

/// <summary>The bounds every reader keeps to (documented in docs/screen-contract.md): what one record may cost.</summary>
public static class ReaderLimits
{
    /// <summary>Characters one field or cell may hold (1 Mi); a longer one makes its row an error row.</summary>
    public const int MaxFieldChars = 1 << 20;

    /// <summary>Characters kept of one physical line or worksheet row (4 Mi); a longer one is an error row.</summary>
    public const int MaxLineChars = 4 << 20;

    /// <summary>Physical lines one quoted CSV field may span before its quote is taken as unclosed.</summary>
    public const int MaxQuotedLines = 64;

    /// <summary>Decompressed bytes read from an .xlsx sheet or its shared strings (2 GiB).</summary>
    public const long MaxXlsxPartBytes = 2L << 30;

    /// <summary>Characters of .xlsx shared strings held in memory (64 Mi).</summary>
    public const long MaxSharedStringChars = 64L << 20;

    /// <summary>Shared strings an .xlsx workbook may index (16 Mi).</summary>
    public const int MaxSharedStrings = 16 << 20;
}
