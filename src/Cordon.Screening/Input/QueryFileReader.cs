namespace Cordon.Screening.Input;

/// <summary>Opens a batch input by its extension: .sdf/.mol (records), .smi (SMILES and name), .csv/.tsv (a column), else one query per line.</summary>
public static class QueryFileReader
{
    /// <summary>Streams the records of a file, in order; unreadable records carry their error instead of being dropped.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IEnumerable<QueryRecord> Read(string path, string? column = null) =>
        Read(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path, column);

    /// <summary>Streams the records of an open stream named <paramref name="path"/> (the extension picks the format); disposes the stream.</summary>
    public static IEnumerable<QueryRecord> Read(Stream stream, string path, string? column = null)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return extension switch
        {
            ".sdf" or ".sd" or ".mol" => SdfRecordReader.Read(reader, name),
            ".smi" or ".smiles" => LineQueryReader.Read(reader, name, smilesFile: true),
            ".csv" or ".tsv" => CsvQueryReader.Read(reader, name, column, extension == ".tsv" ? "\t" : ","),
            _ => LineQueryReader.Read(reader, name, smilesFile: false),
        };
    }
}
