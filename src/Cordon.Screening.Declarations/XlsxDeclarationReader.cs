using System.Xml;

namespace Cordon.Screening.Declarations;

/// <summary>The first worksheet of an Excel workbook, streamed row by row with bounded memory: the first non-empty row is the header.
/// A row that cannot be read is an error row; a sheet that cannot be read further ends with an error row saying where it stopped.</summary>
internal static class XlsxDeclarationReader
{
    public static IEnumerable<DeclarationRecord> Read(string path, IReadOnlyList<string>? overrides, Action<ColumnMap>? onHeader)
    {
        var source = Path.GetFileName(path);
        var workbook = XlsxWorkbook.Open(path);
        XlsxSheetReader sheet;
        try
        {
            sheet = new XlsxSheetReader(workbook, workbook.OpenFirstSheet(out _));
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            workbook.Dispose();
            throw new InvalidDataException($"{source}: not a readable .xlsx workbook ({e.Message})");
        }
        catch
        {
            workbook.Dispose();
            throw;
        }

        return Rows(workbook, sheet, source, overrides, onHeader);
    }

    private static IEnumerable<DeclarationRecord> Rows(XlsxWorkbook workbook, XlsxSheetReader sheet, string source, IReadOnlyList<string>? overrides,
        Action<ColumnMap>? onHeader)
    {
        using (workbook)
        using (sheet)
        {
            ColumnMap? map = null;
            var row = 0;
            while (true)
            {
                XlsxRow? next;
                string? failure = null;
                try
                {
                    next = sheet.Read();
                }
                catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
                {
                    next = null;
                    failure = e.Message;
                }

                if (failure is not null)
                {
                    if (map is null)
                    {
                        throw new InvalidDataException($"{source}: the sheet cannot be read ({failure})");
                    }

                    yield return DeclarationReader.Failed(++row, sheet.LastRow + 1, source, $"{failure}; the sheet could not be read past row {sheet.LastRow}");
                    yield break;
                }

                if (next is null)
                {
                    yield break;
                }

                if (next.Error is null && next.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (map is null)
                {
                    if (next.Error is not null)
                    {
                        throw new InvalidDataException($"{source}: the header row {next.Number} cannot be read: {next.Error}");
                    }

                    map = DeclarationReader.Map(next.Values, overrides, source);
                    onHeader?.Invoke(map);
                    continue;
                }

                var record = map.Record(++row, next.Number, next.Values);
                yield return next.Error is null ? record : record with { Error = $"{source}:{next.Number}: {next.Error}" };
            }
        }
    }
}
