using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cordon.Server.Tests;

/// <summary>A stand-in for an external OIDC identity provider: Kestrel on 127.0.0.1 (a free port) serving a discovery document
/// and a JWKS with one RSA public key, and issuing RS256 tokens signed with its private key.</summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    /// <summary>The key id the JWKS publishes; a forged token may name it too, to show the id alone opens nothing.</summary>
    public const string KeyId = "test-idp-key-1";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly WebApplication _app;
    private int _keyRequests;
    private bool _stopped;

    private TestIdentityProvider(WebApplication app) => _app = app;

    /// <summary>The issuer URL, without a trailing slash: Cordon's Authority and the tokens' iss.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>How many times the JWKS was fetched: proof that the keys came from discovery.</summary>
    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>Starts the provider on a free port of 127.0.0.1.</summary>
    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        // Port 0: the system picks a free one, read back after start; nothing in the environment (ASPNETCORE_URLS) moves it.
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var idp = new TestIdentityProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = idp.Authority,
            ["jwks_uri"] = idp.Authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref idp._keyRequests);
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(idp._rsa.ExportParameters(includePrivateParameters: false)) { KeyId = KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        idp.Authority = app.Urls.Single().TrimEnd('/');
        return idp;
    }

    /// <summary>A token signed RS256 with this provider's key (or with <paramref name="signer"/>, a key it does not publish).</summary>
    public string Token(IReadOnlyDictionary<string, object> claims, string audience, string? issuer = null, DateTime? expires = null, RSA? signer = null)
    {
        var at = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            Claims = claims.ToDictionary(),
            NotBefore = at.AddMinutes(-20),
            IssuedAt = at.AddMinutes(-20),
            Expires = at,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signer ?? _rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Stops the provider (its port then refuses connections); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
