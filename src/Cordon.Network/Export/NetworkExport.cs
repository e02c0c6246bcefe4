using System.Globalization;
using System.Text;
using System.Xml;
using Cordon.Network.Graph;

namespace Cordon.Network.Export;

/// <summary>A network (or a neighbourhood of one) written for other tools: GraphML and GEXF for Gephi and yEd, a CSV edge
/// list for spreadsheets. Every edge keeps its kind, its rows and its evidence.</summary>
public static class NetworkExport
{
    /// <summary>The formats <see cref="Write"/> takes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["graphml", "gexf", "csv"];

    /// <summary>Writes <paramref name="nodes"/> and <paramref name="edges"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentException">The format is none of <see cref="Formats"/>.</exception>
    public static void Write(TextWriter output, string format, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        switch (format)
        {
            case "graphml": GraphMl(output, nodes, edges); break;
            case "gexf": Gexf(output, nodes, edges); break;
            case "csv": EdgeList(output, nodes, edges); break;
            default: throw new ArgumentException($"unknown network export format '{format}' (formats: {string.Join(", ", Formats)})", nameof(format));
        }
    }

    private static readonly (string Key, string For, string Type)[] Attributes =
    [
        ("label", "node", "string"), ("kind", "node", "string"), ("country", "node", "string"), ("flagged_rows", "node", "int"),
        ("kind", "edge", "string"), ("rows", "edge", "int"), ("flagged_rows", "edge", "int"), ("first", "edge", "string"),
        ("last", "edge", "string"), ("evidence", "edge", "string"),
    ];

    private static void GraphMl(TextWriter output, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 });
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        foreach (var (key, owner, type) in Attributes)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", $"{owner[0]}_{key}");
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", key);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "cordon-network");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", node.Id);
            foreach (var (key, value) in NodeValues(node))
            {
                Data(xml, "n_" + key, value);
            }

            xml.WriteEndElement();
        }

        foreach (var edge in edges)
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", "e" + edge.Index.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            foreach (var (key, value) in EdgeValues(edge))
            {
                Data(xml, "e_" + key, value);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Gexf(TextWriter output, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 });
        const string Ns = "http://gexf.net/1.3";
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        foreach (var owner in new[] { "node", "edge" })
        {
            xml.WriteStartElement("attributes", Ns);
            xml.WriteAttributeString("class", owner);
            foreach (var (key, _, type) in Attributes.Where(a => a.For == owner && a.Key != "label"))
            {
                xml.WriteStartElement("attribute", Ns);
                xml.WriteAttributeString("id", key);
                xml.WriteAttributeString("title", key);
                xml.WriteAttributeString("type", type == "int" ? "integer" : type);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("nodes", Ns);
        foreach (var node in nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Label);
            AttValues(xml, Ns, NodeValues(node).Where(v => v.Key != "label"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        foreach (var edge in edges)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", "e" + edge.Index.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            xml.WriteAttributeString("weight", (edge.Trade?.Rows ?? 1).ToString(CultureInfo.InvariantCulture));
            AttValues(xml, Ns, EdgeValues(edge));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void EdgeList(TextWriter output, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        var labels = nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        output.WriteLine("source,source_label,target,target_label,kind,rows,flagged_rows,first,last,evidence");
        foreach (var edge in edges)
        {
            var values = EdgeValues(edge).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            output.WriteLine(string.Join(',', new[]
            {
                edge.From, labels.GetValueOrDefault(edge.From, ""), edge.To, labels.GetValueOrDefault(edge.To, ""), values["kind"],
                values.GetValueOrDefault("rows", ""), values.GetValueOrDefault("flagged_rows", ""), values.GetValueOrDefault("first", ""),
                values.GetValueOrDefault("last", ""), values["evidence"],
            }.Select(Csv)));
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> NodeValues(NetworkNode node)
    {
        yield return new("label", node.Label);
        yield return new("kind", node.Kind.ToString().ToLowerInvariant());
        if (node.Country is { } country)
        {
            yield return new("country", country);
        }

        if (node.Party is { } party)
        {
            yield return new("flagged_rows", party.FlaggedRows.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> EdgeValues(NetworkEdge edge)
    {
        yield return new("kind", Kind(edge.Kind));
        if (edge.Trade is { } t)
        {
            yield return new("rows", t.Rows.ToString(CultureInfo.InvariantCulture));
            yield return new("flagged_rows", t.FlaggedRows.ToString(CultureInfo.InvariantCulture));
            if (t.First is { } first)
            {
                yield return new("first", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                yield return new("last", t.Last!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        yield return new("evidence", edge.Evidence);
    }

    /// <summary>An edge kind as the exports and the API write it ("shipped_to").</summary>
    public static string Kind(EdgeKind kind) => kind switch
    {
        EdgeKind.ShippedTo => "shipped_to",
        EdgeKind.NotifyFor => "notify_for",
        EdgeKind.HasContact => "has_contact",
        EdgeKind.MatchesDesignee => "matches_designee",
        _ => "linked_to",
    };

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, string ns, IEnumerable<KeyValuePair<string, string>> values)
    {
        xml.WriteStartElement("attvalues", ns);
        foreach (var (key, value) in values)
        {
            xml.WriteStartElement("attvalue", ns);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", Clean(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    // Names come from declarations: a control character XML cannot carry is dropped rather than failing the export.
    private static string Clean(string value) => value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        ? new string(value.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray()) : value;

    // A spreadsheet must not run a cell as a formula: text starting with = + - @ is prefixed with an apostrophe.
    private static string Csv(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
