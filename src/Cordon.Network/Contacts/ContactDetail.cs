namespace Cordon.Network.Contacts;

/// <summary>A contact detail in comparable form (<see cref="Key"/>) with the text it was read from.</summary>
public sealed record ContactDetail(ContactKind Kind, string Key, string Text)
{
    /// <summary>Kind and key together: two details are the same when these are.</summary>
    public string Id => $"{Kind.ToString().ToLowerInvariant()}:{Key}";
}
