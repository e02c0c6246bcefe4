using Cordon.Application;
using Cordon.Regulation;
using Cordon.Server.Auth;

namespace Cordon.Server.Endpoints;

/// <summary><c>GET /v1/kb</c>: the knowledge base's version and coverage, list by list.</summary>
internal static class KbEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/kb", (ChemicalService chemicals) =>
        {
            var kb = chemicals.KnowledgeBase;
            return Results.Ok(new
            {
                kb_version = kb.Version,
                jurisdictions = kb.Jurisdictions.Select(j => new { code = j.Code, name = j.Name }),
                lists = ListCoverage.Of(kb).Select(l => new
                {
                    jurisdiction = l.Jurisdiction, id = l.ListId, name = l.Name, entries = l.Entries, with_structure = l.WithStructure,
                    structures_checked = l.StructuresChecked, identifier_only = l.IdentifierOnly, definitions = l.Definitions,
                    last_amended = l.LastAmended is null ? null : new { date = l.LastAmended.Date, instrument = l.LastAmended.Instrument, url = l.LastAmended.Url },
                }),
            });
        })
        .RequireAuthorization(Policies.Viewer).WithName("kb").WithSummary("Knowledge-base version and coverage: every list, its entries and latest amendment");
    }
}
