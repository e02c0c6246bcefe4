using System.Security.Cryptography;
using System.Text;
using Cordon.Storage;

namespace Cordon.Server.Auth;

/// <summary>API tokens: "cdn_" + a public id + "." + a 256-bit secret. Only SHA-256 of the secret is stored (the secret is
/// random, so a fast hash is enough; passwords go through <see cref="PasswordHashing"/>).</summary>
public static class Tokens
{
    private const string Prefix = "cdn_";

    /// <summary>A new key for a user and its token, to be shown once.</summary>
    public static (ApiKey Key, string Token) Issue(string tenant, long userId, Role role, string label, DateTimeOffset now, DateTimeOffset? expires)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new ApiKey(id, tenant, userId, role, Hash(secret), label, now, expires, null), $"{Prefix}{id}.{secret}");
    }

    /// <summary>Splits a token into its id and secret; false when it is not shaped like one.</summary>
    public static bool TryParse(string token, out string id, out string secret)
    {
        id = secret = "";
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.IndexOf('.') is var dot && dot < 0)
        {
            return false;
        }

        id = token[Prefix.Length..dot];
        secret = token[(dot + 1)..];
        return id.Length == 16 && secret.Length > 20;
    }

    /// <summary>True when the secret is the key's, compared in constant time.</summary>
    public static bool Matches(ApiKey key, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(key.SecretHash));

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
