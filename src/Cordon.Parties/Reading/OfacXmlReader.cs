using System.Xml;
using System.Xml.Linq;

namespace Cordon.Parties.Reading;

/// <summary>Reads OFAC's sdn.xml layout: sdnEntry with uid, lastName/firstName, sdnType, programList, akaList, addressList.</summary>
public static class OfacXmlReader
{
    /// <summary>Reads sdn.xml; an entry without uid or name is reported with its line and skipped.</summary>
    public static WatchList Read(string path)
    {
        var name = Path.GetFileName(path);
        var problems = new List<ReadProblem>();
        var entries = new List<WatchListEntry>();
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new WatchList(OfacCsvReader.ListName, [], [new ReadProblem(name, e.LineNumber, $"not well-formed XML: {e.Message}")]);
        }

        foreach (var entry in document.Descendants().Where(e => e.Name.LocalName == "sdnEntry"))
        {
            var line = ((IXmlLineInfo)entry).LineNumber;
            var uid = Child(entry, "uid");
            var full = FullName(entry);
            if (uid is null || full is null)
            {
                problems.Add(new ReadProblem(name, line, "sdnEntry without uid or name"));
                continue;
            }

            var names = new List<WatchListName> { new(full, "primary") };
            foreach (var aka in entry.Descendants().Where(e => e.Name.LocalName == "aka"))
            {
                if (FullName(aka) is { } alias)
                {
                    names.Add(new WatchListName(alias, (Child(aka, "type") ?? "a.k.a.").ToLowerInvariant().Replace(".", "")));
                }
            }

            entries.Add(RemarksParser.Parse(Child(entry, "remarks")).ApplyTo(new WatchListEntry
            {
                List = OfacCsvReader.ListName,
                Id = uid,
                Name = full,
                Type = (Child(entry, "sdnType") ?? "entity").ToLowerInvariant(),
                Programs = entry.Descendants().Where(e => e.Name.LocalName == "program").Select(e => e.Value.Trim()).ToList(),
                Names = names,
                Countries = entry.Descendants().Where(e => e.Name.LocalName == "country").Select(e => e.Value.Trim()).Distinct().ToList(),
                Remarks = Child(entry, "remarks"),
            }));
        }

        return new WatchList(OfacCsvReader.ListName, entries, problems);
    }

    // Individuals are listed "LAST, First" as in the CSV layout; entities have only lastName.
    private static string? FullName(XElement element)
    {
        var last = Child(element, "lastName");
        var first = Child(element, "firstName");
        return last is null ? first : first is null ? last : $"{last}, {first}";
    }

    private static string? Child(XElement element, string local) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == local)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
