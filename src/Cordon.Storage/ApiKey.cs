namespace Cordon.Storage;

/// <summary>A credential for a machine client or a signed-in session: only the hash of its secret is kept.</summary>
/// <param name="Id">The public part of the token (before the secret).</param>
/// <param name="Tenant">The team whose data it reaches.</param>
/// <param name="UserId">The user it acts for.</param>
/// <param name="Role">Its role (at most the user's).</param>
/// <param name="SecretHash">SHA-256 of the secret, hex.</param>
/// <param name="Label">What it is for.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working; null for keys that do not expire.</param>
/// <param name="RevokedAt">When it was revoked; null while valid.</param>
public sealed record ApiKey(string Id, string Tenant, long UserId, Role Role, string SecretHash, string Label, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);
