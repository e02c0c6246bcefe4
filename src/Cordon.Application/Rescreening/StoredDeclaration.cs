using System.Text.Json;
using System.Text.RegularExpressions;
using Cordon.Screening.Declarations;
using Cordon.Storage;

namespace Cordon.Application.Rescreening;

/// <summary>The declaration a row was screened from, kept with the row (<see cref="CaseRow.Record"/>) so it can be screened
/// again: headers, values and which columns hold which field. Rows stored before it was kept are rebuilt from the columns their
/// result echoes, unless those are ambiguous (repeated, blank or surplus columns).</summary>
public static partial class StoredDeclaration
{
    /// <summary>The record as JSON; null for a row that was never read (a reader error cannot be screened again).</summary>
    public static string? Write(DeclarationRecord record)
    {
        if (record.Error is not null || record.Map is not { } map)
        {
            return null;
        }

        // Columns past the header carry their position ("column 12") and only when non-empty: put each back in its place.
        var values = new List<string>(map.Headers.Count);
        foreach (var (header, value) in record.Columns)
        {
            var at = values.Count < map.Headers.Count ? values.Count : Surplus().Match(header) is { Success: true } m ? int.Parse(m.Groups[1].Value) - 1 : values.Count;
            while (values.Count < at)
            {
                values.Add("");
            }

            values.Add(value);
        }

        return JsonSerializer.Serialize(new Stored(record.Row, record.Line, map.Headers, values,
            map.Columns.ToDictionary(c => c.Key.ToString(), c => c.Value)));
    }

    /// <summary>The row's declaration, read again with the run's options; null with the reason when it cannot be rebuilt.</summary>
    public static DeclarationRecord? Read(CaseRow row, ScreenRequest request, out string? reason)
    {
        try
        {
            return row.Record is { } json ? FromStored(json, out reason) : FromResult(row.Result, request, out reason);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            reason = $"row {row.Id}: the stored declaration cannot be read ({e.Message})";
            return null;
        }
    }

    private static DeclarationRecord? FromStored(string json, out string? reason)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new JsonException("empty");
        // Each column's field is given by position (headers are unique), so the map is the one the row was read with.
        var overrides = stored.Fields.SelectMany(f => f.Value.Select(i => $"{stored.Headers[i]}={f.Key}")).ToList();
        var map = ColumnMap.Detect(stored.Headers, overrides);
        if (!SameFields(map, stored.Fields))
        {
            reason = "the stored column map cannot be rebuilt";
            return null;
        }

        reason = null;
        return map.Record(stored.Row, stored.Line, stored.Values);
    }

    private static DeclarationRecord? FromResult(string result, ScreenRequest request, out string? reason)
    {
        using var document = JsonDocument.Parse(result);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
        {
            reason = "the row could not be read when it was screened";
            return null;
        }

        var columns = root.GetProperty("columns").EnumerateObject().Select(p => (p.Name, Value: p.Value.GetString() ?? "")).ToList();
        if (columns.Any(c => Positional().IsMatch(c.Name)))
        {
            reason = "stored before declarations were kept, with repeated, blank or surplus columns that cannot be told apart";
            return null;
        }

        reason = null;
        var map = ColumnMap.Detect(columns.Select(c => c.Name).ToList(), request.Map);
        return map.Record(root.GetProperty("row").GetInt32(), root.GetProperty("line").GetInt32(), columns.Select(c => c.Value).ToList());
    }

    // Every field the row was read with is read from the same columns; a field today's reader knows and the stored map did
    // not (a date or contact column stored before those fields existed) is read too.
    private static bool SameFields(ColumnMap map, IReadOnlyDictionary<string, List<int>> fields) =>
        fields.All(f => Enum.TryParse<DeclarationField>(f.Key, out var field) && map.Columns.TryGetValue(field, out var columns) && columns.SequenceEqual(f.Value));

    [GeneratedRegex(@"^column (\d+)$")]
    private static partial Regex Surplus();

    [GeneratedRegex(@"(^column \d+$)|(\(column \d+\)$)")]
    private static partial Regex Positional();

    private sealed record Stored(int Row, int Line, IReadOnlyList<string> Headers, IReadOnlyList<string> Values, IReadOnlyDictionary<string, List<int>> Fields);
}
