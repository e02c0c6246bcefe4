using System.Text.RegularExpressions;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;

namespace Cordon.Screening.Tests;

/// <summary>The HTML report as text: counts, highlighted spans, escaping, structures, errors and one row per declaration.</summary>
public sealed class HtmlReportWriterTests
{
    private const string DescriptionHeader = "Goods description";

    private static readonly ColumnMap Map = ColumnMap.Detect(["Declaration ID", DescriptionHeader, "HS code"]);

    private static readonly Lazy<CheckResult> Fentanyl = new(() => Fixture.Check("fentanyl"));

    private static DeclarationRecord Record(int row, string id, string description, string hs = "2933.39") =>
        Map.Record(row, row + 1, [id, description, hs]);

    private static Evidence Span(string description, string text, string explanation, CheckResult? check = null, int? start = null)
    {
        var at = start ?? description.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in '{description}'");
        return new Evidence
        {
            Column = DescriptionHeader,
            Start = at,
            End = at + text.Length,
            Text = text,
            Rule = "name",
            Feature = "controlled-name",
            Weight = 0.95,
            Explanation = explanation,
            Check = check,
        };
    }

    private static DeclarationResult Result(DeclarationRecord record, DeclarationStatus status, RiskLevel risk, double score, params Evidence[] evidence) =>
        new() { Record = record, Status = status, Risk = risk, Score = score, Evidence = evidence, KbVersion = "test", Scope = new CheckScope(new DateOnly(2026, 12, 1), ["US"], [], true) };

    private static DeclarationResult HighRisk()
    {
        const string description = "20 kg fentanyl citrate, pharma grade";
        return Result(Record(1, "DEC-001", description), DeclarationStatus.Controlled, RiskLevel.High, 0.953,
            Span(description, "fentanyl", "Fentanyl is a controlled opioid.", Fentanyl.Value));
    }

    private static DeclarationResult Clear() =>
        Result(Record(2, "DEC-002", "Sodium chloride <script>alert(1)</script> & \"salt\""), DeclarationStatus.Clear, RiskLevel.None, 0);

    private static DeclarationResult Error() =>
        Result(new DeclarationRecord(3, 4, new Dictionary<DeclarationField, string>(), [], "declarations.csv line 4: unterminated quote <here>"),
            DeclarationStatus.Error, RiskLevel.None, 0);

    private static string Render(string? descriptionHeader, params DeclarationResult[] results)
    {
        var output = new StringWriter();
        using (var writer = new HtmlReportWriter(output, "declarations.csv <test>", "kb-2025.1", descriptionHeader))
        {
            foreach (var result in results)
            {
                writer.Write(result);
            }
        }

        return output.ToString();
    }

    private static string Render(params DeclarationResult[] results) => Render(null, results);

    private static string Row(string html, int row)
    {
        var start = html.IndexOf($"<tr data-row=\"{row}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {row}");
        return html[start..(html.IndexOf("</tr>", start, StringComparison.Ordinal) + 5)];
    }

    private static string Count(string html, string id) =>
        Regex.Match(html, $"id=\"count-{id}\">(\\d+)<") is { Success: true } match ? match.Groups[1].Value : $"(no count-{id})";

