namespace Cordon.Parties.Reading;

/// <summary>Opens a watch list by its shape: a folder or sdn.csv (OFAC legacy CSV), an .xml file (OFAC XML), any other CSV (in-house).</summary>
public static class WatchListReader
{
    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">Nothing is there.</exception>
    public static WatchList Read(string path)
    {
        if (Directory.Exists(path) || Path.GetFileName(path).Equals("sdn.csv", StringComparison.OrdinalIgnoreCase))
        {
            return OfacCsvReader.Read(path);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such watch list");
        }

        return Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase) ? OfacXmlReader.Read(path) : InHouseCsvReader.Read(path);
    }
}
