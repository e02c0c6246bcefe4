using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cordon.Storage;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cordon.Server.Tests;

/// <summary>OIDC / JWT bearer beside API keys, with tokens signed here (HMAC-SHA256): a valid token's role and team are
/// honoured by the policies; a tampered, expired, foreign-key or team-less token is 401; a role outside the four is 403.</summary>
public sealed class JwtAuthenticationTests : IDisposable
{
    private const string Key = "a test signing key of at least thirty-two bytes";
    private const string Issuer = "https://idp.test/realms/cordon";
    private const string Audience = "cordon-api";

    private readonly ServerFactory _factory = new(postgres: null, new Dictionary<string, string>
    {
        ["Cordon:Auth:Jwt:SigningKey"] = Key,
        ["Cordon:Auth:Jwt:Issuer"] = Issuer,
        ["Cordon:Auth:Jwt:Audience"] = Audience,
        ["Cordon:Auth:Jwt:RoleClaim"] = "cordon_role",
        ["Cordon:Auth:Jwt:TeamClaim"] = "org",
        ["Cordon:Auth:Jwt:NameClaim"] = "preferred_username",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_signed_token_s_role_and_team_are_honoured_by_the_policies()
    {
        var clear = new { party = "Kaikai Technology Co Ltd", list = "OFAC-SDN", entry_id = "18661", note = "namesake" };
        using var viewer = Client(Token(role: "viewer"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/v1/parties/clearances")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/v1/parties/clearances", clear)).StatusCode);

        using var analyst = Client(Token(role: "Analyst"));
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync("/v1/parties/clearances", clear)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/v1/parties/clearances/revoke",
            new { clear.party, clear.list, clear.entry_id, reason = "r" })).StatusCode);

        // The token's team scopes what it sees; its name is who the store records.
        using var mine = JsonDocument.Parse(await viewer.GetStringAsync("/v1/parties/clearances"));
        Assert.Equal("alice", Assert.Single(mine.RootElement.GetProperty("clearances").EnumerateArray()).GetProperty("cleared_by").GetString());
        using var otherTeam = Client(Token(role: "admin", team: "other-team"));
        using var theirs = JsonDocument.Parse(await otherTeam.GetStringAsync("/v1/parties/clearances"));
        Assert.Empty(theirs.RootElement.GetProperty("clearances").EnumerateArray());
        var audit = Assert.Single(await _factory.Store.ListAuditAsync("default", new AuditQuery(Action: "party.clear")));
        Assert.StartsWith("alice", audit.Actor);
    }

    [Fact]
    public async Task Tampered_expired_foreign_and_team_less_tokens_are_401_and_an_unknown_role_is_403()
    {
        var valid = Token(role: "viewer");
        var parts = valid.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"viewer\"", "\"admin\"", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        Assert.Contains("admin", payload);

        string[] unauthorised =
        [
            tampered,
            Token(role: "admin", expires: DateTime.UtcNow.AddMinutes(-10)),
            Token(role: "admin", key: "another key of at least thirty-two bytes long"),
            Token(role: "admin", team: null),
            Token(role: "admin", audience: "someone-else"),
        ];
        foreach (var token in unauthorised)
        {
            using var client = Client(token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/parties/clearances")).StatusCode);
        }

        using var superuser = Client(Token(role: "superuser"));
        Assert.Equal(HttpStatusCode.Forbidden, (await superuser.GetAsync("/v1/parties/clearances")).StatusCode);
        using var numeric = Client(Token(role: "4"));
        Assert.Equal(HttpStatusCode.Forbidden, (await numeric.GetAsync("/v1/parties/clearances")).StatusCode);
        using var ok = Client(valid);
        Assert.Equal(HttpStatusCode.OK, (await ok.GetAsync("/v1/parties/clearances")).StatusCode);
    }

    [Fact]
    public async Task A_token_admin_names_the_user_a_new_key_acts_for()
    {
        using var admin = Client(Token(role: "admin"));
        var unnamed = await admin.PostAsJsonAsync("/v1/keys", new { label = "ci", role = "viewer" });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("user_id", await unnamed.Content.ReadAsStringAsync());
        var user = await _factory.Store.FindUserAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/v1/keys", new { label = "ci", role = "viewer", user_id = user!.Id })).StatusCode);
    }

    [Fact]
    public async Task Api_keys_keep_working_beside_tokens_and_tokens_are_refused_when_jwt_is_off()
    {
        using var keyed = await _factory.ClientAsync(Role.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await keyed.GetAsync("/v1/parties/clearances")).StatusCode);

        using var plain = new ServerFactory(postgres: null);
        using var client = plain.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role: "admin"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/parties/clearances")).StatusCode);
    }

    private HttpClient Client(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Token(string role, string? team = "default", DateTime? expires = null, string key = Key, string audience = Audience)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "user-1", ["preferred_username"] = "alice", ["cordon_role"] = role };
        if (team is not null)
        {
            claims["org"] = team;
        }

        var at = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = at.AddMinutes(-20),
            IssuedAt = at.AddMinutes(-20),
            Expires = at,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
