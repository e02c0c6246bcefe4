using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Input;
using Cordon.Screening.Text;

namespace Cordon.Screening.Tests;

/// <summary>The declaration and query readers keep every record, bound what one record may cost, and report what they cannot read.</summary>
public sealed class ReaderBoundsTests
{
    private static string Temp(string extension, string text, Encoding? encoding = null) => TempBytes(extension, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    private static string TempBytes(string extension, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<DeclarationRecord> Rows(string path, string? encoding = null, IReadOnlyList<string>? map = null)
    {
        try
        {
            return DeclarationReader.Read(path, encoding, map).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<QueryRecord> Queries(string path, string? column = null)
    {
        try
        {
            return QueryFileReader.Read(path, column).ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unclosed_quote_is_one_error_row_and_every_later_record_is_read()
    {
        var rows = Rows(Temp(".csv", "id,description\nA1,rice\nA2,\"never closed\nA3,NPP\nA4,\"quoted, fine\"\nA5,salt\n"));
        Assert.Equal(["A1", "A2", "A3", "A4", "A5"], rows.Select(r => r[DeclarationField.Id]));
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.Null(rows[0].Error);
        Assert.Matches(@"^cordon-[0-9a-f]+\.csv:3: unclosed quote in column 2", rows[1].Error);
        Assert.All(rows.Where(r => r.Line != 3), r => Assert.Null(r.Error));
        Assert.Equal("NPP", rows[2][DeclarationField.Description]);
        Assert.Equal("quoted, fine", rows[3][DeclarationField.Description]);
    }

    [Fact]
    public void An_unclosed_quote_at_the_last_line_and_one_meeting_a_later_quote_both_cost_one_row()
    {
        var last = Rows(Temp(".csv", "id,description\nA1,rice\nA2,\"open to the end"));
        Assert.Equal(2, last.Count);
        Assert.Contains("the file ends inside it", last[1].Error);
        var meeting = Rows(Temp(".csv", "id,description\nA1,\"open\nA2,rice\nA3,\"closed\"\n"));
        Assert.Equal(["A1", "A2", "A3"], meeting.Select(r => r[DeclarationField.Id]));
        Assert.Contains("followed by text", meeting[0].Error);
        Assert.Null(meeting[1].Error);
        Assert.Equal("closed", meeting[2][DeclarationField.Description]);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_within_the_bound_and_not_past_it()
    {
        var within = Rows(Temp(".csv", "id,description\nA1,\"line one\nline two\"\nA2,rice\n"));
        Assert.Equal("line one\nline two", within[0][DeclarationField.Description]);
        Assert.Equal(4, within[1].Line);
        var body = string.Concat(Enumerable.Range(0, ReaderLimits.MaxQuotedLines + 5).Select(i => $"B{i},plain\n"));
        var past = Rows(Temp(".csv", "id,description\nA1,\"open\n" + body));
        Assert.Equal(1 + ReaderLimits.MaxQuotedLines + 5, past.Count);
        Assert.Contains("not closed within", past[0].Error);
        Assert.All(past.Skip(1), r => Assert.Null(r.Error));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text()
    {
        var row = Assert.Single(Rows(Temp(".csv", "id,shipper,description\nA1,Broken \"Quote\" Trading,rice\n")));
        Assert.Null(row.Error);
        Assert.Equal("Broken \"Quote\" Trading", row[DeclarationField.Shipper]);
    }

    [Fact]
    public void Spaces_before_an_opening_quote_pad_the_field()
    {
        var row = Assert.Single(Rows(Temp(".csv", "id,description,hs\nA1, \"acetone, 99%\" ,2914.11\n")));
        Assert.Null(row.Error);
        Assert.Equal("acetone, 99%", row[DeclarationField.Description]);
        Assert.Equal("2914.11", row[DeclarationField.HsCode]);
    }

    [Fact]
    public void An_unclosed_quote_in_a_check_file_costs_one_record()
    {
        var records = Queries(Temp(".csv", "id,query\nq1,acetone\nq2,\"toluene\nq3,NPP\n"));
        Assert.Equal(["acetone", "", "NPP"], records.Select(r => r.Text));
        Assert.Null(records[0].Error);
        Assert.Contains("unclosed quote", records[1].Error);
        Assert.Equal(3, records[1].Line);
        Assert.Null(records[2].Error);
    }

    [Fact]
    public void Two_description_and_two_cas_columns_are_all_read_by_their_headers()
    {
        var row = Assert.Single(Rows(Temp(".csv", "id,description,descripción,品名,cas,cas no\nA1,rice,arroz,大米,64-17-5,67-64-1\n")));
        Assert.Equal([("description", "rice"), ("descripción", "arroz"), ("品名", "大米")], row.All(DeclarationField.Description));
        Assert.Equal([("cas", "64-17-5"), ("cas no", "67-64-1")], row.All(DeclarationField.Cas));
        var repeated = Assert.Single(Rows(Temp(".csv", "id,description,description\nA1,rice,NPP\n")));
        Assert.Equal([("description", "rice"), ("description (column 3)", "NPP")], repeated.All(DeclarationField.Description));
    }

    [Fact]
    public void Latin1_that_first_appears_past_64_KiB_is_detected()
    {
        var filler = string.Concat(Enumerable.Range(0, 6000).Select(i => $"F{i},plain goods\n"));
        Assert.True(filler.Length > 1 << 16, "the first accent lies past the first 64 KiB");
        var rows = Rows(Temp(".csv", "id,description\n" + filler + "L1,Anhídrido acético\n", Encoding.Latin1));
        Assert.Equal(6001, rows.Count);
        Assert.Equal("Anhídrido acético", rows[^1][DeclarationField.Description]);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Fact]
    public void Gb18030_that_first_appears_past_64_KiB_is_detected()
    {
        var filler = string.Concat(Enumerable.Range(0, 6000).Select(i => $"F{i},plain goods\n"));
        Assert.True(filler.Length > 1 << 16, "the first Chinese character lies past the first 64 KiB");
        var gb = Encoding.GetEncoding("GB18030");
        var rows = Rows(Temp(".csv", "id,description\n" + filler + "C1,芬太尼中间体\n", gb));
        Assert.Equal("芬太尼中间体", rows[^1][DeclarationField.Description]);
        Assert.All(rows, r => Assert.Null(r.Error));
    }

    [Fact]
    public void A_bad_byte_late_in_a_utf8_file_is_an_error_row_naming_its_line_not_a_silent_replacement()
    {
        var text = new UTF8Encoding(false).GetBytes("id,description\nA1,acético\nA2,rice\n");
        var bytes = text.Concat(new byte[] { (byte)'A', (byte)'3', (byte)',', 0xFF, (byte)'x', (byte)'\n', (byte)'A', (byte)'4', (byte)',', (byte)'s', (byte)'\n' }).ToArray();
        var rows = Rows(TempBytes(".csv", bytes));
        Assert.Equal(4, rows.Count);
        Assert.Equal("acético", rows[0][DeclarationField.Description]);
        Assert.Matches(@"\.csv:4: the row holds bytes that are invalid", rows[2].Error);
        Assert.Null(rows[3].Error);
    }

    [Fact]
    public void A_declared_encoding_that_does_not_fit_the_bytes_is_reported_per_row()
    {
        // "é" as UTF-8 (C3 A9) is two Latin-1 letters, but 0xFF alone is not UTF-8: declared utf-8, the row says so.
        var rows = Rows(TempBytes(".csv", [.. Encoding.ASCII.GetBytes("id,description\nA1,caf"), 0xE9, (byte)'\n']), encoding: "utf-8");
        Assert.Contains("invalid in the file's encoding", Assert.Single(rows).Error);
        var unknown = Assert.Throws<ArgumentException>(() => DeclarationReader.Read("x.csv", "klingon", null));
        Assert.Contains("valid: utf-8", unknown.Message);
    }

    [Fact]
    public void A_100_MB_line_is_an_error_row_and_the_next_row_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("id,description\nA1,");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 100; i++)
            {
                writer.Write(block);
            }

            writer.Write("\nA2,rice\n");
        }

        var rows = Rows(path);
        Assert.Equal(2, rows.Count);
        Assert.Equal("A1", rows[0][DeclarationField.Id]);
        Assert.Contains("longer than", rows[0].Error);
        Assert.Null(rows[1].Error);
        Assert.Equal("rice", rows[1][DeclarationField.Description]);
    }

    [Fact]
    public void A_field_over_the_cap_is_an_error_row()
    {
        var rows = Rows(Temp(".csv", $"id,description\nA1,{new string('y', ReaderLimits.MaxFieldChars + 1)}\nA2,rice\n"));
        Assert.Contains("column 2 is longer than", rows[0].Error);
        Assert.Null(rows[1].Error);
    }

    [Fact]
    public void A_long_line_in_a_text_or_sdf_check_file_is_one_error_record()
    {
        var records = Queries(Temp(".txt", $"acetone\n{new string('C', 5 << 20)}\ntoluene\n"));
        Assert.Equal(3, records.Count);
        Assert.Contains("longer than", records[1].Error);
        Assert.Equal("toluene", records[2].Text);
        var bad = Queries(TempBytes(".txt", [.. Encoding.ASCII.GetBytes("acetone\ntolu"), 0xFF, (byte)'\n', (byte)'N', (byte)'P', (byte)'P', (byte)'\n']));
        Assert.Contains("not valid UTF-8", bad[1].Error);
        Assert.Equal("NPP", bad[2].Text);
    }

    [Fact]
    public void A_column_for_a_file_without_columns_or_an_unknown_column_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Queries(Temp(".txt", "acetone\n"), column: "query"));
        var unknown = Assert.Throws<InvalidDataException>(() => Queries(Temp(".csv", "id,query\n1,acetone\n"), column: "smiles"));
        Assert.Contains("columns: id, query", unknown.Message);
    }

    [Fact]
    public void Xlsx_cells_are_read_with_their_row_numbers()
    {
        var rows = Rows(XlsxBuilder.Write([["Declaration ID", "Goods description"], ["X-1", "Phenylacetic acid"], ["X-2", "tiles"]]));
        Assert.Equal(["X-1", "X-2"], rows.Select(r => r[DeclarationField.Id]));
        Assert.Equal([2, 3], rows.Select(r => r.Line));
    }

    [Fact]
    public void Xlsx_shared_strings_dates_and_numbers_are_read()
    {
        const string shared = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>id</t></si><si><r><t>desc</t></r><r><t>ription</t></r></si><si><t>NPP</t></si></sst>";
        var path = XlsxBuilder.WriteStreamed(w => w.Write(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>hs code</t></is></c></row>" +
            "<row r=\"3\"><c r=\"A3\"><v>7</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\"><v>2933.39</v></c></row>" +
            "<row r=\"4\"><c r=\"A4\"><v>8</v></c><c r=\"B4\" t=\"s\"><v>99</v></c></row>" +
            "</sheetData></worksheet>"), shared);
        var rows = Rows(path);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("7", "NPP", "2933.39", 3), (rows[0][DeclarationField.Id], rows[0][DeclarationField.Description], rows[0][DeclarationField.HsCode], rows[0].Line));
        Assert.Contains("shared string 99 does not exist", rows[1].Error);
    }

    [Fact]
    public void An_xlsx_inline_cell_of_1_5_GB_is_an_error_row_and_later_rows_are_read()
    {
        var path = XlsxBuilder.WriteStreamed(w =>
        {
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>description</t></is></c></row>");
            w.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>B-1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>");
            var block = new string('A', 1 << 20);
            for (var i = 0; i < 1500; i++)
            {
                w.Write(block);
            }

            w.Write("</t></is></c></row>");
            w.Write("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>B-2</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>NPP</t></is></c></row>");
            w.Write("</sheetData></worksheet>");
        });
        Assert.True(new FileInfo(path).Length < 4 << 20, "the bomb is small on disk");
        var rows = Rows(path);
        Assert.Equal(["B-1", "B-2"], rows.Select(r => r[DeclarationField.Id]));
        Assert.Contains("cell B2 holds more than", rows[0].Error);
        Assert.Null(rows[1].Error);
        Assert.Equal("NPP", rows[1][DeclarationField.Description]);
    }

    [Fact]
    public void An_xlsx_sheet_that_decompresses_past_the_bound_ends_with_an_error_row()
    {
        var path = XlsxBuilder.WriteStreamed(w =>
        {
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>description</t></is></c></row>");
            w.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>B-1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>rice</t></is></c></row>");
            // Whitespace between rows: nothing to hold, everything to decompress.
            var block = new string(' ', 1 << 20);
            for (var i = 0; i < (ReaderLimits.MaxXlsxPartBytes >> 20) + 8; i++)
            {
                w.Write(block);
            }

            w.Write("</sheetData></worksheet>");
        });
        var rows = Rows(path);
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0].Error);
        Assert.Contains("decompresses to more than", rows[1].Error);
    }

