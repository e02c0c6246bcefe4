using System.Security.Claims;
using System.Text.Encodings.Web;
using Cordon.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Cordon.Server.Auth;

/// <summary>Authenticates "Authorization: Bearer cdn_…" (or "X-Api-Key: cdn_…") against the stored keys: unknown, revoked,
/// expired keys and disabled users are refused.</summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ICaseStore store, TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "cordon-key";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : Request.Headers["X-Api-Key"].ToString();
        if (token.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!Tokens.TryParse(token, out var id, out var secret))
        {
            return AuthenticateResult.Fail("malformed token");
        }

        var key = await store.FindApiKeyAsync(id, Context.RequestAborted);
        var now = time.GetUtcNow();
        if (key is null || !Tokens.Matches(key, secret) || key.RevokedAt is not null || key.ExpiresAt is { } expires && expires <= now)
        {
            return AuthenticateResult.Fail("unknown, revoked or expired token");
        }

        var user = await store.GetUserAsync(key.Tenant, key.UserId, Context.RequestAborted);
        if (user is null || user.Disabled)
        {
            return AuthenticateResult.Fail("the token's user is disabled");
        }

        // A key never acts above its user's current role.
        var role = (Role)Math.Min((int)key.Role, (int)user.Role);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, role.ToString().ToLowerInvariant()),
            new Claim(Caller.TenantClaim, user.Tenant),
            new Claim(Caller.KeyClaim, key.Id),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
