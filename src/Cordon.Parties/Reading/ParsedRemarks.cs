namespace Cordon.Parties.Reading;

/// <summary>The supporting fields read from an entry's remarks (<see cref="RemarksParser"/>).</summary>
public sealed class ParsedRemarks
{
    /// <summary>Weak aliases: "a.k.a. '…'" in the remarks.</summary>
    public List<string> WeakAliases { get; } = [];

    /// <summary>Dates of birth.</summary>
    public List<BirthDate> BirthDates { get; } = [];

    /// <summary>Places of birth.</summary>
    public List<string> BirthPlaces { get; } = [];

    /// <summary>Nationalities.</summary>
    public List<string> Nationalities { get; } = [];

    /// <summary>Citizenships.</summary>
    public List<string> Citizenships { get; } = [];

    /// <summary>"male" or "female".</summary>
    public string? Gender { get; set; }

    /// <summary>Identifiers.</summary>
    public List<PartyIdentifier> Identifiers { get; } = [];

    /// <summary>E-mail addresses.</summary>
    public List<string> Emails { get; } = [];

    /// <summary>Websites.</summary>
    public List<string> Websites { get; } = [];

    /// <summary>"Linked To:" names.</summary>
    public List<string> LinkedTo { get; } = [];

    /// <summary>The entry with these fields set (the remarks' own text is left as it is).</summary>
    public WatchListEntry ApplyTo(WatchListEntry entry) => entry with
    {
        BirthDates = BirthDates,
        BirthPlaces = BirthPlaces,
        Nationalities = Nationalities,
        Citizenships = Citizenships,
        Gender = Gender,
        Identifiers = Identifiers,
        Emails = Emails,
        Websites = Websites,
        LinkedTo = LinkedTo,
    };
}
