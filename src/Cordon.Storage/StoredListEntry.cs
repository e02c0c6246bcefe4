namespace Cordon.Storage;

/// <summary>One entry of an imported watch list as stored: the fields the list gave (supporting fields are read again from the
/// remarks), and every name with its kind as JSON <c>[{"name":…,"kind":…}]</c>.</summary>
public sealed record StoredListEntry(string List, string Id, string Name, string Type, string Programs, string Countries, string? Remarks,
    string Addresses, string NamesJson);
