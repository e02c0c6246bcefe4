using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>Working a case, run once per store provider: depictions of a row's structures, assignment with optimistic
/// concurrency, the queue's and a job's filters and sorts (failing closed), and the audit log as XLSX.</summary>
public abstract class CaseWorkTests : StoreSuite
{
    // Line 2: a listed precursor named with its CAS RN; line 3 ordinary goods; line 4 a listed solvent; line 5 a listed
    // precursor with no notify party.
    private const string Declarations = """
        declaration_id,shipper,consignee,notify_party,hs_code,goods_description
        C-1,Alpha Fine Chemicals,Beta Pharma Imports,Gamma Forwarding,2933.37,"N-Phenethyl-4-piperidone (NPP), CAS 39742-60-4, 100 kg"
        C-2,Delta Textiles,Epsilon Retail,,6109.10,"Cotton t-shirts, 400 cartons"
        C-3,Zeta Solvents,Eta Coatings,Theta Notify Agents,2914.11,"Acetone 200 L"
        C-4,Iota Trading,Kappa Labs,,2933.39,"4-Piperidone HCl H2O 99%, 25 kg drums"

        """;

    [Fact]
    public async Task A_case_draws_each_structure_finding_with_its_matched_atoms_and_a_row_without_structure_has_none()
    {
        using var analyst = await Factory.ClientAsync(Role.Analyst);
        var (_, rows) = await ScreenAsync(analyst);

        using var controlled = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[2]}");
        Assert.Equal("controlled", controlled!.RootElement.GetProperty("row").GetProperty("status").GetString());
        var depictions = controlled.RootElement.GetProperty("depictions").EnumerateArray().ToList();
        Assert.NotEmpty(depictions);
        foreach (var depiction in depictions)
        {
            var atoms = depiction.GetProperty("matched_atoms").EnumerateArray().Select(a => a.GetInt32()).ToList();
            Assert.NotEmpty(atoms);
            var svg = XDocument.Parse(depiction.GetProperty("svg").GetString()!);
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            // RDKit draws one filled ellipse in the highlight colour per highlighted atom.
            var highlights = svg.Descendants().Where(e => e.Name.LocalName == "ellipse").ToList();
            Assert.Equal(atoms.Count, highlights.Count);
            Assert.All(highlights, e => Assert.Contains("#FF7F7F", (string?)e.Attribute("style") ?? ""));
            Assert.Contains(depiction.GetProperty("substances").EnumerateArray(), s => s.GetString()!.Contains("piperidone", StringComparison.OrdinalIgnoreCase));
        }

        using var goods = await analyst.GetFromJsonAsync<JsonDocument>($"/v1/rows/{rows[3]}");
        Assert.Equal("clear", goods!.RootElement.GetProperty("row").GetProperty("status").GetString());
        Assert.Empty(goods.RootElement.GetProperty("depictions").EnumerateArray());
    }

    /// <summary>Screens <see cref="Declarations"/> and returns the run and its row ids by input line.</summary>
    private async Task<(string Run, Dictionary<int, long> Rows)> ScreenAsync(HttpClient client)
    {
        var path = Path.Combine(Factory.DataDirectory, $"case-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Factory.DataDirectory);
        await File.WriteAllTextAsync(path, Declarations);
        var run = await ServerContractTests.SubmitAsync(client, path);
        var done = await ServerContractTests.WaitAsync(client, run);
        Assert.Equal("complete", done.GetProperty("status").GetString());
        using var page = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?sort=line&limit=500");
        var rows = page!.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("id").GetInt64());
        Assert.Equal([2, 3, 4, 5], rows.Keys.Order());
        return (run, rows);
    }
}
