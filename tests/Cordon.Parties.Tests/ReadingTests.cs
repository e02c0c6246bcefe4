using Cordon.Parties.Reading;

namespace Cordon.Parties.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void The_legacy_csv_snapshot_is_read_with_aliases_addresses_and_programs()
    {
        var list = Snapshot.Sdn;
        Assert.True(list.Entries.Count > 8900, $"{list.Entries.Count} entries");
        var kaikai = list.Entries.Single(e => e.Id == "18661");
        Assert.Equal("KAIKAI TECHNOLOGY CO., LTD.", kaikai.Name);
        Assert.Contains(kaikai.Names, n => n.Name == "EASTNINE INTERNATIONAL TRADING CO., LTD." && n.Kind == "fka");
        Assert.Contains("China", kaikai.Countries);
        Assert.Equal(["SDNTK"], kaikai.Programs);
        var zheng = list.Entries.Single(e => e.Id == "26236");
        Assert.Contains(zheng.Names, n => n.Name == "ZHENG, Gordon" && n.Kind == "weak aka");
        Assert.Equal("individual", zheng.Type);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line_and_the_rest_is_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-sdn-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sdn.csv"),
            "1,\"GOOD ONE CO\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n2,\"TOO SHORT\"\n3,\"GOOD TWO LTD\",-0- ,\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        File.WriteAllText(Path.Combine(folder, "alt.csv"), "1,10,\"aka\",\"GOOD ALIAS\",-0- \nbroken\n");
        try
        {
            var list = OfacCsvReader.Read(folder);
            Assert.Equal(["1", "3"], list.Entries.Select(e => e.Id));
            Assert.Contains(list.Problems, p => p.File == "sdn.csv" && p.Line == 2);
            Assert.Contains(list.Problems, p => p.File == "alt.csv" && p.Line == 2);
            Assert.Contains(list.Entries[0].Names, n => n.Name == "GOOD ALIAS");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Supporting_fields_are_read_from_the_remarks()
    {
        var meza = Snapshot.Sdn.Entries.Single(e => e.Id == "15001");
        Assert.Equal(new DateOnly(1982, 6, 19), Assert.Single(meza.BirthDates).From);
        Assert.Equal(["Navojoa, Sonora, Mexico"], meza.BirthPlaces);
        Assert.Equal(["Mexico"], meza.Nationalities);
        Assert.Equal("male", meza.Gender);
        Assert.Contains(meza.Identifiers, i => i.Kind == "Passport" && i.Value == "07040028724" && i.Country == "Mexico");
        Assert.Contains(meza.Identifiers, i => i.Kind == "R.F.C." && i.Value == "MEFF820619A98");
        Assert.Contains(meza.Identifiers, i => i.Kind == "C.U.R.P." && i.Value == "MEFF820619MSRZLS08");
        Assert.Contains("AUTOTRANSPORTES TERRESTRES S.A. DE C.V.", meza.LinkedTo);
        Assert.Contains(meza.Names, n => n.Name == "ISIDRO, Chapito" && n.Kind == "weak aka");

        var range = Assert.Single(Snapshot.Sdn.Entries.Single(e => e.Id == "28028").BirthDates);
        Assert.Equal(("range", 1963, 1969), (range.Precision, range.From.Year, range.To.Year));
        Assert.Contains(Snapshot.Sdn.Entries.SelectMany(e => e.BirthDates), d => d.Circa);

        var boyle = Snapshot.Sdn.Entries.Single(e => e.Id == "16907");
        Assert.Contains("http://www.boylechem.com", boyle.Websites);
        Assert.Contains(boyle.Identifiers, i => i.Kind == "Registration ID" && i.Value == "310106000205236");
        Assert.Contains("info@arrai.tv", Snapshot.Sdn.Entries.Single(e => e.Id == "11166").Emails);
        Assert.Contains(Snapshot.Sdn.Entries.Single(e => e.Id == "16318").Identifiers, i => i.Kind == "National ID No." && i.Value == "320202197601030513");
        Assert.Contains(Snapshot.Sdn.Entries.SelectMany(e => e.Identifiers), i => i.Kind.StartsWith("Cedula", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10 Dec 1948", "day", 1948, 1948)]
    [InlineData("Dec 1948", "month", 1948, 1948)]
    [InlineData("1984", "year", 1984, 1984)]
    [InlineData("circa 1951", "year", 1951, 1951)]
    [InlineData("1963 to 1969", "range", 1963, 1969)]
    [InlineData("01 Jan 1960 to 31 Dec 1962", "range", 1960, 1962)]
    [InlineData("1976-01-03", "day", 1976, 1976)]
    public void Dates_of_birth_are_read_in_every_shape_the_list_writes(string text, string precision, int from, int to)
    {
        var date = BirthDate.Parse(text)!;
        Assert.Equal((precision, from, to), (date.Precision, date.From.Year, date.To.Year));
    }

    [Fact]
    public void Circa_widens_a_year_and_exact_days_must_agree()
    {
        Assert.Equal(BirthDateComparison.Agrees, BirthDate.Parse("circa 1951")!.CompareTo(BirthDate.Parse("1953")!));
        Assert.Equal(BirthDateComparison.YearDisjoint, BirthDate.Parse("1951")!.CompareTo(BirthDate.Parse("1953")!));
        Assert.Equal(BirthDateComparison.DayDisjoint, BirthDate.Parse("03 Jan 1976")!.CompareTo(BirthDate.Parse("1976-02-03")!));
        Assert.Equal(BirthDateComparison.Agrees, BirthDate.Parse("1963 to 1969")!.CompareTo(BirthDate.Parse("1965-04-01")!));
    }

    [Fact]
    public void An_unclosed_quote_costs_its_line_only_and_is_reported()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-sdn-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sdn.csv"),
            "1,\"GOOD ONE CO\",-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n" +
            "2,\"BROKEN QUOTE CO,-0- ,\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n" +
            "3,\"GOOD TWO LTD\",-0- ,\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; a.k.a. 'TWO'.\"\n" +
            "4,\"GOOD THREE LTD\",-0- ,\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        File.WriteAllText(Path.Combine(folder, "alt.csv"), "3,10,\"aka\",\"GOOD ALIAS\",-0- \n99,11,\"aka\",\"ORPHAN\",-0- \n");
        try
        {
            var list = OfacCsvReader.Read(folder);
            Assert.Equal(["1", "3", "4"], list.Entries.Select(e => e.Id));
            var quote = Assert.Single(list.Problems, p => p.File == "sdn.csv");
            Assert.Equal(2, quote.Line);
            Assert.Contains("quote", quote.Message);
            Assert.Equal("sdn.csv:2: a quote is not closed on this line; the line is not read", quote.ToString());
            Assert.Contains(list.Problems, p => p.File == "alt.csv" && p.Line == 2 && p.Message.Contains("99"));
            Assert.Contains(list.Entries[1].Names, n => n.Name == "GOOD ALIAS");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void An_in_house_list_reports_an_unclosed_quote_and_reads_the_next_line()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, "name,aliases,country,id,notes\n\"Broken Quote Ltd,,CN,IH-1,\nAcme Supply Ltd,,CN,IH-2,DOB 1970\n");
        try
        {
            var list = WatchListReader.Read(csv);
            Assert.Equal("IH-2", Assert.Single(list.Entries).Id);
            Assert.Equal(2, Assert.Single(list.Problems).Line);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void The_snapshot_reads_without_losing_a_line()
    {
        var lines = File.ReadLines(Path.Combine(Snapshot.Folder, "sdn.csv")).Count(l => l.Trim('\u001a', ' ').Length > 0);
        Assert.Equal(lines, Snapshot.Sdn.Entries.Count + Snapshot.Sdn.Problems.Count(p => p.File == "sdn.csv"));
        Assert.Empty(Snapshot.Sdn.Problems);
    }

    [Fact]
    public void Sdn_xml_and_in_house_csv_are_read()
    {
        var xml = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.xml");
        File.WriteAllText(xml, """
            <?xml version="1.0" standalone="yes"?>
            <sdnList xmlns="http://tempuri.org/sdnList.xsd">
              <sdnEntry><uid>16907</uid><lastName>BOYLE CHEMICAL CO., LTD.</lastName><sdnType>Entity</sdnType>
                <programList><program>SDNTK</program></programList>
                <akaList><aka><uid>25828</uid><type>a.k.a.</type><category>strong</category><lastName>SHANGHAI BOYLE CHEMICAL CO., LTD.</lastName></aka></akaList>
                <addressList><address><uid>25597</uid><city>Shanghai</city><country>China</country></address></addressList>
              </sdnEntry>
              <sdnEntry><lastName>NO UID</lastName></sdnEntry>
              <sdnEntry><uid>26236</uid><lastName>ZHENG</lastName><firstName>Fujing</firstName><sdnType>Individual</sdnType></sdnEntry>
            </sdnList>
            """);
        var csv = Path.Combine(Path.GetTempPath(), $"cordon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, "name,aliases,country,id,notes\nAcme Precursor Supply Ltd,Acme Supply; APS Trading,CN,IH-1,internal\n,orphan alias,CN,IH-2,\n");
        try
        {
            var fromXml = WatchListReader.Read(xml);
            Assert.Equal(["16907", "26236"], fromXml.Entries.Select(e => e.Id));
            Assert.Equal("ZHENG, Fujing", fromXml.Entries[1].Name);
            Assert.Contains(fromXml.Entries[0].Names, n => n.Name == "SHANGHAI BOYLE CHEMICAL CO., LTD.");
            var problem = Assert.Single(fromXml.Problems);
            Assert.Equal(8, problem.Line);

            var inHouse = WatchListReader.Read(csv);
            var entry = Assert.Single(inHouse.Entries);
            Assert.Equal("IH-1", entry.Id);
            Assert.Equal(3, entry.Names.Count);
            Assert.Equal(3, Assert.Single(inHouse.Problems).Line);
        }
        finally
        {
            File.Delete(xml);
            File.Delete(csv);
        }
    }
}
