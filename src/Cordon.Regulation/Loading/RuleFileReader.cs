using System.Text.RegularExpressions;
using Cordon.Regulation.Definitions;
using YamlDotNet.RepresentationModel;

namespace Cordon.Regulation.Loading;

/// <summary>Reads one list file (or resolution-only file) into entries, reporting each problem with its line.</summary>
internal sealed partial class RuleFileReader(string fileName, List<RuleProblem> problems, IReadOnlySet<string> jurisdictions,
    OfficialPublishers publishers)
{
    private static readonly HashSet<string> FileKeys = ["jurisdiction", "list", "substances", "definitions", "resolution_only", "citation", "hs_subheadings"];
    private static readonly HashSet<string> ListKeys = ["id", "name", "authority", "url", "routine", "last_amended"];
    private static readonly HashSet<string> CitationKeys = ["section", "instrument", "url", "source"];
    private static readonly HashSet<string> AmendmentKeys = ["date", "instrument", "url"];
    private static readonly HashSet<string> StructureKeys = ["from", "name", "formula", "checked", "configuration"];
    private static readonly HashSet<string> StructureMethods = ["opsin", "drawn", "source"];

    // The only value of a structure's 'configuration': the law names one stereoisomer and the smiles is its constitution.
    private const string ConfigurationNotRecorded = "not_recorded";

    // Where a fact was gathered is not where the law says it.
    private static readonly string[] NotACitation = ["github", "shared/reference", "code-index", "code index", "file id"];

    private static readonly HashSet<string> SubstanceKeys =
    [
        "id", "name", "synonyms", "cas", "form_cas", "smiles", "structure_note", "clause", "covers", "citation", "effective",
        "hs_code", "source_quality", "notes", "ended", "code", "structure", "effective_note", "excludes",
    ];

    private static readonly HashSet<string> ExcludedFormKeys = ["name", "smiles"];

    private static readonly Dictionary<string, Coverage> CoverageWords = new(StringComparer.Ordinal)
    {
        ["salts"] = Coverage.Salts,
        ["optical_isomers"] = Coverage.OpticalIsomers,
        ["stereoisomers"] = Coverage.Stereoisomers,
        ["esters"] = Coverage.Esters,
        ["ethers"] = Coverage.Ethers,
        ["amides"] = Coverage.Amides,
        ["carbamates"] = Coverage.Carbamates,
        ["halides"] = Coverage.Halides,
        ["acetals"] = Coverage.Acetals,
    };

    // Cordon's own alert rules are not law: their list links to Cordon's documentation, not to a publisher.
    private bool _isLaw = true;

    public string FileName { get; } = fileName;

    public void Read(YamlMappingNode root, List<ControlList> lists, List<Substance> substances, List<GenericDefinition> definitions,
        List<HsSubheading> subheadings)
    {
        CheckKeys(root, FileKeys);
        if (Node(root, "hs_subheadings") is YamlSequenceNode hsNodes)
        {
            ReadSubheadings(root, hsNodes, subheadings);
            return;
        }

        var resolutionOnly = Scalar(root, "resolution_only") == "true";
        ControlList? list = null;
        Citation? fileCitation = null;
        if (resolutionOnly)
        {
            // Names and identifiers of ordinary chemicals: their source is a chemical database, not an instrument.
            _isLaw = false;
            fileCitation = ReadCitation(root, required: true);
        }
        else
        {
            list = ReadList(root);
            if (list is null)
            {
                return;
            }

            lists.Add(list);
        }

        if (Node(root, "definitions") is YamlSequenceNode definitionNodes && list is not null)
        {
            var reader = new DefinitionReader(this);
            foreach (var node in definitionNodes.OfType<YamlMappingNode>())
            {
                if (reader.Read(node, list) is { } definition)
                {
                    definitions.Add(definition);
                }
            }
        }

        if (Node(root, "substances") is not YamlSequenceNode entries)
        {
            if (Node(root, "definitions") is null)
            {
                Error(root, "file has no 'substances' or 'definitions' sequence");
            }

            return;
        }

        foreach (var node in entries)
        {
            if (node is not YamlMappingNode entry)
            {
                Error(node, "a substance must be a mapping");
                continue;
            }

            var substance = ReadSubstance(entry, list, fileCitation);
            if (substance is not null)
            {
                substances.Add(substance);
            }
        }
    }

    private void ReadSubheadings(YamlMappingNode root, YamlSequenceNode nodes, List<HsSubheading> subheadings)
    {
        var citation = ReadCitation(root, required: true);
        foreach (var node in nodes.OfType<YamlMappingNode>())
        {
            var code = Required(node, "code");
            var text = Required(node, "text");
            if (code is not null && !HsPattern().IsMatch(code))
            {
                Error(node, $"HS subheading '{code}' is not NNNN.NN");
                continue;
            }

            if (code is not null && subheadings.Any(h => h.Code == code))
            {
                Error(node, $"HS subheading {code} is listed twice");
                continue;
            }

            if (code is not null && text is not null && citation is not null)
            {
                subheadings.Add(new HsSubheading(code, text, Scalar(node, "names_controlled") == "true", citation));
            }
        }
    }

    [GeneratedRegex(@"^\d{4}\.\d{2}$")]
    private static partial Regex HsPattern();

    private ControlList? ReadList(YamlMappingNode root)
    {
        var jurisdiction = Scalar(root, "jurisdiction");
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            Error(root, "file has no 'jurisdiction'");
            return null;
        }

        _isLaw = jurisdiction != Jurisdiction.AlertCode;
        if (!jurisdictions.Contains(jurisdiction))
        {
            Error(root.Children[new YamlScalarNode("jurisdiction")], $"jurisdiction '{jurisdiction}' is not declared in kb.yaml");
        }

        if (Node(root, "list") is not YamlMappingNode list)
        {
            Error(root, "file has no 'list' mapping");
            return null;
        }

        CheckKeys(list, ListKeys);
        var id = Required(list, "id");
        var name = Required(list, "name");
        var authority = Required(list, "authority");
        var url = Required(list, "url");
        if (url is not null)
        {
            CheckUrl(Node(list, "url")!, url);
        }

        var amended = ReadAmendment(list, id);
        return id is null || name is null || authority is null || url is null
            ? null
            : new ControlList(id, jurisdiction, name, authority, url) { Routine = Scalar(list, "routine") == "true", LastAmended = amended };
    }

    private Substance? ReadSubstance(YamlMappingNode entry, ControlList? list, Citation? fileCitation)
    {
        CheckKeys(entry, SubstanceKeys);
        var id = Required(entry, "id");
        var name = Required(entry, "name");
        if (id is null || name is null)
        {
            return null;
        }

        var citation = fileCitation ?? ReadCitation(entry, required: true);
        var cas = ReadCas(entry, "cas");
        var forms = ReadForms(entry);
        var smiles = Scalar(entry, "smiles");
        if (smiles is null && Scalar(entry, "structure_note") is null)
        {
            Error(entry, $"'{id}' has no smiles and no structure_note saying why");
        }

        string? clause = null;
        var covers = Coverage.None;
        string? effective = null;
        string? ended = null;
        List<ExcludedForm> excludes = [];
        if (list is not null)
        {
            clause = Required(entry, "clause");
            covers = ReadCoverage(entry);
            excludes = ReadExcludes(entry, id, smiles);
            effective = ReadEffective(entry, id);
            ended = ReadEnded(entry);
            if (!id.StartsWith(list.Id + ".", StringComparison.Ordinal))
            {
                Error(entry, $"id '{id}' should start with its list id '{list.Id}.'");
            }
        }

        if (citation is null)
        {
            return null;
        }

        return new Substance
        {
            Id = id,
            Name = name,
            Synonyms = Strings(entry, "synonyms"),
            Cas = cas,
            FormCas = forms,
            Smiles = smiles,
            List = list,
            Clause = clause,
            Covers = covers,
            Excludes = excludes,
            Citation = citation,
            Effective = effective,
            Ended = ended,
            Notes = Scalar(entry, "notes"),
            Code = Scalar(entry, "code"),
            Structure = ReadStructure(entry, smiles),
            EffectiveNote = Scalar(entry, "effective_note"),
            HsCode = Scalar(entry, "hs_code"),
            Location = Location(entry),
        };
    }

    internal Citation? ReadCitation(YamlMappingNode owner, bool required)
    {
        if (Node(owner, "citation") is not YamlMappingNode citation)
        {
            if (required)
            {
                Error(owner, "missing citation");
            }

            return null;
        }

        CheckKeys(citation, CitationKeys);
        var section = Required(citation, "section");
        if (section is null)
        {
            return null;
        }

        CheckNotProvenance(citation, section);
        var source = Scalar(citation, "source");
        if (source is not null && Scalar(citation, "instrument") is null)
        {
            if (!_isLaw)
            {
                return new Citation(section, "", "") { LegacySource = source };
            }

            Error(citation, "citation is free text ('source'): give the official 'instrument' and its 'url' at the official publisher");
            return new Citation(section, "", "") { LegacySource = source };
        }

        if (source is not null)
        {
            Error(Node(citation, "source")!, "a citation has 'instrument' and 'url', not 'source'");
        }

        var instrument = Required(citation, "instrument");
        var url = Required(citation, "url");
        if (instrument is not null)
        {
            CheckNotProvenance(citation, instrument);
        }

        if (url is not null)
        {
            CheckUrl(Node(citation, "url")!, url);
        }

        return instrument is null || url is null ? null : new Citation(section, instrument, url);
    }

    private ListAmendment? ReadAmendment(YamlMappingNode list, string? listId)
    {
        if (Node(list, "last_amended") is not YamlMappingNode node)
        {
            if (!_isLaw)
            {
                return null;
            }

            Warning(list, $"list '{listId}' does not say which amendment it reflects ('last_amended': date, instrument, url)");
            return null;
        }

        CheckKeys(node, AmendmentKeys);
        var date = Required(node, "date");
        var instrument = Required(node, "instrument");
        var url = Required(node, "url");
        if (date is not null && !DayPattern().IsMatch(date))
        {
            Error(Node(node, "date")!, $"last_amended date '{date}' is not YYYY-MM-DD");
        }

        if (url is not null)
        {
            CheckUrl(Node(node, "url")!, url);
        }

        return date is null || instrument is null || url is null ? null : new ListAmendment(date, instrument, url);
    }

    private StructureProvenance? ReadStructure(YamlMappingNode entry, string? smiles)
    {
        if (Node(entry, "structure") is not YamlMappingNode node)
        {
            return null;
        }

        CheckKeys(node, StructureKeys);
        var from = Required(node, "from");
        var name = Required(node, "name");
        if (from is not null && !StructureMethods.Contains(from))
        {
            Error(Node(node, "from")!, $"structure 'from' is '{from}' (known: {string.Join(", ", StructureMethods)})");
        }

        if (smiles is null)
        {
            Error(node, "'structure' says how a structure was obtained, but the entry has no smiles");
        }

        var configuration = Scalar(node, "configuration");
        if (configuration is not null && configuration != ConfigurationNotRecorded)
        {
            Error(Node(node, "configuration")!, $"structure 'configuration' is '{configuration}' (known: {ConfigurationNotRecorded})");
        }
        else if (configuration is not null && smiles is not null && smiles.IndexOfAny(['@', '/', '\\']) >= 0)
        {
            Error(Node(node, "configuration")!, "structure 'configuration: not_recorded' says the smiles gives the constitution only, but it has stereochemistry");
        }

        return from is null || name is null ? null : new StructureProvenance(from, name, Scalar(node, "formula"), Strings(node, "checked"))
        {
            ConfigurationNotRecorded = configuration == ConfigurationNotRecorded,
        };
    }

    private void CheckUrl(YamlNode node, string url)
    {
        if (!_isLaw)
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Error(node, $"'{url}' is not an http(s) link");
        }
        else if (!publishers.Allows(uri))
        {
            Error(node, $"'{uri.Host}' is not an official publisher (rules/{OfficialPublishers.FileName}); cite the instrument where its publisher prints it");
        }
    }

    private void CheckNotProvenance(YamlMappingNode node, string text)
    {
        foreach (var word in NotACitation)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                Error(node, $"a citation names the law, not where this project found it ('{word}')");
                return;
            }
        }
    }

    private CasNumber? ReadCas(YamlMappingNode owner, string key)
    {
        var text = Scalar(owner, key);
        if (text is null)
        {
            return null;
        }

        if (CasNumber.TryParse(text, out var cas, out var error))
        {
            return cas;
        }

        Error(owner.Children[new YamlScalarNode(key)], error!);
        return null;
    }

    // An exclusion narrows the stereoisomers a clause covers, so it needs the entry's own structure to narrow.
    private List<ExcludedForm> ReadExcludes(YamlMappingNode entry, string id, string? smiles)
    {
        var excludes = new List<ExcludedForm>();
        if (Node(entry, "excludes") is not { } node)
        {
            return excludes;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'excludes' of '{id}' should be a list of {{name, smiles}}");
            return excludes;
        }

        if (smiles is null)
        {
            Error(node, $"'{id}' excludes forms but has no smiles of its own to exclude them from");
        }

        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode form)
            {
                Error(item, $"an 'excludes' item of '{id}' should be {{name, smiles}}");
                continue;
            }

            CheckKeys(form, ExcludedFormKeys);
            var name = Required(form, "name");
            var formSmiles = Required(form, "smiles");
            if (name is not null && formSmiles is not null)
            {
                excludes.Add(new ExcludedForm(name, formSmiles));
            }
        }

        return excludes;
    }

    private List<FormCas> ReadForms(YamlMappingNode entry)
    {
        var forms = new List<FormCas>();
        if (Node(entry, "form_cas") is not YamlSequenceNode sequence)
        {
            return forms;
        }

        foreach (var item in sequence.OfType<YamlMappingNode>())
        {
            var cas = ReadCas(item, "cas");
            var form = Required(item, "form");
            if (cas is { } c && form is not null)
            {
                forms.Add(new FormCas(c, form));
            }
        }

        return forms;
    }

    private Coverage ReadCoverage(YamlMappingNode entry)
    {
        var covers = Coverage.None;
        foreach (var word in Strings(entry, "covers"))
        {
            if (CoverageWords.TryGetValue(word, out var flag))
            {
                covers |= flag;
            }
            else
            {
                Error(Node(entry, "covers")!, $"unknown coverage '{word}' (known: {string.Join(", ", CoverageWords.Keys)})");
            }
        }

        return covers;
    }

    internal string? ReadEffective(YamlMappingNode entry, string id)
    {
        var effective = Required(entry, "effective");
        if (effective is null)
        {
            return null;
        }

        if (effective == "unconfirmed")
        {
            Warning(Node(entry, "effective")!, $"'{id}' has no confirmed effective date");
        }
        else if (!DatePattern().IsMatch(effective))
        {
            Error(Node(entry, "effective")!, $"effective date '{effective}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        else if (!DayPattern().IsMatch(effective) && Scalar(entry, "effective_note") is null)
        {
            Warning(Node(entry, "effective")!, $"'{id}' takes effect in {effective}: give the day, or an 'effective_note' saying why the instrument does not");
        }

        return effective;
    }

    private string? ReadEnded(YamlMappingNode entry)
    {
        var ended = Scalar(entry, "ended");
        if (ended is not null && !DatePattern().IsMatch(ended))
        {
            Error(Node(entry, "ended")!, $"ended date '{ended}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }

        return ended;
    }

    internal void CheckKeys(YamlMappingNode node, HashSet<string> known)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is not null && !known.Contains(key.Value))
            {
                Error(key, $"unknown key '{key.Value}'");
            }
        }
    }

    internal string? Required(YamlMappingNode node, string key)
    {
        var value = Scalar(node, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"missing '{key}'");
            return null;
        }

        return value;
    }

    internal static YamlNode? Node(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    internal static string? Scalar(YamlMappingNode node, string key) =>
        Node(node, key) is YamlScalarNode { Value: { Length: > 0 } value } && value != "null" && value != "~" ? value : null;

    internal static List<string> Strings(YamlMappingNode node, string key) =>
        Node(node, key) is YamlSequenceNode sequence
            ? sequence.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
            : [];

    internal SourceLocation Location(YamlNode node) => new(FileName, (int)node.Start.Line, (int)node.Start.Column);

    internal void Error(YamlNode node, string message) => problems.Add(new RuleProblem(Location(node), true, message));

    private void Warning(YamlNode node, string message) => problems.Add(new RuleProblem(Location(node), false, message));

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DayPattern();
}
