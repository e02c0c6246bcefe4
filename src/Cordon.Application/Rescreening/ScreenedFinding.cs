using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cordon.Application.Rescreening;

/// <summary>One finding of a stored row, as compared between two screenings: a listing or definition of the law (jurisdiction,
/// list, entry, citation) or a watch-list match (list, entry, name).</summary>
/// <param name="Kind">"law" or "party".</param>
/// <param name="Jurisdiction">The law's jurisdiction; null for a party.</param>
/// <param name="List">The list it is on.</param>
/// <param name="Entry">The entry's id (substance or definition id, or the designee's id).</param>
/// <param name="Name">The entry's name.</param>
/// <param name="Citation">The law's citation; for a party, its match tier and score.</param>
public sealed partial record ScreenedFinding(string Kind, string? Jurisdiction, string? List, string Entry, string Name, string? Citation)
{
    /// <summary>Every finding of a result in the screen JSON contract.</summary>
    public static IReadOnlySet<ScreenedFinding> Of(string resultJson)
    {
        using var document = JsonDocument.Parse(resultJson);
        var found = new HashSet<ScreenedFinding>();
        if (!document.RootElement.TryGetProperty("findings", out var evidence))
        {
            return found;
        }

        foreach (var item in evidence.EnumerateArray())
        {
            if (item.TryGetProperty("check", out var check) && check.TryGetProperty("entries", out var entries))
            {
                foreach (var entry in entries.EnumerateArray())
                {
                    found.Add(new ScreenedFinding("law", Text(entry, "jurisdiction"), Text(entry, "list"), Text(entry, "substance_id") ?? "",
                        Text(entry, "substance") ?? "", Text(entry, "citation")));
                }
            }
            else if (Text(item, "rule") == "party-match" && Text(item, "explanation") is { } explanation)
            {
                found.Add(Party(explanation));
            }
        }

        return found;
    }

    // The party evidence's explanation reads "'NAME' TIER (SCORE) LIST ID 'ENTRY NAME' [PROGRAMS] …".
    private static ScreenedFinding Party(string explanation)
    {
        var match = PartyExplanation().Match(explanation);
        return match.Success
            ? new ScreenedFinding("party", null, match.Groups["list"].Value, match.Groups["id"].Value, match.Groups["name"].Value,
                $"{match.Groups["tier"].Value} ({match.Groups["score"].Value})")
            : new ScreenedFinding("party", null, null, explanation.Split(" [", 2)[0], "", null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^'.*' (?<tier>\w+) \((?<score>[0-9.]+)\) (?<list>\S+) (?<id>\S+) '(?<name>.*?)' \[")]
    private static partial Regex PartyExplanation();
}
