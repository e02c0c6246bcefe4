namespace Cordon.Parties;

/// <summary>An identifier of a party as listed: its kind ("Passport", "R.F.C.", "Cedula No."), the number, and the issuing country.</summary>
public sealed record PartyIdentifier(string Kind, string Value, string? Country)
{
    /// <summary>The number as compared: letters and digits only, upper case ("V-16155" and "v16155" are one key).</summary>
    public string Key { get; } = KeyOf(Value);

    /// <summary>The comparison key of any identifier text.</summary>
    public static string KeyOf(string value) => new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
