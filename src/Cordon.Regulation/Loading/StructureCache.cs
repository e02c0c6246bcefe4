using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Cordon.Chemistry;

namespace Cordon.Regulation.Loading;

/// <summary>Listed structures derived by an earlier run, so a start does not standardise 1,500 SMILES again. One file per
/// build of Cordon and RDKit (the derivation is theirs), a line per SMILES; written whole to a temporary file and renamed,
/// and read only when every line parses. Missing, unreadable or stale caches cost time, never correctness.</summary>
public static class StructureCache
{
    private const char Tab = '\t';

    // Atom signatures hold commas and colons: pairs and key/value are split by the ASCII unit and record separators.
    private const char Pair = '\u001f';
    private const char KeyValue = '\u001e';

    /// <summary>Cordon's cache folder: CORDON_CACHE (a folder, or "off"), else $XDG_CACHE_HOME/cordon, else ~/.cache/cordon.</summary>
    public static string? Folder()
    {
        var setting = Environment.GetEnvironmentVariable("CORDON_CACHE");
        return setting == "off" ? null
            : setting is { Length: > 0 } ? setting
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "cordon")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "cordon")
            : null;
    }

    /// <summary>The cache file for this build in <paramref name="folder"/>, or null without a folder.</summary>
    public static string? PathFor(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var build = $"{typeof(StructureCache).Assembly.ManifestModule.ModuleVersionId}|{typeof(Molecule).Assembly.ManifestModule.ModuleVersionId}|{Toolkit.RdkitVersion}";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build)))[..16];
        return Path.Combine(folder, $"structures-{key}.tsv");
    }

    /// <summary>Keeps the four newest cache files of this kind (a Debug and a Release build may alternate); older builds'
    /// files are stale.</summary>
    public static void Prune(string current)
    {
        var name = Path.GetFileName(current);
        var prefix = name[..(name.IndexOf('-') + 1)];
        foreach (var stale in new DirectoryInfo(Path.GetDirectoryName(current)!).GetFiles(prefix + "*")
                     .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal)).OrderByDescending(f => f.LastWriteTimeUtc).Skip(4))
        {
            try
            {
                stale.Delete();
            }
            catch (IOException)
            {
                // Another process may be replacing it; it is pruned next time.
            }
        }
    }

    /// <summary>Reads the cache; empty when there is none or any line is malformed.</summary>
    internal static Dictionary<string, DerivedStructure> Read(string? path)
    {
        var cached = new Dictionary<string, DerivedStructure>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return cached;
        }

        try
        {
            foreach (var line in File.ReadLines(path))
            {
                var f = line.Split(Tab);
                if (f.Length != 11)
                {
                    return [];
                }

                var signatures = f[9].Length == 0
                    ? new Dictionary<string, int>()
                    : f[9].Split(Pair).Select(p => p.Split(KeyValue)).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
                cached[f[0]] = new DerivedStructure(f[1], f[2], f[3], f[4] == "1", Fingerprint.FromBytes(Convert.FromBase64String(f[5])),
                    int.Parse(f[6], CultureInfo.InvariantCulture), f[7], f[8], signatures, f[10]);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return [];
        }

        return cached;
    }

    /// <summary>Writes every derived structure (atomically); a folder that cannot be written is left alone.</summary>
    internal static void Write(string? path, IReadOnlyDictionary<string, DerivedStructure> structures)
    {
        if (path is null || structures.Keys.Any(k => k.Contains(Tab) || k.Contains('\n')))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                foreach (var (smiles, d) in structures)
                {
                    var signatures = string.Join(Pair, d.AtomSignatures.Select(p => $"{p.Key}{KeyValue}{p.Value.ToString(CultureInfo.InvariantCulture)}"));
                    writer.Write(string.Join(Tab, smiles, d.StereoKey, d.FlatKey, d.MirrorKey, d.HasStereo ? "1" : "0",
                        Convert.ToBase64String(d.Similarity.ToBytes()), d.AtomCount.ToString(CultureInfo.InvariantCulture), d.Formula, d.SkeletonKey,
                        signatures, d.RecordedFormula));
                    writer.Write('\n');
                }
            }

            File.Move(temporary, path, overwrite: true);
            Prune(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache is an optimisation: without one the next start derives the structures again.
        }
    }
}
