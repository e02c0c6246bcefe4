using System.Text.Json;
using Cordon.Regulation;
using Cordon.Storage;

namespace Cordon.Application.Rescreening;

/// <summary>Compares a row's stored verdict with its verdict now (status, risk and the set of findings) and, when they differ,
/// says why in words ("new since kb A → B", "new designee") and as JSON (the findings gained and lost, the rule changes).</summary>
public static class VerdictChange
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The raise for a changed row, or null when the verdict is the same.</summary>
    /// <param name="before">The row as stored.</param>
    /// <param name="after">The row screened again (its result, status, risk).</param>
    /// <param name="run">The run as stored (the versions it was screened against).</param>
    /// <param name="kbVersion">The knowledge-base version now.</param>
    /// <param name="watchlistVersion">The watch-list version now.</param>
    /// <param name="ruleChanges">The knowledge-base diff from the run's version to now, when both are at hand.</param>
    /// <param name="at">When.</param>
    public static RowRaise? Of(CaseRow before, CaseRow after, ScreeningRun run, string kbVersion, string watchlistVersion,
        IReadOnlyList<RuleChange>? ruleChanges, DateTimeOffset at)
    {
        var old = ScreenedFinding.Of(before.Result);
        var now = ScreenedFinding.Of(after.Result);
        var gained = now.Except(old).OrderBy(Key, StringComparer.Ordinal).ToList();
        var lost = old.Except(now).OrderBy(Key, StringComparer.Ordinal).ToList();
        if (before.Status == after.Status && before.Risk == after.Risk && gained.Count == 0 && lost.Count == 0)
        {
            return null;
        }

        var kbChanged = run.KbVersion != kbVersion;
        var listsChanged = run.WatchlistVersion != watchlistVersion;
        var reasons = new List<string>();
        if (kbChanged && (gained.Concat(lost).Any(f => f.Kind == "law") || !gained.Concat(lost).Any(f => f.Kind == "party")))
        {
            reasons.Add($"new since kb {run.KbVersion} → {kbVersion}");
        }

        if (gained.Any(f => f.Kind == "party"))
        {
            reasons.Add("new designee");
        }
        else if (lost.Any(f => f.Kind == "party"))
        {
            reasons.Add("designee no longer matched");
        }

        if (reasons.Count == 0)
        {
            reasons.Add(listsChanged ? $"new since watch lists {run.WatchlistVersion ?? "unrecorded"} → {watchlistVersion}" : "verdict changed on re-screening");
        }

        var entries = gained.Concat(lost).Select(f => f.Entry).ToHashSet(StringComparer.Ordinal);
        var lists = gained.Concat(lost).Select(f => f.List).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var cause = new
        {
            kb = kbChanged ? new { from = run.KbVersion, to = kbVersion } : null,
            watchlists = listsChanged ? new { from = run.WatchlistVersion, to = watchlistVersion } : null,
            status = new { from = before.Status, to = after.Status },
            risk = new { from = before.Risk, to = after.Risk },
            gained,
            lost,
            rule_changes = ruleChanges?.Where(c => entries.Contains(c.Id) || (c.What == "list" && lists.Contains(c.Id)))
                .Select(c => new { kind = c.Kind.ToString().ToLowerInvariant(), what = c.What, id = c.Id, jurisdiction = c.Jurisdiction, name = c.Name,
                    fields = c.Fields, citation = c.Citation }).ToList(),
            at,
        };
        return new RowRaise(before.Id, after.Status, after.Risk, after.Score, after.Jurisdictions, after.Result, string.Join("; ", reasons),
            JsonSerializer.Serialize(cause, Json), after.Structures);
    }

    private static string Key(ScreenedFinding f) => $"{f.Kind}|{f.Jurisdiction}|{f.List}|{f.Entry}";
}