    private static int Occurrences(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [Fact]
    public void The_fixture_hit_is_a_controlled_structure()
    {
        Assert.Equal(CheckStatus.Controlled, Fentanyl.Value.Status);
        Assert.NotNull(Fentanyl.Value.Structure);
        Assert.NotEmpty(Fentanyl.Value.Findings);
    }

    [Fact]
    public void Summary_counts_every_status_and_risk()
    {
        var html = Render(HighRisk(), Clear(), Error());

        Assert.Equal("3", Count(html, "total"));
        Assert.Equal("1", Count(html, "status-controlled"));
        Assert.Equal("0", Count(html, "status-suspect"));
        Assert.Equal("1", Count(html, "status-clear"));
        Assert.Equal("0", Count(html, "status-unresolved"));
        Assert.Equal("1", Count(html, "status-error"));
        Assert.Equal("1", Count(html, "risk-high"));
        Assert.Equal("0", Count(html, "risk-medium"));
        Assert.Equal("0", Count(html, "risk-low"));
        Assert.Equal("2", Count(html, "risk-none"));
        Assert.Contains("kb-2025.1", html);
    }

    [Fact]
    public void One_row_per_result_with_its_data_attributes()
    {
        var html = Render(HighRisk(), Clear(), Error());

        Assert.Equal(3, Occurrences(html, "<tr data-row"));
        Assert.StartsWith("<tr data-row=\"1\" data-status=\"controlled\" data-risk=\"high\" data-score=\"0.953\"", Row(html, 1));
        Assert.StartsWith("<tr data-row=\"2\" data-status=\"clear\" data-risk=\"none\" data-score=\"0\"", Row(html, 2));
        Assert.StartsWith("<tr data-row=\"3\" data-status=\"error\"", Row(html, 3));
        Assert.Contains("<td class=\"num\">0.95</td>", Row(html, 1));
        Assert.Contains("DEC-001", Row(html, 1));
    }

    [Fact]
    public void The_evidence_span_is_marked_and_nothing_else()
    {
        var row = Row(Render(HighRisk(), Clear()), 1);

        Assert.Equal(1, Occurrences(row, "<mark"));
        Assert.Matches("""<td class="description">20 kg <mark class="ev" title="Fentanyl is a controlled opioid\.">fentanyl</mark> citrate, pharma grade</td>""", row);
    }

    [Fact]
    public void Markup_in_a_description_is_escaped()
    {
        var html = Render(HighRisk(), Clear(), Error());
        var row = Row(html, 2);

        Assert.Contains("Sodium chloride &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;salt&quot;", row);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(1, Occurrences(html, "<script"));
        Assert.Contains("<title>declarations.csv &lt;test&gt;</title>", html);
    }

    [Fact]
    public void A_hit_has_its_structure_inline_and_a_clear_row_has_none()
    {
        var html = Render(HighRisk(), Clear());

        Assert.Equal(1, Occurrences(Row(html, 1), "<svg"));
        Assert.Equal(0, Occurrences(Row(html, 2), "<svg"));
        Assert.DoesNotContain("<?xml", html);
        Assert.Contains($"<b>{Fentanyl.Value.Findings[0].Jurisdiction}</b>", Row(html, 1));
        Assert.Contains("<cite>", Row(html, 1));
    }

    [Fact]
    public void The_same_structure_twice_in_a_row_is_drawn_once()
    {
        const string description = "fentanyl HCl (fentanyl base 90%)";
        var first = Span(description, "fentanyl", "First mention.", Fentanyl.Value, 0);
        var second = Span(description, "fentanyl", "Second mention.", Fentanyl.Value, description.LastIndexOf("fentanyl", StringComparison.Ordinal));
        var row = Row(Render(Result(Record(1, "D", description), DeclarationStatus.Controlled, RiskLevel.High, 0.99, first, second)), 1);

        Assert.Equal(1, Occurrences(row, "<svg"));
        Assert.Equal(2, Occurrences(row, "<mark"));
    }

    [Fact]
    public void A_structure_on_many_rows_is_defined_once_and_used_after()
    {
        var first = HighRisk();
        var second = first with { Record = Record(3, "DEC-009", "20 kg fentanyl citrate, pharma grade") };
        var html = Render(first, Clear(), second);

        Assert.Equal(1, Occurrences(html, "<symbol"));
        Assert.Contains("<symbol id=\"structure-1\"", Row(html, 1));
        Assert.Contains("<use href=\"#structure-1\"/>", Row(html, 1));
        Assert.DoesNotContain("<symbol", Row(html, 3));
        Assert.Contains("<use href=\"#structure-1\"/>", Row(html, 3));
    }

    [Fact]
    public void The_error_message_is_shown()
    {
        var row = Row(Render(HighRisk(), Clear(), Error()), 3);

        Assert.Contains("<p class=\"error\">declarations.csv line 4: unterminated quote &lt;here&gt;</p>", row);
    }

    [Fact]
    public void Overlapping_and_duplicate_spans_make_one_mark_that_never_nests()
    {
        const string description = "acetic anhydride 99%";
        var whole = Span(description, "acetic anhydride", "Acetic anhydride is a Table I precursor.");
        var duplicate = Span(description, "acetic anhydride", "Acetic anhydride is a Table I precursor.");
        var inner = Span(description, "anhydride", "Anhydride <word>.");
        var outOfRange = Span(description, "99%", "Purity.") with { Start = 17, End = 400 };
        var row = Row(Render(Result(Record(1, "D", description), DeclarationStatus.Controlled, RiskLevel.High, 0.9, whole, inner, duplicate, outOfRange)), 1);

        Assert.Matches("""<td class="description"><mark class="ev" title="Acetic anhydride is a Table I precursor\.\nAnhydride &lt;word&gt;\.">acetic anhydride</mark> <mark class="ev" title="Purity\.">99%</mark></td>""", row);
    }

    [Fact]
    public void Evidence_in_other_columns_is_listed_but_not_marked_in_the_description()
    {
        const string description = "fentanyl";
        var elsewhere = Span(description, "fentanyl", "HS code names a precursor.") with { Column = "HS code", Rule = "hs-mismatch" };
        var row = Row(Render(Result(Record(1, "D", description), DeclarationStatus.Suspect, RiskLevel.Low, 0.3, elsewhere)), 1);

        Assert.Equal(0, Occurrences(row, "<mark"));
        Assert.Contains("<span class=\"rule\">hs-mismatch</span>", row);
    }

    [Fact]
    public void Offsets_on_the_trimmed_description_still_mark_the_right_text()
    {
        var record = Map.Record(1, 2, ["D", "  fentanyl patch", "3004"]);
        var evidence = Span("fentanyl patch", "fentanyl", "Trimmed offsets.");
        var row = Row(Render(Result(record, DeclarationStatus.Controlled, RiskLevel.High, 0.9, evidence)), 1);

        Assert.Contains("""<td class="description">  <mark class="ev" title="Trimmed offsets.">fentanyl</mark> patch</td>""", row);
    }

    [Fact]
    public void A_named_description_column_is_used()
    {
        var map = ColumnMap.Detect(["Ref", "Notes", "Producto"]);
        var record = map.Record(1, 2, ["R1", "fentanyl", "fentanyl"]);
        var evidence = Span("fentanyl", "fentanyl", "Named column.") with { Column = "Producto" };
        var html = Render("Producto", Result(record, DeclarationStatus.Controlled, RiskLevel.High, 0.9, evidence));

        Assert.Contains("""<td class="description"><mark class="ev" title="Named column.">fentanyl</mark></td>""", Row(html, 1));
    }

    [Fact]
    public void The_document_is_closed_once_and_rejects_late_rows()
    {
        var output = new StringWriter();
        var writer = new HtmlReportWriter(output, "t", "kb");
        writer.Dispose();
        writer.Dispose();

        Assert.Equal(1, Occurrences(output.ToString(), "</html>"));
        Assert.Throws<ObjectDisposedException>(() => writer.Write(Clear()));
        Assert.Equal("0", Count(output.ToString(), "total"));
    }

    [Fact]
    public void Each_description_column_is_shown_with_its_own_highlights()
    {
        var map = ColumnMap.Detect(["id", "description", "descripción"]);
        var record = map.Record(1, 2, ["M-1", "fentanyl powder", "fentanilo en polvo"]);
        var english = Span("fentanyl powder", "fentanyl", "English finding") with { Column = "description" };
        var spanish = Span("fentanilo en polvo", "fentanilo", "Spanish finding") with { Column = "descripción" };
        var row = Row(Render("description", Result(record, DeclarationStatus.Controlled, RiskLevel.High, 0.95, english, spanish)), 1);
        Assert.Contains("<span class=\"column\">description:</span> <mark class=\"ev\" title=\"English finding\">fentanyl</mark> powder", row);
        Assert.Contains("<span class=\"column\">descripción:</span> <mark class=\"ev\" title=\"Spanish finding\">fentanilo</mark> en polvo", row);
    }

    [Fact]
    public void Chinese_text_brings_the_bundled_font_slices_that_draw_it_and_no_other()
    {
        // (The fentanyl check answers for China too, in Chinese: a report without it is Latin only.)
        var latin = Render(Clear(), Error());
        Assert.DoesNotContain("@font-face", latin);

        const string description = "芬太尼 20 kg";
        var chinese = Render(Result(Record(1, "DEC-CN", description), DeclarationStatus.Controlled, RiskLevel.High, 0.9,
            Span(description, "芬太尼", "Fentanyl (芬太尼) is a controlled opioid.")));
        var faces = Regex.Matches(chinese, @"@font-face \{ font-family: 'Noto Sans SC';[^}]*src: url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\); unicode-range: ([^;]+);");
        Assert.InRange(faces.Count, 1, 3);
        // Each embedded slice is a real WOFF2 file, and together their ranges cover every character of the Chinese text.
        Assert.All(faces, f => Assert.Equal("wOF2", System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(f.Groups[1].Value), 0, 4)));
        var ranges = faces.SelectMany(f => f.Groups[2].Value.Split(',')).Select(r => r.Trim()[2..].Split('-'))
            .Select(p => (First: Convert.ToInt32(p[0], 16), Last: Convert.ToInt32(p[^1], 16))).ToList();
        Assert.All("芬太尼", c => Assert.Contains(ranges, r => r.First <= c && c <= r.Last));
        Assert.Contains("\"Noto Sans SC\"", chinese);
    }

