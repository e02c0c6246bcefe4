using System.Security.Claims;
using Cordon.Storage;

namespace Cordon.Server.Auth;

/// <summary>Who is calling: claims set by <see cref="ApiKeyAuthenticationHandler"/>.</summary>
public static class Caller
{
    /// <summary>Claim holding the caller's team.</summary>
    public const string TenantClaim = "cordon:tenant";

    /// <summary>Claim holding the key id the caller used.</summary>
    public const string KeyClaim = "cordon:key";

    /// <summary>The caller's role; 0 when not signed in.</summary>
    public static Role RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role) ? role : 0;

    /// <summary>The caller's team.</summary>
    public static string Tenant(this ClaimsPrincipal user) => user.FindFirstValue(TenantClaim) ?? throw new InvalidOperationException("no tenant claim");

    /// <summary>How the audit log names the caller: user name and key id.</summary>
    public static string Actor(this ClaimsPrincipal user) => $"{user.Identity?.Name} (key {user.FindFirstValue(KeyClaim)})";

    /// <summary>The caller's user id.</summary>
    public static long UserId(this ClaimsPrincipal user) => long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
}
