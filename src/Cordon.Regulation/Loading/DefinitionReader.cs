using Cordon.Regulation.Definitions;
using YamlDotNet.RepresentationModel;

namespace Cordon.Regulation.Loading;

/// <summary>Reads the <c>definitions:</c> of a rules file: legal text, core SMARTS, clauses and examples.</summary>
internal sealed class DefinitionReader(RuleFileReader file)
{
    private static readonly HashSet<string> DefinitionKeys =
    [
        "id", "name", "basis", "legal_text", "citation", "effective", "effective_note", "ended", "core", "minimum_modifications", "exclude_if_listed",
        "sites", "ambiguities", "examples",
    ];

    private static readonly HashSet<string> SiteKeys =
    [
        "clause", "text", "kind", "atoms", "where", "allowed", "any", "open_list", "reference_classes", "reference", "ring",
        "reference_ring_clause", "reference_ring_allowed", "review", "effective",
    ];

    public GenericDefinition? Read(YamlMappingNode node, ControlList list)
    {
        file.CheckKeys(node, DefinitionKeys);
        var id = file.Required(node, "id");
        var name = file.Required(node, "name");
        var legalText = file.Required(node, "legal_text");
        var core = file.Required(node, "core");
        var citation = file.ReadCitation(node, required: true);
        var effective = file.ReadEffective(node, id ?? "?");
        var basis = RuleFileReader.Scalar(node, "basis") ?? "generic";
        if (basis is not ("generic" or "analogue"))
        {
            file.Error(node, $"basis must be generic or analogue, not '{basis}'");
        }

        var sites = new List<SiteRule>();
        if (RuleFileReader.Node(node, "sites") is YamlSequenceNode sequence)
        {
            foreach (var siteNode in sequence.OfType<YamlMappingNode>())
            {
                if (ReadSite(siteNode) is { } site)
                {
                    sites.Add(site);
                }
            }
        }

        if (id is null || name is null || legalText is null || core is null || citation is null)
        {
            return null;
        }

        if (!id.StartsWith(list.Id + ".", StringComparison.Ordinal))
        {
            file.Error(node, $"id '{id}' should start with its list id '{list.Id}.'");
        }

        return new GenericDefinition
        {
            Id = id,
            Name = name,
            List = list,
            IsAnalogueAlert = basis == "analogue",
            LegalText = legalText.Trim(),
            Citation = citation,
            Period = new LegalPeriod(effective, RuleFileReader.Scalar(node, "ended")),
            Core = core,
            Sites = sites,
            MinimumModifications = int.TryParse(RuleFileReader.Scalar(node, "minimum_modifications"), out var min) ? min : 0,
            ExcludeIfListed = RuleFileReader.Scalar(node, "exclude_if_listed") == "true",
            Ambiguities = RuleFileReader.Strings(node, "ambiguities"),
            Examples = ReadExamples(node),
            Location = file.Location(node),
        };
    }

    private SiteRule? ReadSite(YamlMappingNode node)
    {
        file.CheckKeys(node, SiteKeys);
        var clause = file.Required(node, "clause");
        var text = file.Required(node, "text");
        var kindWord = file.Required(node, "kind");
        var where = file.Required(node, "where");
        var atoms = RuleFileReader.Strings(node, "atoms").Select(a => int.TryParse(a, out var n) ? n : -1).ToList();
        if (atoms.Count == 0 || atoms.Any(a => a <= 0))
        {
            file.Error(node, "a clause needs 'atoms': the atom-map numbers (positive integers) it acts on");
        }

        SiteKind? kind = kindWord switch
        {
            "acyl" => SiteKind.Acyl,
            "ring" => SiteKind.Ring,
            "substituents" => SiteKind.Substituents,
            "nitrogen" => SiteKind.Nitrogen,
            "replace" => SiteKind.Replace,
            null => null,
            _ => null,
        };
        if (kindWord is not null && kind is null)
        {
            file.Error(node, $"unknown clause kind '{kindWord}' (known: acyl, ring, substituents, nitrogen, replace)");
        }

        if (kind == SiteKind.Acyl && atoms.Count != 2)
        {
            file.Error(node, "an acyl clause needs two atoms: the carbonyl carbon, then the first atom of R");
        }

        RingShape? ring = RuleFileReader.Scalar(node, "ring") switch
        {
            null or "any" => RingShape.Any,
            "monocycle" => RingShape.Monocycle,
            "aromatic_monocycle" => RingShape.AromaticMonocycle,
            _ => null,
        };
        if (ring is null)
        {
            file.Error(node, "ring must be any, monocycle or aromatic_monocycle");
        }

        if (clause is null || text is null || kind is null || where is null)
        {
            return null;
        }

        return new SiteRule
        {
            Clause = clause,
            Text = text,
            Kind = kind.Value,
            Atoms = atoms,
            Where = where,
            Allowed = Classes(node, "allowed"),
            AnyGroup = RuleFileReader.Scalar(node, "any") == "true",
            OpenList = RuleFileReader.Scalar(node, "open_list") == "true",
            ReferenceClasses = Classes(node, "reference_classes"),
            Reference = RuleFileReader.Scalar(node, "reference"),
            Ring = ring ?? RingShape.Any,
            ReferenceRingClause = RuleFileReader.Scalar(node, "reference_ring_clause"),
            ReferenceRingAllowed = Classes(node, "reference_ring_allowed"),
            Review = RuleFileReader.Scalar(node, "review"),
            Effective = RuleFileReader.Scalar(node, "effective"),
        };
    }

    private HashSet<SubstituentClass> Classes(YamlMappingNode node, string key)
    {
        var classes = new HashSet<SubstituentClass>();
        foreach (var word in RuleFileReader.Strings(node, key))
        {
            if (DefinitionWords.ClassesOf(word) is { } found)
            {
                classes.UnionWith(found);
            }
            else
            {
                file.Error(RuleFileReader.Node(node, key)!, $"unknown group class '{word}' (known: {string.Join(", ", DefinitionWords.Words)})");
            }
        }

        return classes;
    }

    private List<DefinitionExample> ReadExamples(YamlMappingNode node)
    {
        var examples = new List<DefinitionExample>();
        if (RuleFileReader.Node(node, "examples") is not YamlMappingNode map)
        {
            file.Error(node, "a definition needs examples: structures that match and that must not");
            return examples;
        }

        foreach (var (key, matches) in new[] { ("match", true), ("no_match", false) })
        {
            if (RuleFileReader.Node(map, key) is not YamlSequenceNode list)
            {
                file.Error(map, $"examples need a '{key}' list");
                continue;
            }

            foreach (var item in list.OfType<YamlMappingNode>())
            {
                var name = file.Required(item, "name");
                var smiles = file.Required(item, "smiles");
                if (name is not null && smiles is not null)
                {
                    examples.Add(new DefinitionExample(name, smiles, matches, RuleFileReader.Scalar(item, "why")));
                }
            }
        }

        return examples;
    }
}
