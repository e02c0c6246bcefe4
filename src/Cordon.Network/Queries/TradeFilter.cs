namespace Cordon.Network.Queries;

/// <summary>Which trade edges a query walks: rows in a date range, of an HS chapter, with flagged chemistry. Other edges
/// (contacts, designees, watch-list links) are always walked.</summary>
public sealed record TradeFilter
{
    /// <summary>Every edge.</summary>
    public static readonly TradeFilter None = new();

    /// <summary>Edges with a row on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Edges with a row on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Edges with a row of this HS chapter (two digits).</summary>
    public string? Chapter { get; init; }

    /// <summary>Edges with at least one row of controlled or suspect chemistry.</summary>
    public bool FlaggedOnly { get; init; }

    /// <summary>Whether a trade edge passes.</summary>
    public bool Passes(Graph.NetworkEdge edge)
    {
        if (edge.Trade is not { } t)
        {
            return true;
        }

        // An edge's dates are its first and last row: it passes when that span meets the range.
        return (From is null || t.Last is null || t.Last >= From) && (To is null || t.First is null || t.First <= To)
            && (Chapter is null || t.Chapters.ContainsKey(Chapter)) && (!FlaggedOnly || t.FlaggedRows > 0);
    }
}
