using System.Diagnostics;
using System.Globalization;
using Cordon.Application;
using Cordon.Application.Network;
using Cordon.Contracts;
using Cordon.Contracts.Network;
using Cordon.Network.Export;
using Cordon.Network.Graph;
using Cordon.Network.Queries;
using Cordon.Network.Resolution;
using Cordon.Server.Auth;
using Cordon.Storage;

namespace Cordon.Server.Endpoints;

/// <summary><c>/v1/network</c>: the caller's team's supplier network, built from its screened rows (<see cref="TeamNetworks"/>):
/// its parties, a party's neighbourhood, the buyers sharing its suppliers, its paths to designees, the most flagged parties,
/// communities, exports, and from a case (<c>/v1/rows/{id}/network</c>) its shipper's and consignee's place. Analysts record
/// merges and splits (audited). A team sees only its own network; an id from another team's is not found. Parameters fail closed.</summary>
internal static class NetworkEndpoints
{
    private static readonly string[] FilterKeys = ["from", "to", "chapter", "flagged_only"];

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/network", async (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
            Refused(http, []) ?? Results.Ok(NetworkViews.Summary(await networks.ForTeamAsync(http.User.Tenant(), ct))))
            .RequireAuthorization(Policies.Viewer).WithName("network").Produces<NetworkSummaryView>()
            .WithSummary("The team's supplier network: rows, parties, spellings, designees, shared contact details, edges by kind");

        v1.MapGet("/network/parties", async (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, ["q", "limit"]) is { } refused)
            {
                return refused;
            }

            if (!Number(http, "limit", 50, 1, 500, out var limit))
            {
                return Results.BadRequest(new Problem("limit must be a whole number from 1 to 500"));
            }

            var network = await networks.ForTeamAsync(http.User.Tenant(), ct);
            var q = QueryParameters.Value(http.Request.Query, "q");
            var words = q is null ? null : SpellingKey.Of(q, null).Split('|')[0].Split(' ');
            var parties = network.Nodes.Where(n => n.Kind == NodeKind.Party)
                .Where(n => words is null || n.Party!.Spellings.Any(s => words.All(s.Key[..s.Key.IndexOf('|')].Split(' ').Contains)))
                .OrderByDescending(n => n.Party!.FlaggedRows).ThenByDescending(n => n.Party!.ShipperRows + n.Party.ConsigneeRows).ThenBy(n => n.Id, StringComparer.Ordinal)
                .Take(limit).Select(NetworkViews.Node).ToList();
            return Results.Ok(parties);
        })
        .RequireAuthorization(Policies.Viewer).WithName("network-parties").Produces<List<NetworkNodeView>>()
        .WithSummary("The team's resolved parties, most flagged first; q finds a party by any of its spellings' words");

        v1.MapGet("/network/parties/{id}", async (string id, HttpContext http, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, []) is { } refused)
            {
                return refused;
            }

            var network = await networks.ForTeamAsync(http.User.Tenant(), ct);
            return network.Node(id) is { Kind: NodeKind.Party } node ? Results.Ok(NetworkViews.Party(node)) : Results.NotFound(new Problem($"no party {id} in the team's network"));
        })
        .RequireAuthorization(Policies.Viewer).WithName("network-party").Produces<NetworkPartyView>()
        .WithSummary("A resolved party: every spelling (with the key a merge or split names), its contact details and the evidence of each merge");

        v1.MapGet("/network/neighbourhood", (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
            WithParty(http, networks, ["party", "depth", "max_nodes", .. FilterKeys], ct, (network, node, filter) =>
                !Number(http, "depth", 2, 1, 4, out var depth) ? Results.BadRequest(new Problem("depth must be a whole number from 1 to 4"))
                : !Number(http, "max_nodes", NetworkQueries.DefaultNeighbourhoodNodes, 1, NetworkQueries.MaxNeighbourhoodNodes, out var maxNodes)
                    ? Results.BadRequest(new Problem($"max_nodes must be a whole number from 1 to {NetworkQueries.MaxNeighbourhoodNodes}"))
                : Results.Ok(NetworkViews.Graph(network, NetworkQueries.Neighbourhood(network, node, depth, filter, maxNodes)))))
            .RequireAuthorization(Policies.Viewer).WithName("network-neighbourhood").Produces<NetworkGraphView>()
            .WithSummary("Nodes within depth hops of a party (nearest first, at most max_nodes: 500 unless asked, up to 2,000; truncated says when cut) " +
                         "and the edges among them, each edge with its evidence; from, to, chapter and flagged_only filter trade edges");

        v1.MapGet("/network/shared-suppliers", (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
            WithParty(http, networks, ["party", .. FilterKeys], ct, (network, node, filter) =>
                Results.Ok(NetworkQueries.SharedSuppliers(network, node, filter).Select(NetworkViews.Shared).ToList())))
            .RequireAuthorization(Policies.Viewer).WithName("network-shared-suppliers").Produces<List<SharedSupplierView>>()
            .WithSummary("Buyers that buy from a buyer's suppliers, most shared suppliers and flagged rows first, with the trade edges as evidence");

        v1.MapGet("/network/paths", (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
            WithParty(http, networks, ["party", "max_hops", .. FilterKeys], ct, (network, node, filter) =>
                Number(http, "max_hops", 4, 1, 6, out var hops)
                    ? Results.Ok(NetworkQueries.PathsToDesignees(network, node, hops, filter).Select(NetworkViews.Path).ToList())
                    : Results.BadRequest(new Problem("max_hops must be a whole number from 1 to 6"))))
            .RequireAuthorization(Policies.Viewer).WithName("network-paths").Produces<List<NetworkPathView>>()
            .WithSummary("The shortest path from a party to each designee within max_hops, every edge with its evidence");

        v1.MapGet("/network/top", async (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, ["limit"]) is { } refused)
            {
                return refused;
            }

            return Number(http, "limit", 20, 1, 500, out var limit)
                ? Results.Ok(NetworkQueries.MostFlagged(await networks.ForTeamAsync(http.User.Tenant(), ct), limit).Select(NetworkViews.Rank).ToList())
                : Results.BadRequest(new Problem("limit must be a whole number from 1 to 500"));
        })
        .RequireAuthorization(Policies.Viewer).WithName("network-top").Produces<List<NetworkRankView>>()
        .WithSummary("Parties whose rows carry the most controlled or suspect chemistry");

        v1.MapGet("/network/communities", async (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, ["limit"]) is { } refused)
            {
                return refused;
            }

            return Number(http, "limit", 20, 1, 200, out var limit)
                ? Results.Ok(NetworkQueries.Communities(await networks.ForTeamAsync(http.User.Tenant(), ct), top: limit).Select(NetworkViews.Community).ToList())
                : Results.BadRequest(new Problem("limit must be a whole number from 1 to 200"));
        })
        .RequireAuthorization(Policies.Viewer).WithName("network-communities").Produces<List<NetworkCommunityView>>()
        .WithSummary("Communities of parties tied by trade and shared contact details (label propagation), most flagged rows first");

        v1.MapGet("/network/export", async (HttpContext http, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, ["format", "party", "depth", .. FilterKeys]) is { } refused)
            {
                return refused;
            }

            var format = QueryParameters.Value(http.Request.Query, "format") ?? "graphml";
            if (!NetworkExport.Formats.Contains(format))
            {
                return Results.BadRequest(new Problem($"unknown format '{format}' (formats: {string.Join(", ", NetworkExport.Formats)})"));
            }

            if (Filter(http, out var filter) is { } bad || !Number(http, "depth", 2, 1, 4, out var depth))
            {
                return Results.BadRequest(new Problem(Filter(http, out _) ?? "depth must be a whole number from 1 to 4"));
            }

            var network = await networks.ForTeamAsync(http.User.Tenant(), ct);
            IReadOnlyList<NetworkNode> nodes = network.Nodes;
            IReadOnlyList<NetworkEdge> edges = network.Edges.Where(filter.Passes).ToList();
            if (QueryParameters.Value(http.Request.Query, "party") is { } id)
            {
                if (network.Node(id) is not { } node)
                {
                    return Results.NotFound(new Problem($"no node {id} in the team's network"));
                }

                var hood = NetworkQueries.Neighbourhood(network, node, depth, filter);
                (nodes, edges) = (hood.Nodes, hood.Edges);
            }

            using var text = new StringWriter(CultureInfo.InvariantCulture);
            NetworkExport.Write(text, format, nodes, edges);
            var (type, extension) = format switch { "csv" => ("text/csv", "csv"), "gexf" => ("application/gexf+xml", "gexf"), _ => ("application/graphml+xml", "graphml") };
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), type, $"cordon-network.{extension}");
        })
        .RequireAuthorization(Policies.Viewer).WithName("network-export")
        .WithSummary("The team's network (or a party's neighbourhood) as GraphML, GEXF or a CSV edge list");

        v1.MapGet("/network/decisions", async (HttpContext http, ICaseStore store, CancellationToken ct) =>
            Refused(http, []) ?? Results.Ok((await store.ListNetworkDecisionsAsync(http.User.Tenant(), ct))
                .Select(d => new { kind = d.Kind, key = d.Key, other_key = d.OtherKey, decided_by = d.DecidedBy, decided_at = d.DecidedAt, note = d.Note })))
            .RequireAuthorization(Policies.Viewer).WithName("network-decisions")
            .WithSummary("The team's standing merges and splits of party spellings");

        v1.MapPost("/network/decisions", async (NetworkDecisionBody body, HttpContext http, ICaseStore store, TimeProvider time, CancellationToken ct) =>
        {
            if (body.Kind is not ("merge" or "split"))
            {
                return Results.BadRequest(new Problem($"kind must be merge or split, not '{body.Kind}'"));
            }

            if (string.IsNullOrWhiteSpace(body.Note))
            {
                return Results.BadRequest(new Problem("a merge or split needs a note saying why"));
            }

            try
            {
                var kind = body.Kind == "merge" ? ResolutionDecisionKind.Merge : ResolutionDecisionKind.Split;
                var replaced = await NetworkService.DecideAsync(store, http.User.Tenant(), kind, body.Key, body.OtherKey, http.User.Actor(), body.Note, time.GetUtcNow(), ct);
                return Results.Ok(new { kind = body.Kind, key = body.Key, other_key = body.OtherKey, replaced = replaced?.Kind });
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Analyst).WithName("network-decide")
        .WithSummary("Record that two spellings are one party (merge) or two (split); audited, and every later build of the network respects it");

        v1.MapGet("/rows/{id:long}/network", async (long id, HttpContext http, ICaseStore store, TeamNetworks networks, CancellationToken ct) =>
        {
            if (Refused(http, []) is { } refused)
            {
                return refused;
            }

            var tenant = http.User.Tenant();
            if (await store.GetRowAsync(tenant, id, ct) is not { } row)
            {
                return Results.NotFound(new Problem($"no row {id}"));
            }

            var network = await networks.ForTeamAsync(tenant, ct);
            var trade = new TradeRows().From(row);
            var shipper = trade.Shipper is { } s ? network.PartyOfSpelling(SpellingKey.Of(s)) : null;
            var consignee = trade.Consignee is { } c ? network.PartyOfSpelling(SpellingKey.Of(c)) : null;
            return Results.Ok(new
            {
                model = network.Model.Id,
                shipper = shipper is null ? null : NetworkViews.Node(shipper),
                consignee = consignee is null ? null : NetworkViews.Node(consignee),
                shared_suppliers = consignee is null ? [] : NetworkQueries.SharedSuppliers(network, consignee, top: 20).Select(NetworkViews.Shared).ToList(),
                shipper_paths = shipper is null ? [] : NetworkQueries.PathsToDesignees(network, shipper, 4, top: 5).Select(NetworkViews.Path).ToList(),
                consignee_paths = consignee is null ? [] : NetworkQueries.PathsToDesignees(network, consignee, 4, top: 5).Select(NetworkViews.Path).ToList(),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("row-network")
        .WithSummary("From a case: its shipper and consignee in the team's network, the other buyers of the consignee's suppliers, and each party's paths to designees");
    }

    private static async Task<IResult> WithParty(HttpContext http, TeamNetworks networks, string[] keys, CancellationToken ct,
        Func<SupplyNetwork, NetworkNode, TradeFilter, IResult> answer)
    {
        if (Refused(http, keys) is { } refused)
        {
            return refused;
        }

        if (Filter(http, out var filter) is { } problem)
        {
            return Results.BadRequest(new Problem(problem));
        }

        if (QueryParameters.Value(http.Request.Query, "party") is not { } id)
        {
            return Results.BadRequest(new Problem("party is required: a party's id as /v1/network/parties gives it"));
        }

        var clock = Stopwatch.StartNew();
        var network = await networks.ForTeamAsync(http.User.Tenant(), ct);
        var found = clock.Elapsed.TotalMilliseconds;
        if (network.Node(id) is not { } node)
        {
            return Results.NotFound(new Problem($"no node {id} in the team's network"));
        }

        var result = answer(network, node, filter);
        // How long the cached network's freshness check and the query took, apart from writing the JSON (the benchmark reads it).
        http.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
            $"network;dur={found:0.0};desc=\"version check\", query;dur={clock.Elapsed.TotalMilliseconds - found:0.0}");
        return result;
    }

    private static string? Filter(HttpContext http, out TradeFilter filter)
    {
        filter = TradeFilter.None;
        var query = http.Request.Query;
        DateOnly? Day(string key, out bool ok)
        {
            ok = true;
            if (QueryParameters.Value(query, key) is not { } text)
            {
                return null;
            }

            ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            return ok ? day : null;
        }

        var from = Day("from", out var fromOk);
        var to = Day("to", out var toOk);
        if (!fromOk || !toOk)
        {
            return "from and to are days, yyyy-mm-dd";
        }

        var chapter = QueryParameters.Value(query, "chapter");
        if (chapter is not null && (chapter.Length != 2 || !chapter.All(char.IsAsciiDigit)))
        {
            return $"chapter '{chapter}': an HS chapter is two digits";
        }

        var flagged = QueryParameters.Value(query, "flagged_only");
        if (flagged is not (null or "true" or "false"))
        {
            return $"flagged_only must be true or false, not '{flagged}'";
        }

        filter = new TradeFilter { From = from, To = to, Chapter = chapter, FlaggedOnly = flagged == "true" };
        return null;
    }

    private static bool Number(HttpContext http, string key, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return QueryParameters.Value(http.Request.Query, key) is not { } text
               || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    private static IResult? Refused(HttpContext http, IReadOnlyCollection<string> keys) =>
        QueryParameters.Refusal(http.Request.Query, keys) is { } message ? Results.BadRequest(new Problem(message)) : null;
}
