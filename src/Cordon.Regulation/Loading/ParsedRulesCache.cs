using System.Security.Cryptography;
using System.Text;

namespace Cordon.Regulation.Loading;

/// <summary>The entries of rules files that read without a problem, kept per file content hash, so a start need not parse
/// 2.5 MB of YAML again. The key also covers kb.yaml, the publisher allowlist and this build, everything the reading
/// depends on; a file with any problem, definitions or HS subheadings is always read from its YAML. Missing, unreadable
/// or stale caches cost time, never correctness.</summary>
internal sealed class ParsedRulesCache
{
    private const int FormatVersion = 4;

    private readonly string? _path;
    private readonly Dictionary<string, (ControlList? List, List<Substance> Substances)> _entries = new(StringComparer.Ordinal);
    private bool _changed;

    private ParsedRulesCache(string? path) => _path = path;

    /// <summary>Opens the cache for this build and these inputs (the manifest's and allowlist's bytes).</summary>
    public static ParsedRulesCache Open(string? folder, byte[] context)
    {
        if (folder is null)
        {
            return new ParsedRulesCache(null);
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(context.Concat(Encoding.UTF8.GetBytes(
            $"{FormatVersion}|{typeof(ParsedRulesCache).Assembly.ManifestModule.ModuleVersionId}")).ToArray()))[..16];
        var cache = new ParsedRulesCache(Path.Combine(folder, $"rules-{key}.bin"));
        cache.Read();
        return cache;
    }

    /// <summary>The key of a rules file: its name and content.</summary>
    public static string KeyOf(string relativePath, byte[] content) =>
        relativePath + "|" + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The file's list (null for a resolution-only file) and entries, if cached.</summary>
    public bool TryGet(string key, out ControlList? list, out List<Substance> substances)
    {
        if (_entries.TryGetValue(key, out var found))
        {
            (list, substances) = found;
            return true;
        }

        (list, substances) = (null, null!);
        return false;
    }

    /// <summary>Remembers a file that read without a problem.</summary>
    public void Add(string key, ControlList? list, List<Substance> substances)
    {
        _entries[key] = (list, substances);
        _changed = true;
    }

    /// <summary>Writes the cache when it gained files, keeping only the files of this load.</summary>
    public void Save(IReadOnlySet<string> keys)
    {
        // Rewritten only when it gained a file or holds one this load did not have (files with definitions are never in it).
        if (_path is null || (!_changed && _entries.Keys.All(keys.Contains)))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = $"{_path}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                var kept = _entries.Where(e => keys.Contains(e.Key)).ToList();
                writer.Write(kept.Count);
                foreach (var (key, (list, substances)) in kept)
                {
                    writer.Write(key);
                    writer.Write(list is not null);
                    if (list is not null)
                    {
                        WriteList(writer, list);
                    }

                    writer.Write(substances.Count);
                    foreach (var substance in substances)
                    {
                        WriteSubstance(writer, substance);
                    }
                }
            }

