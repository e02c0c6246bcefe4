using System.Security.Cryptography;
using System.Text;

namespace Cordon.Application.Rescreening;

/// <summary>The version of a set of watch lists: a digest of every file's name and bytes, so any change to a list (a new
/// designee, a removed one) is a new version.</summary>
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
}
