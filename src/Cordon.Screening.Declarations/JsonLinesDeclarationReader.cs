using System.Text.Json;
using Cordon.Screening.Text;

namespace Cordon.Screening.Declarations;

/// <summary>JSON Lines: one object per line; keys are headers, mapped like CSV headers. A malformed line becomes an error row.</summary>
internal static class JsonLinesDeclarationReader
{
    public static IEnumerable<DeclarationRecord> Read(BoundedLineReader reader, string source, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        using (reader)
        {
            var maps = new Dictionary<string, ColumnMap>(StringComparer.Ordinal);
            var headerSeen = false;
            var row = 0;
            while (reader.Read() is { } physical)
            {
                var lineNumber = physical.Number;
                var line = physical.Text;
                if (!physical.Overlong && string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                row++;
                if (physical.Overlong || physical.Undecodable)
                {
                    yield return DeclarationReader.Failed(row, lineNumber, source, physical.Overlong
                        ? $"the line is longer than {reader.MaxLineChars} characters; the row is not screened"
                        : "the line holds bytes that are invalid in the file's encoding (shown as U+FFFD); give the right --encoding");
                    continue;
                }

                List<KeyValuePair<string, string>>? pairs = null;
                string? error = null;
                try
                {
                    using var document = JsonDocument.Parse(line);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        error = "the line is not a JSON object";
                    }
                    else
                    {
                        pairs = document.RootElement.EnumerateObject()
                            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                            .ToList();
                    }
                }
                catch (JsonException e)
                {
                    error = $"invalid JSON at byte {e.BytePositionInLine}: {e.Message.Split('.')[0]}";
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException)
                {
                    // A lone surrogate escape (\ud800) parses but cannot become a string.
                    error = $"invalid JSON text: {e.Message}";
                }

                if (pairs is not null && pairs.FindIndex(p => p.Value.Length > DelimitedRecordReader.MaxFieldChars) is var over and >= 0)
                {
                    error = $"the value of '{pairs[over].Key}' is longer than {DelimitedRecordReader.MaxFieldChars} characters; the row is not screened";
                    pairs = null;
                }

                if (pairs is null)
                {
                    yield return DeclarationReader.Failed(row, lineNumber, source, error!);
                    continue;
                }

                var signature = string.Join('\u0001', pairs.Select(p => p.Key));
                if (!maps.TryGetValue(signature, out var map))
                {
                    string? mapError = null;
                    try
                    {
                        map = DeclarationReader.Map(pairs.Select(p => p.Key).ToList(), overrides, source);
                    }
                    catch (InvalidDataException e)
                    {
                        mapError = e.Message.Replace(source + ": ", "");
                    }

                    if (map is null && !headerSeen)
                    {
                        // The first object plays the header's part: a --map it cannot apply to is a usage error, as for CSV.
                        throw new InvalidDataException($"{source}:{lineNumber}: {mapError}");
                    }

                    if (map is null)
                    {
                        // Lines may carry different keys; one that --map cannot apply to is this line's error alone.
                        yield return new DeclarationRecord(row, lineNumber, new Dictionary<DeclarationField, string>(), pairs,
                            $"{source}:{lineNumber}: {mapError}");
                        continue;
                    }

                    // Lines with ever new keys must not grow the cache without bound.
                    if (maps.Count < 1000)
                    {
                        maps[signature] = map;
                    }

                    if (!headerSeen)
                    {
                        headerSeen = true;
                        onHeader?.Invoke(map);
                    }
                }

                yield return map.Record(row, lineNumber, pairs.Select(p => p.Value).ToList());
            }
        }
    }
}
