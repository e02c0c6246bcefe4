using Cordon.Regulation.Loading;

namespace Cordon.Regulation.Tests;

/// <summary>A structure's <c>configuration: not_recorded</c>: the law names one stereoisomer and the smiles is its
/// constitution, so the smiles must carry no stereochemistry and no other value is accepted.</summary>
public sealed class StructureConfigurationTests
{
    private const string Head = """
        jurisdiction: US
        list:
          id: us.test
          name: Test list
          authority: 21 CFR 1308.12
          url: https://www.ecfr.gov/current/title-21/part-1308/section-1308.12
          last_amended: {date: 1971-05-01, instrument: "Controlled Substances Act, Pub. L. 91-513", url: https://www.ecfr.gov/current/title-21/part-1308/section-1308.12}
        substances:
        - id: us.test.alphaprodine
          name: Alphaprodine

        """;

    private const string Tail = """

          structure: {from: opsin, name: "1,3-dimethyl-4-phenylpiperidin-4-yl propanoate", formula: C16H23NO2, checked: [], configuration: CONFIGURATION}
          clause: c
          citation: {section: 21 CFR 1308.12(c)(2), instrument: "Controlled Substances Act, Pub. L. 91-513", url: https://www.ecfr.gov/current/title-21/part-1308/section-1308.12}
          effective: 1971-05-01
        """;

    private static RulesLoadResult Load(string smiles, string configuration)
    {
        using var rules = new TemporaryRules(Head + "  smiles: " + smiles + Tail.Replace("CONFIGURATION", configuration, StringComparison.Ordinal));
        return RulesLoader.Load(rules.Folder);
    }

    [Fact]
    public void A_constitution_only_structure_loads_with_its_flag()
    {
        var loaded = Load("CCC(=O)OC1(c2ccccc2)CCN(C)CC1C", "not_recorded");

        Assert.Empty(loaded.Problems);
        var entry = Assert.Single(loaded.KnowledgeBase.Substances, s => s.Id == "us.test.alphaprodine");
        Assert.True(entry.Structure!.ConfigurationNotRecorded);
    }

    [Fact]
    public void An_unknown_configuration_is_an_error_naming_the_value()
    {
        var loaded = Load("CCC(=O)OC1(c2ccccc2)CCN(C)CC1C", "alpha");

        var error = Assert.Single(loaded.Problems, p => p.IsError);
        Assert.Contains("structure 'configuration' is 'alpha' (known: not_recorded)", error.Message);
        Assert.Equal(12, error.Location.Line);
    }

    [Fact]
    public void A_constitution_only_structure_with_stereochemistry_is_an_error()
    {
        var loaded = Load("CCC(=O)O[C@]1(c2ccccc2)CCN(C)C[C@@H]1C", "not_recorded");

        Assert.Contains(loaded.Problems, p => p.IsError && p.Message.Contains("constitution only, but it has stereochemistry"));
    }
}
