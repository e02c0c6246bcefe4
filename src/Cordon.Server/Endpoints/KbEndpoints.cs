using System.Globalization;
using Cordon.Application;
using Cordon.Application.Rules;
using Cordon.Contracts;
using Cordon.Contracts.Knowledge;
using Cordon.Server.Auth;

namespace Cordon.Server.Endpoints;

/// <summary><c>GET /v1/kb</c> (version and coverage, list by list), <c>/v1/kb/substances</c> (listed entries, searched and
/// paged; one by id), <c>/v1/kb/definitions</c> (class definitions with their legal text and clauses; one by id), and the
/// versions loaded with what changed between two (<c>/v1/kb/versions</c>, <c>/v1/kb/diff</c>).
/// Parameters fail closed: an unknown one, or an unknown jurisdiction or list, is a 400 naming it.</summary>
internal static class KbEndpoints
{
    private static readonly string[] SubstanceKeys = ["jurisdiction", "list", "q", "offset", "limit"];
    private static readonly string[] DefinitionKeys = ["jurisdiction", "list"];
    private static readonly string[] DiffKeys = ["from", "to"];

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/kb", (KnowledgeBaseCatalog catalog, ChemicalService chemicals) =>
        {
            var kb = chemicals.KnowledgeBase;
            return Results.Ok(new
            {
                kb_version = kb.Version,
                jurisdictions = kb.Jurisdictions.Select(j => new { code = j.Code, name = j.Name }),
                lists = catalog.Coverage.Select(l => new
                {
                    jurisdiction = l.Jurisdiction, id = l.ListId, name = l.Name, entries = l.Entries, with_structure = l.WithStructure,
                    structures_checked = l.StructuresChecked, identifier_only = l.IdentifierOnly, definitions = l.Definitions,
                    last_amended = l.LastAmended is null ? null : new { date = l.LastAmended.Date, instrument = l.LastAmended.Instrument, url = l.LastAmended.Url },
                }),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("kb").WithSummary("Knowledge-base version and coverage: every list, its entries and latest amendment");

        v1.MapGet("/kb/substances", (HttpContext http, KnowledgeBaseCatalog catalog) =>
        {
            if (Refused(http, SubstanceKeys) is { } refused)
            {
                return refused;
            }

            if (!TryNumber(Value(http, "offset"), 0, out var offset) || !TryNumber(Value(http, "limit"), KbSubstanceFilter.DefaultLimit, out var limit))
            {
                return Results.BadRequest(new Problem($"offset and limit must be whole numbers (limit 1 to {KbSubstanceFilter.MaxLimit})"));
            }

            try
            {
                return Results.Ok(catalog.Substances(new KbSubstanceFilter(Value(http, "jurisdiction"), Value(http, "list"), Value(http, "q"), offset, limit)));
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Viewer).WithName("kb-substances").Produces<KbSubstancePage>()
        .WithSummary("Listed entries: filter by jurisdiction and list, search by name (any spelling), CAS RN, id or code; paged");

        v1.MapGet("/kb/substances/{id}", (string id, KnowledgeBaseCatalog catalog) =>
                catalog.Substance(id) is { } substance ? Results.Ok(substance) : Results.NotFound(new Problem($"no listed entry '{id}'")))
            .RequireAuthorization(Policies.Viewer).WithName("kb-substance").Produces<KbSubstance>()
            .WithSummary("One listed entry: names, CAS RNs, structure and how it was obtained, clause, citation, dates");

        v1.MapGet("/kb/definitions", (HttpContext http, KnowledgeBaseCatalog catalog) =>
        {
            if (Refused(http, DefinitionKeys) is { } refused)
            {
                return refused;
            }

            try
            {
                return Results.Ok(new { definitions = catalog.Definitions(Value(http, "jurisdiction"), Value(http, "list")) });
            }
            catch (UseCaseException e)
            {
                return Results.BadRequest(new Problem(e.Message));
            }
        })
        .RequireAuthorization(Policies.Viewer).WithName("kb-definitions")
        .WithSummary("Class definitions and analogue alerts with their legal text, clauses, citations and examples");

        v1.MapGet("/kb/definitions/{id}", (string id, KnowledgeBaseCatalog catalog) =>
                catalog.Definition(id) is { } definition ? Results.Ok(definition) : Results.NotFound(new Problem($"no definition '{id}'")))
            .RequireAuthorization(Policies.Viewer).WithName("kb-definition").Produces<KbDefinition>()
            .WithSummary("One class definition: legal text verbatim, clause by clause, with its citation, days in force and examples");

        v1.MapGet("/kb/versions", async (HttpContext http, KnowledgeBaseHistory history, CancellationToken cancellationToken) =>
                Refused(http, []) ?? Results.Ok(await history.VersionsAsync(cancellationToken)))
            .RequireAuthorization(Policies.Viewer).WithName("kb-versions").Produces<KbVersionList>()
            .WithSummary("Every knowledge-base version this server has loaded, newest first, with entry and definition counts");

        v1.MapGet("/kb/diff", async (HttpContext http, KnowledgeBaseHistory history, CancellationToken cancellationToken) =>
        {
            if (Refused(http, DiffKeys) is { } refused)
            {
                return refused;
            }

            var (from, to) = (Value(http, "from"), Value(http, "to"));
            if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            {
                return Results.BadRequest(new Problem($"{(string.IsNullOrWhiteSpace(from) ? "from" : "to")}: required, a version from GET /v1/kb/versions"));
            }

            try
            {
                return Results.Ok(await history.CompareAsync(from, to, cancellationToken));
            }
            catch (UnknownRecordException e)
            {
                // A version holds a '+', which a query string reads as a space unless it is sent as %2B.
                var hint = $"{from}{to}".Contains(' ', StringComparison.Ordinal) ? " (send a '+' in a version as %2B)" : "";
                return Results.NotFound(new Problem(e.Message + hint));
            }
        })
        .RequireAuthorization(Policies.Viewer).WithName("kb-diff").Produces<KbDiff>()
        .WithSummary("What changed between two loaded knowledge-base versions: lists, entries and definitions added, removed and changed, with citations");
    }

    private static string? Value(HttpContext http, string key) => QueryParameters.Value(http.Request.Query, key);

    private static IResult? Refused(HttpContext http, string[] keys) =>
        QueryParameters.Refusal(http.Request.Query, keys) is { } refusal ? Results.BadRequest(new Problem(refusal)) : null;

    private static bool TryNumber(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
