namespace Cordon.Network;

/// <summary>One screened declaration as the network sees it: who shipped what to whom, when, and how risky the row was.</summary>
public sealed record TradeRow
{
    /// <summary>The row's key in its source (a case-store row id, or "file:line").</summary>
    public required string Key { get; init; }

    /// <summary>The declaration's own id, when the file has one.</summary>
    public string? DeclarationId { get; init; }

    /// <summary>The date of the declaration, when the file has one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The declared HS code.</summary>
    public string? HsCode { get; init; }

    /// <summary>The screening status of the row (controlled, suspect, clear, …).</summary>
    public required string Status { get; init; }

    /// <summary>The row's risk level (high, medium, low, none).</summary>
    public required string Risk { get; init; }

    /// <summary>The row's risk score, 0 to 1.</summary>
    public double Score { get; init; }

    /// <summary>The exporter.</summary>
    public TradeParty? Shipper { get; init; }

    /// <summary>The importer.</summary>
    public TradeParty? Consignee { get; init; }

    /// <summary>The notify party.</summary>
    public TradeParty? NotifyParty { get; init; }

    /// <summary>Whether the row carries controlled or suspect chemistry.</summary>
    public bool IsFlagged => Status is "controlled" or "suspect";

    /// <summary>The row's parties with their roles.</summary>
    public IEnumerable<(PartyRole Role, TradeParty Party)> Parties()
    {
        if (Shipper is { } s)
        {
            yield return (PartyRole.Shipper, s);
        }

        if (Consignee is { } c)
        {
            yield return (PartyRole.Consignee, c);
        }

        if (NotifyParty is { } n)
        {
            yield return (PartyRole.NotifyParty, n);
        }
    }
}
