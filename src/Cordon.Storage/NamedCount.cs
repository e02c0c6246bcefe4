namespace Cordon.Storage;

/// <summary>A name (a party, a jurisdiction code, a substance, a disposition) and how many rows it counts.</summary>
public sealed record NamedCount(string Name, long Rows);
