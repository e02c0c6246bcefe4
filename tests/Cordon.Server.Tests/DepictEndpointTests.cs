using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary><c>POST /v1/depict</c>: a check answer's structure drawn with a finding's matched atoms, and bad input refused naming it.</summary>
public sealed class DepictEndpointTests : IDisposable
{
    private readonly ServerFactory _factory = new(postgres: null);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_checked_structure_is_drawn_with_the_matched_atoms_of_its_finding_highlighted()
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var checkResponse = await viewer.PostAsJsonAsync("/v1/check", new { query = "fentanyl", jurisdictions = "US" });
        using var check = JsonDocument.Parse(await checkResponse.Content.ReadAsStringAsync());
        var result = check.RootElement.GetProperty("results")[0];
        var smiles = result.GetProperty("structure").GetProperty("smiles").GetString()!;
        var finding = result.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("matched_atoms").GetArrayLength() > 0);
        var atoms = finding.GetProperty("matched_atoms").EnumerateArray().Select(a => a.GetInt32()).ToArray();

        using var response = await viewer.PostAsJsonAsync("/v1/depict", new { smiles, atoms, legend = finding.GetProperty("substance").GetString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        // RDKit draws one filled ellipse in the highlight colour per highlighted atom.
        Assert.Equal(atoms.Distinct().Count(), svg.Descendants().Count(e => e.Name.LocalName == "ellipse"));
        Assert.All(svg.Descendants().Where(e => e.Name.LocalName == "ellipse"), e => Assert.Contains("#FF7F7F", (string?)e.Attribute("style") ?? ""));

        // No atoms: the plain drawing, nothing highlighted.
        using var plain = await viewer.PostAsJsonAsync("/v1/depict", new { smiles });
        Assert.DoesNotContain(XDocument.Parse(await plain.Content.ReadAsStringAsync()).Descendants(), e => e.Name.LocalName == "ellipse");
    }

    [Theory]
    [InlineData("""{"atoms":[0]}""", "smiles: missing")]
    [InlineData("""{"smiles":"C1CC"}""", "smiles 'C1CC'")]
    [InlineData("""{"smiles":"O=C1CCNCC1","atoms":[0,7]}""", "atoms: index 7 is outside the structure's 7 atoms")]
    [InlineData("""{"smiles":"O=C1CCNCC1","atoms":[-1]}""", "atoms: index -1")]
    [InlineData("""{"smiles":"CCO","atoms":"all"}""", "atoms")]
    public async Task Bad_input_is_a_400_naming_it(string body, string expected)
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var response = await viewer.PostAsync("/v1/depict", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_structure_too_large_to_draw_or_a_long_legend_is_refused()
    {
        using var viewer = await _factory.ClientAsync(Role.Viewer);
        using var large = await viewer.PostAsJsonAsync("/v1/depict", new { smiles = string.Concat(Enumerable.Repeat("C", 300)) });
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("more than the 250 drawn", await large.Content.ReadAsStringAsync());
        using var legend = await viewer.PostAsJsonAsync("/v1/depict", new { smiles = "CCO", legend = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, legend.StatusCode);
        Assert.Contains("legend: at most 200", await legend.Content.ReadAsStringAsync());
    }
}
