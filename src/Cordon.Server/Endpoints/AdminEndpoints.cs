using System.Text.Json;
using Cordon.Contracts;
using Cordon.Server.Auth;
using Cordon.Storage;
using Microsoft.Extensions.Options;

namespace Cordon.Server.Endpoints;

/// <summary>Users, API keys and sign-in. Keys are shown once, stored hashed, revocable; every change is audited.</summary>
internal static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/auth/login", async (LoginBody body, ICaseStore store, TimeProvider time, IOptions<ServerSettings> settings, CancellationToken cancellationToken) =>
        {
            var user = await store.FindUserAsync(body.Name, cancellationToken);
            // The same answer for an unknown user and a wrong password: a caller cannot probe for names.
            if (user is null || user.Disabled || user.PasswordHash is null || !PasswordHashing.Verify(body.Password, user.PasswordHash))
            {
                return Results.Json(new Problem("unknown user or wrong password"), statusCode: StatusCodes.Status401Unauthorized);
            }

            var now = time.GetUtcNow();
            var (key, token) = Tokens.Issue(user.Tenant, user.Id, user.Role, "session", now, now.AddHours(settings.Value.SessionHours));
            await store.CreateApiKeyAsync(key, cancellationToken);
            await store.AppendAuditAsync(user.Tenant, now, user.Name, "session.create", $"key:{key.Id}", null, null, cancellationToken);
            return Results.Ok(new { token, expires_at = key.ExpiresAt, role = Name(user.Role) });
        })
        .AllowAnonymous().RequireRateLimiting(CordonServer.LoginLimit).WithName("login").WithSummary("Exchange a user name and password for a session token");

        // A token pasted into the web application says nothing by itself: this tells the page whom it acts for.
        v1.MapGet("/me", (HttpContext http) => Results.Ok(new
            {
                name = http.User.Identity?.Name, role = Name(Caller.RoleOf(http.User)), tenant = http.User.Tenant(),
            }))
            .RequireAuthorization(Policies.Viewer).WithName("me").WithSummary("Who the caller is: user name, role and team");

        v1.MapGet("/users", async (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            Results.Ok(new { users = (await store.ListUsersAsync(http.User.Tenant(), cancellationToken)).Select(UserView) }))
            .RequireAuthorization(Policies.Admin).WithName("users").WithSummary("The team's users");

        v1.MapPost("/users", async (UserBody body, HttpContext http, ICaseStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!TryRole(body.Role, out var role))
            {
                return Results.BadRequest(new Problem($"role '{body.Role}': expected viewer, analyst, supervisor or admin"));
            }

            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100)
            {
                return Results.BadRequest(new Problem("name: 1 to 100 characters"));
            }

            if (body.Password is { Length: < 12 })
            {
                return Results.BadRequest(new Problem("password: at least 12 characters"));
            }

            var now = time.GetUtcNow();
            var user = await store.CreateUserAsync(http.User.Tenant(), body.Name.Trim(), role, body.Password is null ? null : PasswordHashing.Hash(body.Password),
                now, cancellationToken);
            if (user is null)
            {
                return Results.Conflict(new Problem($"a user named '{body.Name}' exists"));
            }

            await store.AppendAuditAsync(user.Tenant, now, http.User.Actor(), "user.create", $"user:{user.Id}", null,
                JsonSerializer.Serialize(new { user.Name, role = Name(role) }), cancellationToken);
            return Results.Created($"/v1/users/{user.Id}", UserView(user));
        })
        .RequireAuthorization(Policies.Admin).WithName("create-user").WithSummary("Add a user to the team");

        v1.MapGet("/keys", async (HttpContext http, ICaseStore store, CancellationToken cancellationToken) =>
            Results.Ok(new { keys = (await store.ListApiKeysAsync(http.User.Tenant(), cancellationToken)).Select(KeyView) }))
            .RequireAuthorization(Policies.Admin).WithName("keys").WithSummary("The team's API keys (never their secrets)");

        v1.MapPost("/keys", async (KeyBody body, HttpContext http, ICaseStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!TryRole(body.Role, out var role))
            {
                return Results.BadRequest(new Problem($"role '{body.Role}': expected viewer, analyst, supervisor or admin"));
            }

            var tenant = http.User.Tenant();
            // A caller signed in by an identity provider's token has no Cordon user: it must name the key's user.
            if (body.UserId is null && !http.User.HasClaim(c => c.Type == System.Security.Claims.ClaimTypes.NameIdentifier))
            {
                return Results.BadRequest(new Problem("user_id: required when signed in with a JWT (the key acts for a Cordon user)"));
            }

            var user = await store.GetUserAsync(tenant, body.UserId ?? http.User.UserId(), cancellationToken);
            if (user is null)
            {
                return Results.NotFound(new Problem($"no user {body.UserId}"));
            }

            if (role > user.Role)
            {
                return Results.BadRequest(new Problem($"a key for {user.Name} can be at most {Name(user.Role)}"));
            }

            var now = time.GetUtcNow();
            var (key, token) = Tokens.Issue(tenant, user.Id, role, body.Label, now, body.ExpiresInDays is { } days ? now.AddDays(days) : null);
            await store.CreateApiKeyAsync(key, cancellationToken);
            await store.AppendAuditAsync(tenant, now, http.User.Actor(), "key.create", $"key:{key.Id}", null,
                JsonSerializer.Serialize(new { user = user.Name, role = Name(role), key.Label, key.ExpiresAt }), cancellationToken);
            return Results.Created($"/v1/keys/{key.Id}", new { token, key = KeyView(key) });
        })
        .RequireAuthorization(Policies.Admin).WithName("create-key").WithSummary("Issue an API key: the token is shown once");

        v1.MapDelete("/keys/{id}", async (string id, HttpContext http, ICaseStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var now = time.GetUtcNow();
            if (!await store.RevokeApiKeyAsync(http.User.Tenant(), id, now, cancellationToken))
            {
                return Results.NotFound(new Problem($"no active key {id}"));
            }

            await store.AppendAuditAsync(http.User.Tenant(), now, http.User.Actor(), "key.revoke", $"key:{id}", "active", "revoked", cancellationToken);
            return Results.NoContent();
        })
        .RequireAuthorization(Policies.Admin).WithName("revoke-key").WithSummary("Revoke an API key");
    }

    private static bool TryRole(string text, out Role role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);

    private static string Name(Role role) => role.ToString().ToLowerInvariant();

    private static object UserView(StoredUser user) => new
    {
        id = user.Id, name = user.Name, role = Name(user.Role), created_at = user.CreatedAt, disabled = user.Disabled, has_password = user.PasswordHash is not null,
    };

    private static object KeyView(ApiKey key) => new
    {
        id = key.Id, user_id = key.UserId, role = Name(key.Role), label = key.Label, created_at = key.CreatedAt, expires_at = key.ExpiresAt, revoked_at = key.RevokedAt,
    };
}
