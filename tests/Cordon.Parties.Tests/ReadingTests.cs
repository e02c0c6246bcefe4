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
