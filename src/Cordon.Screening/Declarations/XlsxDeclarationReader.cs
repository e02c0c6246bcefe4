using MiniExcelLibs;

namespace Cordon.Screening.Declarations;

/// <summary>The first worksheet of an Excel workbook, streamed row by row: the first row is the header.</summary>
internal static class XlsxDeclarationReader
{
    public static IEnumerable<DeclarationRecord> Read(string path, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        var source = Path.GetFileName(path);
        IEnumerator<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().GetEnumerator();
            if (!rows.MoveNext())
            {
                yield break;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"{source}: not a readable .xlsx workbook ({e.Message})");
        }

        using (rows)
        {
            var letters = rows.Current.Keys.ToList();
            var headers = letters.Select(k => Text(rows.Current[k])).ToList();
            var map = DeclarationReader.Map(headers, overrides, source);
            onHeader?.Invoke(map);
            var row = 0;
            var line = 1;
            while (rows.MoveNext())
            {
                line++;
                var values = letters.Select(k => rows.Current.TryGetValue(k, out var v) ? Text(v) : "").ToList();
                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                yield return map.Record(++row, line, values);
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
