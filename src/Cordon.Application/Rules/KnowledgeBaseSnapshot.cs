using System.Formats.Tar;
using System.IO.Compression;

namespace Cordon.Application.Rules;

/// <summary>A rules folder's YAML files (the manifest, the lists, the definitions: everything a knowledge-base diff compares)
/// as one gzip'd tar, and back. Dictionaries are left out: they supply structures for ordinary names, never what is
/// controlled, and would make each snapshot five times larger.</summary>
public static class KnowledgeBaseSnapshot
{
    // A fixed time and order make the same folder pack to the same bytes.
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>The YAML files under <paramref name="rulesFolder"/>, by relative path in ordinal order.</summary>
    public static byte[] Pack(string rulesFolder)
    {
        var root = Path.GetFullPath(rulesFolder);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                         .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
            {
                using var data = File.OpenRead(Path.Combine(root, file));
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, file) { DataStream = data, ModificationTime = Epoch });
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the files of <paramref name="content"/> into <paramref name="folder"/> (which must be empty or absent);
    /// an entry that would land outside it is refused by the tar reader.</summary>
    public static void Restore(byte[] content, string folder)
    {
        Directory.CreateDirectory(folder);
        using var gzip = new GZipStream(new MemoryStream(content, writable: false), CompressionMode.Decompress);
        TarFile.ExtractToDirectory(gzip, folder, overwriteFiles: false);
    }
}
