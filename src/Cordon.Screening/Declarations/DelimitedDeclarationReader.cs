using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cordon.Screening.Declarations;

/// <summary>CSV/TSV with any delimiter (sniffed from the header line), quoted fields holding delimiters and newlines.</summary>
internal static class DelimitedDeclarationReader
{
    private static readonly char[] Candidates = [',', ';', '\t', '|'];

    /// <summary>A field longer than this is taken for a runaway quote and the row is reported, not kept.</summary>
    private const int MaxFieldChars = 1 << 20;

    public static IEnumerable<DeclarationRecord> Read(TextReader reader, string source, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        using (reader)
        {
            var firstLine = reader.ReadLine() ?? throw new InvalidDataException($"{source}: the file is empty");
            var delimiter = Candidates.OrderByDescending(c => firstLine.Count(x => x == c)).First();
            string? badData = null;
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = delimiter.ToString(),
                HasHeaderRecord = false,
                BadDataFound = args => badData ??= $"malformed field near '{Shorten(args.RawRecord)}'",
                MissingFieldFound = null,
                DetectColumnCountChanges = false,
                IgnoreBlankLines = true,
            };
            using var headerCsv = new CsvReader(new StringReader(firstLine), config);
            headerCsv.Read();
            var headers = headerCsv.Parser.Record ?? [];
            var map = DeclarationReader.Map(headers, overrides, source);
            onHeader?.Invoke(map);

            using var csv = new CsvReader(reader, config);
            var row = 0;
            var previousEnd = 1;
            while (true)
            {
                bool more;
                string? failure = null;
                try
                {
                    more = csv.Read();
                }
                catch (CsvHelperException e)
                {
                    more = false;
                    failure = e.Message.Split('\n')[0];
                }

                var line = previousEnd + 1;
                if (!more)
                {
                    if (failure is not null)
                    {
                        yield return Failed(++row, line, source, $"{failure}; the file could not be read past this line");
                    }

                    yield break;
                }

                previousEnd = csv.Parser.RawRow + 1;
                var values = csv.Parser.Record ?? [];
                row++;
                if (badData is not null || values.Any(v => v.Length > MaxFieldChars))
                {
                    // Keep what could be read (the id above all), but screen nothing from a row that may be misaligned.
                    var kept = values.Select(v => v.Length > 1000 ? v[..1000] : v).ToList();
                    yield return map.Record(row, line, kept) with
                    {
                        Error = $"{source}:{line}: {badData ?? $"a field is longer than {MaxFieldChars} characters (an unclosed quote?)"}",
                    };
                    badData = null;
                    continue;
                }

                yield return map.Record(row, line, values);
            }
        }
    }

    private static DeclarationRecord Failed(int row, int line, string source, string why) =>
        new(row, line, new Dictionary<DeclarationField, string>(), [], $"{source}:{line}: {why}");

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "..." : text.TrimEnd('\r', '\n');
}