            File.Move(temporary, _path, overwrite: true);
            StructureCache.Prune(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next start reads the YAML again.
        }
    }

    private void Read()
    {
        if (_path is null || !File.Exists(_path))
        {
            return;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(_path), Encoding.UTF8);
            var files = reader.ReadInt32();
            for (var f = 0; f < files; f++)
            {
                var key = reader.ReadString();
                var list = reader.ReadBoolean() ? ReadList(reader) : null;
                var count = reader.ReadInt32();
                var substances = new List<Substance>(count);
                for (var i = 0; i < count; i++)
                {
                    substances.Add(ReadSubstance(reader, list));
                }

                _entries[key] = (list, substances);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or InvalidDataException)
        {
            _entries.Clear();
        }
    }

    private static void WriteList(BinaryWriter w, ControlList list)
    {
        w.Write(list.Id);
        w.Write(list.Jurisdiction);
        w.Write(list.Name);
        w.Write(list.Authority);
        w.Write(list.Url);
        w.Write(list.Routine);
        Optional(w, list.LastAmended?.Date);
        Optional(w, list.LastAmended?.Instrument);
        Optional(w, list.LastAmended?.Url);
    }

    private static ControlList ReadList(BinaryReader r)
    {
        var list = new ControlList(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString()) { Routine = r.ReadBoolean() };
        var (date, instrument, url) = (Optional(r), Optional(r), Optional(r));
        return date is null ? list : list with { LastAmended = new ListAmendment(date, instrument!, url!) };
    }

    private static void WriteSubstance(BinaryWriter w, Substance s)
    {
        w.Write(s.Id);
        w.Write(s.Name);
        Strings(w, s.Synonyms);
        Optional(w, s.Cas?.Value);
        w.Write(s.FormCas.Count);
        foreach (var form in s.FormCas)
        {
            w.Write(form.Cas.Value);
            w.Write(form.Form);
        }

        Optional(w, s.Smiles);
        Optional(w, s.Clause);
        w.Write((int)s.Covers);
        w.Write(s.Citation.Section);
        w.Write(s.Citation.Instrument);
        w.Write(s.Citation.Url);
        Optional(w, s.Citation.LegacySource);
        Optional(w, s.Effective);
        Optional(w, s.Ended);
        Optional(w, s.Notes);
        Optional(w, s.Code);
        w.Write(s.Structure is not null);
        if (s.Structure is { } structure)
        {
            w.Write(structure.From);
            w.Write(structure.Name);
            Optional(w, structure.Formula);
            Strings(w, structure.Checked);
            w.Write(structure.ConfigurationNotRecorded);
        }

        Optional(w, s.EffectiveNote);
        Optional(w, s.HsCode);
        w.Write(s.Excludes.Count);
        foreach (var form in s.Excludes)
        {
            w.Write(form.Name);
            w.Write(form.Smiles);
        }

        w.Write(s.Location.File);
        w.Write(s.Location.Line);
        w.Write(s.Location.Column);
    }

    private static Substance ReadSubstance(BinaryReader r, ControlList? list)
    {
        var id = r.ReadString();
        var name = r.ReadString();
        var synonyms = Strings(r);
        var cas = Cas(Optional(r));
        var forms = new List<FormCas>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            forms.Add(new FormCas(Cas(r.ReadString())!.Value, r.ReadString()));
        }

        var smiles = Optional(r);
        var clause = Optional(r);
        var covers = (Coverage)r.ReadInt32();
        var citation = new Citation(r.ReadString(), r.ReadString(), r.ReadString()) { LegacySource = Optional(r) };
        var (effective, ended, notes, code) = (Optional(r), Optional(r), Optional(r), Optional(r));
        StructureProvenance? structure = null;
        if (r.ReadBoolean())
        {
            structure = new StructureProvenance(r.ReadString(), r.ReadString(), Optional(r), Strings(r)) { ConfigurationNotRecorded = r.ReadBoolean() };
        }

        var (effectiveNote, hsCode) = (Optional(r), Optional(r));
        var excludes = new List<ExcludedForm>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            excludes.Add(new ExcludedForm(r.ReadString(), r.ReadString()));
        }

        var location = new SourceLocation(r.ReadString(), r.ReadInt32(), r.ReadInt32());
        return new Substance
        {
            Id = id, Name = name, Synonyms = synonyms, Cas = cas, FormCas = forms, Smiles = smiles, List = list, Clause = clause, Covers = covers,
            Citation = citation, Effective = effective, Ended = ended, Notes = notes, Code = code, Structure = structure,
            EffectiveNote = effectiveNote, HsCode = hsCode, Excludes = excludes, Location = location,
        };
    }

    private static CasNumber? Cas(string? text) =>
        text is null ? null : CasNumber.TryParse(text, out var cas, out _) ? cas : throw new InvalidDataException($"bad CAS RN in cache: {text}");

    private static void Optional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Strings(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var item in items)
        {
            w.Write(item);
        }
    }

    private static List<string> Strings(BinaryReader r)
    {
        var items = new List<string>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            items.Add(r.ReadString());
        }

        return items;
    }
}
