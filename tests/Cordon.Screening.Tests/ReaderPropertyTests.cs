using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Input;
using CsCheck;

namespace Cordon.Screening.Tests;

/// <summary>Property tests over the declaration and query readers: any bytes never throw out of a reader (beyond the documented
/// refusal of a file with no readable header), never hang, and well-formed generated files come back record for record.
/// A short run here (a few hundred cases each); longer runs take CSCHECK_ITER.</summary>
public sealed class ReaderPropertyTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("CSCHECK_ITER"), out var n) ? n : 200;

    // A hang guard, not a speed check: a reader that does not finish one small input in this long is stuck.
    private static readonly TimeSpan Stuck = TimeSpan.FromSeconds(60);

    private static readonly Gen<byte[]> AnyBytes = Gen.OneOf(
        Gen.Byte.Array[0, 3000],
        // Bytes that mean something to the readers, so more cases reach quotes, delimiters, lines and JSON.
        Gen.Byte[0, 255].Select(b => b).Array[0, 10].Select(Gen.Char["\",;\t|\n\r{}[]:\\ aA1"].Array[0, 400], (noise, text) =>
            Encoding.UTF8.GetBytes(new string(text)).Concat(noise).ToArray()));

    private static List<T> ReadFile<T>(string extension, byte[] bytes, Func<string, IEnumerable<T>> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-prop-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            var task = Task.Run(() =>
            {
                try
                {
                    return read(path).ToList();
                }
                catch (InvalidDataException)
                {
                    // The documented refusal: no header, an unreadable header, or not a workbook.
                    return [];
                }
            });
            Assert.True(task.Wait(Stuck), $"the reader did not finish a {bytes.Length}-byte {extension} input");
            return task.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".csv")]
    [InlineData(".tsv")]
    [InlineData(".jsonl")]
    [InlineData(".xlsx")]
    public void Any_bytes_give_rows_in_line_order_and_never_throw(string extension) =>
        AnyBytes.Sample(bytes =>
        {
            var rows = ReadFile(extension, bytes, p => DeclarationReader.Read(p, null, null));
            Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.Row));
            Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Line < p.Second.Line), "lines increase");
        }, iter: Iterations, threads: 1);

    [Theory]
    [InlineData(".csv")]
    [InlineData(".tsv")]
    [InlineData(".txt")]
    [InlineData(".smi")]
    [InlineData(".sdf")]
    public void Any_bytes_in_a_check_file_never_throw(string extension) =>
        AnyBytes.Sample(bytes =>
        {
            var records = ReadFile(extension, bytes, p => QueryFileReader.Read(p));
            Assert.Equal(Enumerable.Range(0, records.Count), records.Select(r => r.Index));
        }, iter: Iterations, threads: 1);

    private static readonly Gen<string> FieldText = Gen.String[Gen.Char["ab ,;\"\nxé芬1-"], 0, 12];

    private static readonly Gen<(int Columns, string[][] Rows)> Table =
        Gen.Int[1, 5].SelectMany(columns => Gen.Select(Gen.String[Gen.Char["ABCdef1"], 1, 6], FieldText.Array[columns - 1]).Select((id, rest) => (string[])[id, .. rest])
            .Array[0, 30].Select(rows => (columns, rows)));

    // RFC 4180 as a writer does it: quote a field that holds a delimiter, quote, line break or edge space, and now and then one that does not need it.
    private static string Quote(string field, char delimiter, bool always) =>
        always || field.IndexOfAny([delimiter, '"', '\n']) >= 0 || field.Trim() != field ? $"\"{field.Replace("\"", "\"\"")}\"" : field;

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void A_well_formed_delimited_file_comes_back_record_for_record(char delimiter) =>
        Gen.Select(Table, Gen.Bool).Sample((table, quoteAll) =>
        {
            var headers = Enumerable.Range(0, table.Columns).Select(i => i == 0 ? "id" : i == 1 ? "description" : $"extra{i}").ToArray();
            var text = new StringBuilder(string.Join(delimiter, headers)).Append('\n');
            foreach (var row in table.Rows)
            {
                text.Append(string.Join(delimiter, row.Select(f => Quote(f, delimiter, quoteAll)))).Append(quoteAll ? "\r\n" : "\n");
            }

            var rows = ReadFile(delimiter == '\t' ? ".tsv" : ".csv", new UTF8Encoding(false).GetBytes(text.ToString()), p => DeclarationReader.Read(p, null, null));
            Assert.Equal(table.Rows.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Null(rows[i].Error);
                Assert.Equal(table.Rows[i], rows[i].Columns.Select(c => c.Value));
            }
        }, iter: Iterations, threads: 1);

    [Fact]
    public void Quote_free_text_gives_one_record_per_non_blank_line_after_the_header() =>
        Gen.String[Gen.Char["ab ,;\t|x1é芬{}:"], 0, 30].Array[1, 40].Sample(lines =>
        {
            lines[0] = "id,description";
            var rows = ReadFile(".csv", new UTF8Encoding(false).GetBytes(string.Join('\n', lines)), p => DeclarationReader.Read(p, null, null));
            var expected = Enumerable.Range(0, lines.Length).Skip(1).Where(i => !string.IsNullOrWhiteSpace(lines[i])).Select(i => i + 1);
            Assert.Equal(expected, rows.Select(r => r.Line));
        }, iter: Iterations, threads: 1);

    [Fact]
    public void Json_lines_give_one_record_per_non_blank_line() =>
        Gen.OneOf(
            Gen.String[Gen.Char["{}[]\":,\\ abu01"], 0, 40],
            Gen.Select(Gen.String[Gen.Char["abc é芬\"\\\t"], 0, 10], Gen.String[Gen.Char["abc"], 1, 5], (v, k) =>
                $"{{\"{k}\":{System.Text.Json.JsonSerializer.Serialize(v)},\"description\":\"x\"}}"))
        .Array[1, 30].Sample(lines =>
        {
            lines[0] = "{\"id\":\"first\",\"description\":\"rice\"}";
            var rows = ReadFile(".jsonl", new UTF8Encoding(false).GetBytes(string.Join('\n', lines)), p => DeclarationReader.Read(p, null, null));
            var expected = Enumerable.Range(0, lines.Length).Where(i => !string.IsNullOrWhiteSpace(lines[i])).Select(i => i + 1);
            Assert.Equal(expected, rows.Select(r => r.Line));
        }, iter: Iterations, threads: 1);

    [Fact]
    public void A_generated_workbook_comes_back_cell_for_cell() =>
        Table.Sample(table =>
        {
            var headers = Enumerable.Range(0, table.Columns).Select(i => i == 0 ? "id" : i == 1 ? "description" : $"extra{i}").ToArray();
            var path = XlsxBuilder.Write([headers, .. table.Rows]);
            try
            {
                var rows = DeclarationReader.Read(path, null, null).ToList();
                Assert.Equal(table.Rows.Length, rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    Assert.Null(rows[i].Error);
                    Assert.Equal(i + 2, rows[i].Line);
                    Assert.Equal(table.Rows[i], rows[i].Columns.Select(c => c.Value));
                }
            }
            finally
            {
                File.Delete(path);
            }
        }, iter: Iterations / 2, threads: 1);

    [Fact]
    public void A_damaged_workbook_never_throws_past_the_reader() =>
        Gen.Select(Gen.Int[0, 100_000], Gen.Byte, Gen.Int[1, 8]).Array[1, 6].Sample(damage =>
        {
            var path = XlsxBuilder.Write([["id", "description"], ["A1", "rice"], ["A2", "NPP"]]);
            var bytes = File.ReadAllBytes(path);
            File.Delete(path);
            foreach (var (at, value, length) in damage)
            {
                for (var i = 0; i < length; i++)
                {
                    bytes[(at + i) % bytes.Length] = value;
                }
            }

            var rows = ReadFile(".xlsx", bytes, p => DeclarationReader.Read(p, null, null));
            Assert.True(rows.Count <= 3);
        }, iter: Iterations, threads: 1);
}
