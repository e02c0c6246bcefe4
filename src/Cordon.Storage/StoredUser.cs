namespace Cordon.Storage;

/// <summary>A person who signs in: a name unique in the store, a role, a team (tenant) and a password hash.</summary>
public sealed record StoredUser(long Id, string Tenant, string Name, Role Role, string? PasswordHash, DateTimeOffset CreatedAt, bool Disabled);
