using System.Text.Json;

namespace Cordon.Screening.Declarations;

/// <summary>JSON Lines: one object per line; keys are headers, mapped like CSV headers. A malformed line becomes an error row.</summary>
internal static class JsonLinesDeclarationReader
{
    public static IEnumerable<DeclarationRecord> Read(TextReader reader, string source, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        using (reader)
        {
            var maps = new Dictionary<string, ColumnMap>(StringComparer.Ordinal);
            var lineNumber = 0;
            var row = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                row++;
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

                if (pairs is null)
                {
                    yield return new DeclarationRecord(row, lineNumber, new Dictionary<DeclarationField, string>(), [], $"{source}:{lineNumber}: {error}");
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

                    if (map is null)
                    {
                        // Lines may carry different keys; one that --map cannot apply to is this line's error alone.
                        yield return new DeclarationRecord(row, lineNumber, new Dictionary<DeclarationField, string>(), pairs,
                            $"{source}:{lineNumber}: {mapError}");
                        continue;
                    }

                    maps[signature] = map;
                    if (maps.Count == 1)
                    {
                        onHeader?.Invoke(map);
                    }
                }

                yield return map.Record(row, lineNumber, pairs.Select(p => p.Value).ToList());
            }
        }
    }
}
