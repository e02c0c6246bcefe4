using System.Text;

namespace Cordon.Screening.Declarations;

/// <summary>Opens a declarations file by extension: .xlsx (Excel), .jsonl/.ndjson (JSON Lines), anything else delimited text.</summary>
public static class DeclarationReader
{
    /// <summary>Streams every row, in order; a row that cannot be read comes back with its error, never dropped.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="InvalidDataException">The file has no header, or --map names an unknown column or field.</exception>
    public static IEnumerable<DeclarationRecord> Read(string path, string? encodingName, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".xlsx")
        {
            return XlsxDeclarationReader.Read(path, overrides, onHeader);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Encoding encoding;
        try
        {
            encoding = encodingName is null ? TextEncodingDetector.Detect(stream) : TextEncodingDetector.Named(encodingName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: encodingName is null, 1 << 16);
        var name = Path.GetFileName(path);
        return extension is ".jsonl" or ".ndjson"
            ? JsonLinesDeclarationReader.Read(reader, name, overrides, onHeader)
            : DelimitedDeclarationReader.Read(reader, name, overrides, onHeader);
    }

    /// <summary>Wraps a bad --map in the error the readers report.</summary>
    internal static ColumnMap Map(IReadOnlyList<string> headers, IReadOnlyList<string>? overrides, string source)
    {
        try
        {
            return ColumnMap.Detect(headers, overrides);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}");
        }
    }
}
