namespace Cordon.Regulation.Dictionaries;

/// <summary>A resolution-only dictionary of ordinary chemicals (rules/dictionaries/*.tsv), read on first use: most queries are
/// answered by the knowledge base alone, so start-up does not pay for tens of thousands of names.</summary>
public sealed class ChemicalDictionary
{
    private readonly Lazy<Index> _index;

    /// <summary>A dictionary read from a TSV file the first time it is consulted.</summary>
    public ChemicalDictionary(string name, string path, string displayPath)
    {
        Name = name;
        _index = new Lazy<Index>(() => new Index(DictionaryFileReader.ReadTsv(path, displayPath)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A dictionary over entries already read.</summary>
    public ChemicalDictionary(string name, IReadOnlyList<DictionaryEntry> entries)
    {
        Name = name;
        _index = new Lazy<Index>(new Index(new DictionaryReadResult(entries, [])));
    }

    /// <summary>Short name, e.g. "chedl".</summary>
    public string Name { get; }

    /// <summary>Every entry (reads the file if it has not been read).</summary>
    public IReadOnlyList<DictionaryEntry> Entries => _index.Value.Read.Entries;

    /// <summary>Problems found reading the file (malformed lines, bad CAS RNs), each with file and line.</summary>
    public IReadOnlyList<RuleProblem> Problems => _index.Value.Read.Problems;

    /// <summary>Entries with this CAS RN.</summary>
    public IReadOnlyList<DictionaryEntry> FindByCas(CasNumber cas) =>
        _index.Value.ByCas.TryGetValue(cas.Value, out var found) ? found : [];

    /// <summary>Entries one of whose names has this <see cref="NameKey"/>.</summary>
    public IReadOnlyList<DictionaryEntry> FindByNameKey(string nameKey) =>
        _index.Value.ByName.TryGetValue(nameKey, out var found) ? found : [];

    private sealed class Index
    {
        public Index(DictionaryReadResult read)
        {
            Read = read;
            foreach (var entry in read.Entries)
            {
                if (entry.Cas is { } cas)
                {
                    Add(ByCas, cas.Value, entry);
                }

                foreach (var key in entry.AllNames.Select(NameKey.From).Distinct())
                {
                    if (key.Length > 0)
                    {
                        Add(ByName, key, entry);
                    }
                }
            }
        }

        public DictionaryReadResult Read { get; }

        public Dictionary<string, List<DictionaryEntry>> ByCas { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<DictionaryEntry>> ByName { get; } = new(StringComparer.Ordinal);

        private static void Add(Dictionary<string, List<DictionaryEntry>> index, string key, DictionaryEntry entry)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(entry);
        }
    }
}