    [Fact]
    public void Many_huge_shared_strings_are_capped_in_memory_and_their_cells_are_error_rows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.xlsx");
        var sheet = XlsxBuilder.WriteStreamed(w => w.Write(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>description</t></is></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>S-1</t></is></c><c r=\"B2\" t=\"s\"><v>0</v></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>S-2</t></is></c><c r=\"B3\" t=\"s\"><v>80</v></c></row>" +
            "</sheetData></worksheet>"),
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>rice</t></si>" +
            string.Concat(Enumerable.Repeat($"<si><t>{new string('z', 900_000)}</t></si>", 80)) + "</sst>");
        File.Move(sheet, path);
        var rows = Rows(path);
        Assert.Equal("rice", rows[0][DeclarationField.Description]);
        Assert.Contains("shared string 80", rows[1].Error);
    }

    [Fact]
    public void An_encoding_for_a_workbook_is_refused_not_ignored()
    {
        var path = XlsxBuilder.Write([["id", "description"], ["A1", "rice"]]);
        try
        {
            Assert.Throws<ArgumentException>(() => DeclarationReader.Read(path, "latin1", null));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => Rows(Temp(".xlsx", "id,description\n")));
        Assert.Contains("not a readable .xlsx workbook", error.Message);
    }

    [Theory]
    [InlineData(".csv", "id,description\nA1,NPP\n")]
    [InlineData(".jsonl", "{\"id\":\"A1\",\"description\":\"NPP\"}\n")]
    public void A_byte_order_mark_under_a_declared_encoding_is_not_part_of_the_first_header(string extension, string text)
    {
        var row = Assert.Single(Rows(Temp(extension, text, new UTF8Encoding(true)), encoding: "utf-8"));
        Assert.Null(row.Error);
        Assert.Equal("A1", row[DeclarationField.Id]);
    }

    [Fact]
    public void One_cell_far_to_the_right_does_not_echo_thousands_of_empty_columns()
    {
        var path = XlsxBuilder.WriteStreamed(w => w.Write(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>description</t></is></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>F-1</t></is></c><c r=\"XFD2\" t=\"inlineStr\"><is><t>far</t></is></c></row>" +
            "</sheetData></worksheet>"));
        var row = Assert.Single(Rows(path));
        Assert.Equal([new("id", "F-1"), new("description", ""), new KeyValuePair<string, string>("column 16384", "far")], row.Columns);
    }

    [Fact]
    public void A_chunk_of_heavy_rows_is_cut_by_weight_not_only_by_count()
    {
        var flushes = new List<int>();
        var results = new List<int>();
        OrderedParallel.Run(Enumerable.Range(0, 10), i => i, results.Add, flushes.Add, chunkSize: 100, weigh: _ => 5, maxChunkWeight: 10);
        Assert.Equal(Enumerable.Range(0, 10), results);
        Assert.Equal([2, 4, 6, 8, 10, 10], flushes);
    }
}
