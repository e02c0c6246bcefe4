using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>OIDC authority mode against a real identity provider on 127.0.0.1: the signing keys come from its discovery
/// document and JWKS; a token it signed is honoured by role, one signed by any other key, naming another issuer or audience,
/// or expired is 401, as is any token while the authority cannot be reached; and an http authority stops the server at start
/// unless RequireHttpsMetadata is turned off.</summary>
public sealed class JwtAuthorityTests : IAsyncLifetime
{
    private const string Audience = "cordon-api";

    private TestIdentityProvider _idp = null!;
    private ServerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _idp = await TestIdentityProvider.StartAsync();
        _factory = new ServerFactory(postgres: null, new Dictionary<string, string>
        {
            ["Cordon:Auth:Jwt:Authority"] = _idp.Authority,
            ["Cordon:Auth:Jwt:Audience"] = Audience,
            ["Cordon:Auth:Jwt:RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _idp.DisposeAsync();
    }

    [Fact]
    public async Task A_token_from_the_authority_is_honoured_by_role_with_keys_read_from_its_jwks()
    {
        using var viewer = Client(_factory, Token("viewer"));
        var check = await viewer.PostAsJsonAsync("/v1/check", new { query = "fentanyl" });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.True(_idp.KeyRequests >= 1, "the key was not fetched from the authority's jwks_uri");

        var clear = new { party = "Kaikai Technology Co Ltd", list = "OFAC-SDN", entry_id = "18661", note = "namesake" };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/v1/parties/clearances", clear)).StatusCode);
        using var analyst = Client(_factory, Token("analyst"));
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync("/v1/parties/clearances", clear)).StatusCode);
    }

    [Fact]
    public async Task Tokens_signed_by_another_key_or_naming_another_issuer_or_audience_or_expired_are_401()
    {
        using var stranger = RSA.Create(2048);
        var refused = new Dictionary<string, string>
        {
            ["another key, same key id"] = Token("admin", signer: stranger),
            ["another issuer"] = Token("admin", issuer: _idp.Authority + "/other-realm"),
            ["another audience"] = Token("admin", audience: "someone-else"),
            ["expired"] = Token("admin", expires: DateTime.UtcNow.AddMinutes(-10)),
        };
        foreach (var (why, token) in refused)
        {
            using var client = Client(_factory, token);
            var response = await client.PostAsJsonAsync("/v1/check", new { query = "fentanyl" });
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {(int)response.StatusCode}");
        }

        // The same request with a good token passes, so the 401s above are the tokens' doing.
        using var good = Client(_factory, Token("admin"));
        Assert.Equal(HttpStatusCode.OK, (await good.PostAsJsonAsync("/v1/check", new { query = "fentanyl" })).StatusCode);
    }

    [Fact]
    public void With_https_metadata_required_by_default_an_http_authority_stops_the_server_at_start()
    {
        using var strict = new ServerFactory(postgres: null, new Dictionary<string, string>
        {
            ["Cordon:Auth:Jwt:Authority"] = _idp.Authority,
            ["Cordon:Auth:Jwt:Audience"] = Audience,
        });
        // No server answers at all (so no token gets a 200), and the reason names the setting that allows http.
        var error = Record.Exception(() => strict.CreateClient());
        Assert.NotNull(error);
        Assert.Contains(Messages(error), m => m.StartsWith("Cordon:Auth:Jwt:", StringComparison.Ordinal) && m.Contains("RequireHttpsMetadata", StringComparison.Ordinal));
        Assert.Equal(0, _idp.KeyRequests);
    }

    [Fact]
    public async Task An_authority_that_cannot_be_reached_fails_token_requests_closed_and_api_keys_still_work()
    {
        var token = Token("admin");
        await _idp.DisposeAsync();
        // The provider that signed the token is gone and its port refuses connections, so the handler has no keys to trust:
        // the token is refused like any unverifiable one.
        using (var client = Client(_factory, token))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/v1/check", new { query = "fentanyl" })).StatusCode);
        }

        using var keyed = await _factory.ClientAsync(Role.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await keyed.PostAsJsonAsync("/v1/check", new { query = "fentanyl" })).StatusCode);
    }

    private static IEnumerable<string> Messages(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }

        if (error is AggregateException all)
        {
            foreach (var inner in all.InnerExceptions.SelectMany(Messages))
            {
                yield return inner;
            }
        }
    }

    private string Token(string role, string audience = Audience, string? issuer = null, DateTime? expires = null, RSA? signer = null) =>
        _idp.Token(new Dictionary<string, object> { ["sub"] = "user-1", ["role"] = role, ["team"] = "default" }, audience, issuer, expires, signer);

    private static HttpClient Client(ServerFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
