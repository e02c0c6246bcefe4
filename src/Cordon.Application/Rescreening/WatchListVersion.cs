using System.Security.Cryptography;
using System.Globalization;
using System.Text;
using Cordon.Storage;

namespace Cordon.Application.Rescreening;

/// <summary>The version of a set of watch lists: a digest of every file's name and bytes, or of the lists a team imported into the
/// case store (name, source, import time, entry count), so any change to a list (a new designee, a removed one, a re-import) is a
/// new version.</summary>
public static class WatchListVersion
{
    /// <summary>The version of no watch lists.</summary>
    public const string None = "none";

    /// <summary>The version of the lists at these paths (files, or folders read whole), in the order given.</summary>
    public static string Of(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return None;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [path];
            foreach (var file in files)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
                if (File.Exists(file))
                {
                    using var stream = File.OpenRead(file);
                    var buffer = new byte[81920];
                    int read;
                    while ((read = stream.Read(buffer)) > 0)
                    {
                        sha.AppendData(buffer, 0, read);
                    }
                }
            }
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>The version of a team's imported lists: every import replaces a list and stamps its time, so a re-import (changed or
    /// not) is a new version, read from the lists' records without reading their entries.</summary>
    public static string OfStored(IReadOnlyList<StoredWatchList> lists)
    {
        if (lists.Count == 0)
        {
            return None;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // "stored" first: a team's lists never share a version with files that happen to hash alike.
        sha.AppendData("stored\n"u8);
        foreach (var list in lists.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{list.Name}\n{list.Source}\n{list.ImportedAt.UtcTicks}\n{list.Entries}\n")));
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
