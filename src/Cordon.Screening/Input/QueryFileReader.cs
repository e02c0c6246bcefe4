using System.Text;
using Cordon.Screening.Text;

namespace Cordon.Screening.Input;

/// <summary>Opens a batch input by its extension: .sdf/.mol (records), .smi (SMILES and name), .csv/.tsv (a column), else one query per line.</summary>
public static class QueryFileReader
{
    /// <summary>Streams the records of a file, in order; unreadable records carry their error instead of being dropped.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IEnumerable<QueryRecord> Read(string path, string? column = null) =>
        Read(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path, column);

    /// <summary>Streams the records of an open stream named <paramref name="path"/> (the extension picks the format); disposes the stream.
    /// Text is UTF-8 (or UTF-16 with a BOM); a line with bytes invalid in it is an error record, never silently replaced.</summary>
    /// <exception cref="InvalidDataException">A column is given for a file that has none (not .csv/.tsv).</exception>
    public static IEnumerable<QueryRecord> Read(Stream stream, string path, string? column = null)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var delimited = extension is ".csv" or ".tsv";
        if (column is not null && !delimited)
        {
            stream.Dispose();
            throw new InvalidDataException($"{name}: --column applies to .csv and .tsv files only");
        }

        var problems = new DecodingProblemCounter();
        var lines = new BoundedLineReader(new StreamReader(stream, problems.Attach(new UTF8Encoding(false)), detectEncodingFromByteOrderMarks: true), problems);
        return extension switch
        {
            ".sdf" or ".sd" or ".mol" => SdfRecordReader.Read(lines, name),
            ".smi" or ".smiles" => LineQueryReader.Read(lines, name, smilesFile: true),
            ".csv" or ".tsv" => CsvQueryReader.Read(lines, name, column, extension == ".tsv" ? '\t' : ','),
            _ => LineQueryReader.Read(lines, name, smilesFile: false),
        };
    }

    /// <summary>Why a physical line cannot be a record (too long, or bytes invalid in its encoding), or null.</summary>
    internal static string? LineProblem(BoundedLine line, int maxChars) =>
        line.Overlong ? $"the line is longer than {maxChars} characters"
        : line.Undecodable ? "the line holds bytes that are not valid UTF-8 (shown as U+FFFD)"
        : null;
}
