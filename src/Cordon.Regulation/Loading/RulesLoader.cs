using System.Security.Cryptography;
using System.Text;
using Cordon.Chemistry;
using Cordon.Regulation.Dictionaries;
using Cordon.Regulation.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cordon.Regulation.Loading;

/// <summary>Loads and validates the <c>rules/</c> folder: kb.yaml plus one YAML file per list.</summary>
public static class RulesLoader
{
    /// <summary>Name of the file that holds the knowledge base's version and jurisdictions.</summary>
    public const string ManifestFile = "kb.yaml";

    /// <summary>Loads every rules file under <paramref name="directory"/>, checking structures, CAS RNs, ids and citations;
    /// with <paramref name="checkExamples"/>, also runs every definition's examples (what <c>kb validate</c> and the tests do;
    /// screening skips it to start faster). Parsed files and derived structures are cached in <paramref name="cacheFolder"/>
    /// (default: Cordon's cache folder, see <see cref="StructureCache.Folder"/>).</summary>
    public static RulesLoadResult Load(string directory, bool checkExamples = true, string? cacheFolder = null)
    {
        cacheFolder ??= StructureCache.Folder();
        var problems = new List<RuleProblem>();
        var root = Path.GetFullPath(directory);
        var manifestPath = Path.Combine(root, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            problems.Add(new RuleProblem(new SourceLocation(manifestPath, 0, 0), true, "knowledge-base manifest not found"));
            return new RulesLoadResult(new KnowledgeBase("unknown", [], [], [], []), problems);
        }

        var publishersPath = Path.Combine(root, OfficialPublishers.FileName);
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFullPath(f) != manifestPath && Path.GetFullPath(f) != publishersPath)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var (version, jurisdictions, dictionaryNames) = ReadManifest(manifestPath, Relative(root, manifestPath), problems);
        var dictionaries = FindDictionaries(root, dictionaryNames, problems);
        var publishers = OfficialPublishers.Read(publishersPath, Relative(root, publishersPath), problems);
        var lists = new List<ControlList>();
        var substances = new List<Substance>();
        var definitions = new List<GenericDefinition>();
        var subheadings = new List<HsSubheading>();
        // Parsing YAML is most of the load: a file whose entries an earlier run read cleanly comes from the parsed-rules
        // cache; the others are parsed on every core, then read in order so problems keep file order.
        var cache = ParsedRulesCache.Open(cacheFolder,
            File.ReadAllBytes(manifestPath).Concat(File.Exists(publishersPath) ? File.ReadAllBytes(publishersPath) : []).ToArray());
        var contents = new byte[files.Count][];
        var keys = new string[files.Count];
        var parsed = new (YamlMappingNode? Root, List<RuleProblem> Problems)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            contents[i] = File.ReadAllBytes(files[i]);
            keys[i] = ParsedRulesCache.KeyOf(Relative(root, files[i]), contents[i]);
            var local = new List<RuleProblem>();
            parsed[i] = cache.TryGet(keys[i], out _, out _) ? (null, local) : (Parse(contents[i], Relative(root, files[i]), local), local);
        });
        var codes = jurisdictions.Select(j => j.Code).ToHashSet();
        for (var i = 0; i < files.Count; i++)
        {
            if (cache.TryGet(keys[i], out var cachedList, out var cachedSubstances))
            {
                if (cachedList is not null)
                {
                    lists.Add(cachedList);
                }

                substances.AddRange(cachedSubstances);
                continue;
            }

            problems.AddRange(parsed[i].Problems);
            if (parsed[i].Root is not { } mapping)
            {
                continue;
            }

            var (problemCount, listCount, substanceCount, definitionCount, subheadingCount) =
                (problems.Count, lists.Count, substances.Count, definitions.Count, subheadings.Count);
            new RuleFileReader(Relative(root, files[i]), problems, codes, publishers).Read(mapping, lists, substances, definitions, subheadings);
            // Only a file of entries that read without a problem (a list, or resolution-only names) is cached: anything else
            // (definitions, HS subheadings, a file with a problem) is read again each time.
            var added = substances.Skip(substanceCount).ToList();
            var clean = problems.Count == problemCount && definitions.Count == definitionCount && subheadings.Count == subheadingCount && added.Count > 0;
            if (clean && lists.Count == listCount + 1 && added.All(x => x.List == lists[^1]))
            {
                cache.Add(keys[i], lists[^1], added);
            }
            else if (clean && lists.Count == listCount && added.All(x => x.List is null))
            {
                cache.Add(keys[i], null, added);
            }
        }

        cache.Save(keys.ToHashSet(StringComparer.Ordinal));

        CheckUniqueIds(substances.Select(s => (s.Id, s.Location)).Concat(definitions.Select(d => (d.Id, d.Location))), problems);
        var structures = BuildStructures(substances, problems, StructureCache.PathFor(cacheFolder));
        var compiled = CompileDefinitions(definitions, problems, checkExamples);
        var fullVersion = $"{version}+{ContentHash(root, files.Prepend(publishersPath).Where(File.Exists).Prepend(manifestPath).Concat(dictionaries.Select(d => d.Path)),
            files.Select((f, i) => (f, contents[i])).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal))}";
        var knowledgeBase = new KnowledgeBase(fullVersion, jurisdictions, lists, substances, structures, compiled, subheadings)
        {
            Dictionaries = dictionaries.Select(d => new ChemicalDictionary(d.Name, d.Path, Relative(root, d.Path))).ToList(),
        };
        return new RulesLoadResult(knowledgeBase, problems);
    }

    /// <summary>Reads every dictionary in full and parses every structure (what <c>kb validate</c> does; a few seconds):
    /// malformed lines, bad CAS RNs and SMILES that do not parse, each with file and line.</summary>
    public static IReadOnlyList<RuleProblem> ValidateDictionaries(KnowledgeBase knowledgeBase)
    {
        var problems = new List<RuleProblem>();
        foreach (var dictionary in knowledgeBase.Dictionaries)
        {
            problems.AddRange(dictionary.Problems);
            foreach (var entry in dictionary.Entries)
            {
                try
                {
                    using var molecule = Molecule.FromSmiles(entry.Smiles);
                }
                catch (ChemistryException e)
                {
                    problems.Add(new RuleProblem(entry.Location, true, $"structure of '{entry.Name}' ({entry.SourceId}) does not parse: {e.Message}"));
                }
            }
        }

        return problems;
    }

    // Dictionaries are the .tsv files kb.yaml names under 'dictionaries', in that order (the first that knows a name answers).
    private static List<(string Name, string Path)> FindDictionaries(string root, List<(string Name, SourceLocation Location)> names,
        List<RuleProblem> problems)
    {
        var found = new List<(string Name, string Path)>();
        foreach (var (name, location) in names)
        {
            var path = Path.Combine(root, "dictionaries", name + ".tsv");
            if (File.Exists(path))
            {
                found.Add((name, path));
            }
            else
            {
                problems.Add(new RuleProblem(location, true, $"dictionary '{name}' not found at {Relative(root, path)}"));
            }
        }

        var folder = Path.Combine(root, "dictionaries");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            if (!found.Any(f => Path.GetFullPath(f.Path) == Path.GetFullPath(file)))
            {
                problems.Add(new RuleProblem(new SourceLocation(Relative(root, file), 1, 1), false, "dictionary not named in kb.yaml 'dictionaries'; not used"));
            }
        }

        return found;
    }

    private static YamlMappingNode? Parse(string path, string name, List<RuleProblem> problems) =>
        Parse(File.ReadAllBytes(path), name, problems);

    private static YamlMappingNode? Parse(byte[] content, string name, List<RuleProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            using var text = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            stream.Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problems.Add(new RuleProblem(new SourceLocation(name, 1, 1), true, "file is not a YAML mapping"));
                return null;
            }

            return mapping;
        }
        catch (YamlException e)
        {
            problems.Add(new RuleProblem(new SourceLocation(name, (int)e.Start.Line, (int)e.Start.Column), true, $"YAML syntax: {e.Message}"));
            return null;
        }
    }

    private static (string Version, List<Jurisdiction> Jurisdictions, List<(string Name, SourceLocation Location)> Dictionaries) ReadManifest(
        string path, string name, List<RuleProblem> problems)
    {
        var jurisdictions = new List<Jurisdiction>();
        var dictionaries = new List<(string Name, SourceLocation Location)>();
        var root = Parse(path, name, problems);
        if (root is null)
        {
            return ("unknown", jurisdictions, dictionaries);
        }

        if (root.Children.TryGetValue(new YamlScalarNode("dictionaries"), out var dictionaryNodes) && dictionaryNodes is YamlSequenceNode dictionaryList)
        {
            dictionaries.AddRange(dictionaryList.OfType<YamlScalarNode>().Where(d => !string.IsNullOrWhiteSpace(d.Value))
                .Select(d => (d.Value!, new SourceLocation(name, (int)d.Start.Line, (int)d.Start.Column))));
        }

        var version = root.Children.TryGetValue(new YamlScalarNode("version"), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
        if (version.Length == 0)
        {
            problems.Add(new RuleProblem(new SourceLocation(name, (int)root.Start.Line, 1), true, "manifest has no version"));
        }

        if (root.Children.TryGetValue(new YamlScalarNode("jurisdictions"), out var list) && list is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.OfType<YamlMappingNode>())
            {
                var code = item.Children.TryGetValue(new YamlScalarNode("code"), out var c) ? (c as YamlScalarNode)?.Value : null;
                var title = item.Children.TryGetValue(new YamlScalarNode("name"), out var n) ? (n as YamlScalarNode)?.Value : null;
                if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(title))
                {
                    problems.Add(new RuleProblem(new SourceLocation(name, (int)item.Start.Line, (int)item.Start.Column), true, "jurisdiction needs a code and a name"));
                    continue;
                }

                jurisdictions.Add(new Jurisdiction(code, title));
            }
        }

        return (version, jurisdictions, dictionaries);
    }

    private static void CheckUniqueIds(IEnumerable<(string Id, SourceLocation Location)> entries, List<RuleProblem> problems)
    {
        foreach (var group in entries.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            var first = group.First().Location;
            foreach (var duplicate in group.Skip(1))
            {
                problems.Add(new RuleProblem(duplicate.Location, true, $"duplicate id '{group.Key}' (first defined at {first})"));
            }
        }
    }

    // Each definition's core is compiled, and each of its examples must behave as the file says.
    private static List<CompiledDefinition> CompileDefinitions(List<GenericDefinition> definitions, List<RuleProblem> problems, bool checkExamples)
    {
        var compiled = new List<CompiledDefinition>();
        foreach (var definition in definitions)
        {
            CompiledDefinition candidate;
            try
            {
                candidate = new CompiledDefinition(definition);
            }
            catch (Exception e) when (e is ChemistryException or InvalidDataException)
            {
                problems.Add(new RuleProblem(definition.Location, true, $"definition '{definition.Id}': {e.Message}"));
                continue;
            }

            foreach (var example in checkExamples ? definition.Examples : [])
            {
                var problem = CheckExample(candidate, example);
                if (problem is not null)
                {
                    problems.Add(new RuleProblem(definition.Location, true, $"definition '{definition.Id}', example '{example.Name}': {problem}"));
                }
            }

            compiled.Add(candidate);
        }

        return compiled;
    }

    private static string? CheckExample(CompiledDefinition definition, DefinitionExample example)
    {
        try
        {
            using var molecule = Molecule.FromSmiles(example.Smiles);
            using var standard = molecule.Standardize();
            var parent = standard.Parent;
            var outcome = DefinitionEvaluator.Evaluate(definition, parent, parent.Graph(), DateOnly.MaxValue);
            if (example.Matches && outcome.Match is null)
            {
                return "should match but does not" + (outcome.Reason is null ? " (core not found)" : $": {outcome.Reason}");
            }

            if (!example.Matches && outcome.Match is not null)
            {
                return $"must not match but does: {outcome.Match.Explanation}";
            }

            return null;
        }
        catch (ChemistryException e)
        {
            return $"structure does not parse: {e.Message}";
        }
    }

    // Each structure is parsed and standardised exactly as a query would be, so keys compare like with like. A structure listed
    // in several lists (fentanyl is in most of them) is derived once, and distinct structures are derived on every core.
    private static List<SubstanceStructure> BuildStructures(List<Substance> substances, List<RuleProblem> problems, string? cachePath)
    {
        var distinct = substances.Where(s => s.Smiles is not null).Select(s => s.Smiles!).Distinct(StringComparer.Ordinal).ToList();
        var cached = StructureCache.Read(cachePath);
        var derived = new (DerivedStructure? Structure, string? Error)[distinct.Count];
        Parallel.For(0, distinct.Count, i =>
        {
            if (cached.TryGetValue(distinct[i], out var known))
            {
                derived[i] = (known, null);
                return;
            }

            try
            {
                derived[i] = (DerivedStructure.From(distinct[i]), null);
            }
            catch (ChemistryException e)
            {
                derived[i] = (null, e.Message);
            }
        });
        if (distinct.Any(s => !cached.ContainsKey(s)))
        {
            StructureCache.Write(cachePath, distinct.Select((smiles, i) => (smiles, derived[i].Structure))
                .Where(x => x.Structure is not null).ToDictionary(x => x.smiles, x => x.Structure!, StringComparer.Ordinal));
        }

        var bySmiles = distinct.Select((smiles, i) => (smiles, i)).ToDictionary(x => x.smiles, x => derived[x.i], StringComparer.Ordinal);

        var structures = new List<SubstanceStructure>();
        foreach (var substance in substances)
        {
            if (substance.Smiles is null)
            {
                continue;
            }

            var (structure, error) = bySmiles[substance.Smiles];
            if (structure is null)
            {
                problems.Add(new RuleProblem(substance.Location, true, $"structure of '{substance.Id}' does not parse: {error}"));
                continue;
            }

            if (substance.Structure?.Formula is { } recorded && recorded != structure.RecordedFormula)
            {
                problems.Add(new RuleProblem(substance.Location, true,
                    $"structure of '{substance.Id}' has formula {structure.RecordedFormula}, but its record says {recorded}"));
            }

            var built = structure.For(substance);
            if (substance.Excludes.Count > 0)
            {
                built = built with { ExcludedStereoKeys = ExcludedKeys(substance, structure, problems) };
            }

            structures.Add(built);
        }

        return structures;
    }

    // An excluded form must be a stereoisomer of the entry: the same structure without stereochemistry, with stereochemistry
    // of its own (an unspecified form would exclude the entry itself) and not the entry's own.
    private static HashSet<string> ExcludedKeys(Substance substance, DerivedStructure entry, List<RuleProblem> problems)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in substance.Excludes)
        {
            string? problem = null;
            try
            {
                var excluded = DerivedStructure.From(form.Smiles);
                if (excluded.FlatKey != entry.FlatKey)
                {
                    problem = "is not a stereoisomer of the entry (their structures differ without stereochemistry)";
                }
                else if (!excluded.HasStereo)
                {
                    problem = "gives no stereochemistry, so it would exclude the entry itself";
                }
                else if (entry.HasStereo && excluded.StereoKey == entry.StereoKey)
                {
                    problem = "is the entry's own structure";
                }
                else
                {
                    keys.Add(excluded.StereoKey);
                }
            }
            catch (ChemistryException e)
            {
                problem = $"does not parse: {e.Message}";
            }

            if (problem is not null)
            {
                problems.Add(new RuleProblem(substance.Location, true, $"excluded form '{form.Name}' of '{substance.Id}' {problem}"));
            }
        }

        return keys;
    }

    // Files already read for the load are hashed from memory.
    private static string ContentHash(string root, IEnumerable<string> files, IReadOnlyDictionary<string, byte[]> read)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Relative(root, file)));
            hash.AppendData(read.TryGetValue(file, out var bytes) ? bytes : File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }

    private static string Relative(string root, string file) =>
        Path.Combine("rules", Path.GetRelativePath(root, file)).Replace('\\', '/');
}
