namespace Cordon.Storage;

/// <summary>One numbered schema step of a provider; applied in order, each in its own transaction, at start.</summary>
public sealed record Migration(int Version, string Description, string Sql);