    [Fact]
    public void The_page_carries_its_search_filters_and_pager_with_every_row_in_the_table()
    {
        var html = Render(HighRisk(), Clear(), Error());
        foreach (var id in new[] { "filter-text", "filter-status", "filter-risk", "page-size", "page-prev", "page-next", "page-info" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }

        // Filtering and paging hide rows in the browser; the page as written holds them all.
        Assert.Equal(3, Occurrences(html, "<tr data-row="));
        Assert.Contains("id=\"filter-chapter\"", html);
    }

    private static readonly ColumnMap Shipment = ColumnMap.Detect(["declaration_id", "shipper", "consignee", "notify_party", "origin", "destination", "hs_code",
        "goods_description", "quantity", "port_of_loading", "port_of_discharge"]);

    private static string Cell(string row, int index) =>
        Regex.Matches(row, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline)[index].Groups[1].Value;

    [Fact]
    public void Each_row_shows_its_hs_code_quantity_shipper_consignee_and_route_under_their_headers()
    {
        var record = Shipment.Record(1, 2, ["DEC-7", "Wuhan Sunrise Biotech Co. Ltd", "Quimica Norte S de RL", "Norte Logistics", "CN", "MX", "2933.39",
            "4-Piperidone HCl H2O 99%", "500 KG", "Shanghai", "Lazaro Cardenas"]);
        var html = Render(Result(record, DeclarationStatus.Suspect, RiskLevel.Medium, 0.5));
        var headers = Regex.Matches(html, """<th scope="col" data-key="([a-z]+)""").Select(m => m.Groups[1].Value).ToList();
        var row = Row(html, 1);

        Assert.Equal(["row", "id", "status", "risk", "score", "hs", "description", "quantity", "shipper", "consignee", "route", "findings", "structures"], headers);
        Assert.Equal("2933.39", Cell(row, headers.IndexOf("hs")));
        Assert.Equal("500 KG", Cell(row, headers.IndexOf("quantity")));
        Assert.Equal("Wuhan Sunrise Biotech Co. Ltd", Cell(row, headers.IndexOf("shipper")));
        Assert.Equal("""Quimica Norte S de RL<span class="notify">notify: Norte Logistics</span>""", Cell(row, headers.IndexOf("consignee")));
        Assert.Equal("""<span class="leg countries" title="origin → destination">CN → MX</span>"""
            + """<span class="leg ports" title="port of loading → port of discharge">Shanghai → Lazaro Cardenas</span>""", Cell(row, headers.IndexOf("route")));
        // The HS chapter filter reads the chapter from the row.
        Assert.Contains("data-chapter=\"29\"", row);
    }

    [Fact]
    public void A_route_with_one_side_missing_says_so_and_a_row_without_shipment_fields_has_empty_cells()
    {
        var partial = Shipment.Record(1, 2, ["DEC-8", "", "", "", "", "MX", "", "salt", "", "Shanghai", ""]);
        var html = Render(Result(partial, DeclarationStatus.Clear, RiskLevel.None, 0), Error());
        var route = Cell(Row(html, 1), 10);

        Assert.Equal("""<span class="leg countries" title="origin → destination">? → MX</span>"""
            + """<span class="leg ports" title="port of loading → port of discharge">Shanghai → ?</span>""", route);
        Assert.DoesNotContain("data-chapter", Row(html, 1));
        var error = Row(html, 3);
        Assert.Equal(["", "", "", "", ""], [Cell(error, 5), Cell(error, 7), Cell(error, 8), Cell(error, 9), Cell(error, 10)]);
    }

    [Fact]
    public void Full_width_digits_in_the_hs_code_give_its_chapter()
    {
        var record = Shipment.Record(1, 2, ["DEC-9", "A", "B", "", "CN", "MX", "\uFF12\uFF19\uFF13\uFF13.39", "reagent", "1 KG", "", ""]);

        Assert.Contains("data-chapter=\"29\"", Row(Render(Result(record, DeclarationStatus.Unresolved, RiskLevel.Low, 0.2)), 1));
    }

    [Fact]
    public void Every_quantity_column_is_shown_under_its_own_header()
    {
        var map = ColumnMap.Detect(["declaration_id", "goods_description", "quantity", "net weight"]);
        var html = Render(Result(map.Record(1, 2, ["Q-1", "salt", "20 drums", "500 KG"]), DeclarationStatus.Clear, RiskLevel.None, 0));

        Assert.Contains("""<td class="quantity"><span class="column">quantity:</span> 20 drums""" + "\n" + """<span class="column">net weight:</span> 500 KG</td>""", html);
    }

    [Fact]
    public void Hostile_parties_ports_and_codes_are_escaped_as_text()
    {
        const string hostile = "Evil \"Co\" <script>alert('x')</script> & <img src=x onerror=alert(1)>";
        var record = Shipment.Record(1, 2, ["DEC-X", hostile, hostile, hostile, "CN\"><b>", "<i>MX</i>", "29<33", "salt", "5 <KG>", "'Port'", "Port\" onmouseover=\"x"]);
        var html = Render(Result(record, DeclarationStatus.Clear, RiskLevel.None, 0));
        var row = Row(html, 1);
        const string escaped = "Evil &quot;Co&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;";

        Assert.Equal(escaped, Cell(row, 8));
        Assert.Equal(escaped + "<span class=\"notify\">notify: " + escaped + "</span>", Cell(row, 9));
        Assert.Contains("CN&quot;&gt;&lt;b&gt; → &lt;i&gt;MX&lt;/i&gt;", row);
        Assert.Contains("&#39;Port&#39; → Port&quot; onmouseover=&quot;x", row);
        Assert.Contains("<td class=\"hs\">29&lt;33</td>", row);
        Assert.Contains("<td class=\"quantity\">5 &lt;KG&gt;</td>", row);
        // The report's own script is the only one; no markup from the row became an element.
        Assert.Equal(1, Occurrences(html, "<script"));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", row);
        Assert.DoesNotContain(" onmouseover=\"", row);
    }
}
