using System.Security.Claims;
using System.Text;
using Cordon.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cordon.Server.Auth;

/// <summary>Optional OIDC / JWT bearer authentication beside API keys: a bearer token shaped like a JWT (three parts) goes to
/// the JWT handler when <see cref="JwtSettings.Enabled"/>, anything else to the API-key handler. A valid token's claims are
/// mapped to Cordon's caller: name, role (one of the four, else no role: 403) and team (required: 401 without it).</summary>
public static class JwtAuthentication
{
    /// <summary>The scheme that picks API key or JWT per request; the default scheme.</summary>
    public const string SelectorScheme = "cordon";

    /// <summary>The JWT bearer scheme.</summary>
    public const string JwtScheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Registers the selector, the API-key handler and the JWT handler (configured from <see cref="ServerSettings"/>).</summary>
    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or JWT", options => options.ForwardDefaultSelector = Select)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(JwtScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(JwtScheme).Configure<IOptions<ServerSettings>>((options, settings) => Configure(options, settings.Value.Auth.Jwt));
    }

    /// <summary>Builds the JWT handler's options once at start when tokens are on, so a setting JwtBearer refuses (an http
    /// authority while <see cref="JwtSettings.RequireHttpsMetadata"/>) stops the server with its reason instead of failing every
    /// token request with a 500 while API keys keep working.</summary>
    public static void CheckConfiguration(IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<ServerSettings>>().Value.Auth.Jwt.Enabled)
        {
            return;
        }

        try
        {
            _ = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtScheme);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Cordon:Auth:Jwt: {e.Message}", e);
        }
    }

    private static string Select(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var looksLikeJwt = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.AsSpan(7).Trim().Count('.') == 2;
        return looksLikeJwt && http.RequestServices.GetRequiredService<IOptions<ServerSettings>>().Value.Auth.Jwt.Enabled
            ? JwtScheme
            : ApiKeyAuthenticationHandler.SchemeName;
    }

    private static void Configure(JwtBearerOptions options, JwtSettings jwt)
    {
        // Claims are read as the token names them; Cordon maps them itself below.
        options.MapInboundClaims = false;
        options.Authority = jwt.Authority is { Length: > 0 } authority ? authority : null;
        options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        options.Audience = jwt.Audience;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = jwt.Audience is { Length: > 0 },
            ValidAudience = jwt.Audience,
            ValidateIssuer = jwt.Authority is { Length: > 0 } || jwt.Issuer is { Length: > 0 },
            ValidIssuer = jwt.Issuer,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds),
            IssuerSigningKey = jwt.SigningKey is { Length: > 0 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null,
        };
        options.Events = new JwtBearerEvents { OnTokenValidated = context => MapClaims(context, jwt) };
    }

    private static Task MapClaims(TokenValidatedContext context, JwtSettings jwt)
    {
        var token = context.Principal!;
        var team = token.FindFirst(jwt.TeamClaim)?.Value;
        if (string.IsNullOrWhiteSpace(team))
        {
            context.Fail($"the token has no '{jwt.TeamClaim}' claim (the caller's team)");
            return Task.CompletedTask;
        }

        var name = token.FindFirst(jwt.NameClaim)?.Value ?? token.FindFirst("sub")?.Value ?? "?";
        // The highest of the token's roles that Cordon knows; a token with none of them signs in with no role (403 everywhere).
        var role = token.FindAll(jwt.RoleClaim)
            .Select(c => Enum.TryParse<Role>(c.Value, ignoreCase: true, out var r) && Enum.IsDefined(r) && !int.TryParse(c.Value, out _) ? r : (Role?)null)
            .Max();
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(Caller.TenantClaim, team),
            new(Caller.KeyClaim, "jwt:" + (token.FindFirst("sub")?.Value ?? name)),
        };
        if (role is { } known)
        {
            claims.Add(new Claim(ClaimTypes.Role, known.ToString().ToLowerInvariant()));
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, JwtScheme));
        return Task.CompletedTask;
    }
}
