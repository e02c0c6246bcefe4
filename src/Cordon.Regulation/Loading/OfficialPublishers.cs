using YamlDotNet.RepresentationModel;

namespace Cordon.Regulation.Loading;

/// <summary>The hosts a citation may link to: the official publishers of the instruments (rules/official-publishers.yaml).</summary>
public sealed class OfficialPublishers
{
    /// <summary>Name of the allowlist file in the rules folder.</summary>
    public const string FileName = "official-publishers.yaml";

    private readonly HashSet<string> _hosts;

    private OfficialPublishers(HashSet<string> hosts) => _hosts = hosts;

    /// <summary>The hosts allowed, as written in the file.</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    /// <summary>True when the link's host is a listed host or a subdomain of one.</summary>
    public bool Allows(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        while (true)
        {
            if (_hosts.Contains(host))
            {
                return true;
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            host = host[(dot + 1)..];
        }
    }

    /// <summary>Reads the allowlist; a missing or malformed file is an error and allows nothing (fail closed).</summary>
    internal static OfficialPublishers Read(string path, string name, List<RuleProblem> problems)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            problems.Add(new RuleProblem(new SourceLocation(name, 0, 0), true, "official-publisher allowlist not found: no citation link can be accepted"));
            return new OfficialPublishers(hosts);
        }

        var stream = new YamlStream();
        using (var text = File.OpenText(path))
        {
            stream.Load(text);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("publishers"), out var node) || node is not YamlSequenceNode publishers)
        {
            problems.Add(new RuleProblem(new SourceLocation(name, 1, 1), true, "allowlist has no 'publishers' sequence"));
            return new OfficialPublishers(hosts);
        }

        foreach (var item in publishers.OfType<YamlMappingNode>())
        {
            var host = item.Children.TryGetValue(new YamlScalarNode("host"), out var h) ? (h as YamlScalarNode)?.Value : null;
            var who = item.Children.TryGetValue(new YamlScalarNode("publisher"), out var p) ? (p as YamlScalarNode)?.Value : null;
            if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(who) || host.Contains('/'))
            {
                problems.Add(new RuleProblem(new SourceLocation(name, (int)item.Start.Line, (int)item.Start.Column), true,
                    "a publisher needs a bare 'host' and the 'publisher' it belongs to"));
                continue;
            }

            hosts.Add(host.ToLowerInvariant());
        }

        return new OfficialPublishers(hosts);
    }
}
