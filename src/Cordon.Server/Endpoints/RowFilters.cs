using System.Globalization;
using Cordon.Application;
using Cordon.Regulation;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary>Reads the filters, sort and page of <c>GET /v1/queue</c> and <c>GET /v1/jobs/{id}/rows</c>. They fail closed: an
/// unknown parameter, an unknown value or a malformed number is an error naming it, never an empty or unfiltered page.</summary>
internal static class RowFilters
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 500;

    private const int MaxTextLength = 200;

    private static readonly string[] Keys = [
        "status", "risk", "jurisdiction", "party", "shipper", "consignee", "country", "port", "hs_chapter", "text", "since", "until", "assigned", "raised",
        "sort", "order", "offset", "limit",
    ];
    private static readonly HashSet<string> Statuses = ["controlled", "suspect", "clear", "unresolved", "error"];
    private static readonly HashSet<string> Risks = ["none", "low", "medium", "high"];

    /// <summary>The query the request asks for, or the reason it is refused (a 400).</summary>
    public static async Task<(RowQuery? Query, string? Error)> ParseAsync(HttpContext http, ICaseStore store, CancellationToken cancellationToken)
    {
        var q = http.Request.Query;
        if (QueryParameters.Refusal(q, Keys) is { } refusal)
        {
            return (null, refusal);
        }

        string? Value(string key) => QueryParameters.Value(q, key);

        var query = new RowQuery();
        if (Value("status") is { } status)
        {
            if (!Statuses.Contains(status))
            {
                return (null, $"status '{status}': expected one of {string.Join(", ", Statuses)}");
            }

            query = query with { Status = status };
        }

        if (Value("risk") is { } risk)
        {
            if (!Risks.Contains(risk))
            {
                return (null, $"risk '{risk}': expected one of {string.Join(", ", Risks)}");
            }

            query = query with { Risk = risk };
        }

        if (Value("jurisdiction") is { } jurisdiction)
        {
            var knowledgeBase = http.RequestServices.GetRequiredService<KnowledgeBase>();
            if (!JurisdictionOption.TryParse(jurisdiction, knowledgeBase, out var codes, out var error))
            {
                return (null, $"jurisdiction {error}");
            }

            if (codes!.Count != 1)
            {
                return (null, $"jurisdiction '{jurisdiction}': give one code");
            }

            query = query with { Jurisdiction = codes.Single() };
        }

        if (Value("hs_chapter") is { } chapter)
        {
            if (chapter is not [>= '0' and <= '9', >= '0' and <= '9'] || chapter == "00")
            {
                return (null, $"hs_chapter '{chapter}': expected two digits, 01 to 99 (e.g. 29)");
            }

            query = query with { HsChapter = chapter };
        }

        foreach (var key in new[] { "party", "shipper", "consignee", "country", "port", "text" })
        {
            if (Value(key) is { Length: > MaxTextLength } tooLong)
            {
                return (null, $"{key}: at most {MaxTextLength} characters (got {tooLong.Length})");
            }
        }

        query = query with
        {
            Party = Value("party"), Shipper = Value("shipper"), Consignee = Value("consignee"), Country = Value("country"), Port = Value("port"),
            Text = Value("text"),
        };

        foreach (var key in new[] { "since", "until" })
        {
            if (Value(key) is not { } day)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (null, $"{key} '{day}': expected a day as YYYY-MM-DD");
            }

            query = key == "since" ? query with { Since = parsed } : query with { Until = parsed };
        }

        if (query is { Since: { } from, Until: { } to } && to < from)
        {
            return (null, $"until {to:yyyy-MM-dd} is before since {from:yyyy-MM-dd}");
        }

        switch (Value("assigned"))
        {
            case null:
                break;
            case "none":
                query = query with { UnassignedOnly = true };
                break;
            case "me":
                query = query with { Assignee = http.User.Identity?.Name };
                break;
            case { } name:
                if (await store.FindUserAsync(name, cancellationToken) is not { } user || user.Tenant != http.User.Tenant())
                {
                    return (null, $"assigned '{name}': expected me, none or the name of a user of your team");
                }

                query = query with { Assignee = user.Name };
                break;
        }

        switch (Value("raised"))
        {
            case null or "false":
                break;
            case "true":
                query = query with { RaisedOnly = true };
                break;
            case "kb":
                query = query with { RaisedOnly = true, RaisedByKbOnly = true };
                break;
            case { } raised:
                return (null, $"raised '{raised}': expected true, false or kb (raised because the knowledge base changed)");
        }

        if (Value("sort") is { } sort)
        {
            if (!RowQuery.SortKeys.Contains(sort))
            {
                return (null, $"sort '{sort}': expected one of {string.Join(", ", RowQuery.SortKeys)}");
            }

            query = query with { Sort = sort };
        }

        switch (Value("order"))
        {
            case null:
                break;
            case "asc":
                query = query with { Descending = false };
                break;
            case "desc":
                query = query with { Descending = true };
                break;
            case { } order:
                return (null, $"order '{order}': expected asc or desc");
        }

        if (Value("offset") is { } offsetText)
        {
            if (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return (null, $"offset '{offsetText}': expected a whole number, 0 or more");
            }

            query = query with { Offset = offset };
        }

        if (Value("limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit)
            {
                return (null, $"limit '{limitText}': expected a whole number from 1 to {MaxLimit}");
            }

            query = query with { Limit = limit };
        }

        return (query, null);
    }
}
