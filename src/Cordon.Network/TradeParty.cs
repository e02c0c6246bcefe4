namespace Cordon.Network;

/// <summary>A party as one declaration writes it: its name and whatever the row says about it.</summary>
public sealed record TradeParty(string Name)
{
    /// <summary>The party's country (ISO 3166 alpha-2) when the row gives it or it follows from origin or destination.</summary>
    public string? Country { get; init; }

    /// <summary>The address as written.</summary>
    public string? Address { get; init; }

    /// <summary>Free contact text as written: phone numbers, e-mail addresses, websites.</summary>
    public string? Contact { get; init; }
}
